#include "domain/actions/action_access.h"

#include <algorithm>
#include <utility>

#include "domain/actions/action_rules.h"

namespace assure::domain {

core::Error NoSuchAction() { return core::Error::NotFound("There is no such action."); }

core::Error StaleAction() {
  return core::Error::Conflict("Someone else changed this action; reload it and try again.");
}

AuditSubject ActionSubject(ActionId id) { return {"action", std::to_string(id)}; }

AuditSubject AnyActionSubject() { return {"action", ""}; }

RecordScope ActionScope(const PlanAction& action, PartnershipId partnership_id) {
  RecordScope scope;
  scope.partnership_id = partnership_id;
  scope.agency_id = action.owner_agency_id;
  return scope;
}

bool MayManageActions(const Requester& requester) {
  return Permits(requester.principal, Resource::kAction, Action::kUpdate, InPartnership(requester));
}

std::vector<AgencyId> OwnAgencies(const Principal& principal, Action action) {
  std::vector<AgencyId> agencies;
  for (const Membership& membership : principal.memberships) {
    if (membership.partnership_id == principal.partnership_id && membership.agency_id &&
        Grant(membership.role, Resource::kAction, action) == Scope::kOwnAgency) {
      agencies.push_back(*membership.agency_id);
    }
  }
  std::sort(agencies.begin(), agencies.end());
  agencies.erase(std::unique(agencies.begin(), agencies.end()), agencies.end());
  return agencies;
}

RatedAction Rate(PlanAction action, CivilDate today, const WorkingCalendar& calendar) {
  RatedAction rated;
  rated.effective_rag = EffectiveRag(action, today, calendar);
  rated.rag_disagrees = RagDisagrees(action, today, calendar);
  rated.action = std::move(action);
  return rated;
}

core::Status WriteActionAudit(Transaction& tx, const Requester& requester, core::Instant at,
                              std::string action, AuditSubject subject) {
  return Record(tx.audit(), MakeAuditEvent(requester.actor, std::move(action),
                                           AuditOutcome::kSuccess, at, std::move(subject)));
}

}  // namespace assure::domain
