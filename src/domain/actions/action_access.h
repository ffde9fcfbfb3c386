// What the action plan services (action_service.h, review_round_service.h) share: the one answer
// for an action the asker may not see, the policy's view of an action, who may manage actions or
// only their own agency's, the rating shown with an action, and writing their audit events.
// Free functions and plain structs; thread-safe as the Store is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/actions/action.h"
#include "domain/calendar/working_calendar.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

// The one answer for an action that does not exist or that the asker may not see.
core::Error NoSuchAction();
// A stale action version: someone else changed the action first.
core::Error StaleAction();
AuditSubject ActionSubject(ActionId id);
// The subject of an event about the actions as a whole (a list, an export, a refused create).
AuditSubject AnyActionSubject();

// The policy's view of an action: its partnership and its owner agency.
RecordScope ActionScope(const PlanAction& action, PartnershipId partnership_id);

// Whether the asker may change actions' plans (title, owner, lead, due date...) and reopen
// closed actions: the action:update grant for the whole partnership (the business unit). An
// own-agency grant only records progress updates.
bool MayManageActions(const Requester& requester);

// The agencies whose actions the asker may take `action` on as their own agency's (an agency
// lead's memberships), sorted, each once. Empty when no membership grants it at kOwnAgency.
std::vector<AgencyId> OwnAgencies(const Principal& principal, Action action);

// An action with the rating shown for it today (action_rules.h, EffectiveRag) and whether that is
// stricter than the rating its lead reported (RagDisagrees).
struct RatedAction {
  PlanAction action;
  std::optional<Rag> effective_rag;  // none for not implemented or superseded
  bool rag_disagrees = false;
};
RatedAction Rate(PlanAction action, CivilDate today, const WorkingCalendar& calendar);

// Appends a success audit event for the requester's action, in `tx`.
core::Status WriteActionAudit(Transaction& tx, const Requester& requester, core::Instant at,
                              std::string action, AuditSubject subject);

}  // namespace assure::domain
