#include "http/api/governance/meeting_json.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "http/common/json_fields.h"

namespace assure::http::api {

using nlohmann::json;

namespace {

json TextOrNull(const std::string& text) { return text.empty() ? json() : json(text); }

json PaperJson(const domain::Paper& paper) {
  return {{"id", paper.id},
          {"file_name", paper.file_name},
          {"media_type", paper.media_type},
          {"size", paper.size}};
}

json MarkJson(const domain::AttendanceMark& mark) {
  return {{"member_id", mark.member_id},
          {"status", domain::AttendanceStatusName(mark.status)},
          {"deputy", TextOrNull(mark.deputy)}};
}

// One row of a meeting's attendance: the member named, and their mark (status null when none).
json AttendanceRowJson(const domain::BodyMember& member, const domain::AttendanceMark* mark,
                       const std::map<domain::AgencyId, std::string>& agency_names) {
  json agency = nullptr;
  if (member.agency_id) {
    const auto found = agency_names.find(*member.agency_id);
    if (found != agency_names.end()) agency = found->second;
  }
  return {{"member_id", member.id},
          {"name", domain::MemberName(member)},
          {"agency_id", OptionalJson(member.agency_id)},
          {"agency", std::move(agency)},
          {"role", domain::MemberRoleName(member.role)},
          {"status", mark ? json(domain::AttendanceStatusName(mark->status)) : json()},
          {"deputy", mark ? TextOrNull(mark->deputy) : json()}};
}

const domain::AttendanceMark* MarkOf(const domain::Meeting& meeting, domain::BodyMemberId id) {
  for (const auto& mark : meeting.attendance) {
    if (mark.member_id == id) return &mark;
  }
  return nullptr;
}

// The members expected, in the body's order, then anyone marked who is no longer expected.
json NamedAttendanceJson(const domain::MeetingView& view) {
  json rows = json::array();
  std::set<domain::BodyMemberId> named;
  for (const auto& member : view.expected) {
    rows.push_back(AttendanceRowJson(member, MarkOf(view.meeting, member.id), view.agency_names));
    named.insert(member.id);
  }
  for (const auto& mark : view.meeting.attendance) {
    if (named.contains(mark.member_id)) continue;
    for (const auto& member : view.body.members) {
      if (member.id != mark.member_id) continue;
      rows.push_back(AttendanceRowJson(member, &mark, view.agency_names));
      named.insert(member.id);
      break;
    }
  }
  return rows;
}

json ContentFieldsJson(const domain::Meeting& meeting) {
  const domain::MeetingContent& content = meeting.content;
  return {{"id", meeting.id},
          {"body_id", meeting.body_id},
          {"held_on", DateJson(content.held_on)},
          {"starts_at", content.starts_at},
          {"duration_minutes", content.duration_minutes},
          {"location", content.location},
          {"cancelled", content.cancelled},
          {"version", meeting.version}};
}

}  // namespace

json QuorumJson(const domain::Quorum& quorum) {
  return {{"recorded", quorum.recorded},
          {"quorate", quorum.quorate},
          {"counted", quorum.counted},
          {"minimum", quorum.minimum},
          {"statutory_missing", quorum.statutory_missing}};
}

json AgendaItemJson(const domain::AgendaItem& item) {
  json papers = json::array();
  for (const auto& paper : item.papers) papers.push_back(PaperJson(paper));
  return {{"id", item.id},       {"position", item.position},     {"title", item.title},
          {"owner", item.owner}, {"restricted", item.restricted}, {"papers", std::move(papers)}};
}

json DecisionJson(const domain::Decision& decision) {
  return {{"id", decision.id},
          {"meeting_id", decision.meeting_id},
          {"reference", domain::DecisionReference(decision)},
          {"year", decision.year},
          {"number", decision.number},
          {"text", decision.text},
          {"approves_minutes_of", OptionalJson(decision.approves_minutes_of)},
          {"action_id", OptionalJson(decision.action_id)}};
}

json MeetingJson(const domain::Meeting& meeting, bool minutes_readable) {
  json answer = ContentFieldsJson(meeting);
  json agenda = json::array();
  for (const auto& item : meeting.agenda) agenda.push_back(AgendaItemJson(item));
  answer["agenda"] = std::move(agenda);
  json marks = json::array();
  for (const auto& mark : meeting.attendance) marks.push_back(MarkJson(mark));
  answer["attendance"] = std::move(marks);
  const bool readable =
      minutes_readable || meeting.minutes_state == domain::MinutesState::kApproved;
  answer["minutes"] = {{"state", domain::MinutesStateName(meeting.minutes_state)},
                       {"text", readable ? json(meeting.minutes) : json()},
                       {"approved_by", OptionalJson(meeting.minutes_approved_by)}};
  json decisions = json::array();
  for (const auto& decision : meeting.decisions) decisions.push_back(DecisionJson(decision));
  answer["decisions"] = std::move(decisions);
  return answer;
}

json MeetingViewJson(const domain::MeetingView& view) {
  json answer = MeetingJson(view.meeting, view.may_read_restricted);
  answer["body_name"] = view.body.content.name;
  answer["attendance"] = NamedAttendanceJson(view);
  answer["quorum"] = QuorumJson(view.quorum);
  json earlier = json::array();
  for (const auto& meeting : view.minutes_to_approve) {
    earlier.push_back({{"id", meeting.id}, {"held_on", DateJson(meeting.content.held_on)}});
  }
  answer["minutes_to_approve"] = std::move(earlier);
  answer["may_edit"] = view.may_edit;
  answer["may_read_restricted"] = view.may_read_restricted;
  return answer;
}

json MeetingSummaryJson(const domain::MeetingSummary& summary) {
  json answer = ContentFieldsJson(summary.meeting);
  answer["body_name"] = summary.body_name;
  answer["minutes_state"] = domain::MinutesStateName(summary.meeting.minutes_state);
  answer["quorum"] = QuorumJson(summary.quorum);
  answer["agenda_items"] = summary.meeting.agenda.size();
  answer["decisions"] = summary.meeting.decisions.size();
  return answer;
}

namespace {

// The content's fields, read into `content` (which keeps its defaults for those left out).
void ReadContent(JsonFields& fields, domain::MeetingContent& content) {
  content.held_on = fields.RequiredDate("held_on");
  if (fields.Has("starts_at")) content.starts_at = fields.Text("starts_at");
  if (fields.Has("duration_minutes")) {
    const auto minutes = fields.Index("duration_minutes");
    // Past the domain's range, but still out of it: ValidateMeetingContent refuses it.
    content.duration_minutes =
        static_cast<int>(std::min<std::int64_t>(minutes.value_or(0), 100000));
  }
  content.location = fields.Text("location");
  content.cancelled = fields.Bool("cancelled");
}

}  // namespace

core::Result<NewMeetingInput> NewMeetingFrom(const json& body) {
  JsonFields fields(body);
  NewMeetingInput input;
  const auto body_id = fields.Id("body_id");
  if (!body_id && !fields.Has("body_id")) fields.Fail("body_id", "Choose the body that meets.");
  input.body_id = body_id.value_or(0);
  ReadContent(fields, input.content);
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::MeetingContent> MeetingContentFrom(const json& body) {
  JsonFields fields(body);
  domain::MeetingContent content;
  ReadContent(fields, content);
  return ValueIfAllRead(fields, std::move(content));
}

core::Result<std::vector<domain::AttendanceMark>> AttendanceFrom(const json& body) {
  JsonFields fields(body);
  if (!fields.Has("attendance")) {
    fields.Fail("attendance", "Send the attendance: one mark for each member expected.");
  }
  std::vector<domain::AttendanceMark> marks;
  for (JsonFields& item : fields.Objects("attendance")) {
    domain::AttendanceMark mark;
    const auto member = item.Id("member_id");
    if (!member && !item.Has("member_id")) item.Fail("member_id", "Choose the member.");
    mark.member_id = member.value_or(0);
    const auto status = domain::ParseAttendanceStatus(item.Text("status"));
    if (!status) item.Fail("status", "Choose present, apologies, deputy or absent.");
    mark.status = status.value_or(domain::AttendanceStatus::kAbsent);
    mark.deputy = item.Text("deputy");
    marks.push_back(std::move(mark));
  }
  return ValueIfAllRead(fields, std::move(marks));
}

core::Result<domain::AgendaItem> AgendaItemFrom(const json& body) {
  JsonFields fields(body);
  domain::AgendaItem item;
  item.title = fields.Text("title");
  item.owner = fields.Text("owner");
  item.restricted = fields.Bool("restricted");
  return ValueIfAllRead(fields, std::move(item));
}

core::Result<domain::NewDecision> NewDecisionFrom(const json& body) {
  JsonFields fields(body);
  domain::NewDecision decision;
  decision.text = fields.Text("text");
  decision.approves_minutes_of = fields.Id("approves_minutes_of");
  if (auto action = fields.Object("action")) {
    domain::DecisionAction made;
    made.title = action->Text("title");
    const auto owner = action->Id("owner_agency_id");
    if (!owner && !action->Has("owner_agency_id")) {
      action->Fail("owner_agency_id", "Choose the agency that owns the action.");
    }
    made.owner_agency_id = owner.value_or(0);
    made.lead_name = action->Text("lead_name");
    made.lead_user_id = action->Id("lead_user_id");
    made.due_on = action->RequiredDate("due_on");
    decision.action = std::move(made);
  }
  return ValueIfAllRead(fields, std::move(decision));
}

}  // namespace assure::http::api
