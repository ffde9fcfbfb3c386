// Recording a meeting's attendance: GET/POST /governance/meetings/{id}/attendance (meeting:
// update), on the question page (case_form): for each member expected, in the body's order, a
// radio group attendance_<n>_status (present, apologies, deputy sent, absent) and a box
// attendance_<n>_deputy for the deputy's name, where n counts the members from 0 as the service's
// fields "attendance[<n>].deputy" do. The form carries the meeting's version: a stale one is shown
// again with 409; refused marks with 422, each problem by its member's field.
#include <string>
#include <utility>
#include <vector>

#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/governance/meeting_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string StatusKey(std::size_t n) { return "attendance_" + std::to_string(n) + "_status"; }
std::string DeputyKey(std::size_t n) { return "attendance_" + std::to_string(n) + "_deputy"; }

std::vector<Choice> StatusChoices() {
  std::vector<Choice> choices;
  for (const auto status : domain::AllAttendanceStatuses()) {
    choices.push_back({std::string{domain::AttendanceStatusName(status)},
                       std::string{domain::AttendanceStatusLabel(status)}, ""});
  }
  return choices;
}

// "Fictional Name, Northshire Police (Member)".
std::string MemberHeading(const domain::MeetingView& view, const domain::BodyMember& member) {
  std::string heading = domain::MemberName(member);
  if (!member.person.empty() && !member.post.empty()) heading += ", " + member.post;
  if (member.agency_id) heading += ", " + AgencyName(view.agency_names, *member.agency_id);
  return heading + " (" + std::string{domain::MemberRoleLabel(member.role)} + ")";
}

core::Result<Response> AttendanceForm(const MeetingServices& services, const Request& request,
                                      const domain::MeetingView& view, const FormData& values,
                                      const FormErrors& errors, int status) {
  const std::string href = MeetingHref(view.meeting.id);
  const auto choices = StatusChoices();
  FormView form(values, errors);
  for (std::size_t n = 0; n < view.expected.size(); ++n) {
    const auto& member = view.expected[n];
    form.Section(MemberHeading(view, member));
    form.Radios(StatusKey(n), "Attendance of " + domain::MemberName(member), choices, "", true);
    form.Text(DeputyKey(n), "Deputy's name", "When a deputy was sent in their place",
              "govuk-input--width-20");
  }
  json page{{"title", "Record attendance"},
            {"caption",
             view.body.content.name + ", " + domain::LongCivilDate(view.meeting.content.held_on)},
            {"back_href", href},
            {"action_href", href + "/attendance"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", values.Get("version").value_or("")},
            {"intro", view.expected.empty()
                          ? "No member sat on the body on the day of the meeting."
                          : "Members and standing deputies present, or who sent a deputy, count "
                            "towards the quorum; advisers do not."},
            {"submit", "Save attendance"},
            {"cancel_href", href},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> GetAttendance(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.meetings.Get(RequesterOf(request), MeetingIdOf(request)));
  std::vector<std::pair<std::string, std::string>> pairs{
      {"version", std::to_string(view.meeting.version)}};
  for (std::size_t n = 0; n < view.expected.size(); ++n) {
    for (const auto& mark : view.meeting.attendance) {
      if (mark.member_id != view.expected[n].id) continue;
      pairs.emplace_back(StatusKey(n), std::string{domain::AttendanceStatusName(mark.status)});
      pairs.emplace_back(DeputyKey(n), mark.deputy);
    }
  }
  return AttendanceForm(services, request, view, FormData(std::move(pairs)), FormErrors{}, 200);
}

core::Result<Response> PostAttendance(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto version = FormVersion(form);
  if (!version) return Response::Status(400);
  const auto requester = RequesterOf(request);
  const auto id = MeetingIdOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.meetings.Get(requester, id));
  FormErrors errors;
  std::vector<domain::AttendanceMark> marks;
  for (std::size_t n = 0; n < view.expected.size(); ++n) {
    const auto& member = view.expected[n];
    const auto status = domain::ParseAttendanceStatus(form.Get(StatusKey(n)).value_or(""));
    if (!status) {
      errors.Add(StatusKey(n), "Choose whether " + domain::MemberName(member) +
                                   " was present, sent apologies, sent a deputy or was absent.");
      continue;
    }
    // A deputy's name is kept only when a deputy was sent.
    const bool deputy = *status == domain::AttendanceStatus::kDeputy;
    marks.push_back({member.id, *status, deputy ? form.Get(DeputyKey(n)).value_or("") : ""});
  }
  if (!errors.empty()) return AttendanceForm(services, request, view, form, errors, 422);
  auto recorded = services.meetings.RecordAttendance(requester, id, *version, std::move(marks));
  if (recorded.ok()) return Response::Redirect(MeetingHref(id) + "#attendance");
  if (!IsShownOnForm(recorded.error())) return recorded.error();
  // "attendance[2].deputy" is attendance_2_deputy; "attendance[2]" the member's radios.
  std::string key = FieldKey(recorded.error().field);
  if (key.starts_with("attendance_") && key.find('_', 11) == std::string::npos) key += "_status";
  errors.Add(key, recorded.error().message);
  return AttendanceForm(services, request, view, form, errors,
                        HttpStatusFor(recorded.error().code));
}

}  // namespace

void AddMeetingAttendanceRoutes(Router& router, const MeetingServices& services) {
  const auto update = RoutePolicy::Authorised(Resource::kMeeting, Action::kUpdate);
  router.Add(Method::kGet, "/governance/meetings/{id}/attendance", update,
             MeetingPageHandler(services, GetAttendance));
  router.Add(Method::kPost, "/governance/meetings/{id}/attendance", update,
             MeetingPageHandler(services, PostAttendance));
}

}  // namespace assure::http::pages
