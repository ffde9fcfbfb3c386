#include "storage/repositories/actions/sql_review_round_repository.h"

#include <gtest/gtest.h>

#include <vector>

#include "storage/repositories/actions/action_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::ActionId;
using domain::Quarter;
using domain::ReviewEntry;
using domain::ReviewOutcome;
using domain::ReviewRound;

class SqlReviewRoundRepositoryTest : public ActionStorageTest {
 protected:
  void SetUp() override {
    ActionStorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    first_ = MakeAction(partnership_a_,
                        Plan("First", police_a_, "2025-06-30", {Recommendation(recommendation_1_)}))
                 .id;
    second_ =
        MakeAction(partnership_a_, Plan("Second", health_a_, "2025-07-31", {NationalReview()})).id;
    third_ =
        MakeAction(partnership_a_, Plan("Third", health_a_, "2025-08-31", {NationalReview()})).id;
    theirs_ = MakeAction(partnership_b_,
                         Plan("B's", police_b_, "2025-06-30", {Recommendation(recommendation_b_)}))
                  .id;
  }

  ReviewRound Round(int year, int number, std::string_view opened_on) {
    ReviewRound round;
    round.quarter = {year, number};
    round.opened_on = Day(opened_on);
    round.opened_by = lead_;
    return round;
  }

  core::Result<ReviewRound> Open(domain::PartnershipId partnership, const ReviewRound& round,
                                 std::vector<ActionId> actions) {
    return Rounds(partnership, [&](auto& r) { return r.Open(round, actions); });
  }

  std::vector<ReviewEntry> Entries(domain::ReviewRoundId id) {
    auto entries = Rounds(partnership_a_, [&](auto& r) { return r.Entries(id); });
    EXPECT_TRUE(entries.ok()) << entries.error().message;
    return entries.ok() ? *entries : std::vector<ReviewEntry>{};
  }

  ActionId first_ = 0;
  ActionId second_ = 0;
  ActionId third_ = 0;
  ActionId theirs_ = 0;
};

TEST_P(SqlReviewRoundRepositoryTest, OpeningARoundMakesAnEmptyEntryForEachGivenAction) {
  auto opened = Open(partnership_a_, Round(2025, 1, "2025-06-02"), {third_, first_, third_});
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->quarter, (Quarter{2025, 1}));
  EXPECT_EQ(opened->opened_on, Day("2025-06-02"));
  EXPECT_EQ(opened->opened_by, lead_);
  EXPECT_FALSE(opened->closed_on.has_value());
  EXPECT_EQ(opened->version, 1);

  const std::vector<ReviewEntry> entries = Entries(opened->id);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action_id, first_);
  EXPECT_EQ(entries[1].action_id, third_);
  for (const ReviewEntry& entry : entries) {
    EXPECT_EQ(entry.round_id, opened->id);
    EXPECT_FALSE(entry.outcome.has_value());
    EXPECT_FALSE(entry.reviewed_by.has_value());
    EXPECT_FALSE(entry.reviewed_on.has_value());
    EXPECT_FALSE(entry.new_due_on.has_value());
    EXPECT_EQ(entry.note, "");
    EXPECT_EQ(entry.version, 1);
  }

  auto empty = Open(partnership_a_, Round(2025, 2, "2025-09-01"), {});
  ASSERT_TRUE(empty.ok()) << empty.error().message;
  EXPECT_TRUE(Entries(empty->id).empty());
}

TEST_P(SqlReviewRoundRepositoryTest, ASecondRoundForTheSameQuarterIsAConflict) {
  ASSERT_TRUE(Open(partnership_a_, Round(2025, 1, "2025-06-02"), {first_}).ok());
  auto again = Open(partnership_a_, Round(2025, 1, "2025-06-03"), {second_});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "quarter");

  auto rounds = Rounds(partnership_a_, [&](auto& r) { return r.List(); });
  ASSERT_TRUE(rounds.ok());
  ASSERT_EQ(rounds->size(), 1u);
  EXPECT_EQ((*rounds)[0].opened_on, Day("2025-06-02"));
  ASSERT_EQ(Entries((*rounds)[0].id).size(), 1u);
  // Another partnership has its own quarters.
  EXPECT_TRUE(Open(partnership_b_, Round(2025, 1, "2025-06-02"), {theirs_}).ok());
}

