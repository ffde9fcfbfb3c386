// A QA framework activity's pages: GET /assurance/activities/{id} (what it is, what feeds it and
// the business unit's buttons to move its state), GET/POST /assurance/activities/new and
// GET/POST /assurance/activities/{id}/edit (the form: kind, title, themes, lead, agencies,
// period, the activities it draws on; a refused form shows each problem by its field, a stale
// version 409), and POST /assurance/activities/{id}/state.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/assurance_access.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

FormData ValuesOf(const domain::Activity& activity) {
  std::vector<std::pair<std::string, std::string>> pairs{
      {"kind", std::string{domain::ActivityKindName(*activity.content.kind)}},
      {"title", activity.content.title},
      {"lead_user_id", activity.content.lead_user_id
                           ? std::to_string(*activity.content.lead_user_id)
                           : std::string{}},
      {"version", std::to_string(activity.version)}};
  for (const auto& theme : activity.content.themes) pairs.emplace_back("themes", theme);
  for (const auto agency : activity.content.agency_ids) {
    pairs.emplace_back("agency_ids", std::to_string(agency));
  }
  for (const auto from : activity.content.feeds_from) {
    pairs.emplace_back("feeds_from", std::to_string(from));
  }
  AppendDate(pairs, "starts_on", activity.content.starts_on);
  AppendDate(pairs, "ends_on", activity.content.ends_on);
  return FormData(std::move(pairs));
}

core::Result<Response> ActivityForm(const AssuranceServices& services, const Request& request,
                                    const FormData& values, const FormErrors& errors, int status,
                                    std::optional<domain::ActivityId> id) {
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(RequesterOf(request)));
  std::vector<Choice> kinds;
  for (const auto kind : domain::AllActivityKinds()) {
    kinds.push_back({std::string{domain::ActivityKindName(kind)},
                     std::string{domain::ActivityKindLabel(kind)}, ""});
  }
  std::vector<Choice> people{{"", "Choose the lead", ""}};
  for (const auto& [user, name] : choices.people)
    people.push_back({std::to_string(user), name, ""});
  std::vector<Choice> agencies;
  for (const auto& [agency, name] : choices.agencies) {
    agencies.push_back({std::to_string(agency), name, ""});
  }
  std::vector<Choice> themes;
  for (const auto& theme : choices.themes) themes.push_back({theme, theme, ""});
  std::vector<Choice> feeds;
  for (const auto& activity : choices.activities) {
    if (id && activity.id == *id) continue;
    feeds.push_back({std::to_string(activity.id), activity.content.title,
                     std::string{domain::ActivityKindLabel(*activity.content.kind)}});
  }
  FormView form(values, errors);
  form.Section("");
  if (!id) form.Radios("kind", "Kind of activity", kinds);
  form.Text("title", "Title");
  form.Select("lead_user_id", "Lead", people);
  form.Date("starts_on", "Starts", "For example, 1 6 2026");
  form.Date("ends_on", "Ends", "For example, 30 9 2026");
  if (!agencies.empty()) form.Checkboxes("agency_ids", "Agencies taking part", agencies);
  if (!themes.empty()) form.Checkboxes("themes", "Themes", themes);
  if (!feeds.empty()) {
    form.Checkboxes(
        "feeds_from", "Draws on", feeds,
        "For a thematic review: the rounds, surveys and audits whose evidence it uses.");
  }
  json page{{"title", id ? "Change the activity" : "Plan an activity"},
            {"caption", "Quality assurance framework"},
            {"back_href", id ? ActivityHref(*id) : "/assurance"},
            {"action_href", id ? ActivityHref(*id) + "/edit" : "/assurance/activities/new"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", values.Get("version").value_or("")},
            {"submit", "Save"},
            {"cancel_href", id ? ActivityHref(*id) : "/assurance"},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

std::vector<std::int64_t> IdsOf(const FormData& form, std::string_view key) {
  std::vector<std::int64_t> ids;
  for (const auto& value : form.GetAll(std::string{key})) {
    if (auto id = ParsePositive(value)) ids.push_back(*id);
  }
  return ids;
}

core::Result<Response> SaveActivity(const AssuranceServices& services, const Request& request,
                                    std::optional<domain::ActivityId> id) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  domain::ActivityContent content;
  content.kind = domain::ParseActivityKind(form.Get("kind").value_or(""));
  content.title = form.Get("title").value_or("");
  content.lead_user_id = ParsePositive(form.Get("lead_user_id").value_or(""));
  content.starts_on = ParseDate(form, "starts_on", "the date it starts", true, errors);
  content.ends_on = ParseDate(form, "ends_on", "the date it ends", true, errors);
  content.agency_ids = IdsOf(form, "agency_ids");
  content.themes = form.GetAll("themes");
  content.feeds_from = IdsOf(form, "feeds_from");
  if (!errors.empty()) return ActivityForm(services, request, form, errors, 422, id);
  const auto requester = RequesterOf(request);
  auto saved = id ? services.activities.Update(requester, *id, FormVersion(form).value_or(0),
                                               std::move(content))
                  : services.activities.Create(requester, std::move(content));
  if (!saved.ok()) {
    const auto& error = saved.error();
    if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
      return error;
    }
    errors.Add(error.code == core::ErrorCode::kConflict ? "" : FieldKey(error.field),
               error.message);
    return ActivityForm(services, request, form, errors, HttpStatusFor(error.code), id);
  }
  return Response::Redirect(ActivityHref(saved->id) + "?done=saved");
}

