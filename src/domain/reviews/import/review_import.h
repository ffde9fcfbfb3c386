// Import of review history from a spreadsheet (doc/import.md): the CSV file
// (RFC 4180 quoting, UTF-8, a byte order mark tolerated), each row checked against the columns'
// rules and then against the partnership (its agencies, its themes, the references it already
// has), and the plan of what to create. Nothing here writes: import_service.h writes the plan in
// one transaction, and only when there is no problem at all.
//
// The columns, exactly and in this order: reference, case_type (child|adult|joint),
// referral_received, referring_agency, notification_sent, rapid_review_completed, decision
// (cspr|sar|joint|none|other), decision_date, published, themes (separated by ';'); then,
// optionally and in any order, aware_on (the date the partnership became aware) and
// rapid_review_sent_to_panel. Dates are YYYY-MM-DD; an empty cell (or an optional column left
// out) is unknown, and an unknown date is never derived from another. A problem names the row as a
// spreadsheet numbers it (the header is row 1), the column, the value (shortened, made printable:
// these columns hold no personal data) and the reason. Pure; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.h"
#include "domain/partnership/agency.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/import/csv.h"

namespace assure::domain {

// The most data rows one file may hold.
inline constexpr std::size_t kMaxImportRows = 10000;
// The pseudonym of the one subject every imported case gets.
inline constexpr std::string_view kImportedSubject = "Not recorded";

// The required columns, in order; the optional ones.
std::span<const std::string_view> ImportColumns();
std::span<const std::string_view> ImportOptionalColumns();

struct ImportProblem {
  int row = 0;         // 0: the file as a whole
  std::string column;  // empty: the row as a whole
  std::string value;   // shortened and made printable: SafeValue
  std::string reason;
};

// One data row, as its cells say.
struct ImportRow {
  int row = 0;
  std::string reference;
  CaseType type = CaseType::kChild;
  CivilDate referral_received;
  std::string referring_agency;  // empty: unknown
  std::optional<CivilDate> notification_sent;
  std::optional<CivilDate> rapid_review_completed;
  std::optional<CivilDate> aware_on;                    // optional column
  std::optional<CivilDate> rapid_review_sent_to_panel;  // optional column
  std::optional<ReviewDecision> decision;
  std::optional<CivilDate> decision_date;
  std::optional<CivilDate> published;
  std::vector<std::string> themes;  // as written, trimmed, empty ones dropped
};

struct ParsedImport {
  std::vector<ImportRow> rows;  // the rows with no problem
  std::vector<ImportProblem> problems;
};

// The file's rows, each checked on its own: the header, the number of cells, each cell's form
// (reference, case type, dates, decision), the rules between a row's cells (doc/import.md) and
// that no reference appears twice. Rows whose cells are all empty are skipped.
ParsedImport ParseImport(std::string_view csv);

// The state a case of this row is in: published when published; closed after a decision of none
// or other; full_review after a decision of cspr, sar or joint; rapid_review when the rapid review
// is completed with no decision recorded; scoping otherwise.
CaseState ImportedState(const ImportRow& row);

// What the partnership already has that rows are checked against.
struct ImportContext {
  std::vector<Agency> agencies;
  std::vector<std::string> themes;   // the managed list
  std::set<std::string> references;  // of the references in the file, those already taken
};

// One case to create, with its step records (case_id 0: filled in once the case exists).
struct PlannedCase {
  int row = 0;
  NewCase draft;
  CaseState state = CaseState::kScoping;
  std::optional<Notification> notification;
  std::optional<RapidReview> rapid_review;
  std::optional<FullReview> full_review;
};

struct ImportPlan {
  std::vector<PlannedCase> create;      // in file order
  std::vector<std::string> unchanged;   // references already there: skipped
  std::vector<ImportProblem> problems;  // the parse's and the partnership's; sorted by row
};

// Checks the parsed rows against the partnership (the referring agency by name and each theme in
// the managed list, both ignoring case and surrounding spaces) and plans each new case. A row
// whose reference the partnership already has is unchanged, whatever else it says.
ImportPlan PlanImport(const ParsedImport& parsed, const ImportContext& context);

}  // namespace assure::domain
