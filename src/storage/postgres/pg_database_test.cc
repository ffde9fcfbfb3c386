// What only the PostgreSQL backend does: replace pooled connections the server has dropped.
// Instantiated for PostgreSQL alone (label postgres).
#include "storage/postgres/pg_database.h"

#include <gtest/gtest.h>

#include "storage/open_database.h"
#include "testing/database_fixture.h"

namespace assure::storage::postgres {
namespace {

class PostgresOnlyTest : public testing::DatabaseTest {
 protected:
  core::Result<std::int64_t> BackendPid() {
    return db().Read([](sql::Connection& c) -> core::Result<std::int64_t> {
      auto rows = c.Query("SELECT pg_backend_pid()");
      if (!rows.ok()) return rows.error();
      return rows->rows[0].Int64(0);
    });
  }
};

TEST_P(PostgresOnlyTest, APooledConnectionTheServerDroppedIsReplacedNotReused) {
  auto pid = BackendPid();
  ASSERT_TRUE(pid.ok()) << pid.error().message;
  auto admin = OpenDatabase(test_database().url());
  ASSERT_TRUE(admin.ok());
  auto killed = (*admin)->Write([&](sql::Connection& c) -> core::Status {
    ASSURE_TRY(c.Query("SELECT pg_terminate_backend(?)", {*pid}));
    return core::Ok();
  });
  ASSERT_TRUE(killed.ok()) << killed.error().message;
  auto ping = db().Ping();
  EXPECT_TRUE(ping.ok()) << ping.error().message;
  auto new_pid = BackendPid();
  ASSERT_TRUE(new_pid.ok()) << new_pid.error().message;
  EXPECT_NE(*new_pid, *pid);
}

TEST_P(PostgresOnlyTest, AConnectionLostMidTransactionIsUnavailableAndThenReplaced) {
  auto admin = OpenDatabase(test_database().url());
  ASSERT_TRUE(admin.ok());
  auto lost = db().Write([&](sql::Connection& c) -> core::Status {
    auto rows = c.Query("SELECT pg_backend_pid()");
    if (!rows.ok()) return rows.error();
    const std::int64_t pid = rows->rows[0].Int64(0);
    EXPECT_TRUE((*admin)
                    ->Write([&](sql::Connection& a) -> core::Status {
                      ASSURE_TRY(a.Query("SELECT pg_terminate_backend(?)", {pid}));
                      return core::Ok();
                    })
                    .ok());
    ASSURE_TRY(c.Query("SELECT 1"));
    return core::Ok();
  });
  ASSERT_FALSE(lost.ok());
  EXPECT_EQ(lost.error().code, core::ErrorCode::kUnavailable);
  EXPECT_EQ(lost.error().message.find('\n'), std::string::npos) << lost.error().message;
  EXPECT_TRUE(db().Ping().ok());
}

INSTANTIATE_TEST_SUITE_P(Postgres, PostgresOnlyTest, ::testing::Values(testing::Backend::kPostgres),
                         testing::BackendName);

}  // namespace
}  // namespace assure::storage::postgres
