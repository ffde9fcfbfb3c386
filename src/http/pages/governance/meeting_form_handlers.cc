// The business unit's meeting forms, on the question page (case_form): GET/POST
// /governance/bodies/{id}/meetings/new and /governance/bodies/{id}/meetings (schedule a meeting:
// date, start time, length, place; meeting: create), GET/POST /governance/meetings/{id}/edit
// (change or cancel it) and GET/POST /governance/meetings/{id}/minutes (the draft minutes in
// Markdown, with a preview; meeting: update). The edit and minutes forms carry the meeting's
// version: a stale one is shown again with 409. Refused input is shown again with 422.
#include <string>
#include <utility>
#include <vector>

#include "domain/governance/body.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/governance/meeting_support.h"
#include "reports/markdown_html.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::BodyId BodyOfPath(const Request& request) { return IdParam(request, "id").value_or(0); }

// The form's values for a meeting's content.
std::vector<std::pair<std::string, std::string>> ContentPairs(const domain::MeetingContent& content,
                                                              bool with_date) {
  std::vector<std::pair<std::string, std::string>> pairs{
      {"starts_at", content.starts_at},
      {"duration_minutes", std::to_string(content.duration_minutes)},
      {"location", content.location}};
  if (with_date) AppendDate(pairs, "held_on", content.held_on);
  if (content.cancelled) pairs.emplace_back("cancelled", "yes");
  return pairs;
}

domain::MeetingContent ContentOf(const FormData& form, FormErrors& errors) {
  domain::MeetingContent content;
  const auto held_on = ParseDate(form, "held_on", "the date of the meeting", true, errors);
  if (held_on) content.held_on = *held_on;
  content.starts_at = form.Get("starts_at").value_or("");
  const auto minutes = ParseWhole(form.Get("duration_minutes").value_or(""), 4);
  if (minutes) {
    content.duration_minutes = *minutes;
  } else {
    errors.Add("duration_minutes", "Enter the length of the meeting in minutes, like 120.");
  }
  content.location = form.Get("location").value_or("");
  content.cancelled = form.Get("cancelled").value_or("") == "yes";
  return content;
}

void ContentFields(FormView& form, bool with_cancel) {
  form.Section("");
  form.Date("held_on", "Date", "For example, 12 3 2026");
  form.Text("starts_at", "Start time", "On the 24-hour clock, London time, like 10:00",
            "govuk-input--width-5");
  form.Text("duration_minutes", "Length in minutes", "For example, 120", "govuk-input--width-4");
  form.Text("location", "Place", "A room and building, or Online");
  if (with_cancel) {
    form.Checkboxes("cancelled", "Cancelled",
                    {{"yes", "The meeting is cancelled (it stays listed, marked cancelled)", ""}});
  }
}

