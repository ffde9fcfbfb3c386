#include "domain/assurance/audit/case_audit.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::size_t kMaxQuestions = 30;
constexpr std::size_t kMaxQuestionCharacters = 500;
constexpr std::size_t kMaxRecords = 100;
constexpr std::size_t kMaxAgencies = 50;
constexpr std::size_t kMaxComment = 2000;
constexpr std::size_t kMaxReasons = 5000;
constexpr std::size_t kMaxThemes = 10;

constexpr std::array<std::pair<AuditGrade, std::string_view>, 5> kGrades{{
    {AuditGrade::kOutstanding, "outstanding"},
    {AuditGrade::kGood, "good"},
    {AuditGrade::kRequiresImprovement, "requires_improvement"},
    {AuditGrade::kInadequate, "inadequate"},
    {AuditGrade::kNotApplicable, "not_applicable"},
}};
constexpr std::array<std::pair<AuditGrade, std::string_view>, 5> kGradeLabels{{
    {AuditGrade::kOutstanding, "Outstanding"},
    {AuditGrade::kGood, "Good"},
    {AuditGrade::kRequiresImprovement, "Requires improvement"},
    {AuditGrade::kInadequate, "Inadequate"},
    {AuditGrade::kNotApplicable, "Not applicable"},
}};
constexpr std::array<AuditGrade, 5> kAllGrades{AuditGrade::kOutstanding, AuditGrade::kGood,
                                               AuditGrade::kRequiresImprovement,
                                               AuditGrade::kInadequate, AuditGrade::kNotApplicable};
constexpr std::array<std::pair<CaseAuditState, std::string_view>, 2> kStates{{
    {CaseAuditState::kOpen, "open"},
    {CaseAuditState::kClosed, "closed"},
}};
constexpr std::array<std::pair<AuditPartState, std::string_view>, 2> kPartStates{{
    {AuditPartState::kDraft, "draft"},
    {AuditPartState::kSubmitted, "submitted"},
}};

std::string Indexed(std::string_view field, std::size_t index) {
  return std::string{field} + "[" + std::to_string(index) + "]";
}

bool IsReferenceByte(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '/';
}

}  // namespace

std::string_view AuditGradeName(AuditGrade grade) { return NameOf<AuditGrade>(kGrades, grade); }
std::optional<AuditGrade> ParseAuditGrade(std::string_view name) {
  return ParseName<AuditGrade>(kGrades, name);
}
std::string_view AuditGradeLabel(AuditGrade grade) {
  return NameOf<AuditGrade>(kGradeLabels, grade);
}
std::span<const AuditGrade> AllAuditGrades() { return kAllGrades; }

std::string_view CaseAuditStateName(CaseAuditState state) {
  return NameOf<CaseAuditState>(kStates, state);
}
std::optional<CaseAuditState> ParseCaseAuditState(std::string_view name) {
  return ParseName<CaseAuditState>(kStates, name);
}
std::string_view AuditPartStateName(AuditPartState state) {
  return NameOf<AuditPartState>(kPartStates, state);
}
std::optional<AuditPartState> ParseAuditPartState(std::string_view name) {
  return ParseName<AuditPartState>(kPartStates, name);
}

