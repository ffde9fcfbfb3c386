#include "http/handlers/board_report_handlers.h"

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include "domain/actions/board_report_service.h"
#include "http/handlers/admin_support.h"
#include "http/handlers/board_report_view.h"
#include "http/handlers/file_download.h"
#include "http/handlers/page_render.h"
#include "reports/board_report_tables.h"
#include "reports/print_document.h"

namespace assure::http::handlers {

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

json BasePage(const domain::BoardReportService& service, const HalfYear& chosen) {
  return {{"title", kTitle},
          {"action_href", kPagePath},
          {"half_options", HalfYearOptions(service.Today(), chosen)}};
}

std::string FileName(const HalfYear& half, std::string_view extension) {
  return "board-report-" + domain::HalfYearSlug(half) + "." + std::string{extension};
}

Response Download(std::string bytes, std::string_view content_type, const std::string& name) {
  Response response = Response::Text(200, std::move(bytes));
  response.SetHeader("Content-Type", std::string{content_type});
  response.SetHeader("Content-Disposition", AttachmentDisposition(name));
  return response;
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

}  // namespace

void AddBoardReportRoutes(Router& router, ReportDependencies deps, reports::PdfOptions pdf) {
  const domain::BoardReportService service(deps.store, deps.clock, deps.deadlines);

  router.Add(Method::kGet, std::string{kPagePath},
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             [deps, service](const Request& request) {
               const auto requester = RequesterOf(request);
               auto half = HalfAsked(request, service);
               json page = BasePage(service, half.ok() ? *half : service.DefaultHalfYear());
               core::Result<domain::BoardReport> report = core::Error::Internal("not read");
               if (half.ok()) report = service.Read(requester, *half);
               const core::Error* refused = !half.ok() ? &half.error() : nullptr;
               if (refused == nullptr && !report.ok()) {
                 if (report.error().code != core::ErrorCode::kInvalidInput) {
                   return ErrorResponse(deps.renderer, request, report.error());
                 }
                 refused = &report.error();
               }
               if (refused != nullptr) {
                 AddFieldError(page, *refused, "half");
                 return RenderPage(deps.renderer, request, kPage, std::move(page), 422);
               }
               AddBoardReport(page, *report);
               if (domain::MayEver(requester.principal, Resource::kReport, Action::kExport)) {
                 const std::string query = "?half=" + domain::HalfYearSlug(*half);
                 page["may_export"] = true;
                 page["pdf_href"] = std::string{kPagePath} + ".pdf" + query;
                 page["xlsx_href"] = std::string{kPagePath} + ".xlsx" + query;
               }
               return RenderPage(deps.renderer, request, kPage, std::move(page));
             });

  router.Add(Method::kGet, std::string{kPagePath} + ".pdf",
             RoutePolicy::Authorised(Resource::kReport, Action::kExport),
             [deps, service, pdf, slot = PrintSlot{}](const Request& request) {
               const auto printing = slot.Take();
               if (printing == nullptr) return PrinterBusy(deps.renderer, request);
               auto half = HalfAsked(request, service);
               if (!half.ok()) return ErrorResponse(deps.renderer, request, half.error());
               auto report = service.Export(RequesterOf(request), *half, "pdf");
               if (!report.ok()) return ErrorResponse(deps.renderer, request, report.error());
               json page = BasePage(service, *half);
               page["printing"] = true;
               std::string partnership;
               if (request.session) partnership = request.session->partnership.name;
               page["report_partnership"] = partnership;
               AddBoardReport(page, *report);
               auto body = deps.renderer.RenderFragment(kPage, page);
               if (!body.ok())
                 throw std::runtime_error("rendering the board report: " + body.error().message);
               std::string title = std::string{kTitle} + " " + domain::FormatHalfYear(*half);
               if (!partnership.empty()) title += ": " + partnership;
               auto printed =
                   reports::PrintPdf(reports::PrintDocument(title, *body, kPrintCss), pdf);
               if (!printed.ok()) return ErrorResponse(deps.renderer, request, printed.error());
               return Download(std::move(*printed), "application/pdf", FileName(*half, "pdf"));
             });

  router.Add(Method::kGet, std::string{kPagePath} + ".xlsx",
             RoutePolicy::Authorised(Resource::kReport, Action::kExport),
             [deps, service](const Request& request) {
               auto half = HalfAsked(request, service);
               if (!half.ok()) return ErrorResponse(deps.renderer, request, half.error());
               auto report = service.Export(RequesterOf(request), *half, "xlsx");
               if (!report.ok()) return ErrorResponse(deps.renderer, request, report.error());
               auto xlsx = reports::ToXlsx(reports::BoardReportTables(*report));
               if (!xlsx.ok()) return ErrorResponse(deps.renderer, request, xlsx.error());
               return Download(std::move(*xlsx),
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               FileName(*half, "xlsx"));
             });
}

}  // namespace assure::http::handlers
