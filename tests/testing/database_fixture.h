// The storage suite's fixtures: a fresh database of either backend for each test, so that ONE
// suite runs against SQLite and PostgreSQL.
//
// TestDatabase makes an empty database and removes it afterwards: SQLite, a file in a new temporary
// folder; PostgreSQL, a new schema (put first on the search_path through the URL) in the database
// named by ASSURE_TEST_POSTGRES_URL, dropped afterwards. Without that variable the PostgreSQL
// tests skip and say so. DatabaseTest is the value-parameterised base fixture; instantiate a suite
// on both backends with ASSURE_INSTANTIATE_BACKEND_TESTS(Suite), which names the instances
// Sqlite/... and Postgres/... (CTest labels sqlite and postgres). Not thread-safe; one test owns
// it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "core/result.h"
#include "storage/sql/database.h"
#include "testing/fake_clock.h"
#include "testing/temp_dir.h"

namespace assure::testing {

enum class Backend { kSqlite, kPostgres };

// "sqlite" or "postgres": the parameter's name in test names.
std::string BackendName(const ::testing::TestParamInfo<Backend>& info);
// How GoogleTest (and so CTest's test names) prints a Backend.
void PrintTo(Backend backend, std::ostream* out);

class TestDatabase {
 public:
  // Why tests of `backend` cannot run here, or nullopt if they can.
  static std::optional<std::string> SkipReason(Backend backend);
  static core::Result<std::unique_ptr<TestDatabase>> Create(Backend backend);
  ~TestDatabase();

  Backend backend() const { return backend_; }
  // Opens the same database again (another "server").
  const std::string& url() const { return url_; }
  storage::sql::Database& database() { return *database_; }
  // SQLite only: the temporary folder holding the database file.
  const TempDir& folder() const { return *folder_; }
  // SQLite only: the database file.
  std::string sqlite_path() const { return folder_->File("assure.db"); }

  TestDatabase(Backend backend, std::string url) : backend_(backend), url_(std::move(url)) {}

 private:
  Backend backend_;
  std::string url_;
  std::unique_ptr<TempDir> folder_;                // SQLite
  std::unique_ptr<storage::sql::Database> admin_;  // PostgreSQL: drops the schema at the end
  std::string schema_;                             // PostgreSQL
  std::unique_ptr<storage::sql::Database> database_;
};

class DatabaseTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Whether SetUp applies the embedded migrations (the migration tests say no).
  virtual bool MigrateFirst() const { return true; }

  storage::sql::Database& db() { return test_database_->database(); }
  TestDatabase& test_database() { return *test_database_; }
  bool sqlite() const { return GetParam() == Backend::kSqlite; }

  FakeClock clock_;

 private:
  std::unique_ptr<TestDatabase> test_database_;
};

}  // namespace assure::testing

#define ASSURE_INSTANTIATE_BACKEND_TESTS(Suite)                                                   \
  INSTANTIATE_TEST_SUITE_P(Sqlite, Suite, ::testing::Values(::assure::testing::Backend::kSqlite), \
                           ::assure::testing::BackendName);                                       \
  INSTANTIATE_TEST_SUITE_P(Postgres, Suite,                                                       \
                           ::testing::Values(::assure::testing::Backend::kPostgres),              \
                           ::assure::testing::BackendName)
