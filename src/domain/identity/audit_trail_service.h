// AuditTrailService: the audit trail of the asker's partnership as auditors and administrators
// read it: newest first, at most kAuditPageLimit events, filtered by person, record and time.
// Only the asker's partnership's events are ever returned (AuditLog::Query is bound to it).
// Reading the trail is itself audited ("audit.read", with the filters as ids, never an email), in
// the same transaction as the read.
//
// Expected failures: kForbidden (audited), kInvalidInput (field "user"), kUnavailable.
// Thread-safe: references to thread-safe collaborators and no mutable state; cheap to copy.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

inline constexpr int kAuditPageLimit = 200;

struct AuditFilter {
  std::string user;                   // a user id or an email address; empty: anyone
  std::string resource_type;          // empty: any
  std::string resource_id;            // empty: any
  std::optional<core::Instant> from;  // inclusive
  std::optional<core::Instant> to;    // exclusive
};

struct AuditView {
  std::vector<AuditEvent> events;  // newest first
  // Display names of the partnership's members, for the events' user ids.
  std::map<UserId, std::string> names;
};

class AuditTrailService {
 public:
  AuditTrailService(Store& store, const core::Clock& clock);

  core::Result<AuditView> Read(const Requester& requester, const AuditFilter& filter) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
