// FaultyDatabase: a real sql::Database (SQLite or PostgreSQL) that fails on command, for the
// tests of failure paths: that a refused or failed write leaves nothing half-written and that the
// error reaches the page. Armed with FailWrite(n), the nth statement that writes from then on
// (INSERT, UPDATE, DELETE, counted across transactions) fails with kUnavailable, and, as on a real
// connection, so does every later statement of its transaction, and the transaction itself.
// Armed with FailCommit(), the next write transaction whose work succeeds fails at its end
// instead of committing: its work is rolled back, as a failed COMMIT leaves it. Each arming fires
// once. Thread-safe: the counters are atomic; the wrapped database is as thread-safe as it is.
#pragma once

#include <atomic>
#include <memory>

#include "storage/sql/database.h"

namespace assure::testing {

class FaultyDatabase final : public storage::sql::Database {
 public:
  explicit FaultyDatabase(std::unique_ptr<storage::sql::Database> inner);
  // Borrows `inner`, which must outlive this.
  explicit FaultyDatabase(storage::sql::Database& inner);

  void FailWrite(int n);  // n >= 1
  void FailCommit();
  // Disarms both.
  void Heal();
  // Write statements run (or refused) since this was made.
  int writes() const { return writes_.load(); }
  // Whether an armed failure has fired since it was armed.
  bool fired() const { return fired_.load(); }

  storage::sql::Dialect dialect() const override { return inner_.dialect(); }
  core::Status RunWrite(const Work& work) override;
  core::Status RunRead(const Work& work) override;
  core::Status Ping() override { return inner_.Ping(); }
  void Close() override { inner_.Close(); }

  // Called by the connection wrapper for each write statement: true to refuse it.
  bool RefuseWrite();

 private:
  std::unique_ptr<storage::sql::Database> owned_;
  storage::sql::Database& inner_;
  std::atomic<int> writes_{0};
  std::atomic<int> fail_at_{0};  // 0: not armed; otherwise the writes_ count that fails
  std::atomic<bool> fail_commit_{false};
  std::atomic<bool> fired_{false};
};

}  // namespace assure::testing
