// The meetings routes of the API: /api/v1/meetings (GET those the caller may read, by ?body=,
// ?from= and ?to=; POST a new meeting of a body), /meetings/{id} (GET with its attendance, quorum,
// agenda, minutes and decisions; PUT its content with the version), PUT /meetings/{id}/attendance
// and /minutes (with the version), POST /meetings/{id}/decisions (perhaps approving an earlier
// meeting's minutes or making an action) and /items (an agenda item).
#include <utility>

#include "domain/governance/meetings/meeting_service.h"
#include "http/api/governance/body_json.h"
#include "http/api/governance/governance_api_handlers.h"
#include "http/api/governance/meeting_json.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::MeetingId MeetingIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

// "?body=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD", each optional; an empty one means any. A value that
// is not one of its kind is kInvalidInput naming the parameter, as the action list's filters.
core::Result<domain::MeetingFilter> FilterOf(const Request& request) {
  domain::MeetingFilter filter;
  if (const auto body = request.QueryParam("body"); body && !body->empty()) {
    filter.body_id = ParsePositive(*body);
    if (!filter.body_id) return core::Error::InvalidInput("body", "Send a positive whole number.");
  }
  for (const auto& [name, date] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
    const auto text = request.QueryParam(name);
    if (!text || text->empty()) continue;
    *date = domain::ParseCivilDate(*text);
    if (!*date) return core::Error::InvalidInput(name, "Enter a real date as YYYY-MM-DD.");
  }
  if (filter.from && filter.to && *filter.to < *filter.from) {
    return core::Error::InvalidInput("to", "The end of the period cannot be before its start.");
  }
  return filter;
}

core::Result<Response> PostMeeting(const domain::MeetingService& meetings, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto input, NewMeetingFrom(body));
  ASSURE_ASSIGN_OR_RETURN(
      const auto scheduled,
      meetings.Schedule(RequesterOf(request), input.body_id, std::move(input.content)));
  // Only the business unit schedules meetings, and it reads draft minutes.
  return Response::Json(201, {{"meeting", MeetingJson(scheduled, true)}});
}

core::Result<Response> PutMeeting(const domain::MeetingService& meetings, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  ASSURE_ASSIGN_OR_RETURN(auto content, MeetingContentFrom(body));
  ASSURE_ASSIGN_OR_RETURN(
      const auto updated,
      meetings.Update(RequesterOf(request), MeetingIdOf(request), version, std::move(content)));
  return Response::Json(200, {{"meeting", MeetingJson(updated, true)}});
}

core::Result<Response> PutAttendance(const domain::MeetingService& meetings,
                                     const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  ASSURE_ASSIGN_OR_RETURN(auto marks, AttendanceFrom(body));
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          meetings.RecordAttendance(RequesterOf(request), MeetingIdOf(request),
                                                    version, std::move(marks)));
  return Response::Json(200, {{"meeting", MeetingViewJson(view)}});
}

core::Result<Response> PutMinutes(const domain::MeetingService& meetings, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  ASSURE_ASSIGN_OR_RETURN(auto text, TextFrom(body, "text"));
  auto saved =
      meetings.SaveMinutes(RequesterOf(request), MeetingIdOf(request), version, std::move(text));
  if (!saved.ok()) return WithApiField(saved.error(), "minutes", "text");
  return Response::Json(200, {{"meeting", MeetingJson(*saved, true)}});
}

core::Result<Response> PostDecision(const domain::MeetingService& meetings,
                                    const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto decision, NewDecisionFrom(body));
  ASSURE_ASSIGN_OR_RETURN(
      const auto recorded,
      meetings.RecordDecision(RequesterOf(request), MeetingIdOf(request), std::move(decision)));
  return Response::Json(201, {{"decision", DecisionJson(recorded)}});
}

core::Result<Response> PostItem(const domain::MeetingService& meetings, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto item, AgendaItemFrom(body));
  ASSURE_ASSIGN_OR_RETURN(
      const auto added,
      meetings.AddItem(RequesterOf(request), MeetingIdOf(request), std::move(item)));
  return Response::Json(201, {{"item", AgendaItemJson(added)}});
}

}  // namespace

void AddMeetingApi(Router& router, const domain::MeetingService& meetings,
                   const ErrorPages& errors) {
  const auto read = RoutePolicy::Authorised(Resource::kMeeting, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kMeeting, Action::kUpdate);
  router.Add(Method::kGet, "/api/v1/meetings", read,
             ApiHandler(errors, [meetings](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto filter, FilterOf(request));
               ASSURE_ASSIGN_OR_RETURN(const auto list,
                                       meetings.List(RequesterOf(request), filter));
               json rows = json::array();
               for (const auto& summary : list) rows.push_back(MeetingSummaryJson(summary));
               return Response::Json(200, {{"meetings", rows}});
             }));
  router.Add(Method::kPost, "/api/v1/meetings",
             RoutePolicy::Authorised(Resource::kMeeting, Action::kCreate),
             ApiHandler(errors, [meetings](const Request& request) {
               return PostMeeting(meetings, request);
             }));
  router.Add(Method::kGet, "/api/v1/meetings/{id}", read,
             ApiHandler(errors, [meetings](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       meetings.Get(RequesterOf(request), MeetingIdOf(request)));
               return Response::Json(200, {{"meeting", MeetingViewJson(view)}});
             }));
  router.Add(Method::kPut, "/api/v1/meetings/{id}", update,
             ApiHandler(errors, [meetings](const Request& request) {
               return PutMeeting(meetings, request);
             }));
  router.Add(Method::kPut, "/api/v1/meetings/{id}/attendance", update,
             ApiHandler(errors, [meetings](const Request& request) {
               return PutAttendance(meetings, request);
             }));
  router.Add(Method::kPut, "/api/v1/meetings/{id}/minutes", update,
             ApiHandler(errors, [meetings](const Request& request) {
               return PutMinutes(meetings, request);
             }));
  router.Add(Method::kPost, "/api/v1/meetings/{id}/decisions", update,
             ApiHandler(errors, [meetings](const Request& request) {
               return PostDecision(meetings, request);
             }));
  router.Add(Method::kPost, "/api/v1/meetings/{id}/items", update,
             ApiHandler(errors, [meetings](const Request& request) {
               return PostItem(meetings, request);
             }));
}

}  // namespace assure::http::api
