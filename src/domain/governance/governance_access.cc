#include "domain/governance/governance_access.h"

#include <set>
#include <utility>

namespace assure::domain {

core::Error NoSuchBody() { return core::Error::NotFound("There is no such body."); }
core::Error NoSuchMeeting() { return core::Error::NotFound("There is no such meeting."); }
core::Error StaleGovernance(std::string_view noun) {
  return core::Error::Conflict(
      "Someone else changed this " + std::string{noun} + "; reload it and try again.", "version");
}

AuditSubject BodySubject(BodyId id) { return {"body", std::to_string(id)}; }
AuditSubject MeetingSubject(MeetingId id) { return {"meeting", std::to_string(id)}; }

bool MayRunGovernance(const Requester& requester) {
  return Permits(requester.principal, Resource::kGovernance, Action::kUpdate,
                 InPartnership(requester));
}

bool MayReadGovernance(const Requester& requester) {
  return Permits(requester.principal, Resource::kGovernance, Action::kRead,
                 InPartnership(requester));
}

MeetingAccess MeetingAccessFor(const Requester& requester, const Body& body, CivilDate held_on,
                               CivilDate today) {
  if (body.partnership_id != requester.partnership_id()) return {};
  RecordScope scope = InPartnership(requester);
  std::set<AgencyId> agencies;
  for (const BodyMember& member : body.members) {
    if (!MemberOn(member, held_on) && !MemberOn(member, today)) continue;
    if (member.user_id) scope.assigned_user_ids.push_back(*member.user_id);
    if (member.agency_id) agencies.insert(*member.agency_id);
  }
  const auto permits = [&](Resource resource) {
    if (Permits(requester.principal, resource, Action::kRead, scope)) return true;
    for (const AgencyId agency : agencies) {
      RecordScope of_agency = scope;
      of_agency.agency_id = agency;
      if (Permits(requester.principal, resource, Action::kRead, of_agency)) return true;
    }
    return false;
  };
  MeetingAccess access;
  access.read = permits(Resource::kMeeting);
  access.restricted = access.read && permits(Resource::kMeetingRestricted);
  return access;
}

core::Result<std::vector<AgencyId>> StatutoryAgencies(Transaction& tx, PartnershipId partnership) {
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, tx.agencies(partnership).List());
  std::vector<AgencyId> statutory;
  for (const Agency& agency : agencies) {
    if (agency.statutory_partner) statutory.push_back(agency.id);
  }
  return statutory;
}

core::Status WriteGovernanceAudit(Transaction& tx, const Requester& requester, core::Instant at,
                                  std::string action, AuditSubject subject, std::string reason) {
  return Record(tx.audit(),
                MakeAuditEvent(requester.actor, std::move(action), AuditOutcome::kSuccess, at,
                               std::move(subject), std::move(reason)));
}

}  // namespace assure::domain
