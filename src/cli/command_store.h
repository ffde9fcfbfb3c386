// CommandStore: what an administrative command (partnership, user, token, audit, demo) works on:
// the database named by --db, opened and checked to be migrated, and a domain::Store over it.
// Commands never migrate on their own: a database behind this binary's migrations is refused with
// a message saying to run `assure migrate`. CliActor is who such a command acts as in the audit
// trail: no user, client address "cli".
//
// Owns the database and closes it when destroyed; borrows the clock, which must outlive it. Used by
// one command on one thread.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/audit_record.h"
#include "domain/store.h"
#include "storage/sql/database.h"

namespace assure::cli {

class CommandStore {
 public:
  // kInvalidInput (field "db") for a bad URL, kUnavailable when the database cannot be reached
  // or is not migrated.
  static core::Result<std::unique_ptr<CommandStore>> Open(const std::string& db_url,
                                                          const core::Clock& clock);
  ~CommandStore();
  CommandStore(const CommandStore&) = delete;
  CommandStore& operator=(const CommandStore&) = delete;

  domain::Store& store() { return *store_; }
  storage::sql::Database& database() { return *database_; }

 private:
  CommandStore(std::unique_ptr<storage::sql::Database> database, const core::Clock& clock);

  std::unique_ptr<storage::sql::Database> database_;
  std::unique_ptr<domain::Store> store_;
};

// The actor of a command run at the command line, in `partnership_id`'s chain (nullopt: the
// system chain).
domain::Actor CliActor(std::optional<domain::PartnershipId> partnership_id);

// The partnership with that slug; kNotFound naming the slug.
core::Result<domain::Partnership> FindPartnership(domain::Transaction& tx, const std::string& slug);

}  // namespace assure::cli
