#include "domain/learning/briefing.h"

#include <algorithm>
#include <array>
#include <set>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::array<BriefingKind, 2> kKinds{BriefingKind::kSevenMinute,
                                             BriefingKind::kLessonsLearned};
constexpr std::array<BriefingState, 5> kStates{BriefingState::kDraft, BriefingState::kInReview,
                                               BriefingState::kApproved, BriefingState::kPublished,
                                               BriefingState::kWithdrawn};
constexpr std::array<Audience, 3> kAudiences{Audience::kChildrensWorkforce,
                                             Audience::kAdultsWorkforce, Audience::kCommunity};

constexpr std::array<std::pair<BriefingKind, std::string_view>, 2> kKindNames{{
    {BriefingKind::kSevenMinute, "seven_minute"},
    {BriefingKind::kLessonsLearned, "lessons_learned"},
}};
constexpr std::array<std::pair<BriefingKind, std::string_view>, 2> kKindLabels{{
    {BriefingKind::kSevenMinute, "7 Minute Briefing"},
    {BriefingKind::kLessonsLearned, "Lessons Learned Briefing"},
}};
constexpr std::array<std::pair<BriefingState, std::string_view>, 5> kStateNames{{
    {BriefingState::kDraft, "draft"},
    {BriefingState::kInReview, "in_review"},
    {BriefingState::kApproved, "approved"},
    {BriefingState::kPublished, "published"},
    {BriefingState::kWithdrawn, "withdrawn"},
}};
constexpr std::array<std::pair<BriefingState, std::string_view>, 5> kStateLabels{{
    {BriefingState::kDraft, "Draft"},
    {BriefingState::kInReview, "In review"},
    {BriefingState::kApproved, "Approved"},
    {BriefingState::kPublished, "Published"},
    {BriefingState::kWithdrawn, "Withdrawn"},
}};
constexpr std::array<std::pair<Audience, std::string_view>, 3> kAudienceNames{{
    {Audience::kChildrensWorkforce, "childrens_workforce"},
    {Audience::kAdultsWorkforce, "adults_workforce"},
    {Audience::kCommunity, "community"},
}};
constexpr std::array<std::pair<Audience, std::string_view>, 3> kAudienceLabels{{
    {Audience::kChildrensWorkforce, "Children's workforce"},
    {Audience::kAdultsWorkforce, "Adults' workforce"},
    {Audience::kCommunity, "Community"},
}};

constexpr std::array<std::string_view, 7> kSevenMinuteSections{"Background",
                                                               "Why it matters",
                                                               "What we know",
                                                               "What it means for practice",
                                                               "Questions to reflect on",
                                                               "What to do",
                                                               "Further reading"};
