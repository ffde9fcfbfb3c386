// The sql layer on both backends: transactions, error mapping, value round trips and the
// portability rules of doc/decisions/0002-storage-layer.md.
#include "storage/sql/database.h"

#include <gtest/gtest.h>

#include <chrono>
#include <latch>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "storage/open_database.h"
#include "storage/sql/like.h"
#include "testing/database_fixture.h"

namespace assure::storage::sql {
namespace {

using core::ErrorCode;

class SqlDatabaseTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto made = db().Write([](Connection& c) {
      return c.ExecuteScript(
          "CREATE TABLE notes (id {id}, body TEXT, score DOUBLE PRECISION, rank BIGINT, "
          "flag INTEGER NOT NULL DEFAULT 0, CONSTRAINT flag CHECK (flag IN (0, 1))) {strict}");
    });
    ASSERT_TRUE(made.ok()) << made.error().message;
  }

  core::Status Insert(Connection& c, Value body, Value rank = nullptr) {
    ASSURE_TRY(c.Execute("INSERT INTO notes (body, rank) VALUES (?, ?)", {body, rank}));
    return core::Ok();
  }

  std::int64_t CountNotes() {
    auto count = db().Read([](Connection& c) -> core::Result<std::int64_t> {
      auto rows = c.Query("SELECT count(*) FROM notes");
      if (!rows.ok()) return rows.error();
      return rows->rows[0].Int64(0);
    });
    EXPECT_TRUE(count.ok());
    return count.ok() ? *count : -1;
  }

  std::vector<std::string> Bodies(const char* sql, std::initializer_list<Value> params = {}) {
    std::vector<Value> values{params};
    auto rows = db().Read([&](Connection& c) { return c.Query(sql, values); });
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    std::vector<std::string> bodies;
    if (rows.ok()) {
      for (const Row& row : *rows) bodies.push_back(row.OptionalText(0).value_or("NULL"));
    }
    return bodies;
  }
};

TEST_P(SqlDatabaseTest, AWriteCommitsAndAReadSeesIt) {
  ASSERT_TRUE(db().Write([&](Connection& c) { return Insert(c, "first"); }).ok());
  EXPECT_EQ(CountNotes(), 1);
  EXPECT_EQ(db().dialect(), sqlite() ? Dialect::kSqlite : Dialect::kPostgres);
}

TEST_P(SqlDatabaseTest, WriteReturnsTheValueOfAResultFunction) {
  auto id = db().Write([&](Connection& c) -> core::Result<std::int64_t> {
    auto rows = c.Query("INSERT INTO notes (body) VALUES (?) RETURNING id", {"x"});
    if (!rows.ok()) return rows.error();
    return rows->rows[0].Int64(0);
  });
  ASSERT_TRUE(id.ok()) << id.error().message;
  EXPECT_GT(*id, 0);
}

TEST_P(SqlDatabaseTest, AnErrorReturnedMidwayLeavesNothingBehind) {
  auto status = db().Write([&](Connection& c) -> core::Status {
    ASSURE_TRY(Insert(c, "one"));
    ASSURE_TRY(Insert(c, "two"));
    return core::Error::InvalidInput("title", "Enter a title.");
  });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().field, "title");
  EXPECT_EQ(CountNotes(), 0);
  ASSERT_TRUE(db().Write([&](Connection& c) { return Insert(c, "after"); }).ok());
  EXPECT_EQ(CountNotes(), 1);
}

TEST_P(SqlDatabaseTest, AnExceptionRollsBackAndIsRethrown) {
  EXPECT_THROW(db().Write([&](Connection& c) -> core::Status {
    ASSURE_TRY(Insert(c, "one"));
    throw std::runtime_error("bug");
  }),
               std::runtime_error);
  EXPECT_EQ(CountNotes(), 0);
  ASSERT_TRUE(db().Write([&](Connection& c) { return Insert(c, "after"); }).ok());
  EXPECT_EQ(CountNotes(), 1);
}

