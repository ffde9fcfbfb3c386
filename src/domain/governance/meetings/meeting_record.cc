// MeetingService's record of what happened at a meeting (meeting_service.h): attendance, minutes,
// decisions (approving minutes, making actions), and the calendar and to-do lists.
#include <algorithm>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/governance/body_repository.h"
#include "domain/governance/meetings/ical.h"
#include "domain/governance/meetings/meeting_loading.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {
namespace {

constexpr int kPapersAhead = 14;  // days before a meeting its papers are a to-do

core::Status CheckHeld(const Meeting& meeting, CivilDate today, std::string_view field) {
  if (meeting.content.cancelled) {
    return core::Error::InvalidInput(std::string{field}, "The meeting was cancelled.");
  }
  if (today < meeting.content.held_on) {
    return core::Error::InvalidInput(std::string{field}, "The meeting has not taken place yet.");
  }
  return core::Ok();
}

// The action a decision makes, on the action plans with the source "meeting".
core::Result<std::int64_t> MakeAction(Transaction& tx, const Requester& requester,
                                      const LoadedMeeting& loaded, const Decision& decision,
                                      const DecisionAction& input, CivilDate today) {
  if (!(today < input.due_on)) {
    return core::Error::InvalidInput("action.due_on", "The due date must be after today.");
  }
  NewAction plan;
  plan.title = TrimName(input.title);
  plan.owner_agency_id = input.owner_agency_id;
  plan.lead_name = TrimName(input.lead_name);
  plan.due_on = input.due_on;
  plan.sources = {{SourceKind::kMeeting, loaded.meeting.id,
                   "Meeting: " + loaded.body.content.name + ", " +
                       LongCivilDate(loaded.meeting.content.held_on) + ", decision " +
                       DecisionReference(decision)}};
  const PartnershipId partnership = requester.partnership_id();
  if (input.lead_user_id) {
    auto lead = tx.memberships(partnership).GetMemberUser(*input.lead_user_id);
    if (!lead.ok()) {
      if (lead.error().code != core::ErrorCode::kNotFound) return lead.error();
      return core::Error::InvalidInput("action.lead_user_id",
                                       "Choose a person of this partnership to lead it.");
    }
    plan.lead_user_id = lead->id;
    plan.lead_name = lead->display_name;
  }
  auto agency = tx.agencies(partnership).Get(plan.owner_agency_id);
  if (!agency.ok()) {
    if (agency.error().code != core::ErrorCode::kNotFound) return agency.error();
    return core::Error::InvalidInput("action.owner_agency_id",
                                     "Choose an agency of this partnership.");
  }
  auto valid = ValidateNewAction(plan);
  if (!valid.ok()) {
    core::Error error = valid.error();
    error.field = "action." + error.field;
    return error;
  }
  ASSURE_ASSIGN_OR_RETURN(const PlanAction created, tx.actions(partnership).Create(plan));
  return created.id;
}

}  // namespace

core::Result<MeetingView> MeetingService::RecordAttendance(
    const Requester& requester, MeetingId id, Version version,
    std::vector<AttendanceMark> marks) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  for (AttendanceMark& mark : marks) mark.deputy = TrimName(mark.deputy);
  auto recorded = store_.Write([&](Transaction& tx) -> core::Result<MeetingView> {
    ASSURE_ASSIGN_OR_RETURN(LoadedMeeting loaded,
                            LoadMeetingToEdit(tx, requester, id, today, version));
    ASSURE_TRY(CheckHeld(loaded.meeting, today, "attendance"));
    const auto expected = ExpectedMembers(loaded.body.members, loaded.meeting.content.held_on);
    if (expected.empty()) {
      return core::Error::InvalidInput("attendance",
                                       "No one sat on the body on the meeting's date.");
    }
    ASSURE_TRY(ValidateAttendance(marks, expected));
    auto& meetings = tx.meetings(requester.partnership_id());
    ASSURE_TRY(meetings.SetAttendance(id, marks));
    ASSURE_ASSIGN_OR_RETURN(loaded.meeting, meetings.Update(loaded.meeting));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.meeting.attendance",
                                    MeetingSubject(id)));
    return ViewOf(tx, requester, std::move(loaded));
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.attendance",
                      MeetingSubject(id), std::move(recorded));
}

