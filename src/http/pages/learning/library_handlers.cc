#include "http/pages/learning/library_handlers.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "domain/learning/briefing_access.h"
#include "domain/learning/library_service.h"
#include "domain/london_date.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/common/throttle/address_limit.h"
#include "http/pages/learning/library_cache.h"
#include "http/pages/learning/library_views.h"
#include "reports/atom_feed.h"
#include "reports/print_document.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

constexpr std::string_view kIndexPage = "library_index";
constexpr std::string_view kListPage = "library_list";
constexpr std::string_view kBriefingPage = "library_briefing";
constexpr std::string_view kAtomType = "application/atom+xml; charset=utf-8";

// What the PDF needs beyond the print stylesheet: the few GOV.UK classes the page uses.
constexpr std::string_view kPrintCss = R"(
.govuk-caption-l { display: block; font-size: 12pt; font-weight: normal; color: #505a5f; }
.govuk-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); }
.govuk-body-s { font-size: 9pt; color: #505a5f; }
.govuk-summary-list { margin: 0 0 4mm; }
.govuk-summary-list__row { display: flex; }
.govuk-summary-list__key { font-weight: bold; width: 35mm; margin: 0; }
.govuk-summary-list__value { margin: 0; }
)";

std::string SlugOf(const Request& request) { return request.PathParam("slug").value_or(""); }

// The briefing id of the path; an id that is no number is answered as a missing briefing.
core::Result<domain::BriefingId> BriefingIdOf(const Request& request) {
  const auto id = IdParam(request, "id");
  if (!id) return domain::NoSuchBriefing();
  return *id;
}

core::Result<Response> Index(const HandlerContext& context, const domain::LibraryService& library,
                             const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto libraries, library.Libraries());
  return Cached(request,
                RenderPage(context.renderer, request, kIndexPage, LibraryIndexContext(libraries)));
}

core::Result<Response> List(const HandlerContext& context, const domain::LibraryService& library,
                            const Request& request) {
  const std::string slug = SlugOf(request);
  auto asked = LibraryQueryFrom(request);
  std::optional<core::Error> refused;
  if (asked.ok()) {
    auto opened = library.Open(slug, *asked);
    if (opened.ok()) {
      return Cached(request, RenderPage(context.renderer, request, kListPage,
                                        LibraryContext(*opened, *asked, nullptr)));
    }
    if (opened.error().code != core::ErrorCode::kInvalidInput) return opened.error();
    refused = opened.error();
  } else {
    refused = asked.error();
  }
  // A filter that is none of its choices: the library unfiltered for the form, and the message.
  ASSURE_ASSIGN_OR_RETURN(const auto unfiltered, library.Open(slug, {}));
  const domain::LibraryQuery shown = asked.ok() ? *asked : domain::LibraryQuery{};
  return RenderPage(context.renderer, request, kListPage,
                    LibraryContext(unfiltered, shown, &*refused), 422);
}

core::Result<Response> Feed(const HandlerContext& context, const domain::LibraryService& library,
                            const std::string& base_url, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto opened, library.Open(SlugOf(request), {}));
  const auto today = domain::LondonDate(context.clock.Now());
  Response response;
  response.body = reports::AtomFeed(LibraryFeed(opened, base_url, today));
  response.SetHeader("Content-Type", std::string{kAtomType});
  return Cached(request, std::move(response));
}

core::Result<Response> BriefingPage(const HandlerContext& context,
                                    const domain::LibraryService& library, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto id, BriefingIdOf(request));
  ASSURE_ASSIGN_OR_RETURN(const auto page, library.Read(SlugOf(request), id));
  const bool thanks = request.QueryParam("thanks").value_or("") == "1";
  return Cached(request, RenderPage(context.renderer, request, kBriefingPage,
                                    LibraryBriefingContext(page, false, thanks)));
}

Response PrinterBusy(const views::Renderer& renderer, const Request& request,
                     const std::string& briefing_href) {
  auto response = RenderPage(renderer, request, views::kErrorPage,
                             {{"title", "The PDF printer is busy"},
                              {"message",
                               "Another PDF is being printed. Try again in a minute; the "
                               "briefing's page is available now."},
                              {"link_href", briefing_href},
                              {"link_text", "Go to the briefing"}},
                             503);
  response.SetHeader("Retry-After", "60");
  return response;
}

