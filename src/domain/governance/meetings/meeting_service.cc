#include "domain/governance/meetings/meeting_service.h"

#include <algorithm>
#include <utility>

#include "domain/files/upload_rules.h"
#include "domain/governance/body_repository.h"
#include "domain/governance/meetings/ical.h"
#include "domain/governance/meetings/meeting_loading.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "security/tokens.h"

namespace assure::domain {

core::Result<LoadedMeeting> LoadMeeting(Transaction& tx, const Requester& requester, MeetingId id,
                                        CivilDate today) {
  const PartnershipId partnership = requester.partnership_id();
  if (!MayEver(requester.principal, Resource::kMeeting, Action::kRead)) return NoSuchMeeting();
  auto meeting = tx.meetings(partnership).Get(id);
  if (!meeting.ok()) {
    if (meeting.error().code == core::ErrorCode::kNotFound) return NoSuchMeeting();
    return meeting.error();
  }
  ASSURE_ASSIGN_OR_RETURN(Body body, tx.bodies(partnership).Get(meeting->body_id));
  const MeetingAccess access = MeetingAccessFor(requester, body, meeting->content.held_on, today);
  if (!access.read) return NoSuchMeeting();
  return LoadedMeeting{std::move(*meeting), std::move(body), access};
}

core::Result<LoadedMeeting> LoadMeetingToEdit(Transaction& tx, const Requester& requester,
                                              MeetingId id, CivilDate today,
                                              std::optional<Version> version) {
  ASSURE_ASSIGN_OR_RETURN(LoadedMeeting loaded, LoadMeeting(tx, requester, id, today));
  if (!MayRunGovernance(requester)) {
    return core::Error::Forbidden("Only the business unit changes a meeting's record.");
  }
  if (version && loaded.meeting.version != *version) return StaleGovernance("meeting");
  return loaded;
}

Meeting Visible(Meeting meeting, const MeetingAccess& access) {
  if (access.restricted) return meeting;
  std::erase_if(meeting.agenda, [](const AgendaItem& item) { return item.restricted; });
  if (meeting.minutes_state != MinutesState::kApproved) meeting.minutes.clear();
  return meeting;
}

core::Result<MeetingView> ViewOf(Transaction& tx, const Requester& requester,
                                 LoadedMeeting loaded) {
  const PartnershipId partnership = requester.partnership_id();
  MeetingView view;
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, tx.agencies(partnership).List());
  for (const Agency& agency : agencies) view.agency_names.emplace(agency.id, agency.name);
  ASSURE_ASSIGN_OR_RETURN(const auto statutory, StatutoryAgencies(tx, partnership));
  view.expected = ExpectedMembers(loaded.body.members, loaded.meeting.content.held_on);
  view.quorum = ComputeQuorum(loaded.body.content.quorum, loaded.body.members,
                              loaded.meeting.attendance, statutory);
  view.may_edit = MayRunGovernance(requester);
  view.may_read_restricted = loaded.access.restricted;
  if (view.may_edit) {
    ASSURE_ASSIGN_OR_RETURN(const auto earlier, tx.meetings(partnership)
                                                    .List({loaded.body.id, std::nullopt,
                                                           loaded.meeting.content.held_on}));
    for (const Meeting& other : earlier) {
      if (other.id != loaded.meeting.id && other.minutes_state == MinutesState::kDraft &&
          other.content.held_on < loaded.meeting.content.held_on) {
        view.minutes_to_approve.push_back(other);
      }
    }
  }
  view.meeting = Visible(std::move(loaded.meeting), loaded.access);
  view.body = std::move(loaded.body);
  return view;
}

core::Result<Meeting> MeetingService::Schedule(const Requester& requester, BodyId body,
                                               MeetingContent content) const {
  const core::Instant now = clock_.Now();
  content.location = TrimName(content.location);
  auto scheduled = store_.Write([&](Transaction& tx) -> core::Result<Meeting> {
    if (!MayReadGovernance(requester)) return NoSuchBody();
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_TRY(tx.bodies(partnership).Get(body));
    if (!MayRunGovernance(requester)) {
      return core::Error::Forbidden("Only the business unit schedules meetings.");
    }
    ASSURE_TRY(ValidateMeetingContent(content));
    ASSURE_ASSIGN_OR_RETURN(Meeting meeting, tx.meetings(partnership).Create(body, content));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.meeting.schedule",
                                    MeetingSubject(meeting.id), "body " + std::to_string(body)));
    return meeting;
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.schedule", BodySubject(body),
                      std::move(scheduled));
}

