#include "storage/audit/sql_audit_log.h"

#include <gtest/gtest.h>

#include <chrono>
#include <latch>
#include <thread>

#include "storage/audit/audit_hash.h"
#include "storage/audit/audit_verifier.h"
#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::AuditEvent;
using domain::AuditOutcome;
using domain::AuditQuery;
using domain::Transaction;
using namespace std::chrono_literals;

class SqlAuditLogTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a_ = MakePartnership("area-a");
    b_ = MakePartnership("area-b");
    sam_ = MakeUser("sam@example.org");
  }

  AuditEvent Event(std::optional<domain::PartnershipId> partnership, const std::string& action,
                   const std::string& resource_id = "") {
    AuditEvent event;
    event.partnership_id = partnership;
    event.user_id = sam_;
    event.session_id = 40;
    event.action = action;
    event.resource_type = resource_id.empty() ? "" : "agency";
    event.resource_id = resource_id;
    event.client_address = "192.0.2.1";
    event.at = clock_.Now();
    clock_.Advance(1s);
    return event;
  }

  core::Result<AuditEvent> Append(const AuditEvent& event) {
    return store().Write([&](Transaction& tx) { return tx.audit().Append(event); });
  }

  core::Result<std::vector<AuditEvent>> Query(domain::PartnershipId partnership,
                                              const AuditQuery& query = {}) {
    return store().Read([&](Transaction& tx) { return tx.audit().Query(partnership, query); });
  }

  domain::PartnershipId a_ = 0;
  domain::PartnershipId b_ = 0;
  domain::UserId sam_ = 0;
};

TEST_P(SqlAuditLogTest, AppendLinksEachEventToThePreviousOneOfItsChain) {
  auto first = Append(Event(a_, "agency.create", "1"));
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_GT(first->id, 0);
  EXPECT_EQ(first->previous_hash, kGenesisHash);
  EXPECT_EQ(first->hash, AuditEventHash(*first));
  auto system = Append(Event(std::nullopt, "sign_in"));
  ASSERT_TRUE(system.ok());
  EXPECT_EQ(system->previous_hash, kGenesisHash);  // another chain
  auto second = Append(Event(a_, "agency.update", "1"));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->previous_hash, first->hash);
  EXPECT_NE(second->hash, first->hash);
}

TEST_P(SqlAuditLogTest, QueryReturnsOnlyItsPartnershipsEventsNewestFirst) {
  ASSERT_TRUE(Append(Event(a_, "agency.create", "1")).ok());
  ASSERT_TRUE(Append(Event(b_, "agency.create", "2")).ok());
  ASSERT_TRUE(Append(Event(std::nullopt, "sign_in")).ok());
  ASSERT_TRUE(Append(Event(a_, "agency.update", "1")).ok());
  auto events = Query(a_);
  ASSERT_TRUE(events.ok()) << events.error().message;
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].action, "agency.update");
  EXPECT_EQ((*events)[1].action, "agency.create");
  for (const AuditEvent& event : *events) EXPECT_EQ(event.partnership_id, a_);
  auto theirs = Query(b_);
  ASSERT_TRUE(theirs.ok());
  ASSERT_EQ(theirs->size(), 1u);
  EXPECT_EQ(theirs->front().resource_id, "2");
}

