// ReviewerService over a real Store, on both backends: the business unit and the administrator
// keep the register; interests name the partnership's agencies; a reviewer's account must be a
// reviewer member; others are refused and audited; a stale version changes nothing.
#include "domain/reviews/cases/reviewer_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using ::testing::ElementsAre;

class ReviewerSuite : public testing::CaseServiceTest {
 protected:
  static Reviewer Named(const std::string& name, std::vector<AgencyId> interests = {}) {
    Reviewer reviewer;
    reviewer.name = name;
    reviewer.interests = std::move(interests);
    reviewer.interests_note = "Former employee.";
    return reviewer;
  }
};

TEST_P(ReviewerSuite, TheBusinessUnitAndTheAdministratorKeepTheRegister) {
  auto first = reviewers_->Create(officer_, Named("  Dr Fictional Beta ", {health_, police_}));
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->name, "Dr Fictional Beta");
  EXPECT_THAT(first->interests,
              ElementsAre(std::min(police_, health_), std::max(police_, health_)));
  auto second = reviewers_->Create(administrator_, Named("Dr Fictional Alpha"));
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(Count("reviewer.create", kSuccess), 2);

  auto listed = reviewers_->List(manager_);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].name, "Dr Fictional Alpha");

  Reviewer changed = *first;
  changed.interests = {council_};
  auto updated = reviewers_->Update(manager_, changed);
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_THAT(updated->interests, ElementsAre(council_));
  EXPECT_EQ(Count("reviewer.update", kSuccess, std::to_string(first->id)), 1);

  auto stale = reviewers_->Update(manager_, changed);  // first->version again
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  EXPECT_THAT(reviewers_->Get(officer_, first->id)->interests, ElementsAre(council_));
}

TEST_P(ReviewerSuite, InterestsAndAccountsAreCheckedAndNamed) {
  auto foreign = reviewers_->Create(officer_, Named("Dr Fictional Gamma", {south_police_}));
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().field, "interests");
  auto blank = reviewers_->Create(officer_, Named("   "));
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().field, "name");

  Reviewer with_account = Named("Dr Fictional Delta");
  with_account.user_id = board_.user_id();  // not a reviewer member
  auto wrong = reviewers_->Create(officer_, with_account);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().field, "user_id");
  with_account.user_id = reviewer_.user_id();
  EXPECT_TRUE(reviewers_->Create(officer_, with_account).ok());
}

TEST_P(ReviewerSuite, OthersAreRefusedAndAudited) {
  auto created = reviewers_->Create(officer_, Named("Dr Fictional Epsilon"));
  ASSERT_TRUE(created.ok());
  for (const Requester* asker : {&board_, &police_lead_, &reviewer_}) {
    auto listed = reviewers_->List(*asker);
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.error().code, core::ErrorCode::kForbidden);
    auto made = reviewers_->Create(*asker, Named("Dr Fictional Zeta"));
    ASSERT_FALSE(made.ok());
  }
  EXPECT_EQ(Count("reviewer.list", kDenied), 3);
  EXPECT_EQ(Count("reviewer.create", kDenied), 3);

  auto across = reviewers_->Get(south_manager_, created->id);
  ASSERT_FALSE(across.ok());
  EXPECT_EQ(across.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(Count("reviewer.read", kDenied, std::to_string(created->id), south_), 1);
  Reviewer renamed = *created;
  renamed.name = "Renamed";
  auto update = reviewers_->Update(south_manager_, renamed);
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(reviewers_->Get(manager_, created->id)->name, "Dr Fictional Epsilon");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReviewerSuite);

}  // namespace
}  // namespace assure::domain
