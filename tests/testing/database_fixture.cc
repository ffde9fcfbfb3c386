#include "testing/database_fixture.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <random>

#include "storage/migrations/migrator.h"
#include "storage/open_database.h"

namespace assure::testing {
namespace {

constexpr const char* kPostgresVariable = "ASSURE_TEST_POSTGRES_URL";

std::string FreshSchemaName() {
  static std::atomic<int> counter{0};
  std::random_device random;
  return "assure_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" +
         std::to_string(random() % 1000000);
}

}  // namespace

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "sqlite" : "postgres";
}

void PrintTo(Backend backend, std::ostream* out) {
  *out << (backend == Backend::kSqlite ? "sqlite" : "postgres");
}

std::optional<std::string> TestDatabase::SkipReason(Backend backend) {
  if (backend == Backend::kPostgres && std::getenv(kPostgresVariable) == nullptr) {
    return std::string{kPostgresVariable} +
           " is not set; scripts/test sets it to a throwaway PostgreSQL server.";
  }
  return std::nullopt;
}

core::Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(Backend backend) {
  if (backend == Backend::kSqlite) {
    auto folder = std::make_unique<TempDir>();
    auto test = std::make_unique<TestDatabase>(backend, "sqlite:" + folder->File("assure.db"));
    test->folder_ = std::move(folder);
    auto opened = storage::OpenDatabase(test->url_);
    if (!opened.ok()) return opened.error();
    test->database_ = std::move(opened).value();
    return test;
  }
  const std::string base = std::getenv(kPostgresVariable);
  storage::OpenOptions admin_options;
  admin_options.postgres_connections = 1;
  auto admin = storage::OpenDatabase(base, admin_options);
  if (!admin.ok()) return admin.error();
  const std::string schema = FreshSchemaName();
  ASSURE_TRY((*admin)->Write([&](storage::sql::Connection& connection) {
    return connection.ExecuteScript("CREATE SCHEMA " + schema);
  }));
  const char separator = base.find('?') == std::string::npos ? '?' : '&';
  auto test = std::make_unique<TestDatabase>(
      backend, base + separator + "options=-csearch_path%3D" + schema);
  test->admin_ = std::move(admin).value();
  test->schema_ = schema;
  auto opened = storage::OpenDatabase(test->url_);
  if (!opened.ok()) return opened.error();
  test->database_ = std::move(opened).value();
  return test;
}

TestDatabase::~TestDatabase() {
  if (database_ != nullptr) database_->Close();
  if (admin_ != nullptr) {
    auto dropped = admin_->Write([&](storage::sql::Connection& connection) {
      return connection.ExecuteScript("DROP SCHEMA " + schema_ + " CASCADE");
    });
    if (!dropped.ok())
      ADD_FAILURE() << "cannot drop " << schema_ << ": " << dropped.error().message;
  }
}

void DatabaseTest::SetUp() {
  if (auto reason = TestDatabase::SkipReason(GetParam())) GTEST_SKIP() << *reason;
  auto created = TestDatabase::Create(GetParam());
  ASSERT_TRUE(created.ok()) << created.error().message;
  test_database_ = std::move(created).value();
  if (MigrateFirst()) {
    auto migrated = storage::Migrate(db(), clock_);
    ASSERT_TRUE(migrated.ok()) << migrated.error().message;
  }
}

void DatabaseTest::TearDown() { test_database_.reset(); }

}  // namespace assure::testing
