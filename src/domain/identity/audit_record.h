// Building audit events: who (Actor) did what, to which record, with what outcome. Pure
// helpers; the event is appended with Transaction::audit().Append inside the same transaction as
// the change it records (or, for a refusal, in its own transaction).
#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "domain/identity/audit_event.h"
#include "domain/identity/audit_log.h"

namespace assure::domain {

struct Actor {
  std::optional<PartnershipId> partnership_id;
  std::optional<UserId> user_id;
  std::optional<SessionId> session_id;
  std::string client_address;
};

struct AuditSubject {
  std::string resource_type;
  std::string resource_id;
};

AuditEvent MakeAuditEvent(const Actor& actor, std::string action, AuditOutcome outcome,
                          core::Instant at, AuditSubject subject = {}, std::string reason = {});

// Appends `event`, dropping the stored copy: for callers that only need to know it was written.
core::Status Record(AuditLog& log, const AuditEvent& event);

}  // namespace assure::domain