core::Result<Response> ScheduleForm(const MeetingServices& services, const Request& request,
                                    const FormData& values, const FormErrors& errors, int status) {
  const auto id = BodyOfPath(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.bodies.Get(RequesterOf(request), id));
  FormView form(values, errors);
  ContentFields(form, false);
  json page{{"title", "Schedule a meeting"},
            {"caption", view.body.content.name},
            {"back_href", MeetingBodyHref(id)},
            {"action_href", MeetingBodyHref(id) + "/meetings"},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", "Schedule the meeting"},
            {"cancel_href", MeetingBodyHref(id)},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> NewMeeting(const MeetingServices& services, const Request& request) {
  return ScheduleForm(services, request, FormData(ContentPairs(domain::MeetingContent{}, false)),
                      FormErrors{}, 200);
}

core::Result<Response> PostSchedule(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  auto content = ContentOf(form, errors);
  content.cancelled = false;
  if (!errors.empty()) return ScheduleForm(services, request, form, errors, 422);
  auto scheduled =
      services.meetings.Schedule(RequesterOf(request), BodyOfPath(request), std::move(content));
  if (scheduled.ok()) return Response::Redirect(MeetingHref(scheduled->id));
  if (scheduled.error().code != core::ErrorCode::kInvalidInput) return scheduled.error();
  errors.Add(scheduled.error());
  return ScheduleForm(services, request, form, errors, 422);
}

core::Result<Response> EditForm(const MeetingServices& services, const Request& request,
                                const domain::MeetingView& view, const FormData& values,
                                const FormErrors& errors, int status) {
  const std::string href = MeetingHref(view.meeting.id);
  FormView form(values, errors);
  ContentFields(form, true);
  json page{{"title", "Change the meeting"},
            {"caption", view.body.content.name},
            {"back_href", href},
            {"action_href", href + "/edit"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", values.Get("version").value_or("")},
            {"submit", "Save the meeting"},
            {"cancel_href", href},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> GetEdit(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.meetings.Get(RequesterOf(request), MeetingIdOf(request)));
  auto pairs = ContentPairs(view.meeting.content, true);
  pairs.emplace_back("version", std::to_string(view.meeting.version));
  return EditForm(services, request, view, FormData(std::move(pairs)), FormErrors{}, 200);
}

core::Result<Response> PostEdit(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto version = FormVersion(form);
  if (!version) return Response::Status(400);
  const auto requester = RequesterOf(request);
  const auto id = MeetingIdOf(request);
  FormErrors errors;
  auto content = ContentOf(form, errors);
  int status = 422;
  if (errors.empty()) {
    auto updated = services.meetings.Update(requester, id, *version, std::move(content));
    if (updated.ok()) return Response::Redirect(MeetingHref(id));
    if (!IsShownOnForm(updated.error())) return updated.error();
    errors.Add(updated.error());
    status = HttpStatusFor(updated.error().code);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.meetings.Get(requester, id));
  return EditForm(services, request, view, form, errors, status);
}

core::Result<Response> MinutesForm(const MeetingServices& services, const Request& request,
                                   const domain::MeetingView& view, const FormData& values,
                                   const FormErrors& errors, int status, bool preview) {
  const std::string href = MeetingHref(view.meeting.id);
  FormView form(values, errors);
  form.Section("");
  form.Textarea("minutes", "Minutes",
                "In Markdown: ## before a heading, - before each point of a list. HTML is not "
                "shown. They stay a draft until a later meeting approves them.",
                20);
  json page{
      {"title", "Minutes of the meeting of " + domain::LongCivilDate(view.meeting.content.held_on)},
      {"caption", view.body.content.name},
      {"back_href", href},
      {"action_href", href + "/minutes"},
      {"csrf_token", request.session->session.csrf_token},
      {"version", values.Get("version").value_or("")},
      {"submit", "Save the draft minutes"},
      {"secondary", "Preview"},
      {"cancel_href", href},
      {"sections", form.Sections()}};
  if (preview) {
    page["preview_title"] = "Preview";
    page["markdown_html"] = reports::MarkdownHtml(values.Get("minutes").value_or(""), 3);
  }
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> GetMinutes(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.meetings.Get(RequesterOf(request), MeetingIdOf(request)));
  if (view.meeting.minutes_state == domain::MinutesState::kApproved) {
    return core::Error::Conflict("These minutes are approved, and approved minutes are fixed.");
  }
  const FormData values(
      {{"minutes", view.meeting.minutes}, {"version", std::to_string(view.meeting.version)}});
  return MinutesForm(services, request, view, values, FormErrors{}, 200, false);
}

core::Result<Response> PostMinutes(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto version = FormVersion(form);
  if (!version) return Response::Status(400);
  const auto requester = RequesterOf(request);
  const auto id = MeetingIdOf(request);
  FormErrors errors;
  int status = 200;
  if (!form.Get("secondary")) {
    auto saved = services.meetings.SaveMinutes(requester, id, *version,
                                               WithLineFeeds(form.Get("minutes").value_or("")));
    if (saved.ok()) return Response::Redirect(MeetingHref(id) + "#minutes");
    if (!IsShownOnForm(saved.error())) return saved.error();
    errors.Add(saved.error());
    status = HttpStatusFor(saved.error().code);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.meetings.Get(requester, id));
  return MinutesForm(services, request, view, form, errors, status, errors.empty());
}

}  // namespace

void AddMeetingFormRoutes(Router& router, const MeetingServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kMeeting, Action::kCreate);
  const auto update = RoutePolicy::Authorised(Resource::kMeeting, Action::kUpdate);
  router.Add(Method::kGet, "/governance/bodies/{id}/meetings/new", create,
             MeetingPageHandler(services, NewMeeting));
  router.Add(Method::kPost, "/governance/bodies/{id}/meetings", create,
             MeetingPageHandler(services, PostSchedule));
  router.Add(Method::kGet, "/governance/meetings/{id}/edit", update,
             MeetingPageHandler(services, GetEdit));
  router.Add(Method::kPost, "/governance/meetings/{id}/edit", update,
             MeetingPageHandler(services, PostEdit));
  router.Add(Method::kGet, "/governance/meetings/{id}/minutes", update,
             MeetingPageHandler(services, GetMinutes));
  router.Add(Method::kPost, "/governance/meetings/{id}/minutes", update,
             MeetingPageHandler(services, PostMinutes));
}

}  // namespace assure::http::pages
