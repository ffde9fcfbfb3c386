#include "domain/assurance/thematic/thematic_review.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::size_t kMaxQuestions = 20;
constexpr std::size_t kMaxQuestionCharacters = 500;
constexpr std::size_t kMaxNarrative = 50000;
constexpr std::size_t kMaxExcerpt = 5000;
constexpr std::size_t kMaxFinding = 5000;
constexpr std::size_t kMaxRecommendation = 2000;

constexpr std::array<std::pair<EvidenceSource, std::string_view>, 4> kSources{{
    {EvidenceSource::kSelfEvaluationStandard, "self_evaluation_standard"},
    {EvidenceSource::kSurveyQuestion, "survey_question"},
    {EvidenceSource::kAuditFinding, "audit_finding"},
    {EvidenceSource::kConversation, "conversation"},
}};
constexpr std::array<std::pair<EvidenceSource, std::string_view>, 4> kSourceLabels{{
    {EvidenceSource::kSelfEvaluationStandard, "Self-evaluation standard"},
    {EvidenceSource::kSurveyQuestion, "Staff survey question"},
    {EvidenceSource::kAuditFinding, "Case audit finding"},
    {EvidenceSource::kConversation, "Notes of a conversation"},
}};
constexpr std::array<std::pair<EvidenceStrength, std::string_view>, 3> kStrengths{{
    {EvidenceStrength::kStrong, "strong"},
    {EvidenceStrength::kModerate, "moderate"},
    {EvidenceStrength::kLimited, "limited"},
}};
constexpr std::array<std::pair<EvidenceStrength, std::string_view>, 3> kStrengthLabels{{
    {EvidenceStrength::kStrong, "Strong"},
    {EvidenceStrength::kModerate, "Moderate"},
    {EvidenceStrength::kLimited, "Limited"},
}};

// The narrative inside the report's first section, keeping the report's three level-2 sections
// its only ones whatever the narrative holds: a heading of level 3 to 6 (up to three spaces in)
// stays; any other line that starts, after any indentation, with "#" or a code fence ("```",
// "~~~") is escaped with a backslash, so that it reads as text and neither a heading nor a fence
// can change the report's sections. Line ends are LF.
std::string Demoted(const std::string& markdown) {
  std::string out;
  std::size_t start = 0;
  while (start < markdown.size()) {
    const std::size_t end = std::min(markdown.find('\n', start), markdown.size());
    std::string line = markdown.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t indent = std::min(line.find_first_not_of(" \t"), line.size());
    const std::string_view rest = std::string_view(line).substr(indent);
    const std::size_t hashes = std::min(rest.find_first_not_of('#'), rest.size());
    const bool deep_heading =
        indent <= 3 && hashes >= 3 && hashes <= 6 && (hashes == rest.size() || rest[hashes] == ' ');
    const bool risky = rest.starts_with("#") || rest.starts_with("```") || rest.starts_with("~~~");
    if (risky && !deep_heading) {
      out += "\\" + std::string{rest} + "\n";
      continue;
    }
    out += line + "\n";
  }
  return out;
}

// A text as one line of a list: its line breaks as spaces, so that nothing in it starts a
// heading or a new block.
std::string OneLine(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return text;
}

std::string QuestionList(const std::vector<int>& numbers) {
  std::string text;
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) text += i + 1 == numbers.size() ? " and " : ", ";
    text += std::to_string(numbers[i]);
  }
  return text;
}

}  // namespace

std::string_view EvidenceSourceName(EvidenceSource source) {
  return NameOf<EvidenceSource>(kSources, source);
}
std::optional<EvidenceSource> ParseEvidenceSource(std::string_view name) {
  return ParseName<EvidenceSource>(kSources, name);
}
std::string_view EvidenceSourceLabel(EvidenceSource source) {
  return NameOf<EvidenceSource>(kSourceLabels, source);
}
std::string_view EvidenceStrengthName(EvidenceStrength strength) {
  return NameOf<EvidenceStrength>(kStrengths, strength);
}
std::optional<EvidenceStrength> ParseEvidenceStrength(std::string_view name) {
  return ParseName<EvidenceStrength>(kStrengths, name);
}
std::string_view EvidenceStrengthLabel(EvidenceStrength strength) {
  return NameOf<EvidenceStrength>(kStrengthLabels, strength);
}

