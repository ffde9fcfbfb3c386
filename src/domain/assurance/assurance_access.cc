#include "domain/assurance/assurance_access.h"

#include <algorithm>
#include <utility>

namespace assure::domain {

core::Error NoSuchActivity() { return core::Error::NotFound("There is no such activity."); }
core::Error NoSuchRound() { return core::Error::NotFound("There is no such round."); }
core::Error NoSuchReturn() { return core::Error::NotFound("There is no such return."); }
core::Error NoSuchSurvey() { return core::Error::NotFound("There is no such survey."); }
core::Error NoSuchAudit() { return core::Error::NotFound("There is no such audit."); }
core::Error NoSuchThematicReview() {
  return core::Error::NotFound("There is no such thematic review.");
}

core::Error StaleAssurance(std::string_view noun) {
  return core::Error::Conflict(
      "Someone else changed this " + std::string{noun} + "; reload it and try again.", "version");
}

AuditSubject ActivitySubject(ActivityId id) { return {"assurance_activity", std::to_string(id)}; }
AuditSubject FrameworkSubject(FrameworkId id) {
  return {"standards_framework", std::to_string(id)};
}
AuditSubject RoundSubject(RoundId id) { return {"self_evaluation_round", std::to_string(id)}; }
AuditSubject SurveySubject(SurveyId id) { return {"staff_survey", std::to_string(id)}; }
AuditSubject CaseAuditSubject(CaseAuditId id) { return {"case_audit", std::to_string(id)}; }
AuditSubject ThematicReviewSubject(std::int64_t id) {
  return {"thematic_review", std::to_string(id)};
}
AuditSubject CaseAuditPartSubject(CaseAuditId id, AgencyId agency) {
  return {"case_audit_part", "audit " + std::to_string(id) + ", agency " + std::to_string(agency)};
}
AuditSubject ReturnSubject(RoundId round, AgencyId agency) {
  return {"self_evaluation_return",
          "round " + std::to_string(round) + ", agency " + std::to_string(agency)};
}

core::Result<std::map<AgencyId, std::string>> AgencyNames(Transaction& tx,
                                                          PartnershipId partnership) {
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership).List());
  std::map<AgencyId, std::string> names;
  for (auto& agency : agencies) names.emplace(agency.id, std::move(agency.name));
  return names;
}

bool MayRunAssurance(const Requester& requester) {
  return Permits(requester.principal, Resource::kAssurance, Action::kUpdate,
                 InPartnership(requester));
}

bool MayReadAssurance(const Requester& requester) {
  return Permits(requester.principal, Resource::kAssurance, Action::kRead,
                 InPartnership(requester));
}

bool IsLeadOf(const Requester& requester, AgencyId agency) {
  const auto& memberships = requester.principal.memberships;
  return std::any_of(memberships.begin(), memberships.end(), [&](const Membership& m) {
    return m.partnership_id == requester.partnership_id() && m.role == Role::kAgencyLead &&
           m.agency_id == agency;
  });
}

bool MayReadReturn(const Requester& requester, const Round& round, AgencyId agency) {
  if (round.partnership_id != requester.partnership_id()) return false;
  RecordScope scope = InPartnership(requester);
  scope.agency_id = agency;
  if (Permits(requester.principal, Resource::kAssuranceReturn, Action::kRead, scope)) {
    if (MayRunAssurance(requester) || IsLeadOf(requester, agency)) return true;
    return round.state == RoundState::kClosed;  // a board member
  }
  // An agency lead reading another agency's return: shared, and their own agency took part.
  if (!MayEver(requester.principal, Resource::kAssuranceReturn, Action::kRead)) return false;
  if (round.state != RoundState::kClosed || !round.shared) return false;
  return std::any_of(round.agency_ids.begin(), round.agency_ids.end(),
                     [&](AgencyId taking_part) { return IsLeadOf(requester, taking_part); });
}

core::Status WriteAssuranceAudit(Transaction& tx, const Requester& requester, core::Instant at,
                                 std::string action, AuditSubject subject, std::string reason) {
  return Record(tx.audit(),
                MakeAuditEvent(requester.actor, std::move(action), AuditOutcome::kSuccess, at,
                               std::move(subject), std::move(reason)));
}

}  // namespace assure::domain
