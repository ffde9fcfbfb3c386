#include "domain/reviews/import/review_import.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "domain/reviews/cases/workflow.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

// The ten required columns in order, then the optional ones, which may follow them in any order.
constexpr std::array<std::string_view, 12> kAllColumns{
    "reference",        "case_type",         "referral_received",
    "referring_agency", "notification_sent", "rapid_review_completed",
    "decision",         "decision_date",     "published",
    "themes",           "aware_on",          "rapid_review_sent_to_panel"};
constexpr std::size_t kRequiredColumns = 10;
const std::span<const std::string_view> kColumns{kAllColumns.data(), kRequiredColumns};
const std::span<const std::string_view> kOptionalColumns{kAllColumns.data() + kRequiredColumns,
                                                         kAllColumns.size() - kRequiredColumns};

enum Column : std::size_t {
  kReference,
  kCaseType,
  kReferralReceived,
  kReferringAgency,
  kNotificationSent,
  kRapidReviewCompleted,
  kDecision,
  kDecisionDate,
  kPublished,
  kThemes,
  kAwareOn,
  kSentToPanel,
};

constexpr std::string_view kNotRecorded = "Not recorded";
constexpr std::string_view kNoDecisionRationale =
    "Imported from history: the rapid review was completed but its decision was not recorded.";

std::string Trim(std::string_view text) { return TrimName(text); }