core::Status ValidateRecordReference(std::string_view field, std::string_view reference) {
  const bool sized = reference.size() >= 2 && reference.size() <= 30;
  const bool bytes = std::all_of(reference.begin(), reference.end(), IsReferenceByte);
  const bool digit =
      std::any_of(reference.begin(), reference.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (sized && bytes && digit) return core::Ok();
  return core::Error::InvalidInput(
      std::string{field},
      "Enter a pseudonymous reference, never a name: 2 to 30 capital letters, digits, hyphens "
      "or slashes, with at least one digit, such as NS-2025-014.");
}

core::Status ValidateNewCaseAudit(const NewCaseAudit& audit, CivilDate today) {
  ASSURE_TRY(ValidateName("title", audit.title));
  if (audit.questions.empty() || audit.questions.size() > kMaxQuestions) {
    return core::Error::InvalidInput("questions", "Write from 1 to 30 questions.");
  }
  for (std::size_t q = 0; q < audit.questions.size(); ++q) {
    ASSURE_TRY(ValidateLongText(Indexed("questions", q), audit.questions[q], kMaxQuestionCharacters,
                                true));
  }
  if (audit.references.empty() || audit.references.size() > kMaxRecords) {
    return core::Error::InvalidInput("references", "Sample from 1 to 100 records.");
  }
  std::set<std::string_view> seen;
  for (std::size_t r = 0; r < audit.references.size(); ++r) {
    ASSURE_TRY(ValidateRecordReference(Indexed("references", r), audit.references[r]));
    if (!seen.insert(audit.references[r]).second) {
      return core::Error::InvalidInput(Indexed("references", r), "Sample each record once.");
    }
  }
  const std::set<AgencyId> agencies(audit.agency_ids.begin(), audit.agency_ids.end());
  if (audit.agency_ids.empty() || audit.agency_ids.size() > kMaxAgencies ||
      agencies.size() != audit.agency_ids.size()) {
    return core::Error::InvalidInput("agency_ids", "Choose from 1 to 50 agencies, each once.");
  }
  if (!audit.due_on) {
    return core::Error::InvalidInput("due_on", "Enter the date the grading is due.");
  }
  if (!(today < *audit.due_on)) {
    return core::Error::InvalidInput("due_on", "The grading must be due after today.");
  }
  return core::Ok();
}

core::Status ValidateGrades(const CaseAudit& audit, std::span<const AuditGradeEntry> grades) {
  std::map<AuditRecordId, std::string> references;
  for (const AuditRecord& record : audit.records) references.emplace(record.id, record.reference);
  std::set<std::pair<AuditRecordId, int>> seen;
  const int questions = static_cast<int>(audit.questions.size());
  for (const AuditGradeEntry& entry : grades) {
    const auto reference = references.find(entry.record_id);
    if (reference == references.end() || entry.question < 1 || entry.question > questions) {
      return core::Error::InvalidInput("grades", "Grade the audit's own records and questions.");
    }
    const std::string field =
        "grades[" + reference->second + "][" + std::to_string(entry.question) + "]";
    if (!seen.insert({entry.record_id, entry.question}).second) {
      return core::Error::InvalidInput(field, "Grade each question of a record once.");
    }
    ASSURE_TRY(ValidateLongText(field, entry.comment, kMaxComment, false));
  }
  return core::Ok();
}

core::Status ValidatePartSubmission(const CaseAudit& audit, const AuditPart& part) {
  std::set<std::pair<AuditRecordId, int>> graded;
  for (const AuditGradeEntry& entry : part.grades) {
    if (entry.grade) graded.insert({entry.record_id, entry.question});
  }
  for (const AuditRecord& record : audit.records) {
    for (int q = 1; q <= static_cast<int>(audit.questions.size()); ++q) {
      if (!graded.contains({record.id, q})) {
        return core::Error::InvalidInput(
            "grades[" + record.reference + "][" + std::to_string(q) + "]",
            "Grade question " + std::to_string(q) + " of " + record.reference +
                " before submitting.");
      }
    }
  }
  return core::Ok();
}

core::Status ValidateModeration(const Moderation& moderation) {
  if (moderation.overall == AuditGrade::kNotApplicable) {
    return core::Error::InvalidInput("overall",
                                     "Agree an overall grade from outstanding to "
                                     "inadequate.");
  }
  ASSURE_TRY(ValidateLongText("reasons", moderation.reasons, kMaxReasons, true));
  if (moderation.themes.size() > kMaxThemes) {
    return core::Error::InvalidInput("themes", "Choose at most 10 themes.");
  }
  return core::Ok();
}

bool IsOverdue(const CaseAudit& audit, const AuditPart& part, CivilDate today) {
  return audit.state == CaseAuditState::kOpen && part.state == AuditPartState::kDraft &&
         audit.due_on < today;
}

int GradeCounts::total() const {
  int sum = 0;
  for (const int count : by_grade) sum += count;
  return sum;
}

AuditResults ComputeAuditResults(const CaseAudit& audit, std::span<const AuditPart> parts) {
  AuditResults results;
  results.by_question.resize(audit.questions.size());
  const auto slot = [](AuditGrade grade) { return static_cast<std::size_t>(grade); };
  for (const AgencyId agency : audit.agency_ids) {
    GradeCounts counts;
    for (const AuditPart& part : parts) {
      if (part.agency_id != agency || part.state != AuditPartState::kSubmitted) continue;
      for (const AuditGradeEntry& entry : part.grades) {
        if (!entry.grade || entry.question < 1 ||
            entry.question > static_cast<int>(audit.questions.size())) {
          continue;
        }
        ++counts.by_grade[slot(*entry.grade)];
        ++results.by_question[static_cast<std::size_t>(entry.question - 1)]
              .by_grade[slot(*entry.grade)];
      }
    }
    results.by_agency.emplace_back(agency, counts);
  }
  std::map<std::string, int> themes;
  for (const AuditRecord& record : audit.records) {
    if (!record.moderation) continue;
    ++results.moderated;
    ++results.overall.by_grade[slot(record.moderation->overall)];
    for (const std::string& theme : record.moderation->themes) ++themes[theme];
  }
  results.themes.assign(themes.begin(), themes.end());
  std::stable_sort(results.themes.begin(), results.themes.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return results;
}

}  // namespace assure::domain
