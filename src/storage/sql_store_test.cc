#include "storage/sql_store.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Transaction;

class SqlStoreTest : public testing::StoreTest {
 protected:
  // Counts the rows of each table the failed writes below touch.
  std::int64_t Count(const char* table) {
    auto rows = db().Read(
        [&](sql::Connection& c) { return c.Query(std::string{"SELECT count(*) FROM "} + table); });
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? rows->rows.front().Int64(0) : -1;
  }

  // Writes through every kind of repository, then fails (or throws) at the end.
  core::Status WriteEverythingThen(const std::function<core::Status()>& fail) {
    return store().Write([&](Transaction& tx) -> core::Status {
      auto partnership = tx.partnerships().Create({"new-area", "New area"});
      if (!partnership.ok()) return partnership.error();
      auto agency =
          tx.agencies(partnership->id).Create({"Police", domain::AgencyType::kPolice, true});
      if (!agency.ok()) return agency.error();
      auto user = tx.users().Create({"sam@example.org", "Sam Patel"});
      if (!user.ok()) return user.error();
      auto member =
          tx.memberships(partnership->id)
              .Add({0, partnership->id, user->id, domain::Role::kAgencyLead, agency->id, 0});
      if (!member.ok()) return member.error();
      ASSURE_TRY(tx.sign_in_throttle().RecordFailure("account:1", clock_.Now()));
      domain::AuditEvent event;
      event.partnership_id = partnership->id;
      event.user_id = user->id;
      event.action = "membership.add";
      event.at = clock_.Now();
      ASSURE_TRY(tx.audit().Append(event));
      return fail();
    });
  }

  void ExpectNothingStored() {
    for (const char* table :
         {"partnerships", "agencies", "users", "memberships", "sign_in_failures", "audit_events"}) {
      EXPECT_EQ(Count(table), 0) << table;
    }
  }
};

TEST_P(SqlStoreTest, AWriteCommitsEveryRepositorysChangesTogether) {
  ASSERT_TRUE(WriteEverythingThen([] { return core::Ok(); }).ok());
  for (const char* table :
       {"partnerships", "agencies", "users", "memberships", "sign_in_failures", "audit_events"}) {
    EXPECT_EQ(Count(table), 1) << table;
  }
}

TEST_P(SqlStoreTest, AWriteThatFailsMidwayStoresNothing) {
  auto status = WriteEverythingThen([] { return core::Error::Conflict("stop here"); });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message, "stop here");
  ExpectNothingStored();
}

TEST_P(SqlStoreTest, AWriteThatThrowsStoresNothingAndRethrows) {
  EXPECT_THROW((void)WriteEverythingThen([]() -> core::Status { throw std::runtime_error("bug"); }),
               std::runtime_error);
  ExpectNothingStored();
}

TEST_P(SqlStoreTest, RepositoriesAreMadeOncePerTransactionAndPartnership) {
  ASSERT_TRUE(store()
                  .Write([&](Transaction& tx) -> core::Status {
                    EXPECT_EQ(&tx.users(), &tx.users());
                    EXPECT_EQ(&tx.audit(), &tx.audit());
                    EXPECT_EQ(&tx.agencies(1), &tx.agencies(1));
                    EXPECT_NE(static_cast<void*>(&tx.agencies(1)),
                              static_cast<void*>(&tx.agencies(2)));
                    EXPECT_NE(static_cast<void*>(&tx.memberships(1)),
                              static_cast<void*>(&tx.memberships(2)));
                    return core::Ok();
                  })
                  .ok());
}

TEST_P(SqlStoreTest, AReadSeesCommittedDataAndCannotWrite) {
  const auto partnership = MakePartnership("area-a");
  auto found =
      store().Read([&](Transaction& tx) { return tx.partnerships().FindById(partnership); });
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->slug, "area-a");
  auto write = store().Read([](Transaction& tx) {
    return tx.users().Create({"x@example.org", "X"});
  });
  ASSERT_FALSE(write.ok());
  EXPECT_EQ(Count("users"), 0);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlStoreTest);

}  // namespace
}  // namespace assure::storage