std::string AsciiLower(std::string_view text) {
  std::string lower{text};
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// Collects the problems of one row.
class RowProblems {
 public:
  RowProblems(int row, std::vector<ImportProblem>& out) : row_(row), out_(out) {}

  void Add(Column column, std::string_view value, std::string reason) {
    out_.push_back({row_, std::string{kAllColumns[column]}, SafeValue(value), std::move(reason)});
    ++count_;
  }
  bool any() const { return count_ > 0; }

 private:
  int row_;
  std::vector<ImportProblem>& out_;
  int count_ = 0;
};

std::optional<CivilDate> DateCell(RowProblems& problems, Column column, std::string_view text) {
  if (text.empty()) return std::nullopt;
  auto date = ParseCivilDate(text);
  if (!date) problems.Add(column, text, "Not a real date in the form YYYY-MM-DD.");
  return date;
}

FullReviewKind KindOf(ReviewDecision decision) {
  switch (decision) {
    case ReviewDecision::kSar:
      return FullReviewKind::kSar;
    case ReviewDecision::kJoint:
      return FullReviewKind::kJoint;
    default:
      return FullReviewKind::kCspr;
  }
}

// A draft with everything but the reference fixed, so that only the reference can fail
// ValidateCase: the one rule for references.
bool ReferenceIsValid(const std::string& reference) {
  NewCase draft;
  draft.reference = reference;
  draft.subjects = {Subject{0, std::string{kImportedSubject}}};
  draft.referral.referrer = std::string{kNotRecorded};
  return ValidateCase(draft).ok();
}

// The row's cells as an ImportRow, or nullopt when one of them is wrong (each problem added).
// `columns[i]`: the Column of the file's i-th cell (the header's order).
std::optional<ImportRow> ParseRow(const CsvRecord& record, std::span<const Column> columns,
                                  std::vector<ImportProblem>& out) {
  RowProblems problems(record.row, out);
  std::array<std::string, kAllColumns.size()> cells;  // an optional column not in the file: ""
  for (std::size_t at = 0; at < columns.size(); ++at) {
    const Column i = columns[at];
    cells[i] = Trim(record.fields[at]);
    if (!IsPrintableUtf8(cells[i])) {
      problems.Add(static_cast<Column>(i), cells[i],
                   "Not valid UTF-8 text, or holds a control character such as a line break.");
    }
  }
  if (problems.any()) return std::nullopt;
  ImportRow row;
  row.row = record.row;

  row.reference = cells[kReference];
  if (row.reference.empty()) {
    problems.Add(kReference, "", "Enter the case's reference: every row needs one.");
  } else if (!ReferenceIsValid(row.reference)) {
    problems.Add(kReference, row.reference,
                 "A reference is 3 to 32 letters, digits and hyphens, like CR-2019-007.");
  }

  auto type = ParseCaseType(AsciiLower(cells[kCaseType]));
  if (!type) {
    problems.Add(kCaseType, cells[kCaseType], "Must be child, adult or joint.");
  } else {
    row.type = *type;
  }

  auto received = DateCell(problems, kReferralReceived, cells[kReferralReceived]);
  if (cells[kReferralReceived].empty()) {
    problems.Add(kReferralReceived, "",
                 "Enter the date the referral was received: every case has one.");
  }
  row.referring_agency = cells[kReferringAgency];
  row.notification_sent = DateCell(problems, kNotificationSent, cells[kNotificationSent]);
  row.rapid_review_completed =
      DateCell(problems, kRapidReviewCompleted, cells[kRapidReviewCompleted]);
  row.aware_on = DateCell(problems, kAwareOn, cells[kAwareOn]);
  row.rapid_review_sent_to_panel = DateCell(problems, kSentToPanel, cells[kSentToPanel]);
  if (!cells[kDecision].empty()) {
    row.decision = ParseReviewDecision(AsciiLower(cells[kDecision]));
    if (!row.decision) {
      problems.Add(kDecision, cells[kDecision], "Must be cspr, sar, joint, none, other or empty.");
    }
  }
  row.decision_date = DateCell(problems, kDecisionDate, cells[kDecisionDate]);
  row.published = DateCell(problems, kPublished, cells[kPublished]);
  std::string_view rest = cells[kThemes];
  while (!rest.empty()) {
    const auto semicolon = rest.find(';');
    std::string theme = Trim(rest.substr(0, semicolon));
    if (!theme.empty()) row.themes.push_back(std::move(theme));
    rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
  }

  // The rules between cells, checked on the cells that are right.
  if (type && row.notification_sent && !NotifiesPanel(row.type)) {
    problems.Add(kNotificationSent, cells[kNotificationSent],
                 "Only child and joint cases are notified to the national panel.");
  }
  if (row.aware_on && row.notification_sent && *row.notification_sent < *row.aware_on) {
    problems.Add(kNotificationSent, cells[kNotificationSent],
                 "The notification cannot be sent before the partnership became aware (aware_on).");
  }
  if (row.rapid_review_sent_to_panel) {
    if (type && !NotifiesPanel(row.type)) {
      problems.Add(kSentToPanel, cells[kSentToPanel],
                   "Only the rapid reviews of child and joint cases go to the national panel.");
    } else if (!row.rapid_review_completed) {
      problems.Add(kSentToPanel, cells[kSentToPanel],
                   "A rapid review sent to the panel needs its completion date "
                   "(rapid_review_completed).");
    } else if (*row.rapid_review_sent_to_panel < *row.rapid_review_completed) {
      problems.Add(kSentToPanel, cells[kSentToPanel],
                   "The rapid review cannot be sent to the panel before it was completed.");
    }
  }
  if (received && row.rapid_review_completed && *row.rapid_review_completed < *received) {
    problems.Add(kRapidReviewCompleted, cells[kRapidReviewCompleted],
                 "The rapid review cannot be completed before the referral was received.");
  }
  if (row.decision && type && !DecisionFitsCase(*row.decision, row.type)) {
    problems.Add(kDecision, cells[kDecision],
                 std::string{GuardOf(Guard::kDecisionFitsCase).message});
  }
  const bool full_review = row.decision && LeadsToFullReview(*row.decision);
  if (row.decision_date && cells[kDecision].empty()) {
    problems.Add(kDecisionDate, cells[kDecisionDate], "A decision date needs a decision.");
  }
  if (full_review && cells[kDecisionDate].empty()) {
    problems.Add(kDecisionDate, "",
                 "Enter the date of the decision to hold the review (cspr, sar or joint).");
  }
  if (received && row.decision_date && *row.decision_date < *received) {
    problems.Add(kDecisionDate, cells[kDecisionDate],
                 "The decision cannot be before the referral was received.");
  }
  if (row.published && row.decision && !full_review) {
    problems.Add(kPublished, cells[kPublished],
                 "Only a full review (decision cspr, sar or joint) is published.");
  } else if (row.published && !row.decision && cells[kDecision].empty()) {
    problems.Add(kPublished, cells[kPublished],
                 "A published review needs its decision (cspr, sar or joint).");
  }
  if (row.published && row.decision_date && *row.published < *row.decision_date) {
    problems.Add(kPublished, cells[kPublished],
                 "The review cannot be published before the decision to hold it.");
  }
  if (problems.any()) return std::nullopt;
  row.referral_received = *received;
  return row;
}

bool SameName(std::string_view a, std::string_view b) {
  return AsciiLower(Trim(a)) == AsciiLower(Trim(b));
}

// The row as a case to create. REQUIRES: the row passed ParseRow and the context's checks.
PlannedCase Plan(const ImportRow& row, std::optional<AgencyId> agency,
                 std::vector<std::string> themes) {
  PlannedCase planned;
  planned.row = row.row;
  planned.state = ImportedState(row);
  NewCase& draft = planned.draft;
  draft.reference = row.reference;
  draft.type = row.type;
  draft.subjects = {Subject{0, std::string{kImportedSubject}}};
  draft.aware_on = row.aware_on;  // unknown stays unknown: never derived from another date
  draft.referring_agency_id = agency;
  draft.referral = {row.referral_received, std::string{kNotRecorded}, ""};
  std::sort(themes.begin(), themes.end());
  themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
  draft.themes = std::move(themes);
  if (row.notification_sent) planned.notification = Notification{0, *row.notification_sent, "", 0};
  if (row.rapid_review_completed) {
    RapidReview review;
    review.meeting_on = *row.rapid_review_completed;
    review.completed_on = *row.rapid_review_completed;
    review.sent_to_panel_on = row.rapid_review_sent_to_panel;
    if (row.decision) {
      review.decision = *row.decision;
    } else {
      review.decision = ReviewDecision::kOther;
      review.rationale = std::string{kNoDecisionRationale};
    }
    planned.rapid_review = std::move(review);
  }
  if (row.decision && LeadsToFullReview(*row.decision)) {
    FullReview review;
    review.kind = KindOf(*row.decision);
    review.decided_on = *row.decision_date;
    review.published_on = row.published;
    planned.full_review = std::move(review);
  }
  return planned;
}

}  // namespace