core::Result<Meeting> MeetingService::Update(const Requester& requester, MeetingId id,
                                             Version version, MeetingContent content) const {
  const core::Instant now = clock_.Now();
  content.location = TrimName(content.location);
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<Meeting> {
    ASSURE_ASSIGN_OR_RETURN(LoadedMeeting loaded,
                            LoadMeetingToEdit(tx, requester, id, LondonDate(now), version));
    ASSURE_TRY(ValidateMeetingContent(content));
    const Meeting& held = loaded.meeting;
    const bool recorded = !held.attendance.empty() || !held.decisions.empty() ||
                          held.minutes_state != MinutesState::kNone;
    if (recorded && content.held_on != held.content.held_on) {
      return core::Error::InvalidInput("held_on",
                                       "What happened at the meeting is recorded for this date; "
                                       "the date can no longer change.");
    }
    loaded.meeting.content = std::move(content);
    ASSURE_ASSIGN_OR_RETURN(Meeting stored,
                            tx.meetings(requester.partnership_id()).Update(loaded.meeting));
    ASSURE_TRY(
        WriteGovernanceAudit(tx, requester, now, "governance.meeting.update", MeetingSubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.update", MeetingSubject(id),
                      std::move(updated));
}

core::Result<std::vector<MeetingSummary>> MeetingService::List(const Requester& requester,
                                                               const MeetingFilter& filter) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  auto listed = store_.Write([&](Transaction& tx) -> core::Result<std::vector<MeetingSummary>> {
    std::vector<MeetingSummary> out;
    if (!MayEver(requester.principal, Resource::kMeeting, Action::kRead)) {
      return core::Error::Forbidden("You may not read meetings.");
    }
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(partnership).List());
    ASSURE_ASSIGN_OR_RETURN(const auto meetings, tx.meetings(partnership).List(filter));
    ASSURE_ASSIGN_OR_RETURN(const auto statutory, StatutoryAgencies(tx, partnership));
    for (const Meeting& meeting : meetings) {
      const auto body = std::find_if(bodies.begin(), bodies.end(),
                                     [&](const Body& b) { return b.id == meeting.body_id; });
      if (body == bodies.end()) continue;
      const MeetingAccess access =
          MeetingAccessFor(requester, *body, meeting.content.held_on, today);
      if (!access.read) continue;
      MeetingSummary summary;
      summary.quorum =
          ComputeQuorum(body->content.quorum, body->members, meeting.attendance, statutory);
      summary.meeting = Visible(meeting, access);
      summary.body_name = body->content.name;
      out.push_back(std::move(summary));
    }
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.meeting.list",
                                    {"meeting", "list"}, std::to_string(out.size()) + " meetings"));
    return out;
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.list", {"meeting", "list"},
                      std::move(listed));
}

core::Result<MeetingView> MeetingService::Get(const Requester& requester, MeetingId id) const {
  const core::Instant now = clock_.Now();
  auto view = store_.Write([&](Transaction& tx) -> core::Result<MeetingView> {
    ASSURE_ASSIGN_OR_RETURN(LoadedMeeting loaded, LoadMeeting(tx, requester, id, LondonDate(now)));
    ASSURE_TRY(
        WriteGovernanceAudit(tx, requester, now, "governance.meeting.read", MeetingSubject(id)));
    return ViewOf(tx, requester, std::move(loaded));
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.read", MeetingSubject(id),
                      std::move(view));
}

core::Result<AgendaItem> MeetingService::AddItem(const Requester& requester, MeetingId id,
                                                 AgendaItem item) const {
  const core::Instant now = clock_.Now();
  item.title = TrimName(item.title);
  item.owner = TrimName(item.owner);
  auto added = store_.Write([&](Transaction& tx) -> core::Result<AgendaItem> {
    ASSURE_TRY(LoadMeetingToEdit(tx, requester, id, LondonDate(now), std::nullopt));
    ASSURE_TRY(ValidateAgendaItem(item));
    item.papers.clear();
    ASSURE_ASSIGN_OR_RETURN(AgendaItem stored,
                            tx.meetings(requester.partnership_id()).AddItem(id, item));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.meeting.item",
                                    MeetingSubject(id), "item " + std::to_string(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.item", MeetingSubject(id),
                      std::move(added));
}

core::Result<Paper> MeetingService::AddPaper(const Requester& requester, MeetingId id,
                                             AgendaItemId item, std::string file_name,
                                             std::string bytes) const {
  const core::Instant now = clock_.Now();
  auto added = store_.Write([&](Transaction& tx) -> core::Result<Paper> {
    ASSURE_ASSIGN_OR_RETURN(const LoadedMeeting loaded,
                            LoadMeetingToEdit(tx, requester, id, LondonDate(now), std::nullopt));
    const bool known =
        std::any_of(loaded.meeting.agenda.begin(), loaded.meeting.agenda.end(),
                    [&](const AgendaItem& candidate) { return candidate.id == item; });
    if (!known) return core::Error::InvalidInput("item_id", "Choose an item of this agenda.");
    ASSURE_ASSIGN_OR_RETURN(const AcceptedUpload accepted, CheckUpload("file", file_name, bytes));
    Paper paper;
    paper.file_name = accepted.file_name;
    paper.media_type = accepted.content_type;
    paper.size = static_cast<std::int64_t>(bytes.size());
    paper.sha256 = security::Sha256Hex(bytes);
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_TRY(tx.file_contents(partnership).Put(paper.sha256, bytes));
    ASSURE_ASSIGN_OR_RETURN(Paper stored, tx.meetings(partnership).AddPaper(id, item, paper));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.meeting.paper",
                                    MeetingSubject(id), "paper " + std::to_string(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.paper", MeetingSubject(id),
                      std::move(added));
}

core::Result<PaperDownload> MeetingService::ReadPaper(const Requester& requester, MeetingId id,
                                                      PaperId paper) const {
  const core::Instant now = clock_.Now();
  auto read = store_.Write([&](Transaction& tx) -> core::Result<PaperDownload> {
    ASSURE_ASSIGN_OR_RETURN(const LoadedMeeting loaded,
                            LoadMeeting(tx, requester, id, LondonDate(now)));
    const Meeting visible = Visible(loaded.meeting, loaded.access);
    for (const AgendaItem& item : visible.agenda) {
      for (const Paper& candidate : item.papers) {
        if (candidate.id != paper) continue;
        ASSURE_ASSIGN_OR_RETURN(auto content,
                                tx.file_contents(requester.partnership_id()).Get(candidate.sha256));
        ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.meeting.paper.read",
                                        MeetingSubject(id), "paper " + std::to_string(paper)));
        return PaperDownload{candidate, std::move(content.bytes)};
      }
    }
    return core::Error::NotFound("There is no such paper.");
  });
  return AuditRefusal(store_, clock_, requester, "governance.meeting.paper.read",
                      MeetingSubject(id), std::move(read));
}

}  // namespace assure::domain
