// AuditRefusal: how a service answers a request it refused. The refused work wrote nothing, so a
// refusal (kNotFound, kForbidden) is written to the asker's partnership's trail in its own
// transaction (RecordRefusal, requester.h) before the error is returned; any other result passes
// through unchanged. Used by every service that audits refusals. Thread-safe as the Store is.
#pragma once

#include <string>
#include <utility>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

// `result` as it is, after auditing a refusal of `action` on `subject`.
template <typename T>
core::Result<T> AuditRefusal(Store& store, const core::Clock& clock, const Requester& requester,
                             std::string action, AuditSubject subject, core::Result<T> result) {
  if (result.ok()) return result;
  const core::ErrorCode code = result.error().code;
  if (code != core::ErrorCode::kNotFound && code != core::ErrorCode::kForbidden) return result;
  return RecordRefusal(store, clock, requester, std::move(action), std::move(subject),
                       "not permitted or not found", result.error());
}

}  // namespace assure::domain
