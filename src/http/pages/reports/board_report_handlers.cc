#include "http/pages/reports/board_report_handlers.h"

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "domain/actions/board_report_service.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/handler_context.h"
#include "http/common/list_page.h"
#include "http/common/page_render.h"
#include "http/pages/reports/board_report_view.h"
#include "reports/board_report_tables.h"
#include "reports/print_document.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::HalfYear;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kPage = "board_report";
constexpr std::string_view kPagePath = "/reports/board";
constexpr std::string_view kTitle = "Executive Board report";

// What the PDF needs beyond the print stylesheet: the few GOV.UK classes the page uses, so that
// it reads well on paper without the site's CSS.
constexpr std::string_view kPrintCss = R"(
.govuk-caption-l { display: block; font-size: 12pt; font-weight: normal; color: #505a5f; }
.govuk-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); }
.govuk-body-s { font-size: 9pt; color: #505a5f; }
.govuk-inset-text { border-left: 4px solid #b1b4b6; padding-left: 3mm; margin: 0 0 4mm; }
.govuk-list { list-style: none; margin: 0; padding: 0; }
.govuk-tag { font-weight: bold; }
.govuk-tag--red { color: #d4351c; }
.govuk-tag--orange { color: #c75d00; }
.govuk-tag--green { color: #00703c; }
.govuk-tag--grey { color: #505a5f; }
td, th { font-size: 9.5pt; }
figure.app-chart svg { max-height: 70mm; }
)";

// The half-year asked for (`half`, as "2025-26-h1" or "2025-26 H1"), or the default when the
// query has none; kInvalidInput naming "half" when it is not a half-year.
core::Result<HalfYear> HalfAsked(const Request& request,
                                 const domain::BoardReportService& service) {
  const auto asked = request.QueryParam("half");
  if (!asked || asked->empty()) return service.DefaultHalfYear();
  if (auto half = domain::ParseHalfYear(*asked)) return *half;
  return core::Error::InvalidInput("half", "Choose a half-year from the list, like 2025-26 H1.");
}

json BasePage() { return {{"title", kTitle}, {"action_href", kPagePath}}; }

// The form's half-year select, `chosen` checked; `error` is its message, or "".
json HalfSelect(const domain::BoardReportService& service, const HalfYear& chosen,
                std::string_view error) {
  return SelectControl("half", "Half-year",
                       "First half: April to September. Second half: October to March.", error,
                       HalfYearOptions(service.Today(), chosen));
}

std::string FileName(const HalfYear& half, std::string_view extension) {
  return "board-report-" + domain::HalfYearSlug(half) + "." + std::string{extension};
}

// The one PDF print a server runs at a time. A print holds a worker thread and a Chromium (about
// a second of a core and a couple of hundred MB) for seconds; several at once would leave no
// thread for anyone else's pages. Shared by the route's copies; Take() never waits.
class PrintSlot {
 public:
  // A held slot frees itself when it goes out of scope.
  class Held {
   public:
    explicit Held(std::shared_ptr<std::atomic<bool>> busy) : busy_(std::move(busy)) {}
    Held(const Held&) = delete;
    Held& operator=(const Held&) = delete;
    ~Held() { *busy_ = false; }

   private:
    std::shared_ptr<std::atomic<bool>> busy_;
  };

  // The slot, or nothing when another print holds it.
  std::unique_ptr<Held> Take() const {
    if (busy_->exchange(true)) return nullptr;
    return std::make_unique<Held>(busy_);
  }

 private:
  std::shared_ptr<std::atomic<bool>> busy_ = std::make_shared<std::atomic<bool>>(false);
};

Response PrinterBusy(const views::Renderer& renderer, const Request& request) {
  auto response = RenderPage(renderer, request, views::kErrorPage,
                             {{"title", "The PDF printer is busy"},
                              {"message",
                               "Another report is being printed. Try again in a minute; the "
                               "report's page and its spreadsheet are available now."},
                              {"link_href", std::string{kPagePath}},
                              {"link_text", "Go to the board report"}},
                             503);
  response.SetHeader("Retry-After", "60");
  return response;
}

core::Result<Response> ReportPage(const HandlerContext& context,
                                  const domain::BoardReportService& service,
                                  const Request& request) {
  const auto requester = RequesterOf(request);
  auto half = HalfAsked(request, service);
  json page = BasePage();
  core::Result<domain::BoardReport> report = core::Error::Internal("not read");
  if (half.ok()) report = service.Read(requester, *half);
  const core::Error* refused = !half.ok() ? &half.error() : nullptr;
  if (refused == nullptr && !report.ok()) {
    if (report.error().code != core::ErrorCode::kInvalidInput) return report.error();
    refused = &report.error();
  }
  if (refused != nullptr) AddFieldError(page, *refused, "half");
  page["half_select"] = HalfSelect(service, half.ok() ? *half : service.DefaultHalfYear(),
                                   page.value("half_error", std::string{}));
  if (refused != nullptr) {
    return RenderPage(context.renderer, request, kPage, std::move(page),
                      HttpStatusFor(refused->code));
  }
  AddBoardReport(page, *report);
  if (domain::MayEver(requester.principal, Resource::kReport, Action::kExport)) {
    const std::string query = "?half=" + domain::HalfYearSlug(*half);
    page["may_export"] = true;
    page["pdf_href"] = std::string{kPagePath} + ".pdf" + query;
    page["xlsx_href"] = std::string{kPagePath} + ".xlsx" + query;
  }
  return RenderPage(context.renderer, request, kPage, std::move(page));
}

core::Result<Response> Pdf(const HandlerContext& context, const domain::BoardReportService& service,
                           const reports::PdfOptions& pdf, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto half, HalfAsked(request, service));
  ASSURE_ASSIGN_OR_RETURN(const auto report, service.Export(RequesterOf(request), half, "pdf"));
  json page = BasePage();
  page["printing"] = true;
  std::string partnership;
  if (request.session) partnership = request.session->partnership.name;
  page["report_partnership"] = partnership;
  AddBoardReport(page, report);
  ASSURE_ASSIGN_OR_RETURN(const auto body, context.renderer.RenderFragment(kPage, page));
  std::string title = std::string{kTitle} + " " + domain::FormatHalfYear(half);
  if (!partnership.empty()) title += ": " + partnership;
  ASSURE_ASSIGN_OR_RETURN(auto printed,
                          reports::PrintPdf(reports::PrintDocument(title, body, kPrintCss), pdf));
  return Download(kPdfType, FileName(half, "pdf"), std::move(printed));
}

core::Result<Response> Xlsx(const domain::BoardReportService& service, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto half, HalfAsked(request, service));
  ASSURE_ASSIGN_OR_RETURN(const auto report, service.Export(RequesterOf(request), half, "xlsx"));
  ASSURE_ASSIGN_OR_RETURN(auto xlsx, reports::ToXlsx(reports::BoardReportTables(report)));
  return Download(kXlsxType, FileName(half, "xlsx"), std::move(xlsx));
}

}  // namespace

void AddBoardReportRoutes(Router& router, const HandlerContext& context, reports::PdfOptions pdf) {
  const domain::BoardReportService service(context.store, context.clock, context.deadlines);

  router.Add(Method::kGet, std::string{kPagePath},
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             PageHandler(context.renderer, [context, service](const Request& request) {
               return ReportPage(context, service, request);
             }));

  router.Add(Method::kGet, std::string{kPagePath} + ".pdf",
             RoutePolicy::Authorised(Resource::kReport, Action::kExport),
             PageHandler(context.renderer,
                         [context, service, pdf,
                          slot = PrintSlot{}](const Request& request) -> core::Result<Response> {
                           const auto printing = slot.Take();
                           if (printing == nullptr) return PrinterBusy(context.renderer, request);
                           return Pdf(context, service, pdf, request);
                         }));

  router.Add(Method::kGet, std::string{kPagePath} + ".xlsx",
             RoutePolicy::Authorised(Resource::kReport, Action::kExport),
             PageHandler(context.renderer,
                         [service](const Request& request) { return Xlsx(service, request); }));
}

}  // namespace assure::http::pages