core::Result<Response> NewActivity(const AssuranceServices& services, const Request& request) {
  return ActivityForm(services, request, FormData{}, FormErrors{}, 200, std::nullopt);
}

core::Result<Response> PostNewActivity(const AssuranceServices& services, const Request& request) {
  return SaveActivity(services, request, std::nullopt);
}

core::Result<Response> EditActivity(const AssuranceServices& services, const Request& request) {
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto activity, services.activities.Get(RequesterOf(request), id));
  return ActivityForm(services, request, ValuesOf(activity), FormErrors{}, 200, id);
}

core::Result<Response> PostEditActivity(const AssuranceServices& services, const Request& request) {
  return SaveActivity(services, request, IdParam(request, "id").value_or(0));
}

core::Result<Response> ActivityPage(const AssuranceServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto activity, services.activities.Get(requester, id));
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(requester));
  const auto name_of = [](const auto& list, std::int64_t wanted) {
    for (const auto& [key, name] : list) {
      if (key == wanted) return name;
    }
    return std::string{};
  };
  json agencies = json::array();
  for (const auto agency : activity.content.agency_ids) {
    agencies.push_back(name_of(choices.agencies, agency));
  }
  json feeds = json::array();
  json fed = json::array();
  for (const auto& other : choices.activities) {
    const auto& from = activity.content.feeds_from;
    if (std::find(from.begin(), from.end(), other.id) != from.end()) {
      feeds.push_back({{"href", ActivityHref(other.id)}, {"title", other.content.title}});
    }
    const auto& theirs = other.content.feeds_from;
    if (std::find(theirs.begin(), theirs.end(), id) != theirs.end()) {
      fed.push_back({{"href", ActivityHref(other.id)}, {"title", other.content.title}});
    }
  }
  json moves = json::array();
  if (domain::MayRunAssurance(requester)) {
    for (const auto state : domain::AllActivityStates()) {
      if (!domain::MayMoveActivity(activity.state, state)) continue;
      moves.push_back({{"state", domain::ActivityStateName(state)},
                       {"label", "Move to " + std::string{domain::ActivityStateLabel(state)}}});
    }
  }
  json page{{"title", activity.content.title},
            {"caption", domain::ActivityKindLabel(*activity.content.kind)},
            {"state", domain::ActivityStateLabel(activity.state)},
            {"state_class", ActivityStateTag(activity.state)},
            {"period",
             DateText(activity.content.starts_on) + " to " + DateText(activity.content.ends_on)},
            {"completed_on", activity.completed_on ? DateText(activity.completed_on) : ""},
            {"lead", activity.content.lead_user_id
                         ? name_of(choices.people, *activity.content.lead_user_id)
                         : "Not named"},
            {"agencies", agencies},
            {"themes", activity.content.themes},
            {"feeds", feeds},
            {"fed", fed},
            {"moves", moves},
            {"may_edit", domain::MayRunAssurance(requester)},
            {"edit_href", ActivityHref(id) + "/edit"},
            {"state_href", ActivityHref(id) + "/state"},
            {"version", activity.version},
            {"csrf_token", request.session->session.csrf_token},
            {"done", request.QueryParam("done").value_or("") == "saved"}};
  return RenderPage(services.context.renderer, request, "assurance_activity", std::move(page));
}

core::Result<Response> PostState(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto state = domain::ParseActivityState(form.Get("state").value_or(""));
  if (!state) return core::Error::InvalidInput("state", "Choose the state to move it to.");
  const auto id = IdParam(request, "id").value_or(0);
  auto moved =
      services.activities.Move(RequesterOf(request), id, FormVersion(form).value_or(0), *state);
  if (!moved.ok()) return moved.error();
  return Response::Redirect(ActivityHref(id) + "?done=saved");
}

}  // namespace

void AddActivityPageRoutes(Router& router, const AssuranceServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate);
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  router.Add(Method::kGet, "/assurance/activities/new", create,
             AssurancePageHandler(services, NewActivity));
  router.Add(Method::kPost, "/assurance/activities/new", create,
             AssurancePageHandler(services, PostNewActivity));
  router.Add(Method::kGet, "/assurance/activities/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             AssurancePageHandler(services, ActivityPage));
  router.Add(Method::kGet, "/assurance/activities/{id}/edit", update,
             AssurancePageHandler(services, EditActivity));
  router.Add(Method::kPost, "/assurance/activities/{id}/edit", update,
             AssurancePageHandler(services, PostEditActivity));
  router.Add(Method::kPost, "/assurance/activities/{id}/state", update,
             AssurancePageHandler(services, PostState));
}

}  // namespace assure::http::pages
