// One briefing's page (/briefings/{id}): its details, its body as the library will show it, the
// steps the asker may take, and, after "Run the publication check" (POST /briefings/{id}/check)
// or a refused approval or publication, the check's hits with the business manager's acceptance
// form; and its saved versions compared (/briefings/{id}/versions?from=&to=). A briefing the asker
// may not see is 404, audited by the service.
#include <string>
#include <utility>
#include <vector>

#include "domain/learning/briefing_access.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/list_page.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/learning/briefing_page.h"
#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

core::Result<Response> Page(const BriefingServices& services, const Request& request) {
  return BriefingPage(services, request, std::nullopt, {}, 200);
}

core::Result<Response> CheckPage(const BriefingServices& services, const Request& request) {
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(auto report, services.publication.Check(RequesterOf(request), id));
  return BriefingPage(services, request, std::move(report.hits), {}, 200);
}

core::Result<Response> Versions(const BriefingServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto versions, services.briefings.Versions(requester, id));
  const auto from = ParsePositive(request.QueryParam("from").value_or(""));
  const auto to = ParsePositive(request.QueryParam("to").value_or(""));
  json rows = json::array();
  json from_options = json::array();
  json to_options = json::array();
  for (const auto& version : versions) {
    const std::string number = std::to_string(version.version);
    rows.push_back({{"version", number},
                    {"title", version.title},
                    {"saved", LondonTimeText(version.saved_at)}});
    from_options.push_back(
        {{"value", number},
         {"label", "Version " + number},
         {"checked", from ? *from == version.version : &version == &versions.front()}});
    to_options.push_back({{"value", number},
                          {"label", "Version " + number},
                          {"checked", to ? *to == version.version : &version == &versions.back()}});
  }
  json page{{"title", "Saved versions"},
            {"back_href", BriefingHref(id)},
            {"action_href", BriefingHref(id) + "/versions"},
            {"rows", rows},
            {"from", SelectControl("from", "Compare", "", "", from_options)},
            {"to", SelectControl("to", "with", "", "", to_options)},
            {"compared", false}};
  if (from && to) {
    auto comparison = services.briefings.Compare(requester, id, *from, *to);
    if (!comparison.ok()) {
      if (comparison.error().code != core::ErrorCode::kInvalidInput) return comparison.error();
      AddFieldError(page, comparison.error(), "from");
      return RenderPage(services.context.renderer, request, "briefing_versions", std::move(page),
                        422);
    }
    json lines = json::array();
    for (const auto& part : {comparison->title, comparison->body}) {
      for (const auto& line : part) {
        lines.push_back({{"text", line.text},
                         {"added", line.kind == domain::DiffKind::kAdded},
                         {"removed", line.kind == domain::DiffKind::kRemoved}});
      }
    }
    page["compared"] = true;
    page["heading"] = "Version " + std::to_string(*from) + " and version " + std::to_string(*to);
    page["lines"] = lines;
  }
  return RenderPage(services.context.renderer, request, "briefing_versions", std::move(page));
}

}  // namespace

void AddBriefingPageRoutes(Router& router, const BriefingServices& services) {
  const auto read = RoutePolicy::Authorised(Resource::kBriefing, Action::kRead);
  router.Add(Method::kGet, "/briefings/{id}", read, BriefingPageHandler(services, Page));
  router.Add(Method::kPost, "/briefings/{id}/check", read,
             BriefingPageHandler(services, CheckPage));
  router.Add(Method::kGet, "/briefings/{id}/versions", read,
             BriefingPageHandler(services, Versions));
}

}  // namespace assure::http::pages
