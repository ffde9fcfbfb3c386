// The migrator on both backends: idempotent, checksummed, forward-only, one transaction each.
#include "storage/migrations/migrator.h"

#include <gtest/gtest.h>

#include <array>
#include <thread>

#include "storage/open_database.h"
#include "testing/database_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;

class MigratorTest : public testing::DatabaseTest {
 protected:
  bool MigrateFirst() const override { return false; }

  bool HasTable(const char* table) {
    auto exists = db().Read([&](sql::Connection& c) { return c.TableExists(table); });
    EXPECT_TRUE(exists.ok());
    return exists.ok() && *exists;
  }

  core::Status Run(const char* sql) {
    return db().Write([&](sql::Connection& c) -> core::Status {
      ASSURE_TRY(c.Execute(sql));
      return core::Ok();
    });
  }
};

TEST_P(MigratorTest, AppliesEveryMigrationOnceAndThenNothing) {
  const int known = static_cast<int>(EmbeddedMigrations().size());
  EXPECT_EQ(*PendingMigrations(db()), known);
  auto first = Migrate(db(), clock_);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(*first, known);
  EXPECT_EQ(*PendingMigrations(db()), 0);
  auto second = Migrate(db(), clock_);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(*second, 0);
  EXPECT_TRUE(HasTable("partnerships"));
  EXPECT_TRUE(HasTable("agencies"));
}

TEST_P(MigratorTest, RecordsEachMigrationsNameChecksumAndTime) {
  ASSERT_TRUE(Migrate(db(), clock_).ok());
  auto rows = db().Read([](sql::Connection& c) {
    return c.Query(
        "SELECT version, name, checksum, applied_at FROM schema_migrations "
        "ORDER BY version");
  });
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), EmbeddedMigrations().size());
  EXPECT_EQ((*rows)[0].Int64(0), 1);
  EXPECT_EQ((*rows)[0].Text(1), "0001_partnerships");
  EXPECT_EQ((*rows)[0].Text(2), MigrationChecksum(EmbeddedMigrations()[0].sql));
  EXPECT_EQ((*rows)[0].Text(3), core::FormatInstant(clock_.Now()));
}

TEST_P(MigratorTest, ATamperedChecksumIsRefusedNamingTheMigration) {
  ASSERT_TRUE(Migrate(db(), clock_).ok());
  ASSERT_TRUE(Run("UPDATE schema_migrations SET checksum = 'x' WHERE version = 2").ok());
  auto migrated = Migrate(db(), clock_);
  ASSERT_FALSE(migrated.ok());
  EXPECT_EQ(migrated.error().code, ErrorCode::kInternal);
  EXPECT_NE(migrated.error().message.find("0002_agencies"), std::string::npos);
  auto pending = PendingMigrations(db());
  ASSERT_FALSE(pending.ok());
  EXPECT_NE(pending.error().message.find("0002_agencies"), std::string::npos);
}

TEST_P(MigratorTest, AnEditedMigrationIsRefusedNamingIt) {
  const std::array<Migration, 1> original{{{1, "0001_things", "CREATE TABLE things (id {id})"}}};
  const std::array<Migration, 1> edited{
      {{1, "0001_things", "CREATE TABLE things (id {id}, extra TEXT)"}}};
  ASSERT_TRUE(Migrate(db(), clock_, original).ok());
  auto migrated = Migrate(db(), clock_, edited);
  ASSERT_FALSE(migrated.ok());
  EXPECT_NE(migrated.error().message.find("0001_things"), std::string::npos);
}

TEST_P(MigratorTest, ADatabaseMigratedByANewerVersionIsRefused) {
  ASSERT_TRUE(Migrate(db(), clock_).ok());
  ASSERT_TRUE(Run("INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                  "VALUES (999, '0999_future', 'x', '2030-01-01T00:00:00.000000Z')")
                  .ok());
  auto migrated = Migrate(db(), clock_);
  ASSERT_FALSE(migrated.ok());
  EXPECT_NE(migrated.error().message.find("0999_future"), std::string::npos);
  EXPECT_NE(migrated.error().message.find("newer"), std::string::npos);
}

TEST_P(MigratorTest, AFailingMigrationLeavesNothingOfItAndKeepsTheOnesBefore) {
  const std::array<Migration, 3> migrations{{
      {1, "0001_first", "CREATE TABLE first_table (id {id}) {strict}"},
      {2, "0002_broken",
       "CREATE TABLE second_table (id {id}) {strict}; CREATE TABLE oops (id NOT A TYPE("},
      {3, "0003_third", "CREATE TABLE third_table (id {id}) {strict}"},
  }};
  auto migrated = Migrate(db(), clock_, migrations);
  ASSERT_FALSE(migrated.ok());
  EXPECT_NE(migrated.error().message.find("0002_broken"), std::string::npos);
  EXPECT_TRUE(HasTable("first_table"));
  EXPECT_FALSE(HasTable("second_table"));
  EXPECT_FALSE(HasTable("third_table"));
  EXPECT_EQ(*PendingMigrations(db(), migrations), 2);
}

TEST_P(MigratorTest, TwoServersMigratingAtOnceApplyEachMigrationOnce) {
  auto other = OpenDatabase(test_database().url());
  ASSERT_TRUE(other.ok()) << other.error().message;
  core::Result<int> mine = 0;
  core::Result<int> theirs = 0;
  std::thread a([&] { mine = Migrate(db(), clock_); });
  std::thread b([&] { theirs = Migrate(**other, clock_); });
  a.join();
  b.join();
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  ASSERT_TRUE(theirs.ok()) << theirs.error().message;
  EXPECT_EQ(*mine + *theirs, static_cast<int>(EmbeddedMigrations().size()));
  EXPECT_EQ(*PendingMigrations(db()), 0);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(MigratorTest);

}  // namespace
}  // namespace assure::storage
