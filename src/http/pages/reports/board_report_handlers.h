// The six-monthly Executive Board report on action plans (doc/figures.md, "The Executive Board
// report"), all from one domain::BoardReportService report so that the three cannot disagree:
// GET /reports/board?half=2025-26-h1 (report:read; the page, with a form choosing the half-year,
// none: the last one that has ended; a bad one re-shows the form, 422), /reports/board.pdf (the
// page printed by headless Chromium, one print per server at a time: another is refused at once,
// 503 with Retry-After) and /reports/board.xlsx (the data appendix), both report:export.
// AddBoardReportRoutes is called once at start-up by the composition root. Thread-safe: the
// service is; a PDF runs its own Chromium.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"
#include "reports/pdf_printer.h"

namespace assure::http::pages {

void AddBoardReportRoutes(Router& router, const HandlerContext& context,
                          reports::PdfOptions pdf = {});

}  // namespace assure::http::pages
