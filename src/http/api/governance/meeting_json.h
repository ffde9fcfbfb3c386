// The JSON forms of bodies' meetings in API answers (doc/openapi.yaml, "Governance"): a meeting
// with its agenda and papers, attendance, computed quorum, minutes and decisions; a list's row; a
// decision and an agenda item; and the readers of their request bodies. The minutes' text is
// given only to those who may read it (approved minutes, or the business unit and the body's
// members); restricted items are already left out by the service. Enum values are their *Name()
// forms ("deputy", "draft"); dates "YYYY-MM-DD", times "HH:MM" London time. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "core/result.h"
#include "domain/governance/meetings/meeting.h"
#include "domain/governance/meetings/meeting_service.h"
#include "domain/governance/meetings/quorum.h"

namespace assure::http::api {

nlohmann::json QuorumJson(const domain::Quorum& quorum);
nlohmann::json AgendaItemJson(const domain::AgendaItem& item);
// {"id", "reference" ("2026/4"), "year", "number", "text", "approves_minutes_of", "action_id"}.
nlohmann::json DecisionJson(const domain::Decision& decision);
// The meeting as stored, the minutes' text null unless `minutes_readable` or approved; without
// names for its attendance marks (MeetingViewJson names them).
nlohmann::json MeetingJson(const domain::Meeting& meeting, bool minutes_readable);
// MeetingJson with the body's name, the attendance of each member expected (named, with their
// agency and role; status null until recorded), the quorum, the earlier meetings whose minutes a
// decision here may approve, may_edit and may_read_restricted.
nlohmann::json MeetingViewJson(const domain::MeetingView& view);
// A list's row: the meeting's content, body, minutes' state, quorum and how many items and
// decisions it has.
nlohmann::json MeetingSummaryJson(const domain::MeetingSummary& summary);

// POST /api/v1/meetings: {"body_id", "held_on", "starts_at", "duration_minutes", "location"}.
struct NewMeetingInput {
  domain::BodyId body_id = 0;
  domain::MeetingContent content;
};
core::Result<NewMeetingInput> NewMeetingFrom(const nlohmann::json& body);
// The content as PUT /api/v1/meetings/{id} takes it: the fields above but "body_id", and
// "cancelled" (the version is read apart). "starts_at" and "duration_minutes" left out keep the
// domain's defaults ("10:00", 120).
core::Result<domain::MeetingContent> MeetingContentFrom(const nlohmann::json& body);
// "attendance" (required): [{"member_id", "status", "deputy"}].
core::Result<std::vector<domain::AttendanceMark>> AttendanceFrom(const nlohmann::json& body);
// {"title", "owner", "restricted"}.
core::Result<domain::AgendaItem> AgendaItemFrom(const nlohmann::json& body);
// {"text", "approves_minutes_of", "action": {"title", "owner_agency_id", "lead_name", "due_on"}}.
core::Result<domain::NewDecision> NewDecisionFrom(const nlohmann::json& body);

}  // namespace assure::http::api