constexpr std::array<std::string_view, 3> kLessonsLearnedSections{
    "Summary", "Key learning for professionals", "What the community can do"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// The lines of `body`, each without its line break.
std::vector<std::string_view> Lines(std::string_view body) {
  std::vector<std::string_view> lines;
  while (!body.empty()) {
    const auto end = body.find('\n');
    lines.push_back(body.substr(0, end));
    if (end == std::string_view::npos) break;
    body.remove_prefix(end + 1);
  }
  return lines;
}

bool IsFence(std::string_view line) {
  line = Trim(line);
  return line.starts_with("```") || line.starts_with("~~~");
}

// The heading text of a level-2 ATX heading line, or nothing.
std::optional<std::string_view> LevelTwoHeading(std::string_view line) {
  std::size_t indent = 0;
  while (indent < line.size() && indent < 3 && line[indent] == ' ') ++indent;
  line.remove_prefix(indent);
  if (!line.starts_with("##") || line.starts_with("###")) return std::nullopt;
  line.remove_prefix(2);
  if (!line.empty() && !IsSpace(line.front())) return std::nullopt;
  line = Trim(line);
  while (!line.empty() && line.back() == '#') line.remove_suffix(1);  // closing sequence
  return Trim(line);
}

// "3. What we know" -> 3; 0 when the heading is not numbered.
int SectionNumber(std::string_view heading) {
  int number = 0;
  std::size_t i = 0;
  while (i < heading.size() && i < 2 && heading[i] >= '0' && heading[i] <= '9') {
    number = number * 10 + (heading[i] - '0');
    ++i;
  }
  if (i == 0 || i >= heading.size() || (heading[i] != '.' && heading[i] != ')')) return 0;
  return number;
}

// Whether every section (level-2 heading) of `body` is followed by some text before the next.
bool EverySectionHasText(std::string_view body) {
  bool in_section = false;
  bool has_text = true;
  bool in_fence = false;
  for (std::string_view line : Lines(body)) {
    if (IsFence(line)) in_fence = !in_fence;
    if (!in_fence && LevelTwoHeading(line)) {
      if (in_section && !has_text) return false;
      in_section = true;
      has_text = false;
      continue;
    }
    if (!Trim(line).empty()) has_text = true;
  }
  return !in_section || has_text;
}

template <typename Id>
core::Status CheckIds(std::string_view field, const std::vector<Id>& ids) {
  if (ids.size() > kBriefingLinksMax) {
    return core::Error::InvalidInput(std::string{field}, "Link at most 20.");
  }
  std::set<Id> seen;
  for (const Id id : ids) {
    if (id <= 0)
      return core::Error::InvalidInput(std::string{field}, "Each must be a positive id.");
    if (!seen.insert(id).second)
      return core::Error::InvalidInput(std::string{field}, "Give each once.");
  }
  return core::Ok();
}

template <typename T>
void SortUnique(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

}  // namespace

std::string_view BriefingKindName(BriefingKind kind) {
  return NameOf<BriefingKind>(kKindNames, kind);
}
std::optional<BriefingKind> ParseBriefingKind(std::string_view name) {
  return ParseName<BriefingKind>(kKindNames, name);
}
std::string_view BriefingKindLabel(BriefingKind kind) {
  return NameOf<BriefingKind>(kKindLabels, kind);
}
std::span<const BriefingKind> AllBriefingKinds() { return kKinds; }

std::string_view BriefingStateName(BriefingState state) {
  return NameOf<BriefingState>(kStateNames, state);
}
std::optional<BriefingState> ParseBriefingState(std::string_view name) {
  return ParseName<BriefingState>(kStateNames, name);
}
std::string_view BriefingStateLabel(BriefingState state) {
  return NameOf<BriefingState>(kStateLabels, state);
}
std::span<const BriefingState> AllBriefingStates() { return kStates; }

std::string_view AudienceName(Audience audience) {
  return NameOf<Audience>(kAudienceNames, audience);
}
std::optional<Audience> ParseAudience(std::string_view name) {
  return ParseName<Audience>(kAudienceNames, name);
}
std::string_view AudienceLabel(Audience audience) {
  return NameOf<Audience>(kAudienceLabels, audience);
}
std::span<const Audience> AllAudiences() { return kAudiences; }

std::span<const std::string_view> SectionHeadings(BriefingKind kind) {
  switch (kind) {
    case BriefingKind::kSevenMinute:
      return kSevenMinuteSections;
    case BriefingKind::kLessonsLearned:
      return kLessonsLearnedSections;
  }
  return kSevenMinuteSections;
}

std::string BodyTemplate(BriefingKind kind) {
  std::string body;
  int number = 0;
  for (const std::string_view heading : SectionHeadings(kind)) {
    ++number;
    if (!body.empty()) body += "\n";
    body += "## ";
    if (kind == BriefingKind::kSevenMinute) body += std::to_string(number) + ". ";
    body += heading;
    body += "\n\n";
  }
  return body;
}

std::vector<std::string> SectionsOf(std::string_view body_markdown) {
  std::vector<std::string> sections;
  bool in_fence = false;
  for (std::string_view line : Lines(body_markdown)) {
    if (IsFence(line)) {
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) continue;
    if (auto heading = LevelTwoHeading(line)) sections.emplace_back(*heading);
  }
  return sections;
}

core::Status ValidateContent(const BriefingContent& content) {
  ASSURE_TRY(ValidateName("title", content.title));
  ASSURE_TRY(ValidateLongText("body_markdown", content.body_markdown, kBriefingBodyMax, false));
  if (std::set<Audience>(content.audiences.begin(), content.audiences.end()).size() !=
      content.audiences.size()) {
    return core::Error::InvalidInput("audiences", "Give each audience once.");
  }
  std::set<std::string> themes;
  for (const std::string& theme : content.themes) {
    if (theme.empty() || !themes.insert(theme).second) {
      return core::Error::InvalidInput("themes", "Give each theme once, from the list.");
    }
  }
  ASSURE_TRY(CheckIds("case_ids", content.case_ids));
  ASSURE_TRY(CheckIds("recommendation_ids", content.recommendation_ids));
  return CheckIds("action_ids", content.action_ids);
}

core::Status ValidateReadyForReview(const BriefingContent& content) {
  if (content.audiences.empty()) {
    return core::Error::InvalidInput("audiences", "Choose at least one audience.");
  }
  const std::vector<std::string> sections = SectionsOf(content.body_markdown);
  const std::size_t wanted = SectionHeadings(content.kind).size();
  if (content.kind == BriefingKind::kSevenMinute) {
    bool numbered = sections.size() == wanted;
    for (std::size_t i = 0; numbered && i < sections.size(); ++i) {
      numbered = SectionNumber(sections[i]) == static_cast<int>(i + 1);
    }
    if (!numbered) {
      return core::Error::InvalidInput(
          "body_markdown",
          "A 7 Minute Briefing has seven sections, each a level-2 heading numbered 1 to 7 in "
          "order (\"## 1. Background\").");
    }
  } else if (sections.size() != wanted) {
    return core::Error::InvalidInput(
        "body_markdown",
        "A Lessons Learned Briefing has three sections, each a level-2 heading: the summary, the "
        "key learning for professionals and what the community can do.");
  }
  if (!EverySectionHasText(content.body_markdown)) {
    return core::Error::InvalidInput("body_markdown", "Write something in every section.");
  }
  return core::Ok();
}

void Tidy(BriefingContent& content) {
  content.title = TrimName(content.title);
  for (std::string& theme : content.themes) theme = TrimName(theme);
  SortUnique(content.audiences);
  SortUnique(content.themes);
  SortUnique(content.case_ids);
  SortUnique(content.recommendation_ids);
  SortUnique(content.action_ids);
}

}  // namespace assure::domain