TEST_P(SqlDatabaseTest, AFailedStatementEndsTheTransactionEvenIfTheErrorIsIgnored) {
  auto status = db().Write([&](Connection& c) -> core::Status {
    ASSURE_TRY(Insert(c, "kept?"));
    EXPECT_FALSE(c.Execute("INSERT INTO notes (flag) VALUES (7)").ok());
    EXPECT_FALSE(Insert(c, "later").ok());
    return core::Ok();  // wrongly carries on
  });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(CountNotes(), 0);
}

TEST_P(SqlDatabaseTest, CheckAndNotNullViolationsAreInvalidInputNamingTheColumn) {
  auto check = db().Write([&](Connection& c) -> core::Status {
    ASSURE_TRY(c.Execute("INSERT INTO notes (body, flag) VALUES (?, ?)", {"Secret", 5}));
    return core::Ok();
  });
  ASSERT_FALSE(check.ok());
  EXPECT_EQ(check.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(check.error().field, "flag");
  EXPECT_EQ(check.error().message.find("Secret"), std::string::npos);

  auto not_null = db().Write([&](Connection& c) -> core::Status {
    ASSURE_TRY(c.Execute("INSERT INTO notes (body, flag) VALUES (?, ?)", {"Secret", nullptr}));
    return core::Ok();
  });
  ASSERT_FALSE(not_null.ok());
  EXPECT_EQ(not_null.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(not_null.error().field, "flag");
  EXPECT_EQ(not_null.error().message, "The flag is required.");
}

TEST_P(SqlDatabaseTest, AValueOfTheWrongTypeIsInvalidInputWithoutTheValue) {
  auto status = db().Write([&](Connection& c) -> core::Status {
    ASSURE_TRY(c.Execute("INSERT INTO notes (rank) VALUES (?)", {"Secret"}));
    return core::Ok();
  });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().message.find("Secret"), std::string::npos);
}

TEST_P(SqlDatabaseTest, NullsRoundTrip) {
  ASSERT_TRUE(db().Write([&](Connection& c) -> core::Status {
                    ASSURE_TRY(c.Execute("INSERT INTO notes (body, score, rank) VALUES (?, ?, ?)",
                                         {nullptr, nullptr, OptionalInt64(std::nullopt)}));
                    return core::Ok();
                  })
                  .ok());
  auto rows =
      db().Read([](Connection& c) { return c.Query("SELECT body, score, rank FROM notes"); });
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_TRUE((*rows)[0].IsNull(0));
  EXPECT_TRUE((*rows)[0].IsNull(1));
  EXPECT_FALSE((*rows)[0].OptionalInt64(2).has_value());
}

TEST_P(SqlDatabaseTest, UnicodeAndAMegabyteOfTextRoundTrip) {
  const std::string unicode = "Zoë Ødegård — 東京 🙂";
  std::string large;
  while (large.size() < 1024 * 1024) large += unicode + " line\n";
  ASSERT_TRUE(db().Write([&](Connection& c) -> core::Status {
                    ASSURE_TRY(Insert(c, unicode));
                    return Insert(c, large);
                  })
                  .ok());
  auto rows =
      db().Read([](Connection& c) { return c.Query("SELECT body FROM notes ORDER BY id"); });
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].Text(0), unicode);
  EXPECT_EQ((*rows)[1].Text(0), large);
  EXPECT_EQ(Bodies("SELECT body FROM notes WHERE body = ?", {unicode}),
            std::vector<std::string>{unicode});
}

