// BoardReport: the six-monthly report on action plans to the Executive Board (DOMAIN.md area 2)
// for one half-year of the financial year: per source review its
// recommendations and their actions, other sources likewise; totals by status, by RAG rating and
// by owner agency; the actions completed in the half-year with their evidence of impact; overdue
// and slipped actions with the reasons on record; and the findings not implemented, with the
// reason (Care Act 2014, Schedule 2, 4(g)).
//
// Each figure has ONE written definition, in doc/figures.md ("The Executive Board report"), and
// is worked out here once: the page, the PDF and the XLSX appendix all show one BoardReport.
// Everything is as at the report's as-at date (AsAt): statuses and reported ratings are rebuilt
// from the progress updates dated on or before it, so a report for a past half-year says what was
// true at its end, not what is true today.
//
// BuildBoardReport is pure: it assembles the report from plain inputs that BoardReportService
// (board_report_service.h) reads in one transaction. Thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/actions/action.h"
#include "domain/actions/action_repository.h"
#include "domain/actions/financial_year.h"
#include "domain/calendar/working_calendar.h"
#include "domain/partnership/agency.h"

namespace assure::domain {

// What the report is built from (read by BoardReportService; tests build it by hand).
struct BoardReportInputs {
  std::vector<PlanAction> actions;  // every action of the partnership, with its sources
  std::vector<Agency> agencies;     // the partnership's agencies (owner names)
  // Every progress update dated on or before the as-at date, by action, date, then id.
  std::vector<UpdateMark> marks;
  std::vector<ActionUpdate> updates;         // the whole updates of UpdatesShown(marks, ...)
  std::vector<EvidenceFile> evidence_files;  // the files of those updates
  // The review entries reviewed from the half-year's first day to the as-at date.
  std::vector<ReviewEntry> entries;
  std::vector<RecommendationSummary> recommendations;  // those the sources name
  std::vector<SourceCase> cases;  // those the sources name, directly or by a recommendation
};

// The evidence of impact shown for an action: of its latest update (on or before the as-at date)
// that recorded any, as text or files.
struct BoardEvidence {
  CivilDate on;
  std::string text;
  std::vector<std::string> file_names;
};

// One action as the report shows it, as at the as-at date.
struct BoardAction {
  ActionId id = 0;
  std::string title;
  AgencyId owner_agency_id = 0;
  std::string owner_agency;  // its name
  std::string lead_name;
  CivilDate due_on;                  // the due date recorded now (doc/figures.md)
  int due_date_changes = 0;          // moves of the due date since the action was created
  std::vector<std::string> sources;  // "CR-2025-001 recommendation 2", "National review: ..."
  ActionStatus status = ActionStatus::kNotStarted;
  // The date of the update that set `status` (the first of its latest run of updates with that
  // status); none while not started without an update.
  std::optional<CivilDate> status_since;
  std::string status_reason;        // not implemented, superseded: from the latest update
  std::optional<Rag> reported_rag;  // by the latest update; none before the first
  std::optional<Rag> rag;           // EffectiveRag as at the as-at date; none: "No rating"
  bool rag_disagrees = false;       // the rating shown is stricter than the one reported
  bool overdue = false;
  std::optional<CivilDate> last_update_on;
  std::string last_update;  // the latest update's narrative
  std::optional<BoardEvidence> evidence;
  // Reviewed in the half-year, by date: the quarterly review entries of this action.
  std::vector<ReviewEntry> entries;
};

// A recommendation of a source review, and the report's actions answering it (indexes into
// BoardReport::actions, by due date).
struct BoardRecommendation {
  RecommendationId id = 0;
  int number = 0;
  std::string text;
  std::vector<std::size_t> actions;
};

// One source review (a case): its recommendations, by number, and the actions answering its
// rapid review's learning.
struct BoardReviewSection {
  CaseId case_id = 0;
  std::string case_reference;
  std::string review_kind;  // "CSPR", "SAR", "DHR", "Joint review", or "Rapid review"
  std::vector<BoardRecommendation> recommendations;
  std::vector<std::size_t> rapid_review_actions;
};

// A source that names no case: a national review, thematic review, audit finding or board
// decision, by its label.
struct BoardOtherSource {
  SourceKind kind = SourceKind::kNationalReview;
  std::string label;
  std::vector<std::size_t> actions;
};

struct BoardRagCounts {
  std::int64_t red = 0;
  std::int64_t amber = 0;
  std::int64_t green = 0;
  std::int64_t no_rating = 0;  // not implemented or superseded
};

// One owner agency's actions, by status (AllActionStatuses() order), and how many are overdue.
struct BoardAgencyCounts {
  AgencyId agency_id = 0;
  std::string agency;
  std::int64_t actions = 0;
  std::array<std::int64_t, 5> by_status{};
  std::int64_t overdue = 0;
};

struct BoardReport {
  HalfYear half;
  CivilDate first_day;    // FirstDay(half)
  CivilDate as_at;        // AsAt(half, today)
  bool complete = false;  // the half-year has ended: as_at is its last day
  // Every action in the report (doc/figures.md, "In the report"), by due date, then id.
  std::vector<BoardAction> actions;
  std::int64_t closed_before = 0;  // left out: closed before the half-year and still closed
  std::array<std::int64_t, 5> by_status{};  // AllActionStatuses() order
  BoardRagCounts by_rag;
  std::vector<BoardAgencyCounts> by_agency;  // agencies owning an action in the report, by name
  // Indexes into `actions`:
  std::vector<std::size_t> completed;           // completed in the half-year, by completion date
  std::vector<std::size_t> overdue;             // overdue at the as-at date, by due date
  std::vector<std::size_t> slipped;             // extended by a review in the half-year
  std::vector<std::size_t> not_implemented;     // not implemented at the as-at date
  std::vector<BoardReviewSection> reviews;      // by case reference
  std::vector<BoardOtherSource> other_sources;  // by kind, then label

  std::int64_t total() const { return static_cast<std::int64_t>(actions.size()); }
  std::int64_t count(ActionStatus status) const;
};

// The half-year's last day, or `today` when that is earlier (a half-year still running).
CivilDate AsAt(const HalfYear& half, CivilDate today);

// The half-year a report is for when none is asked: the last one that has ended by `today`.
HalfYear LastCompleteHalfYear(CivilDate today);

// kInvalidInput (field "half") unless the half-year has started by `today`.
core::Status ValidateReportHalfYear(const HalfYear& half, CivilDate today);

// The ids of the whole updates a report shows, sorted: for each action not closed before
// `first_day` (by `marks`, as BuildBoardReport decides), its latest update and its latest update
// with evidence. `marks` as BoardReportInputs::marks.
std::vector<ActionUpdateId> UpdatesShown(std::span<const UpdateMark> marks, CivilDate first_day);

// "CSPR", "SAR", "DHR", "Joint review".
std::string_view FullReviewKindLabel(FullReviewKind kind);

// The report. REQUIRES: ValidateReportHalfYear(half, today) is ok; `inputs` as documented there.
BoardReport BuildBoardReport(const BoardReportInputs& inputs, const HalfYear& half, CivilDate today,
                             const WorkingCalendar& calendar);

}  // namespace assure::domain