core::Status ValidateReviewContent(const ThematicReviewContent& content) {
  ASSURE_TRY(ValidateName("title", content.title));
  if (content.questions.empty() || content.questions.size() > kMaxQuestions) {
    return core::Error::InvalidInput("questions", "Ask from 1 to 20 scope questions.");
  }
  for (std::size_t q = 0; q < content.questions.size(); ++q) {
    ASSURE_TRY(ValidateLongText("questions[" + std::to_string(q) + "]", content.questions[q],
                                kMaxQuestionCharacters, true));
  }
  return ValidateLongText("narrative_markdown", content.narrative_markdown, kMaxNarrative, false);
}

core::Status ValidateEvidence(const ReviewEvidence& evidence) {
  ASSURE_TRY(ValidateLongText("excerpt", evidence.excerpt, kMaxExcerpt, true));
  const bool conversation = evidence.source == EvidenceSource::kConversation;
  if (conversation && !evidence.held_on) {
    return core::Error::InvalidInput("held_on", "Enter the date the conversation was held.");
  }
  if (!conversation && evidence.held_on) {
    return core::Error::InvalidInput("held_on", "Only a conversation has a date here.");
  }
  return core::Ok();
}

core::Status ValidateFinding(const ThematicReview& review, const ThematicFinding& finding) {
  ASSURE_TRY(ValidateLongText("text", finding.text, kMaxFinding, true));
  if (finding.questions.empty()) {
    return core::Error::InvalidInput("questions", "Choose the scope questions it answers.");
  }
  const int questions = static_cast<int>(review.questions.size());
  std::set<int> seen;
  for (const int q : finding.questions) {
    if (q < 1 || q > questions || !seen.insert(q).second) {
      return core::Error::InvalidInput("questions",
                                       "Choose scope questions of the review, each "
                                       "once.");
    }
  }
  std::set<EvidenceId> known;
  for (const ReviewEvidence& piece : review.evidence) known.insert(piece.id);
  std::set<EvidenceId> cited;
  for (const EvidenceId id : finding.evidence_ids) {
    if (!known.contains(id) || !cited.insert(id).second) {
      return core::Error::InvalidInput("evidence_ids", "Choose evidence of the review, each once.");
    }
  }
  return core::Ok();
}

core::Status ValidateRecommendation(const ThematicReview& review,
                                    const ReviewRecommendation& recommendation) {
  ASSURE_TRY(ValidateLongText("text", recommendation.text, kMaxRecommendation, true));
  if (recommendation.finding_ids.empty()) {
    return core::Error::InvalidInput("finding_ids", "Choose the findings it answers.");
  }
  std::set<FindingId> known;
  for (const ThematicFinding& finding : review.findings) known.insert(finding.id);
  std::set<FindingId> cited;
  for (const FindingId id : recommendation.finding_ids) {
    if (!known.contains(id) || !cited.insert(id).second) {
      return core::Error::InvalidInput("finding_ids", "Choose findings of the review, each once.");
    }
  }
  return core::Ok();
}

std::string ComposeReport(const ThematicReview& review) {
  std::map<EvidenceId, EvidenceSource> sources;
  for (const ReviewEvidence& piece : review.evidence) sources.emplace(piece.id, piece.source);
  std::string out = "## Summary\n\n";
  if (!review.narrative_markdown.empty()) out += Demoted(review.narrative_markdown) + "\n";
  out += "The review asked:\n\n";
  for (std::size_t q = 0; q < review.questions.size(); ++q) {
    out += std::to_string(q + 1) + ". " + OneLine(review.questions[q]) + "\n";
  }
  out += "\n## What the review found\n\n";
  if (review.findings.empty()) out += "No findings yet.\n";
  for (const ThematicFinding& finding : review.findings) {
    std::map<EvidenceSource, int> kinds;
    for (const EvidenceId id : finding.evidence_ids) ++kinds[sources[id]];
    std::string support;
    for (const auto& [source, count] : kinds) {
      support += (support.empty() ? "" : "; ") + std::string{EvidenceSourceLabel(source)} + ": " +
                 std::to_string(count);
    }
    out += "- " + OneLine(finding.text) + " (" +
           std::string{EvidenceStrengthLabel(finding.strength)} + " evidence; answers question" +
           (finding.questions.size() > 1 ? "s " : " ") + QuestionList(finding.questions) +
           (support.empty() ? "" : "; " + support) + ")\n";
  }
  out += "\n## What will change\n\n";
  if (review.recommendations.empty()) out += "No recommendations yet.\n";
  for (std::size_t r = 0; r < review.recommendations.size(); ++r) {
    out += std::to_string(r + 1) + ". " + OneLine(review.recommendations[r].text) + "\n";
  }
  return out;
}

}  // namespace assure::domain
