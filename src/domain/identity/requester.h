// Requester: who asks a service to do something, on one request: their Principal (partnership
// and memberships, for the policy) and their Actor (ids and client address, for the audit
// trail). Handlers build one from the signed-in session; services check the policy against it
// and name it in every audit event. RecordRefusal writes a refusal in its own transaction (the
// refused work wrote nothing), in the asker's partnership's trail. Plain values and free
// functions; thread-safe as the Store is.
#pragma once

#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/identity/audit_record.h"
#include "domain/store.h"

namespace assure::domain {

struct Requester {
  Principal principal;
  Actor actor;

  PartnershipId partnership_id() const { return principal.partnership_id; }
  UserId user_id() const { return principal.user_id; }
};

// The scope of a partnership-wide record (an agency, a member, the trail) of the asker's own
// partnership: repositories are bound to it, so every record they return is of this scope.
RecordScope InPartnership(const Requester& requester);

// Appends a kDenied event for `action` on `subject` and returns `refusal` (or the storage error
// if the event could not be written: a refusal is never silent).
core::Error RecordRefusal(Store& store, const core::Clock& clock, const Requester& requester,
                          std::string action, AuditSubject subject, std::string reason,
                          core::Error refusal);

}  // namespace assure::domain