TEST_P(SqlAuditLogTest, QueryFiltersByUserResourceAndTime) {
  const auto start = clock_.Now();
  ASSERT_TRUE(Append(Event(a_, "agency.create", "1")).ok());  // start
  ASSERT_TRUE(Append(Event(a_, "agency.update", "2")).ok());  // start + 1 s
  AuditEvent other_user = Event(a_, "review.read");           // start + 2 s
  other_user.user_id.reset();
  other_user.outcome = AuditOutcome::kDenied;
  other_user.reason = "not assigned to this review";
  ASSERT_TRUE(Append(other_user).ok());

  AuditQuery by_user;
  by_user.user_id = sam_;
  EXPECT_EQ(Query(a_, by_user)->size(), 2u);
  AuditQuery by_resource;
  by_resource.resource_type = "agency";
  by_resource.resource_id = "2";
  auto resource = Query(a_, by_resource);
  ASSERT_TRUE(resource.ok());
  ASSERT_EQ(resource->size(), 1u);
  EXPECT_EQ(resource->front().action, "agency.update");
  AuditQuery window;
  window.from = start + 1s;
  window.to = start + 2s;
  auto in_window = Query(a_, window);
  ASSERT_TRUE(in_window.ok());
  ASSERT_EQ(in_window->size(), 1u);
  EXPECT_EQ(in_window->front().action, "agency.update");
  AuditQuery limited;
  limited.limit = 1;
  auto newest = Query(a_, limited);
  ASSERT_TRUE(newest.ok());
  ASSERT_EQ(newest->size(), 1u);
  EXPECT_EQ(newest->front().action, "review.read");
  EXPECT_EQ(newest->front().outcome, AuditOutcome::kDenied);
  EXPECT_EQ(newest->front().reason, "not assigned to this review");
  EXPECT_FALSE(newest->front().user_id.has_value());
}

TEST_P(SqlAuditLogTest, AnEmptyTrailVerifies) {
  auto verified = VerifyAuditTrail(db());
  ASSERT_TRUE(verified.ok()) << verified.error().message;
  EXPECT_TRUE(verified->ok());
  EXPECT_EQ(verified->events_checked, 0);
  EXPECT_TRUE(verified->chains.empty());
}

TEST_P(SqlAuditLogTest, AnEventNeedsAnAction) {
  auto bad = Append(Event(a_, ""));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "action");
}

TEST_P(SqlAuditLogTest, TheDatabaseRefusesToUpdateOrDeleteEvents) {
  auto event = Append(Event(a_, "agency.create", "1"));
  ASSERT_TRUE(event.ok());
  auto update = db().Write([&](sql::Connection& c) {
    return c.Execute("UPDATE audit_events SET reason = 'covered up' WHERE id = ?", {event->id});
  });
  ASSERT_FALSE(update.ok());
  EXPECT_NE(update.error().message.find("append-only"), std::string::npos)
      << update.error().message;
  auto remove = db().Write([&](sql::Connection& c) {
    return c.Execute("DELETE FROM audit_events WHERE id = ?", {event->id});
  });
  ASSERT_FALSE(remove.ok());
  EXPECT_NE(remove.error().message.find("append-only"), std::string::npos);
  if (!sqlite()) {
    auto truncate =
        db().Write([](sql::Connection& c) { return c.ExecuteScript("TRUNCATE audit_events"); });
    ASSERT_FALSE(truncate.ok());
    EXPECT_NE(truncate.error().message.find("append-only"), std::string::npos);
  }
  auto still = Query(a_);
  ASSERT_TRUE(still.ok());
  ASSERT_EQ(still->size(), 1u);
  EXPECT_EQ(still->front().hash, event->hash);
}

TEST_P(SqlAuditLogTest, ConcurrentAppendsToOneChainStayOneChain) {
  constexpr int kThreads = 4;
  constexpr int kEach = 10;
  std::latch start{kThreads};
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (int i = 0; i < kEach; ++i) {
        AuditEvent event;
        event.partnership_id = a_;
        event.action = "agency.update";
        event.resource_id = std::to_string(t);
        event.at = clock_.Now();
        if (!Append(event).ok()) ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  auto verified = VerifyAuditTrail(db());
  ASSERT_TRUE(verified.ok()) << verified.error().message;
  EXPECT_TRUE(verified->ok()) << verified->broken->description;
  EXPECT_EQ(verified->events_checked, kThreads * kEach);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlAuditLogTest);

}  // namespace
}  // namespace assure::storage