TEST_P(SqlReviewRoundRepositoryTest, OpenRefusesAnotherPartnershipsActionsAndBadQuarters) {
  auto foreign = Open(partnership_a_, Round(2025, 1, "2025-06-02"), {first_, theirs_});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(foreign.error().field, "actions");
  auto none = Rounds(partnership_a_, [&](auto& r) { return r.ForQuarter({2025, 1}); });
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  for (Quarter bad : {Quarter{2025, 0}, Quarter{2025, 5}, Quarter{99, 1}}) {
    ReviewRound round = Round(2025, 1, "2025-06-02");
    round.quarter = bad;
    auto refused = Open(partnership_a_, round, {first_});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "quarter");
  }
}

TEST_P(SqlReviewRoundRepositoryTest, ListsNewestQuarterFirstAndFindsOneByQuarter) {
  for (auto [year, number] : {std::pair{2025, 1}, std::pair{2024, 4}, std::pair{2025, 2}}) {
    ASSERT_TRUE(Open(partnership_a_, Round(year, number, "2025-06-02"), {first_}).ok());
  }
  auto rounds = Rounds(partnership_a_, [&](auto& r) { return r.List(); });
  ASSERT_TRUE(rounds.ok());
  ASSERT_EQ(rounds->size(), 3u);
  EXPECT_EQ((*rounds)[0].quarter, (Quarter{2025, 2}));
  EXPECT_EQ((*rounds)[1].quarter, (Quarter{2025, 1}));
  EXPECT_EQ((*rounds)[2].quarter, (Quarter{2024, 4}));

  auto found = Rounds(partnership_a_, [&](auto& r) { return r.ForQuarter({2024, 4}); });
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, (*rounds)[2].id);
  auto missing = Rounds(partnership_a_, [&](auto& r) { return r.ForQuarter({2024, 3}); });
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_P(SqlReviewRoundRepositoryTest, ClosingARoundIsVersioned) {
  auto opened = Open(partnership_a_, Round(2025, 1, "2025-06-02"), {first_});
  ASSERT_TRUE(opened.ok());
  ReviewRound closed = *opened;
  closed.closed_on = Day("2025-06-30");
  auto updated = Rounds(partnership_a_, [&](auto& r) { return r.Update(closed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->closed_on, Day("2025-06-30"));
  EXPECT_EQ(updated->version, 2);

  auto stale = Rounds(partnership_a_, [&](auto& r) { return r.Update(*opened); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  ReviewRound early = *updated;
  early.closed_on = Day("2025-06-01");
  auto refused = Rounds(partnership_a_, [&](auto& r) { return r.Update(early); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "closed_on");
  auto read = Rounds(partnership_a_, [&](auto& r) { return r.Get(opened->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->closed_on, Day("2025-06-30"));
}

TEST_P(SqlReviewRoundRepositoryTest, UpdatingAnEntryIsVersioned) {
  auto opened = Open(partnership_a_, Round(2025, 1, "2025-06-02"), {first_});
  ASSERT_TRUE(opened.ok());
  const ReviewEntry entry = Entries(opened->id).at(0);
  ReviewEntry reviewed = entry;
  reviewed.outcome = ReviewOutcome::kExtend;
  reviewed.reviewed_by = lead_;
  reviewed.reviewed_on = Day("2025-06-10");
  reviewed.new_due_on = Day("2025-09-30");
  reviewed.note = "Training venue delayed (fictional).";
  auto updated = Rounds(partnership_a_, [&](auto& r) { return r.UpdateEntry(reviewed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);

  auto read = Rounds(partnership_a_, [&](auto& r) { return r.GetEntry(entry.id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->outcome, ReviewOutcome::kExtend);
  EXPECT_EQ(read->reviewed_by, lead_);
  EXPECT_EQ(read->reviewed_on, Day("2025-06-10"));
  EXPECT_EQ(read->new_due_on, Day("2025-09-30"));
  EXPECT_EQ(read->note, "Training venue delayed (fictional).");

  ReviewEntry stale = entry;
  stale.outcome = ReviewOutcome::kClose;
  auto conflict = Rounds(partnership_a_, [&](auto& r) { return r.UpdateEntry(stale); });
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Rounds(partnership_a_, [&](auto& r) { return r.GetEntry(entry.id); })->outcome,
            ReviewOutcome::kExtend);

  ReviewEntry undated = *read;
  undated.new_due_on.reset();
  auto refused = Rounds(partnership_a_, [&](auto& r) { return r.UpdateEntry(undated); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "new_due_on");
}

TEST_P(SqlReviewRoundRepositoryTest, EntriesOfAnActionAreOldestRoundFirst) {
  std::vector<domain::ReviewRoundId> rounds;
  for (auto [year, number] : {std::pair{2025, 2}, std::pair{2024, 4}, std::pair{2025, 1}}) {
    auto opened =
        Open(partnership_a_, Round(year, number, "2025-06-02"),
             year == 2025 && number == 2 ? std::vector{first_, second_} : std::vector{first_});
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    rounds.push_back(opened->id);
  }
  auto entries = Rounds(partnership_a_, [&](auto& r) { return r.EntriesOf(first_); });
  ASSERT_TRUE(entries.ok()) << entries.error().message;
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[0].round_id, rounds[1]);
  EXPECT_EQ((*entries)[1].round_id, rounds[2]);
  EXPECT_EQ((*entries)[2].round_id, rounds[0]);
  for (const ReviewEntry& entry : *entries) EXPECT_EQ(entry.action_id, first_);

  auto second = Rounds(partnership_a_, [&](auto& r) { return r.EntriesOf(second_); });
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].round_id, rounds[0]);
  auto none = Rounds(partnership_a_, [&](auto& r) { return r.EntriesOf(third_); });
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_P(SqlReviewRoundRepositoryTest, AnotherPartnershipsRoundsAndEntriesAreNotFound) {
  auto opened = Open(partnership_a_, Round(2025, 1, "2025-06-02"), {first_});
  ASSERT_TRUE(opened.ok());
  const ReviewEntry entry = Entries(opened->id).at(0);

  auto expect_not_found = [](const auto& result) {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::kNotFound);
  };
  expect_not_found(Rounds(partnership_b_, [&](auto& r) { return r.Get(opened->id); }));
  expect_not_found(Rounds(partnership_b_, [&](auto& r) { return r.Entries(opened->id); }));
  expect_not_found(Rounds(partnership_b_, [&](auto& r) { return r.GetEntry(entry.id); }));
  expect_not_found(Rounds(partnership_b_, [&](auto& r) { return r.EntriesOf(first_); }));
  ReviewRound closed = *opened;
  closed.closed_on = Day("2025-06-30");
  expect_not_found(Rounds(partnership_b_, [&](auto& r) { return r.Update(closed); }));
  ReviewEntry reviewed = entry;
  reviewed.outcome = ReviewOutcome::kOnTrack;
  expect_not_found(Rounds(partnership_b_, [&](auto& r) { return r.UpdateEntry(reviewed); }));
  auto listed = Rounds(partnership_b_, [&](auto& r) { return r.List(); });
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->empty());

  auto untouched = Rounds(partnership_a_, [&](auto& r) { return r.GetEntry(entry.id); });
  ASSERT_TRUE(untouched.ok());
  EXPECT_EQ(untouched->version, 1);
  EXPECT_FALSE(untouched->outcome.has_value());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlReviewRoundRepositoryTest);

}  // namespace
}  // namespace assure::storage
