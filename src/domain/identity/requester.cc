#include "domain/identity/requester.h"

#include <utility>

namespace assure::domain {

RecordScope InPartnership(const Requester& requester) {
  RecordScope record;
  record.partnership_id = requester.partnership_id();
  return record;
}

core::Error RecordRefusal(Store& store, const core::Clock& clock, const Requester& requester,
                          std::string action, AuditSubject subject, std::string reason,
                          core::Error refusal) {
  ASSURE_TRY(store.Write([&](Transaction& tx) {
    return Record(tx.audit(),
                  MakeAuditEvent(requester.actor, std::move(action), AuditOutcome::kDenied,
                                 clock.Now(), std::move(subject), std::move(reason)));
  }));
  return refusal;
}

}  // namespace assure::domain