core::Result<Meeting> MeetingService::SaveMinutes(const Requester& requester, MeetingId id,
                                                  Version version, std::string minutes) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  auto saved = store_.Write([&](Transaction& tx) -> core::Result<Meeting> {
    ASSURE_ASSIGN_OR_RETURN(LoadedMeeting loaded,
                            LoadMeetingToEdit(tx, requester, id, today, version));
    ASSURE_TRY(CheckHeld(loaded.meeting, today, "minutes"));
    if (loaded.meeting.minutes_state == MinutesState::kApproved) {
      return core::Error::Conflict("The minutes are approved and can no longer change.", "minutes");
    }
    ASSURE_TRY(ValidateMinutes(minutes));
    loaded.meeting.minutes = std::move(minutes);
    loaded.meeting.minutes_state = MinutesState::kDraft;
    ASSURE_ASSIGN_OR_RETURN(Meeting stored,
                            tx.meetings(requester.partnership_id()).Update(loaded.meeting));
    ASSURE_TRY(
        WriteGovernanceAudit(tx, requester, now, "governance.meeting.minutes", MeetingSubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.minutes", MeetingSubject(id),
                      std::move(saved));
}

core::Result<Decision> MeetingService::RecordDecision(const Requester& requester, MeetingId id,
                                                      NewDecision input) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  auto recorded = store_.Write([&](Transaction& tx) -> core::Result<Decision> {
    ASSURE_ASSIGN_OR_RETURN(const LoadedMeeting loaded,
                            LoadMeetingToEdit(tx, requester, id, today, std::nullopt));
    ASSURE_TRY(CheckHeld(loaded.meeting, today, "text"));
    ASSURE_TRY(ValidateDecisionText(input.text));
    auto& meetings = tx.meetings(requester.partnership_id());
    std::optional<Meeting> approved;
    if (input.approves_minutes_of) {
      auto earlier = meetings.Get(*input.approves_minutes_of);
      if (!earlier.ok() && earlier.error().code != core::ErrorCode::kNotFound) {
        return earlier.error();
      }
      if (!earlier.ok() || earlier->body_id != loaded.body.id ||
          !(earlier->content.held_on < loaded.meeting.content.held_on) ||
          earlier->minutes_state != MinutesState::kDraft) {
        return core::Error::InvalidInput(
            "approves_minutes_of",
            "Choose an earlier meeting of this body whose minutes are a draft.");
      }
      approved = std::move(*earlier);
    }
    Decision decision;
    decision.meeting_id = id;
    decision.year = static_cast<int>(loaded.meeting.content.held_on.year());
    decision.text = input.text;
    decision.approves_minutes_of = input.approves_minutes_of;
    ASSURE_ASSIGN_OR_RETURN(decision, meetings.AddDecision(loaded.body.id, decision));
    if (approved) {
      approved->minutes_state = MinutesState::kApproved;
      approved->minutes_approved_by = decision.id;
      ASSURE_TRY(meetings.Update(*approved));
    }
    if (input.action) {
      ASSURE_ASSIGN_OR_RETURN(const std::int64_t action,
                              MakeAction(tx, requester, loaded, decision, *input.action, today));
      ASSURE_TRY(meetings.SetDecisionAction(decision.id, action));
      decision.action_id = action;
      ASSURE_TRY(WriteGovernanceAudit(
          tx, requester, now, "action.create", {"action", std::to_string(action)},
          "decision " + DecisionReference(decision) + " of meeting " + std::to_string(id)));
    }
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.meeting.decision",
                                    MeetingSubject(id), "decision " + DecisionReference(decision)));
    return decision;
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.decision", MeetingSubject(id),
                      std::move(recorded));
}

