// The list of meetings and a body's calendar: GET /governance/meetings (meeting: read; the
// meetings the asker may read, filtered by ?body=<id>, from and to (date inputs' boxes or
// YYYY-MM-DD), each with its date, body, whether cancelled, its quorum and its minutes' state) and
// GET /governance/bodies/{id}/meetings.ics (meeting: read; the body's meetings as iCalendar, an
// attachment "<body>-meetings.ics").
#include <cctype>
#include <string>
#include <utility>

#include "http/common/display.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/list_page.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/governance/meeting_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

inline constexpr std::string_view kCalendarType = "text/calendar; charset=utf-8";

// "Safeguarding Adults Board" -> "safeguarding-adults-board": a file name's stem of ASCII letters,
// digits and single hyphens (at most 60 characters; "body" when nothing is left).
std::string SafeStem(std::string_view name) {
  std::string stem;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 && byte < 0x80) {
      stem += static_cast<char>(std::tolower(byte));
    } else if (!stem.empty() && stem.back() != '-') {
      stem += '-';
    }
    if (stem.size() >= 60) break;
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  return stem.empty() ? std::string{"body"} : stem;
}

json Row(const domain::MeetingSummary& summary) {
  const auto& meeting = summary.meeting;
  return {{"href", MeetingHref(meeting.id)},
          {"date", domain::LongCivilDate(meeting.content.held_on)},
          {"time", meeting.content.starts_at},
          {"body", summary.body_name},
          {"cancelled", meeting.content.cancelled},
          {"quorum", QuorumOutcomeLabel(summary.quorum)},
          {"quorum_tag", QuorumOutcomeTag(summary.quorum)},
          {"minutes", MinutesStateLabel(meeting.minutes_state)}};
}

core::Result<Response> MeetingList(const MeetingServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  FormErrors errors;
  domain::MeetingFilter filter;
  const std::string body = request.QueryParam("body").value_or("");
  if (!body.empty()) {
    filter.body_id = ParsePositive(body);
    if (!filter.body_id) errors.Add("body", "Choose one of the bodies.");
  }
  DateFields from_fields;
  DateFields to_fields;
  filter.from = QueryDate(request, "from", "the first date", from_fields, errors);
  filter.to = QueryDate(request, "to", "the last date", to_fields, errors);
  if (filter.from && filter.to && *filter.to < *filter.from) {
    errors.Add("to", "The last date cannot be before the first date.");
  }
  QueryPairs bodies;
  if (domain::MayEver(requester.principal, Resource::kGovernance, Action::kRead)) {
    ASSURE_ASSIGN_OR_RETURN(const auto list, services.bodies.List(requester));
    for (const auto& each : list) bodies.emplace_back(std::to_string(each.id), each.content.name);
  }
  json filters{{"body", SelectControl("body", "Body", "", errors.MessageFor("body"),
                                      SelectOptions(bodies, body, "All bodies"))},
               {"from", DateInputControl("from", "Held from", "For example, 1 4 2025",
                                         errors.MessageFor("from"), from_fields)},
               {"to", DateInputControl("to", "Held until", "For example, 31 3 2026",
                                       errors.MessageFor("to"), to_fields)}};
  json page{{"title", "Meetings"},
            {"filters", std::move(filters)},
            {"rows", json::array()},
            {"has_rows", false},
            {"calendar_href", ""},
            {"may_see_attendance",
             domain::MayEver(requester.principal, Resource::kReport, Action::kRead)}};
  if (!errors.empty()) {
    AddFormErrors(page, errors, {{"body", "body"}, {"from", "from-day"}, {"to", "to-day"}});
    return RenderPage(services.context.renderer, request, "governance_meetings", std::move(page),
                      422);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto listed, services.meetings.List(requester, filter));
  json rows = json::array();
  for (const auto& summary : listed) rows.push_back(Row(summary));
  page["has_rows"] = !rows.empty();
  page["rows"] = std::move(rows);
  if (filter.body_id) page["calendar_href"] = MeetingBodyHref(*filter.body_id) + "/meetings.ics";
  return RenderPage(services.context.renderer, request, "governance_meetings", std::move(page));
}

core::Result<Response> BodyCalendar(const MeetingServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(auto calendar, services.meetings.Calendar(requester, id));
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.bodies.Get(requester, id));
  return Download(kCalendarType, SafeStem(view.body.content.name) + "-meetings.ics",
                  std::move(calendar));
}

}  // namespace

void AddMeetingListRoutes(Router& router, const MeetingServices& services) {
  const auto read = RoutePolicy::Authorised(Resource::kMeeting, Action::kRead);
  router.Add(Method::kGet, "/governance/meetings", read, MeetingPageHandler(services, MeetingList));
  router.Add(Method::kGet, "/governance/bodies/{id}/meetings.ics", read,
             MeetingPageHandler(services, BodyCalendar));
}

}  // namespace assure::http::pages
