#include "storage/repositories/reviews/sql_reviewer_repository.h"

#include <gtest/gtest.h>

#include "storage/repositories/reviews/case_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Reviewer;

class SqlReviewerRepositoryTest : public CaseStorageTest {
 protected:
  template <typename Fn>
  auto Reviewers(domain::PartnershipId partnership, Fn fn) {
    return In<SqlReviewerRepository>(partnership, fn);
  }

  core::Result<Reviewer> Create(domain::PartnershipId partnership, const std::string& name,
                                std::optional<domain::UserId> user = std::nullopt,
                                std::vector<domain::AgencyId> interests = {}) {
    Reviewer reviewer;
    reviewer.name = name;
    reviewer.user_id = user;
    reviewer.interests = std::move(interests);
    reviewer.interests_note = "Declared on appointment.";
    return Reviewers(partnership, [&](auto& r) { return r.Create(reviewer); });
  }
};

TEST_P(SqlReviewerRepositoryTest, CreatesReadsAndUpdatesAReviewerWithInterests) {
  const domain::UserId user = MakeUser("reviewer@example.org");
  auto created = Create(partnership_a_, "Ada Reviewer", user, {health_a_, police_a_, health_a_});
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->partnership_id, partnership_a_);
  EXPECT_EQ(created->version, 1);
  std::vector<domain::AgencyId> both{police_a_, health_a_};
  std::sort(both.begin(), both.end());
  auto read = Reviewers(partnership_a_, [&](auto& r) { return r.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->name, "Ada Reviewer");
  EXPECT_EQ(read->user_id, user);
  EXPECT_EQ(read->interests, both);
  EXPECT_EQ(read->interests_note, "Declared on appointment.");

  Reviewer changed = *read;
  changed.name = "Ada Reviewer-Smith";
  changed.user_id = std::nullopt;
  changed.interests = {police_a_};
  changed.interests_note = "";
  auto updated = Reviewers(partnership_a_, [&](auto& r) { return r.Update(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->name, "Ada Reviewer-Smith");
  EXPECT_FALSE(updated->user_id.has_value());
  EXPECT_EQ(updated->interests, std::vector<domain::AgencyId>{police_a_});
  EXPECT_EQ(updated->interests_note, "");

  auto stale = Reviewers(partnership_a_, [&](auto& r) { return r.Update(*read); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Reviewers(partnership_a_, [&](auto& r) { return r.Get(created->id); })->name,
            "Ada Reviewer-Smith");
}

TEST_P(SqlReviewerRepositoryTest, ListIsByNameAndFindByUserFindsTheirs) {
  const domain::UserId user = MakeUser("reviewer@example.org");
  ASSERT_TRUE(Create(partnership_a_, "zoe Reviewer", std::nullopt, {police_a_}).ok());
  auto mine = Create(partnership_a_, "Bea Reviewer", user);
  ASSERT_TRUE(mine.ok());
  ASSERT_TRUE(Create(partnership_a_, "Abe Reviewer").ok());
  ASSERT_TRUE(Create(partnership_b_, "Other Area Reviewer", user).ok());

  auto listed = Reviewers(partnership_a_, [](auto& r) { return r.List(); });
  ASSERT_TRUE(listed.ok());
  std::vector<std::string> names;
  for (const Reviewer& reviewer : *listed) names.push_back(reviewer.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Abe Reviewer", "Bea Reviewer", "zoe Reviewer"}));
  EXPECT_EQ(listed->back().interests, std::vector<domain::AgencyId>{police_a_});

  auto found = Reviewers(partnership_a_, [&](auto& r) { return r.FindByUser(user); });
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, mine->id);
  const domain::UserId stranger = MakeUser("stranger@example.org");
  auto none = Reviewers(partnership_a_, [&](auto& r) { return r.FindByUser(stranger); });
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST_P(SqlReviewerRepositoryTest, AnAccountBelongsToOneReviewerOfAPartnership) {
  const domain::UserId user = MakeUser("reviewer@example.org");
  ASSERT_TRUE(Create(partnership_a_, "First Reviewer", user).ok());
  auto again = Create(partnership_a_, "Second Reviewer", user);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "user_id");
  auto no_account = Create(partnership_a_, "Third Reviewer", 987654);
  ASSERT_FALSE(no_account.ok());
  EXPECT_EQ(no_account.error().field, "user_id");
}

TEST_P(SqlReviewerRepositoryTest, InterestsMustBeThePartnershipsAgencies) {
  auto foreign = Create(partnership_a_, "Ada Reviewer", std::nullopt, {police_a_, police_b_});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(foreign.error().field, "interests");
  auto blank = Create(partnership_a_, " ");
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().field, "name");
}

TEST_P(SqlReviewerRepositoryTest, OnePartnershipCannotReachAnothersReviewers) {
  const domain::UserId user = MakeUser("reviewer@example.org");
  auto theirs = Create(partnership_b_, "B's Reviewer", user, {police_b_});
  ASSERT_TRUE(theirs.ok());
  EXPECT_EQ(Reviewers(partnership_a_, [&](auto& r) { return r.Get(theirs->id); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_TRUE(Reviewers(partnership_a_, [](auto& r) { return r.List(); })->empty());
  EXPECT_FALSE(Reviewers(partnership_a_, [&](auto& r) { return r.FindByUser(user); })->has_value());
  Reviewer hijack = *theirs;
  hijack.name = "Hijacked";
  EXPECT_EQ(Reviewers(partnership_a_, [&](auto& r) { return r.Update(hijack); }).error().code,
            ErrorCode::kNotFound);
  auto still = Reviewers(partnership_b_, [&](auto& r) { return r.Get(theirs->id); });
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->name, "B's Reviewer");
  EXPECT_EQ(still->interests, std::vector<domain::AgencyId>{police_b_});
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlReviewerRepositoryTest);

}  // namespace
}  // namespace assure::storage
