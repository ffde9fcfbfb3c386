// AuditLog: the append-only audit trail, declared here and implemented by storage. Append links
// the event into its chain (its partnership's, or the system chain) inside the caller's
// transaction, so an event is written exactly when the change it records is. Nothing updates or
// deletes events. Used by one thread at a time, like every repository.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/identity/audit_event.h"

namespace assure::domain {

class AuditLog {
 public:
  virtual ~AuditLog() = default;
  // Stores the event with its chain hashes; returns it with id, previous_hash and hash set.
  virtual core::Result<AuditEvent> Append(const AuditEvent& event) = 0;
  // Events of one partnership (never another's), newest first, filtered.
  virtual core::Result<std::vector<AuditEvent>> Query(PartnershipId partnership_id,
                                                      const AuditQuery& query) = 0;
};

}  // namespace assure::domain
