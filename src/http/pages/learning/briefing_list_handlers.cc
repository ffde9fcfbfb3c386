// The briefings list (/briefings): every briefing the asker may see (the business unit: all;
// others: approved, published and withdrawn), most recently changed first, filtered by kind and
// state, with links to recurring learning and the learning figures for those who may read them
// (report:read); and the business manager's list of sensitive places (/sensitive-places), one
// per line.
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "domain/learning/briefing_access.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/list_page.h"
#include "http/common/page_render.h"
#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

core::Result<Response> BriefingList(const BriefingServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  domain::BriefingQuery query;
  const std::string kind = request.QueryParam("kind").value_or("");
  const std::string state = request.QueryParam("state").value_or("");
  query.kind = domain::ParseBriefingKind(kind);
  if (auto parsed = domain::ParseBriefingState(state)) query.states = {*parsed};
  ASSURE_ASSIGN_OR_RETURN(const auto list, services.briefings.List(requester, query));
  json rows = json::array();
  for (const auto& briefing : list) {
    rows.push_back({{"href", BriefingHref(briefing.id)},
                    {"title", briefing.content.title},
                    {"kind", domain::BriefingKindLabel(briefing.content.kind)},
                    {"state", domain::BriefingStateLabel(briefing.state)},
                    {"state_class", StateTagClass(briefing.state)},
                    {"updated", LondonTimeText(briefing.updated_at)}});
  }
  QueryPairs kinds;
  for (const auto k : domain::AllBriefingKinds()) {
    kinds.emplace_back(domain::BriefingKindName(k), domain::BriefingKindLabel(k));
  }
  QueryPairs states;
  for (const auto s : domain::VisibleStates(requester)) {
    states.emplace_back(domain::BriefingStateName(s), domain::BriefingStateLabel(s));
  }
  const bool writer = domain::MayWriteBriefings(requester);
  return RenderPage(
      services.context.renderer, request, "briefings",
      {{"title", "Briefings"},
       {"rows", rows},
       {"has_rows", !rows.empty()},
       {"filters",
        {{"kind", SelectControl("kind", "Kind", "", "", SelectOptions(kinds, kind, "Any kind"))},
         {"state",
          SelectControl("state", "State", "", "", SelectOptions(states, state, "Any state"))}}},
       {"may_create", writer},
       {"new_seven_href", "/briefings/new?kind=seven_minute"},
       {"new_lessons_href", "/briefings/new?kind=lessons_learned"},
       {"may_keep_places",
        domain::MayEver(requester.principal, Resource::kBriefingPublication, Action::kRead)},
       {"may_see_recurring",
        domain::MayEver(requester.principal, Resource::kReport, Action::kRead)}});
}

core::Result<Response> PlacesForm(const BriefingServices& services, const Request& request,
                                  const FormData& values, const FormErrors& errors, int status) {
  const auto requester = RequesterOf(request);
  const bool may_change = domain::MayPublishBriefings(requester);
  FormView form(values, errors);
  form.Section("",
               "The publication check treats each of these local places as identifying: a "
               "briefing that names one cannot be published until the text changes or the "
               "business manager accepts it.");
  form.Textarea("places", "Sensitive places", "One place per line: an estate, a street, a park.",
                12);
  json page{
      {"title", "Sensitive places"},        {"back_href", "/briefings"},
      {"action_href", "/sensitive-places"}, {"csrf_token", request.session->session.csrf_token},
      {"submit", "Save the list"},          {"cancel_href", "/briefings"},
      {"sections", form.Sections()}};
  if (!may_change) page["warning"] = "Only the business manager changes this list.";
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> PlacesPage(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto places,
                          services.publication.SensitivePlaces(RequesterOf(request)));
  std::string text;
  for (const auto& place : places) text += place + "\n";
  return PlacesForm(services, request, FormData({{"places", text}}), FormErrors{}, 200);
}

core::Result<Response> SavePlaces(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  std::vector<std::string> places;
  std::istringstream lines(WithLineFeeds(form.Get("places").value_or("")));
  for (std::string line; std::getline(lines, line);) places.push_back(line);
  auto kept = services.publication.SetSensitivePlaces(RequesterOf(request), std::move(places));
  if (!kept.ok()) {
    if (kept.error().code != core::ErrorCode::kInvalidInput) return kept.error();
    FormErrors errors;
    errors.Add(kept.error());
    return PlacesForm(services, request, form, errors, 422);
  }
  return Response::Redirect("/sensitive-places");
}

}  // namespace

void AddBriefingListRoutes(Router& router, const BriefingServices& services) {
  router.Add(Method::kGet, "/briefings",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kRead),
             BriefingPageHandler(services, BriefingList));
  router.Add(Method::kGet, "/sensitive-places",
             RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kRead),
             BriefingPageHandler(services, PlacesPage));
  router.Add(Method::kPost, "/sensitive-places",
             RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kUpdate),
             BriefingPageHandler(services, SavePlaces));
}

}  // namespace assure::http::pages
