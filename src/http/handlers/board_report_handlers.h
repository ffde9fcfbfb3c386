// The six-monthly Executive Board report on action plans (doc/figures.md, "The Executive Board
// report"), all from domain::BoardReportService (one report, so the three cannot disagree):
//   GET /reports/board?half=2025-26-h1        the page (report:read): a GOV.UK form choosing the
//       half-year (none: the last one that has ended), the summary, charts of actions by status
//       and by RAG rating as inline SVG with a table beside each, actions by agency, completed,
//       overdue, slipped and not implemented actions, and the actions by source. A half-year
//       that is not one, or has not started, re-shows the form with an error summary naming
//       the field (422).
//   GET /reports/board.pdf?half=...           the same page printed to PDF by headless Chromium
//       (report:export): self-contained HTML with the print stylesheet inlined, nothing fetched.
//       One print at a time per server: while one runs, another is refused at once (503 with
//       Retry-After, nothing read or audited) rather than holding a second worker thread.
//   GET /reports/board.xlsx?half=...          the data appendix, one sheet per table
//       (report:export).
// The downloads need a valid half-year (the default when none is given) and answer a bad one
// with the error page naming the field. Thread-safe: the service is; a PDF runs its own
// Chromium.
#pragma once

#include "http/handlers/report_handlers.h"
#include "http/router.h"
#include "reports/pdf_printer.h"

namespace assure::http::handlers {

void AddBoardReportRoutes(Router& router, ReportDependencies deps, reports::PdfOptions pdf = {});

}  // namespace assure::http::handlers
