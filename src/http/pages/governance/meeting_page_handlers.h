// The meeting pages under /governance (doc/governance.md; the structure's pages are
// body_page_handlers.h). Each route's policy, which the access gate checks before the service
// checks the record (governance_access.h: a meeting is read by its body's members and the leads
// of the agencies that sit on it; restricted items and draft minutes by the members only):
//   GET  /governance/meetings                             meeting: read    the list, filtered
//   GET  /governance/attendance                           report: read     attendance by agency
//   GET  /governance/bodies/{id}/meetings/new             meeting: create  the schedule form
//   POST /governance/bodies/{id}/meetings                 meeting: create  schedules it
//   GET  /governance/bodies/{id}/meetings.ics             meeting: read    the body's calendar
//   GET  /governance/meetings/{id}                        meeting: read    the meeting
//   GET  /governance/meetings/{id}/edit, POST             meeting: update  date, time, place
//   POST /governance/meetings/{id}/items                  meeting: update  an agenda item
//   POST /governance/meetings/{id}/items/{item}/papers    meeting: update  a paper (multipart)
//   GET  /governance/meetings/{id}/papers/{paper}         meeting: read    the paper, attached
//   GET  /governance/meetings/{id}/attendance, POST       meeting: update  attendance
//   GET  /governance/meetings/{id}/minutes, POST          meeting: update  the draft minutes
//   POST /governance/meetings/{id}/decisions              meeting: update  a decision
// Added by AddMeetingRoutes, which the composition root (cli/application.cc) calls once at
// start-up. Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddMeetingRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
