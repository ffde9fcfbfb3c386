// SqlStore: domain::Store over an sql::Database. RunWrite/RunRead run the work in one Database
// transaction and hand it a Transaction whose repositories are made on first use, over that
// transaction's Connection (agencies(id) and memberships(id) once per partnership id), and dropped
// when the transaction ends. So everything the work does through them commits or rolls back
// together.
//
// Borrows the database and the clock, which must outlive it. Thread-safe as the Database is: any
// number of threads may run transactions at once; each Transaction belongs to its one thread.
#pragma once

#include "core/clock.h"
#include "domain/store.h"
#include "storage/sql/database.h"

namespace assure::storage {

class SqlStore final : public domain::Store {
 public:
  SqlStore(sql::Database& database, const core::Clock& clock)
      : database_(database), clock_(clock) {}

  core::Status RunWrite(const Work& work) override;
  core::Status RunRead(const Work& work) override;

 private:
  sql::Database& database_;
  const core::Clock& clock_;
};

}  // namespace assure::storage
