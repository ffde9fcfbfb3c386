// The Executive Board report page's context (web/templates/board_report.mustache) from one
// domain::BoardReport, for the page and for the PDF alike: every label and number comes from the
// report and from reports/board_report_tables.h, so the page, the PDF and the XLSX appendix say
// the same thing. Dates are shown long ("30 September 2025"). Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "domain/actions/board_report.h"

namespace assure::http::pages {

// The half-years the page offers: from six before `today`'s to `today`'s own, newest first, and
// `chosen` among them (added when older); the chosen one checked. Each {value ("2025-26-h1"),
// label ("2025-26 H1: April to September 2025"), checked}, for the select partial.
nlohmann::json HalfYearOptions(domain::CivilDate today, const domain::HalfYear& chosen);

// Adds the report's part of the context to `page` (show_report and everything under it).
void AddBoardReport(nlohmann::json& page, const domain::BoardReport& report);

}  // namespace assure::http::pages