core::Result<std::string> MeetingService::Calendar(const Requester& requester,
                                                   BodyId body_id) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  auto calendar = store_.Read([&](Transaction& tx) -> core::Result<std::string> {
    const PartnershipId partnership = requester.partnership_id();
    if (!MayEver(requester.principal, Resource::kMeeting, Action::kRead)) return NoSuchBody();
    ASSURE_ASSIGN_OR_RETURN(const Body body, tx.bodies(partnership).Get(body_id));
    ASSURE_ASSIGN_OR_RETURN(const auto partnership_record, tx.partnerships().FindById(partnership));
    ASSURE_ASSIGN_OR_RETURN(const auto meetings,
                            tx.meetings(partnership).List({body_id, std::nullopt, std::nullopt}));
    std::vector<CalendarEvent> events;
    for (const Meeting& meeting : meetings) {
      if (!MeetingAccessFor(requester, body, meeting.content.held_on, today).read) continue;
      events.push_back(
          {"meeting-" + std::to_string(meeting.id) + "@" + partnership_record.slug + ".assure",
           meeting.content.held_on, meeting.content.starts_at, meeting.content.duration_minutes,
           body.content.name, meeting.content.location, meeting.content.cancelled});
    }
    return WriteCalendar(body.content.name, events, now);
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.calendar",
                      BodySubject(body_id), std::move(calendar));
}

core::Result<std::vector<MeetingDue>> MeetingService::PapersDue(const Requester& requester) const {
  const CivilDate today = LondonDate(clock_.Now());
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<MeetingDue>> {
    std::vector<MeetingDue> due;
    if (!MayEver(requester.principal, Resource::kMeeting, Action::kRead)) return due;
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(partnership).List());
    ASSURE_ASSIGN_OR_RETURN(
        const auto meetings,
        tx.meetings(partnership).List({std::nullopt, today, AddDays(today, kPapersAhead)}));
    for (const Meeting& meeting : meetings) {
      const auto body = std::find_if(bodies.begin(), bodies.end(),
                                     [&](const Body& b) { return b.id == meeting.body_id; });
      if (meeting.content.cancelled || body == bodies.end()) continue;
      const bool sits =
          std::any_of(body->members.begin(), body->members.end(), [&](const BodyMember& m) {
            return m.user_id == requester.user_id() && MemberOn(m, meeting.content.held_on);
          });
      if (!sits) continue;
      const MeetingAccess access =
          MeetingAccessFor(requester, *body, meeting.content.held_on, today);
      // A member whose roles do not let them read the meeting has no papers to read in it.
      if (!access.read) continue;
      int papers = 0;
      for (const AgendaItem& item : Visible(meeting, access).agenda) {
        papers += static_cast<int>(item.papers.size());
      }
      if (papers > 0)
        due.push_back({meeting.id, body->content.name, meeting.content.held_on, papers});
    }
    return due;
  });
}

core::Result<std::vector<MeetingDue>> MeetingService::MinutesToApprove(
    const Requester& requester) const {
  const CivilDate today = LondonDate(clock_.Now());
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<MeetingDue>> {
    std::vector<MeetingDue> due;
    if (!MayRunGovernance(requester)) return due;
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(partnership).List());
    ASSURE_ASSIGN_OR_RETURN(const auto meetings,
                            tx.meetings(partnership).List({std::nullopt, std::nullopt, today}));
    for (const Meeting& meeting : meetings) {
      if (meeting.minutes_state != MinutesState::kDraft) continue;
      // A later meeting of the body has taken place: it is the one to approve them.
      const bool later = std::any_of(meetings.begin(), meetings.end(), [&](const Meeting& m) {
        return m.body_id == meeting.body_id && !m.content.cancelled &&
               meeting.content.held_on < m.content.held_on;
      });
      const auto body = std::find_if(bodies.begin(), bodies.end(),
                                     [&](const Body& b) { return b.id == meeting.body_id; });
      if (later && body != bodies.end()) {
        due.push_back({meeting.id, body->content.name, meeting.content.held_on, 0});
      }
    }
    return due;
  });
}

}  // namespace assure::domain