core::Result<Response> Pdf(const HandlerContext& context, const domain::LibraryService& library,
                           const reports::PdfOptions& options, PdfMemo& memo,
                           const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto id, BriefingIdOf(request));
  const std::string slug = SlugOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto page, library.Read(slug, id));
  ASSURE_ASSIGN_OR_RETURN(
      const auto body,
      context.renderer.RenderFragment(kBriefingPage, LibraryBriefingContext(page, true, false)));
  const std::string html =
      reports::PrintDocument(page.briefing.title + ": " + page.partnership.name, body, kPrintCss);
  const std::string etag = StrongETag(html);
  if (NoneMatchNames(request, etag)) return NotModified(etag);
  auto pdf = memo.Find(etag);
  if (pdf == nullptr) {
    const auto printing = memo.TryPrint();
    if (printing == nullptr) {
      return PrinterBusy(context.renderer, request, LibraryBriefingHref(slug, id));
    }
    ASSURE_ASSIGN_OR_RETURN(auto printed, reports::PrintPdf(html, options));
    pdf = std::make_shared<const std::string>(std::move(printed));
    memo.Keep(etag, pdf);
  }
  Response response =
      Download(kPdfType, slug + "-briefing-" + std::to_string(id) + ".pdf", std::string{});
  response.shared_body = std::move(pdf);
  return Cached(request, std::move(response), etag);
}

Response TooMuchFeedback(const views::Renderer& renderer, const Request& request,
                         const std::string& briefing_href) {
  auto response = RenderPage(renderer, request, views::kErrorPage,
                             {{"title", "Too much feedback from your connection"},
                              {"message",
                               "We take at most 5 answers an hour from one connection. Thank "
                               "you for your interest: try again in an hour."},
                              {"link_href", briefing_href},
                              {"link_text", "Go back to the briefing"}},
                             429);
  response.SetHeader("Retry-After", "3600");
  return response;
}

core::Result<Response> SendFeedback(const HandlerContext& context,
                                    const domain::LibraryService& library, AddressLimit& limit,
                                    const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto id, BriefingIdOf(request));
  const std::string slug = SlugOf(request);
  const std::string briefing_href = LibraryBriefingHref(slug, id);
  if (!limit.Admit(request.remote_address)) {
    return TooMuchFeedback(context.renderer, request, briefing_href);
  }
  auto form = request.Form();
  if (!form) return Response::Status(400);
  const std::string rating_text = form->Get("rating").value_or("");
  const std::string comment = form->Get("comment").value_or("");
  const auto rating =
      ParseBoundedNumber(rating_text, 1, domain::kFeedbackRatingMin, domain::kFeedbackRatingMax);
  auto recorded = library.RecordFeedback(slug, id, static_cast<int>(rating.value_or(0)), comment);
  if (recorded.ok()) return Response::Redirect(briefing_href + "?thanks=1");
  if (recorded.error().code != core::ErrorCode::kInvalidInput) return recorded.error();
  ASSURE_ASSIGN_OR_RETURN(const auto page, library.Read(slug, id));
  json context_json = LibraryBriefingContext(page, false, false);
  AddFeedbackRefusal(context_json, rating_text, comment, recorded.error());
  return RenderPage(context.renderer, request, kBriefingPage, std::move(context_json), 422);
}

}  // namespace

void AddLibraryRoutes(Router& router, const HandlerContext& context, reports::PdfOptions pdf,
                      std::string base_url) {
  const domain::LibraryService library(context.store, context.clock);
  // Shared by the copies std::function makes of the handlers, for as long as the router lives.
  auto limit = std::make_shared<AddressLimit>(context.clock);
  auto memo = std::make_shared<PdfMemo>();

  router.Add(Method::kGet, "/learning", RoutePolicy::Public(),
             PageHandler(context.renderer, [context, library](const Request& request) {
               return Index(context, library, request);
             }));
  router.Add(Method::kGet, "/learning/{slug}", RoutePolicy::Public(),
             PageHandler(context.renderer, [context, library](const Request& request) {
               return List(context, library, request);
             }));
  router.Add(Method::kGet, "/learning/{slug}/feed.atom", RoutePolicy::Public(),
             PageHandler(context.renderer, [context, library, base_url = std::move(base_url)](
                                               const Request& request) {
               return Feed(context, library, base_url, request);
             }));
  router.Add(Method::kGet, "/learning/{slug}/briefings/{id}", RoutePolicy::Public(),
             PageHandler(context.renderer, [context, library](const Request& request) {
               return BriefingPage(context, library, request);
             }));
  router.Add(Method::kGet, "/learning/{slug}/briefings/{id}/pdf", RoutePolicy::Public(),
             PageHandler(context.renderer, [context, library, pdf, memo](const Request& request) {
               return Pdf(context, library, pdf, *memo, request);
             }));
  router.Add(Method::kPost, "/learning/{slug}/briefings/{id}/feedback", RoutePolicy::Public(),
             PageHandler(context.renderer, [context, library, limit](const Request& request) {
               return SendFeedback(context, library, *limit, request);
             }));
}

}  // namespace assure::http::pages