TEST_P(SqlDatabaseTest, BlobsRoundTripEveryByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  bytes += std::string(100000, '\0') + "\xFF\xFE end";
  ASSERT_TRUE(
      db().Write([&](Connection& c) -> core::Status {
            ASSURE_TRY(c.ExecuteScript("CREATE TABLE files (body {blob} NOT NULL) {strict}"));
            auto inserted = c.Execute("INSERT INTO files (body) VALUES (?)", {sql::Blob{bytes}});
            if (!inserted.ok()) return inserted.error();
            return core::Ok();
          })
          .ok());
  auto rows =
      db().Read([](Connection& c) { return c.Query("SELECT body, length(body) FROM files"); });
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Text(0), bytes);
  EXPECT_EQ((*rows)[0].Int64(1), static_cast<std::int64_t>(bytes.size()));
}

TEST_P(SqlDatabaseTest, IntegersAndRealsRoundTripExactly) {
  const std::int64_t big = std::numeric_limits<std::int64_t>::max();
  const std::int64_t small = std::numeric_limits<std::int64_t>::min();
  ASSERT_TRUE(db().Write([&](Connection& c) -> core::Status {
                    ASSURE_TRY(c.Execute("INSERT INTO notes (rank, score) VALUES (?, ?), (?, ?)",
                                         {big, 0.1, small, -1.5e300}));
                    return core::Ok();
                  })
                  .ok());
  auto rows =
      db().Read([](Connection& c) { return c.Query("SELECT rank, score FROM notes ORDER BY id"); });
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].Int64(0), big);
  EXPECT_EQ((*rows)[0].Real(1), 0.1);
  EXPECT_EQ((*rows)[1].Int64(0), small);
  EXPECT_EQ((*rows)[1].Real(1), -1.5e300);
}

TEST_P(SqlDatabaseTest, BooleansCountsAndCastSumsComeBackAsIntegers) {
  ASSERT_TRUE(db().Write([&](Connection& c) -> core::Status {
                    ASSURE_TRY(Insert(c, "a", 2));
                    return Insert(c, "b", 3);
                  })
                  .ok());
  auto rows = db().Read([](Connection& c) {
    return c.Query("SELECT count(*), CAST(sum(rank) AS BIGINT), 1 = 1, 1 = 2 FROM notes");
  });
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  EXPECT_EQ((*rows)[0].Int64(0), 2);
  EXPECT_EQ((*rows)[0].Int64(1), 5);
  EXPECT_TRUE((*rows)[0].Bool(2));
  EXPECT_FALSE((*rows)[0].Bool(3));
  EXPECT_EQ(rows->columns.size(), 4u);
}

TEST_P(SqlDatabaseTest, ExecuteCountsTheRowsItChanged) {
  auto changed = db().Write([&](Connection& c) -> core::Result<std::int64_t> {
    ASSURE_TRY(Insert(c, "a", 1));
    ASSURE_TRY(Insert(c, "b", 1));
    ASSURE_TRY(Insert(c, "c", 2));
    return c.Execute("UPDATE notes SET flag = 1 WHERE rank = ?", {1});
  });
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(*changed, 2);
}

TEST_P(SqlDatabaseTest, NullsSortWhereTheQuerySays) {
  ASSERT_TRUE(db().Write([&](Connection& c) -> core::Status {
                    ASSURE_TRY(Insert(c, "two", 2));
                    ASSURE_TRY(Insert(c, "none"));
                    return Insert(c, "one", 1);
                  })
                  .ok());
  EXPECT_EQ(Bodies("SELECT body FROM notes ORDER BY rank NULLS FIRST"),
            (std::vector<std::string>{"none", "one", "two"}));
  EXPECT_EQ(Bodies("SELECT body FROM notes ORDER BY rank DESC NULLS LAST"),
            (std::vector<std::string>{"two", "one", "none"}));
}

