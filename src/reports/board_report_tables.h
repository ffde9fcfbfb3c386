// The Executive Board report (domain/actions/board_report.h; figures defined in doc/figures.md)
// as the parts people read: the summary figures, the bars of its charts, and the data appendix
// (one table per sheet of the XLSX file, through table.h). The page, the PDF and the appendix
// take their labels and numbers from here and from BuildBoardReport, so they say the same thing.
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/actions/board_report.h"
#include "reports/bar_chart.h"
#include "reports/table.h"

namespace assure::reports {

struct BoardFigure {
  std::string_view key;  // "in_report": a stable name (tests, ids)
  std::string label;     // "Actions in the report"
  std::int64_t value = 0;
};

// The headline figures, in the order the report shows them: actions in the report, completed in
// the half-year, overdue, slipped, not implemented, closed before the half-year (not listed).
std::vector<BoardFigure> BoardSummary(const domain::BoardReport& report);

// Actions by status (AllActionStatuses() order) and by RAG rating (red, amber, green, no
// rating), as chart bars; the tables beside the charts show the same numbers.
std::vector<BarItem> BoardStatusBars(const domain::BoardReport& report);
std::vector<BarItem> BoardRagBars(const domain::BoardReport& report);

// "Red", "Amber", "Green", or "No rating".
std::string_view RagText(const std::optional<domain::Rag>& rag);

// "CR-2025-001 recommendation 2; National review: ..." (an action's sources, one line).
std::string JoinSources(const domain::BoardAction& action);

// The review entry shown beside an overdue action: the latest of the half-year with a note (the
// reason), or else the latest; nullptr when it had none.
const domain::ReviewEntry* LatestReview(const domain::BoardAction& action);

// The data appendix, one table per sheet: Summary, By status, By RAG rating, By agency, Actions,
// Sources, Completed, Overdue, Slipped, Not implemented. Dates as YYYY-MM-DD.
std::vector<Table> BoardReportTables(const domain::BoardReport& report);

}  // namespace assure::reports
