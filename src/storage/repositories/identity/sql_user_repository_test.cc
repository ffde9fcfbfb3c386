#include "storage/repositories/identity/sql_user_repository.h"

#include <gtest/gtest.h>

#include <chrono>

#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Transaction;
using domain::User;

class SqlUserRepositoryTest : public testing::StoreTest {
 protected:
  template <typename Fn>
  auto Write(Fn fn) {
    return store().Write([&](Transaction& tx) { return fn(tx.users()); });
  }
};

TEST_P(SqlUserRepositoryTest, CreatesAUserWithANormalisedEmailAndNoPasswordYet) {
  auto created = Write([](auto& users) {
    return users.Create({"  Sam.Patel@Example.ORG ", "Sam Patel"});
  });
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_GT(created->id, 0);
  EXPECT_EQ(created->email, "sam.patel@example.org");
  EXPECT_EQ(created->display_name, "Sam Patel");
  EXPECT_TRUE(created->password_hash.empty());
  EXPECT_TRUE(created->totp_secret.empty());
  EXPECT_FALSE(created->disabled);
  EXPECT_FALSE(created->locked_until.has_value());
  EXPECT_EQ(created->version, 1);

  auto by_id = Write([&](auto& users) { return users.Get(created->id); });
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->email, "sam.patel@example.org");
  auto by_email = Write([](auto& users) { return users.FindByEmail("SAM.PATEL@example.org"); });
  ASSERT_TRUE(by_email.ok());
  EXPECT_EQ(by_email->id, created->id);
}

TEST_P(SqlUserRepositoryTest, AnEmailIsTakenWhateverItsAsciiCase) {
  ASSERT_TRUE(Write([](auto& users) { return users.Create({"A@x.org", "First"}); }).ok());
  auto again = Write([](auto& users) { return users.Create({"a@x.org", "Second"}); });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "email");
  EXPECT_EQ(again.error().message.find("a@x.org"), std::string::npos);
}

TEST_P(SqlUserRepositoryTest, InvalidUsersAreRefusedNamingTheField) {
  auto bad_email = Write([](auto& users) { return users.Create({"not an email", "Sam"}); });
  ASSERT_FALSE(bad_email.ok());
  EXPECT_EQ(bad_email.error().field, "email");
  auto bad_name = Write([](auto& users) { return users.Create({"sam@example.org", ""}); });
  ASSERT_FALSE(bad_name.ok());
  EXPECT_EQ(bad_name.error().field, "name");
}

TEST_P(SqlUserRepositoryTest, UnknownUsersAreNotFound) {
  EXPECT_EQ(Write([](auto& users) { return users.Get(424242); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Write([](auto& users) { return users.FindByEmail("nobody@example.org"); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Write([](auto& users) { return users.FindByEmail("not an email"); }).error().code,
            ErrorCode::kNotFound);
}

TEST_P(SqlUserRepositoryTest, UpdatesEverySignInFieldAndRoundTripsARawTotpSecret) {
  auto created = Write([](auto& users) { return users.Create({"sam@example.org", "Sam"}); });
  ASSERT_TRUE(created.ok());
  User changed = *created;
  changed.display_name = "Sam Patel-Jones";
  changed.password_hash = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";
  changed.disabled = true;
  changed.totp_secret = std::string{"\x00\x01\xfe\xff secret\n", 12};
  changed.totp_last_step = 59'000'123;
  changed.locked_until = clock_.Now() + std::chrono::minutes{15};
  auto updated = Write([&](auto& users) { return users.Update(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);

  auto read = Write([&](auto& users) { return users.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->display_name, "Sam Patel-Jones");
  EXPECT_EQ(read->password_hash, changed.password_hash);
  EXPECT_TRUE(read->disabled);
  EXPECT_EQ(read->totp_secret, changed.totp_secret);
  EXPECT_EQ(read->totp_last_step, 59'000'123);
  EXPECT_EQ(read->locked_until, changed.locked_until);
  EXPECT_EQ(read->email, "sam@example.org");  // Update never changes the email
}

TEST_P(SqlUserRepositoryTest, AStaleVersionIsAConflictAndAMissingUserNotFound) {
  auto created = Write([](auto& users) { return users.Create({"sam@example.org", "Sam"}); });
  ASSERT_TRUE(created.ok());
  User first = *created;
  first.display_name = "First change";
  ASSERT_TRUE(Write([&](auto& users) { return users.Update(first); }).ok());
  User stale = *created;  // still version 1
  stale.password_hash = "stale";
  auto conflict = Write([&](auto& users) { return users.Update(stale); });
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Write([&](auto& users) { return users.Get(created->id); })->password_hash, "");

  User ghost = *created;
  ghost.id = 987654;
  EXPECT_EQ(Write([&](auto& users) { return users.Update(ghost); }).error().code,
            ErrorCode::kNotFound);
}

TEST_P(SqlUserRepositoryTest, ListsAUsersMembershipsInEveryPartnership) {
  const auto north = MakePartnership("north");
  const auto south = MakePartnership("south");
  const auto sam = MakeUser("sam@example.org");
  const auto other = MakeUser("other@example.org");
  MakeMember(south, sam, domain::Role::kReviewer);
  MakeMember(north, sam, domain::Role::kAdministrator);
  MakeMember(north, other, domain::Role::kAuditor);
  auto memberships = Write([&](auto& users) { return users.Memberships(sam); });
  ASSERT_TRUE(memberships.ok());
  ASSERT_EQ(memberships->size(), 2u);
  EXPECT_EQ((*memberships)[0].partnership_id, north);
  EXPECT_EQ((*memberships)[0].role, domain::Role::kAdministrator);
  EXPECT_EQ((*memberships)[1].partnership_id, south);
  EXPECT_EQ((*memberships)[1].role, domain::Role::kReviewer);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlUserRepositoryTest);

}  // namespace
}  // namespace assure::storage
