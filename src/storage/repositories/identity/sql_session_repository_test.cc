#include "storage/repositories/identity/sql_session_repository.h"

#include <gtest/gtest.h>

#include <chrono>

#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Session;
using domain::Transaction;
using namespace std::chrono_literals;

class SqlSessionRepositoryTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    partnership_ = MakePartnership("area-a");
    user_ = MakeUser("sam@example.org");
  }

  template <typename Fn>
  auto Write(Fn fn) {
    return store().Write([&](Transaction& tx) { return fn(tx.sessions()); });
  }

  core::Result<Session> Open(const std::string& token_hash) {
    Session session;
    session.token_hash = token_hash;
    session.user_id = user_;
    session.partnership_id = partnership_;
    session.csrf_token = "csrf-" + token_hash;
    session.created_at = clock_.Now();
    session.last_seen_at = clock_.Now();
    session.client_address = "192.0.2.7";
    session.user_agent = "Firefox on Linux";
    clock_.Advance(1s);
    return Write([&](auto& sessions) { return sessions.Create(session); });
  }

  domain::PartnershipId partnership_ = 0;
  domain::UserId user_ = 0;
};

TEST_P(SqlSessionRepositoryTest, CreatesAndFindsBySessionTokenHash) {
  auto created = Open("hash-1");
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_GT(created->id, 0);
  auto found = Write([](auto& sessions) { return sessions.FindByTokenHash("hash-1"); });
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, created->id);
  EXPECT_EQ(found->user_id, user_);
  EXPECT_EQ(found->partnership_id, partnership_);
  EXPECT_EQ(found->csrf_token, "csrf-hash-1");
  EXPECT_FALSE(found->mfa_passed);
  EXPECT_EQ(found->created_at, created->created_at);
  EXPECT_FALSE(found->ended_at.has_value());
  EXPECT_EQ(found->client_address, "192.0.2.7");
  EXPECT_EQ(found->user_agent, "Firefox on Linux");
  EXPECT_EQ(Write([](auto& sessions) { return sessions.FindByTokenHash("nope"); }).error().code,
            ErrorCode::kNotFound);
  auto duplicate = Open("hash-1");
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
}

TEST_P(SqlSessionRepositoryTest, UpdatesTheMutableFieldsAndStillFindsEndedSessions) {
  auto created = Open("before");
  ASSERT_TRUE(created.ok());
  Session changed = *created;
  changed.token_hash = "after";  // rotated when MFA passes
  changed.csrf_token = "new-csrf";
  changed.mfa_passed = true;
  changed.last_seen_at = clock_.Now() + 5min;
  changed.ended_at = clock_.Now() + 6min;
  ASSERT_TRUE(Write([&](auto& sessions) { return sessions.Update(changed); }).ok());
  EXPECT_EQ(Write([](auto& sessions) { return sessions.FindByTokenHash("before"); }).error().code,
            ErrorCode::kNotFound);
  auto found = Write([](auto& sessions) { return sessions.FindByTokenHash("after"); });
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->csrf_token, "new-csrf");
  EXPECT_TRUE(found->mfa_passed);
  EXPECT_EQ(found->last_seen_at, changed.last_seen_at);
  EXPECT_EQ(found->ended_at, changed.ended_at);

  Session ghost = changed;
  ghost.id = 987654;
  ghost.token_hash = "ghost";
  EXPECT_EQ(Write([&](auto& sessions) { return sessions.Update(ghost); }).error().code,
            ErrorCode::kNotFound);
}

TEST_P(SqlSessionRepositoryTest, AnEndedSessionIsNeverReopenedByAnUpdateOrATouch) {
  auto created = Open("ending");
  ASSERT_TRUE(created.ok());
  const auto ended_at = clock_.Now();
  ASSERT_TRUE(Write([&](auto& sessions) { return sessions.End(created->id, ended_at); }).ok());
  // A request that read the session before the sign-out now tries to write its stale copy.
  Session stale = *created;
  stale.last_seen_at = clock_.Now() + 1min;
  EXPECT_EQ(Write([&](auto& sessions) { return sessions.Update(stale); }).error().code,
            ErrorCode::kNotFound);
  ASSERT_TRUE(
      Write([&](auto& sessions) { return sessions.Touch(created->id, clock_.Now() + 2min); }).ok());
  ASSERT_TRUE(
      Write([&](auto& sessions) { return sessions.End(created->id, clock_.Now() + 3min); }).ok());
  auto found = Write([](auto& sessions) { return sessions.FindByTokenHash("ending"); });
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->ended_at, ended_at);
  EXPECT_EQ(found->last_seen_at, created->last_seen_at);
}

TEST_P(SqlSessionRepositoryTest, TouchNotesThatAnOpenSessionIsInUse) {
  auto created = Open("busy");
  ASSERT_TRUE(created.ok());
  const auto later = clock_.Now() + 10min;
  ASSERT_TRUE(Write([&](auto& sessions) { return sessions.Touch(created->id, later); }).ok());
  auto found = Write([](auto& sessions) { return sessions.FindByTokenHash("busy"); });
  EXPECT_EQ(found->last_seen_at, later);
  EXPECT_FALSE(found->ended_at.has_value());
}

TEST_P(SqlSessionRepositoryTest, ListsOpenSessionsNewestFirstAndEndsAllButOne) {
  auto first = Open("one");
  auto second = Open("two");
  auto third = Open("three");
  ASSERT_TRUE(first.ok() && second.ok() && third.ok());
  const auto other_user = MakeUser("other@example.org");
  Session theirs = *first;
  theirs.token_hash = "theirs";
  theirs.user_id = other_user;
  ASSERT_TRUE(Write([&](auto& sessions) { return sessions.Create(theirs); }).ok());

  auto active = Write([&](auto& sessions) { return sessions.ListActive(user_); });
  ASSERT_TRUE(active.ok());
  ASSERT_EQ(active->size(), 3u);
  EXPECT_EQ((*active)[0].id, third->id);
  EXPECT_EQ((*active)[2].id, first->id);

  auto ended =
      Write([&](auto& sessions) { return sessions.EndAll(user_, clock_.Now(), second->id); });
  ASSERT_TRUE(ended.ok()) << ended.error().message;
  EXPECT_EQ(*ended, 2);
  active = Write([&](auto& sessions) { return sessions.ListActive(user_); });
  ASSERT_TRUE(active.ok());
  ASSERT_EQ(active->size(), 1u);
  EXPECT_EQ(active->front().id, second->id);
  auto one = Write([](auto& sessions) { return sessions.FindByTokenHash("one"); });
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->ended_at, clock_.Now());

  auto all =
      Write([&](auto& sessions) { return sessions.EndAll(user_, clock_.Now(), std::nullopt); });
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(*all, 1);
  EXPECT_TRUE(Write([&](auto& sessions) { return sessions.ListActive(user_); })->empty());
  EXPECT_EQ(Write([&](auto& sessions) { return sessions.ListActive(other_user); })->size(), 1u);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlSessionRepositoryTest);

}  // namespace
}  // namespace assure::storage