TEST_P(SqlDatabaseTest, CaseFoldedSearchAndPlainLikeMeanTheSameOnBothBackends) {
  ASSERT_TRUE(db().Write([&](Connection& c) -> core::Status {
                    ASSURE_TRY(Insert(c, "North Yorkshire Police", 1));
                    ASSURE_TRY(Insert(c, "police_100% ready", 2));
                    return Insert(c, "Health", 3);
                  })
                  .ok());
  const char* folded =
      "SELECT body FROM notes WHERE lower(body) LIKE lower(?) ESCAPE '\\' ORDER BY rank";
  EXPECT_EQ(Bodies(folded, {"%" + EscapeLike("POLICE") + "%"}),
            (std::vector<std::string>{"North Yorkshire Police", "police_100% ready"}));
  EXPECT_EQ(Bodies(folded, {"%" + EscapeLike("_100%") + "%"}),
            std::vector<std::string>{"police_100% ready"});
  // LIKE without lower() is case-sensitive on both.
  EXPECT_EQ(Bodies("SELECT body FROM notes WHERE body LIKE ? ORDER BY rank", {"%police%"}),
            std::vector<std::string>{"police_100% ready"});
}

TEST_P(SqlDatabaseTest, TextOrdersByCodePointWithCollateC) {
  ASSERT_TRUE(db().Write([&](Connection& c) -> core::Status {
                    for (const char* body : {"zebra", "Zoë", "apple", "Äpfel", "Apple"}) {
                      ASSURE_TRY(Insert(c, body));
                    }
                    return core::Ok();
                  })
                  .ok());
  EXPECT_EQ(Bodies("SELECT body FROM notes ORDER BY body COLLATE \"C\""),
            (std::vector<std::string>{"Apple", "Zoë", "apple", "zebra", "Äpfel"}));
  // Ties on the folded name fall back to id, so the order is total.
  EXPECT_EQ(Bodies("SELECT body FROM notes ORDER BY lower(body) COLLATE \"C\", id"),
            (std::vector<std::string>{"apple", "Apple", "zebra", "Zoë", "Äpfel"}));
}

TEST_P(SqlDatabaseTest, AReadTransactionCannotWrite) {
  auto status = db().Read([&](Connection& c) { return Insert(c, "x"); });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kInternal);
  EXPECT_EQ(CountNotes(), 0);
}

TEST_P(SqlDatabaseTest, AReadSeesOneSnapshotWhileAWriteCommits) {
  ASSERT_TRUE(db().Write([&](Connection& c) { return Insert(c, "before"); }).ok());
  auto status = db().Read([&](Connection& c) -> core::Status {
    auto first = c.Query("SELECT count(*) FROM notes");
    if (!first.ok()) return first.error();
    std::thread writer(
        [&] { EXPECT_TRUE(db().Write([&](Connection& w) { return Insert(w, "during"); }).ok()); });
    writer.join();
    auto second = c.Query("SELECT count(*) FROM notes");
    if (!second.ok()) return second.error();
    EXPECT_EQ(first->rows[0].Int64(0), 1);
    EXPECT_EQ(second->rows[0].Int64(0), 1);
    return core::Ok();
  });
  ASSERT_TRUE(status.ok()) << status.error().message;
  EXPECT_EQ(CountNotes(), 2);
}

