// SqlAuditLog: domain::AuditLog over the audit_events table, which is append-only (triggers refuse
// UPDATE and DELETE on both engines) and hash-chained (audit_hash.h).
//
// Append takes the chain's transaction lock (Connection::AcquireTransactionLock, so appends to one
// chain from many PostgreSQL connections run one at a time; SQLite writers are serial anyway),
// reads the chain's last hash, and inserts the event linked to it; UNIQUE (chain, previous_hash)
// backs the lock up. The lock is held until the transaction ends, so append an event late in its
// command. Works on the Connection of one transaction; borrows it; not thread-safe.
#pragma once

#include "domain/identity/audit_log.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlAuditLog final : public domain::AuditLog {
 public:
  explicit SqlAuditLog(sql::Connection& connection) : connection_(connection) {}

  // kInvalidInput (field "action") for an event without an action. event.id, previous_hash and
  // hash are ignored. REQUIRES: a write transaction.
  core::Result<domain::AuditEvent> Append(const domain::AuditEvent& event) override;
  // query.limit is held to 1..1000.
  core::Result<std::vector<domain::AuditEvent>> Query(domain::PartnershipId partnership_id,
                                                      const domain::AuditQuery& query) override;

 private:
  sql::Connection& connection_;
};

}  // namespace assure::storage
