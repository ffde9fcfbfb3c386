#include "testing/faulty_database.h"

#include <cctype>
#include <string>
#include <utility>

namespace assure::testing {

namespace {

using storage::sql::Connection;
using storage::sql::Rows;
using storage::sql::Value;

core::Error Injected() {
  return core::Error::Unavailable("The database failed (a fault injected by a test).");
}

bool Writes(std::string_view sql) {
  std::size_t at = 0;
  while (at < sql.size() && std::isspace(static_cast<unsigned char>(sql[at])) != 0) ++at;
  std::string word;
  for (; at < sql.size() && std::isalpha(static_cast<unsigned char>(sql[at])) != 0; ++at) {
    word.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(sql[at]))));
  }
  return word == "INSERT" || word == "UPDATE" || word == "DELETE";
}

// The connection of one transaction, refusing the armed write and everything after it.
class FaultyConnection final : public Connection {
 public:
  FaultyConnection(Connection& inner, FaultyDatabase& database)
      : inner_(inner), database_(database) {}

  bool broken() const { return broken_; }

  storage::sql::Dialect dialect() const override { return inner_.dialect(); }
  core::Status ExecuteScript(std::string_view sql) override {
    if (broken_) return Injected();
    return inner_.ExecuteScript(sql);
  }
  core::Status AcquireTransactionLock(std::int64_t key) override {
    if (broken_) return Injected();
    return inner_.AcquireTransactionLock(key);
  }
  core::Result<bool> TableExists(std::string_view table) override {
    if (broken_) return Injected();
    return inner_.TableExists(table);
  }

 protected:
  core::Result<Rows> DoQuery(std::string_view sql, std::span<const Value> params) override {
    ASSURE_TRY(Check(sql));
    return inner_.Query(sql, params);
  }
  core::Result<std::int64_t> DoExecute(std::string_view sql,
                                       std::span<const Value> params) override {
    ASSURE_TRY(Check(sql));
    return inner_.Execute(sql, params);
  }

 private:
  core::Status Check(std::string_view sql) {
    if (!broken_ && Writes(sql) && database_.RefuseWrite()) broken_ = true;
    if (broken_) return Injected();
    return core::Ok();
  }

  Connection& inner_;
  FaultyDatabase& database_;
  bool broken_ = false;
};

}  // namespace

FaultyDatabase::FaultyDatabase(std::unique_ptr<storage::sql::Database> inner)
    : owned_(std::move(inner)), inner_(*owned_) {}

FaultyDatabase::FaultyDatabase(storage::sql::Database& inner) : inner_(inner) {}

void FaultyDatabase::FailWrite(int n) {
  fired_ = false;
  fail_at_ = writes_.load() + n;
}

void FaultyDatabase::FailCommit() {
  fired_ = false;
  fail_commit_ = true;
}

void FaultyDatabase::Heal() {
  fail_at_ = 0;
  fail_commit_ = false;
}

bool FaultyDatabase::RefuseWrite() {
  const int count = ++writes_;
  int armed = count;
  if (!fail_at_.compare_exchange_strong(armed, 0)) return false;
  fired_ = true;
  return true;
}

core::Status FaultyDatabase::RunWrite(const Work& work) {
  return inner_.RunWrite([&](Connection& connection) -> core::Status {
    FaultyConnection faulty{connection, *this};
    core::Status status = work(faulty);
    // A work that ignored the refused statement still fails, as its transaction would.
    if (status.ok() && faulty.broken()) return Injected();
    if (status.ok()) {
      bool armed = true;
      if (fail_commit_.compare_exchange_strong(armed, false)) {
        fired_ = true;
        return Injected();
      }
    }
    return status;
  });
}

core::Status FaultyDatabase::RunRead(const Work& work) {
  return inner_.RunRead([&](Connection& connection) -> core::Status {
    FaultyConnection faulty{connection, *this};
    return work(faulty);
  });
}

}  // namespace assure::testing
