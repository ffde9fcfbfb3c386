#include "domain/identity/audit_record.h"

#include <utility>

namespace assure::domain {

AuditEvent MakeAuditEvent(const Actor& actor, std::string action, AuditOutcome outcome,
                          core::Instant at, AuditSubject subject, std::string reason) {
  AuditEvent event;
  event.partnership_id = actor.partnership_id;
  event.user_id = actor.user_id;
  event.session_id = actor.session_id;
  event.client_address = actor.client_address;
  event.action = std::move(action);
  event.outcome = outcome;
  event.at = at;
  event.resource_type = std::move(subject.resource_type);
  event.resource_id = std::move(subject.resource_id);
  event.reason = std::move(reason);
  return event;
}

core::Status Record(AuditLog& log, const AuditEvent& event) {
  ASSURE_TRY(log.Append(event));
  return core::Ok();
}

}  // namespace assure::domain