std::span<const std::string_view> ImportColumns() { return kColumns; }
std::span<const std::string_view> ImportOptionalColumns() { return kOptionalColumns; }

ParsedImport ParseImport(std::string_view csv) {
  ParsedImport parsed;
  CsvFile file = ParseCsv(csv);
  if (file.records.empty() && !file.problem) {
    parsed.problems.push_back({0, "", "", "The file is empty: it needs the header row."});
    return parsed;
  }
  std::vector<Column> columns;  // of each cell, in the header's order
  if (!file.records.empty()) {
    const auto& header = file.records.front();
    bool header_ok = header.fields.size() >= kColumns.size();
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
      const std::string given = i < header.fields.size() ? Trim(header.fields[i]) : std::string{};
      columns.push_back(static_cast<Column>(i));
      if (given != kColumns[i]) {
        header_ok = false;
        parsed.problems.push_back({1, std::string{kColumns[i]}, SafeValue(given),
                                   "The header row must name the columns exactly, in the order "
                                   "of doc/import.md; this one should be " +
                                       std::string{kColumns[i]} + "."});
      }
    }
    for (std::size_t i = kColumns.size(); i < header.fields.size(); ++i) {
      const std::string given = Trim(header.fields[i]);
      const auto named =
          std::find(kAllColumns.begin() + kRequiredColumns, kAllColumns.end(), given);
      const auto column = static_cast<Column>(named - kAllColumns.begin());
      if (named == kAllColumns.end() ||
          std::find(columns.begin(), columns.end(), column) != columns.end()) {
        header_ok = false;
        parsed.problems.push_back(
            {1, "", SafeValue(header.fields[i]),
             "After the " + std::to_string(kColumns.size()) +
                 " columns, only aware_on and rapid_review_sent_to_panel may follow, each once."});
        continue;
      }
      columns.push_back(column);
    }
    if (!header_ok) return parsed;  // the rows cannot be read without it
  }
  if (file.records.size() > kMaxImportRows + 1) {
    parsed.problems.push_back({0, "", "",
                               "The file has more than " + std::to_string(kMaxImportRows) +
                                   " rows: split it into smaller files."});
    return parsed;
  }
  std::map<std::string, int> first_row;  // reference -> the row it first appears on
  for (std::size_t r = 1; r < file.records.size(); ++r) {
    const CsvRecord& record = file.records[r];
    const bool blank = std::all_of(record.fields.begin(), record.fields.end(),
                                   [](const std::string& f) { return Trim(f).empty(); });
    if (blank) continue;
    if (record.fields.size() != columns.size()) {
      parsed.problems.push_back({record.row, "", "",
                                 "The row has " + std::to_string(record.fields.size()) +
                                     " cells; it should have " + std::to_string(columns.size()) +
                                     "."});
      continue;
    }
    auto row = ParseRow(record, columns, parsed.problems);
    if (!row) continue;
    auto [seen, inserted] = first_row.emplace(row->reference, row->row);
    if (!inserted) {
      parsed.problems.push_back(
          {row->row, std::string{kColumns[kReference]}, SafeValue(row->reference),
           "The reference appears again: first on row " + std::to_string(seen->second) + "."});
      continue;
    }
    parsed.rows.push_back(std::move(*row));
  }
  if (file.problem) {
    parsed.problems.push_back({file.problem->row, "", "", file.problem->reason});
  }
  return parsed;
}