TEST_P(SqlDatabaseTest, ManyThreadsWritingAtOnceAllLand) {
  constexpr int kThreads = 4;
  constexpr int kEach = 10;
  std::latch start{kThreads};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (int i = 0; i < kEach; ++i) {
        auto status = db().Write([&](Connection& c) { return Insert(c, "x", t * 100 + i); });
        EXPECT_TRUE(status.ok()) << status.error().message;
        EXPECT_TRUE(db().Read([](Connection& c) -> core::Status {
                          ASSURE_TRY(c.Query("SELECT count(*) FROM notes"));
                          return core::Ok();
                        })
                        .ok());
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(CountNotes(), kThreads * kEach);
}

// On SQLite, writes that queue behind a running one are committed together, each in its own
// savepoint (sqlite_database.h): one that fails, ignores a failed statement or throws must still
// leave nothing, and must not take the others with it.
TEST_P(SqlDatabaseTest, WritesQueuedTogetherSucceedOrFailEachOnTheirOwn) {
  std::latch holding{1};
  std::latch release{1};
  std::thread holder([&] {
    EXPECT_TRUE(db().Write([&](Connection& c) -> core::Status {
                      holding.count_down();
                      release.wait();
                      return Insert(c, "holder");
                    })
                    .ok());
  });
  holding.wait();
  std::vector<std::thread> writers;
  writers.emplace_back(
      [&] { EXPECT_TRUE(db().Write([&](Connection& c) { return Insert(c, "kept one"); }).ok()); });
  writers.emplace_back([&] {
    auto status = db().Write([&](Connection& c) -> core::Status {
      ASSURE_TRY(Insert(c, "refused"));
      return core::Error::InvalidInput("title", "Enter a title.");
    });
    EXPECT_EQ(status.ok() ? "" : status.error().field, "title");
  });
  writers.emplace_back([&] {
    auto status = db().Write([&](Connection& c) -> core::Status {
      ASSURE_TRY(Insert(c, "before a failed statement"));
      EXPECT_FALSE(c.Execute("INSERT INTO notes (flag) VALUES (7)").ok());
      return core::Ok();  // wrongly carries on
    });
    EXPECT_FALSE(status.ok());
  });
  writers.emplace_back([&] {
    EXPECT_THROW(db().Write([&](Connection& c) -> core::Status {
      ASSURE_TRY(Insert(c, "thrown"));
      throw std::runtime_error("bug");
    }),
                 std::runtime_error);
  });
  writers.emplace_back(
      [&] { EXPECT_TRUE(db().Write([&](Connection& c) { return Insert(c, "kept two"); }).ok()); });
  // Give the writers time to queue behind the holder, so that they run as one group.
  std::this_thread::sleep_for(std::chrono::milliseconds{200});
  release.count_down();
  holder.join();
  for (auto& writer : writers) writer.join();
  EXPECT_EQ(Bodies("SELECT body FROM notes ORDER BY body"),
            (std::vector<std::string>{"holder", "kept one", "kept two"}));
}

TEST_P(SqlDatabaseTest, WhenEveryConnectionIsBusyAWaitEndsUnavailable) {
  OpenOptions options;
  options.postgres_connections = 1;
  options.timeout = std::chrono::milliseconds{200};
  auto small = OpenDatabase(test_database().url(), options);
  ASSERT_TRUE(small.ok()) << small.error().message;
  std::latch holding{1};
  std::latch release{1};
  std::thread holder([&] {
    EXPECT_TRUE((*small)
                    ->Write([&](Connection&) -> core::Status {
                      holding.count_down();
                      release.wait();
                      return core::Ok();
                    })
                    .ok());
  });
  holding.wait();
  auto blocked = (*small)->Write([](Connection&) { return core::Ok(); });
  release.count_down();
  holder.join();
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::kUnavailable);
}

TEST_P(SqlDatabaseTest, PingAnswersAndCloseIsIdempotent) {
  EXPECT_TRUE(db().Ping().ok());
  db().Close();
  db().Close();
  auto ping = db().Ping();
  ASSERT_FALSE(ping.ok());
  EXPECT_EQ(ping.error().code, ErrorCode::kUnavailable);
  auto write = db().Write([&](Connection& c) { return Insert(c, "x"); });
  ASSERT_FALSE(write.ok());
  EXPECT_EQ(write.error().code, ErrorCode::kUnavailable);
}

TEST_P(SqlDatabaseTest, TableExistsSeesOnlyThisDatabasesTables) {
  auto exists = db().Read([](Connection& c) -> core::Result<std::pair<bool, bool>> {
    auto notes = c.TableExists("notes");
    auto missing = c.TableExists("no_such_table");
    if (!notes.ok()) return notes.error();
    if (!missing.ok()) return missing.error();
    return std::pair{*notes, *missing};
  });
  ASSERT_TRUE(exists.ok());
  EXPECT_TRUE(exists->first);
  EXPECT_FALSE(exists->second);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlDatabaseTest);

}  // namespace
}  // namespace assure::storage::sql
