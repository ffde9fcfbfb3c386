// What only the SQLite backend does: online backup, and the busy timeout between processes.
// Instantiated for SQLite alone (label sqlite).
#include "storage/sqlite/sqlite_backup.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <latch>
#include <thread>

#include "storage/migrations/migrator.h"
#include "storage/open_database.h"
#include "storage/repositories/partnership/sql_partnership_repository.h"
#include "storage/sqlite/sqlite_database.h"
#include "testing/database_fixture.h"

namespace assure::storage::sqlite {
namespace {

using core::ErrorCode;

class SqliteOnlyTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db().Write([&](sql::Connection& c) {
                      return SqlPartnershipRepository{c, clock_}.Create({"kept", "Kept"});
                    })
                    .ok());
  }

  // Opens `path` as another server would and checks it holds a current schema and the row.
  void ExpectCopyOfTheDatabase(const std::string& path) {
    auto copy = OpenDatabase("sqlite:" + path);
    ASSERT_TRUE(copy.ok()) << copy.error().message;
    EXPECT_EQ(*PendingMigrations(**copy), 0);
    auto found = (*copy)->Read([&](sql::Connection& c) {
      return SqlPartnershipRepository{c, clock_}.FindBySlug("kept");
    });
    ASSERT_TRUE(found.ok()) << found.error().message;
    EXPECT_EQ(found->name, "Kept");
  }
};

TEST_P(SqliteOnlyTest, BackupOfAnOpenDatabaseOpensAndHasTheRows) {
  const std::string destination = test_database().folder().File("backup.db");
  ASSERT_TRUE(Backup(test_database().sqlite_path(), destination).ok());
  EXPECT_FALSE(std::filesystem::exists(destination + ".partial"));
  ExpectCopyOfTheDatabase(destination);
  // The source is still open and usable.
  EXPECT_TRUE(db().Ping().ok());
}

TEST_P(SqliteOnlyTest, BackupToThroughTheOpenDatabaseWorksAndReplacesAnOldBackup) {
  auto* database = dynamic_cast<SqliteDatabase*>(&db());
  ASSERT_NE(database, nullptr);
  const std::string destination = test_database().folder().File("backup.db");
  std::ofstream{destination} << "an old, broken backup";
  ASSERT_TRUE(database->BackupTo(destination).ok());
  ExpectCopyOfTheDatabase(destination);
}

TEST_P(SqliteOnlyTest, BackupRefusesAMissingFolderTheSourceItselfAndAMissingSource) {
  auto missing_folder = Backup(test_database().sqlite_path(), "/no/such/folder/backup.db");
  ASSERT_FALSE(missing_folder.ok());
  EXPECT_EQ(missing_folder.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(missing_folder.error().message.find("does not exist"), std::string::npos);

  auto onto_itself = Backup(test_database().sqlite_path(), test_database().sqlite_path());
  ASSERT_FALSE(onto_itself.ok());
  EXPECT_EQ(onto_itself.error().code, ErrorCode::kInvalidInput);
  EXPECT_TRUE(db().Ping().ok());

  auto no_source =
      Backup(test_database().folder().File("none.db"), test_database().folder().File("b.db"));
  ASSERT_FALSE(no_source.ok());
  EXPECT_EQ(no_source.error().code, ErrorCode::kInvalidInput);
}

TEST_P(SqliteOnlyTest, AWriterBusyBeyondTheTimeoutInAnotherProcessIsUnavailable) {
  OpenOptions impatient;
  impatient.timeout = std::chrono::milliseconds{100};
  auto other = OpenDatabase(test_database().url(), impatient);  // as if another process
  ASSERT_TRUE(other.ok()) << other.error().message;
  std::latch holding{1};
  std::latch release{1};
  std::thread holder([&] {
    EXPECT_TRUE(db().Write([&](sql::Connection&) -> core::Status {
                      holding.count_down();
                      release.wait();
                      return core::Ok();
                    })
                    .ok());
  });
  holding.wait();
  auto busy = (*other)->Write([](sql::Connection&) { return core::Ok(); });
  release.count_down();
  holder.join();
  ASSERT_FALSE(busy.ok());
  EXPECT_EQ(busy.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(busy.error().message.find("busy"), std::string::npos);
}

TEST_P(SqliteOnlyTest, AFileThatIsNotADatabaseIsUnavailable) {
  const std::string path = test_database().folder().File("notes.txt");
  std::ofstream{path} << "These are not the pages of an SQLite database, but plain text.";
  auto opened = OpenDatabase("sqlite:" + path);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kUnavailable);
}

TEST_P(SqliteOnlyTest, ClosingRemovesTheWriteAheadLog) {
  db().Close();
  EXPECT_FALSE(std::filesystem::exists(test_database().sqlite_path() + "-wal"));
}

INSTANTIATE_TEST_SUITE_P(Sqlite, SqliteOnlyTest, ::testing::Values(testing::Backend::kSqlite),
                         testing::BackendName);

}  // namespace
}  // namespace assure::storage::sqlite