CaseState ImportedState(const ImportRow& row) {
  if (row.published) return CaseState::kPublished;
  if (row.decision) {
    return LeadsToFullReview(*row.decision) ? CaseState::kFullReview : CaseState::kClosed;
  }
  if (row.rapid_review_completed) return CaseState::kRapidReview;
  return CaseState::kScoping;
}

ImportPlan PlanImport(const ParsedImport& parsed, const ImportContext& context) {
  ImportPlan plan;
  plan.problems = parsed.problems;
  for (const ImportRow& row : parsed.rows) {
    if (context.references.contains(row.reference)) {
      plan.unchanged.push_back(row.reference);
      continue;
    }
    RowProblems problems(row.row, plan.problems);
    std::optional<AgencyId> agency;
    if (!row.referring_agency.empty()) {
      auto found =
          std::find_if(context.agencies.begin(), context.agencies.end(),
                       [&](const Agency& a) { return SameName(a.name, row.referring_agency); });
      if (found == context.agencies.end()) {
        problems.Add(kReferringAgency, row.referring_agency,
                     "No agency of this name in the partnership: add it on the Agencies page "
                     "first, or check the spelling.");
      } else {
        agency = found->id;
      }
    }
    std::vector<std::string> themes;
    for (const std::string& theme : row.themes) {
      auto found = std::find_if(context.themes.begin(), context.themes.end(),
                                [&](const std::string& t) { return SameName(t, theme); });
      if (found == context.themes.end()) {
        problems.Add(kThemes, theme,
                     "Not in the partnership's list of themes: an administrator adds it first, "
                     "or check the spelling.");
      } else {
        themes.push_back(*found);
      }
    }
    if (problems.any()) continue;
    plan.create.push_back(Plan(row, agency, std::move(themes)));
  }
  std::stable_sort(plan.problems.begin(), plan.problems.end(),
                   [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
  return plan;
}

}  // namespace assure::domain
