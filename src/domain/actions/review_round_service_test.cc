// ReviewRoundService over a real Store, on both backends: the business manager opens a round for
// a quarter (every action open then gets an entry; a quarter once only), the business unit
// reviews the entries (an extension moves the action's due date in the same transaction and is
// counted exactly once), only the business manager closes the round, and the dashboard lists the
// open actions not reviewed this quarter, the overdue ones and those whose dates moved more than
// once. Today is Monday 5 January 2026, in 2025-26 Q4.
#include "domain/actions/review_round_service.h"

#include <gtest/gtest.h>

#include "testing/action_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;

constexpr Quarter kThisQuarter{2025, 4};
constexpr Quarter kLastQuarter{2025, 3};

class ReviewRoundSuite : public testing::ActionServiceTest {
 protected:
  // Opens the round as the business manager, or fails the test.
  ReviewRound OpenRound(Quarter quarter) {
    auto opened = rounds_->Open(manager_, quarter);
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    return opened.ok() ? *opened : ReviewRound{};
  }

  // The round's entry for `action` (a default entry, and a failure, when there is none).
  ReviewEntry EntryFor(ReviewRoundId round, ActionId action) {
    auto view = rounds_->Get(manager_, round);
    EXPECT_TRUE(view.ok()) << view.error().message;
    if (view.ok()) {
      for (const RoundEntryView& row : view->entries) {
        if (row.entry.action_id == action) return row.entry;
      }
    }
    ADD_FAILURE() << "no entry for action " << action;
    return ReviewEntry{};
  }

  static ReviewInput Extend(Version version, const char* to) {
    return {version, ReviewOutcome::kExtend, "The trainer was on leave.", D(to)};
  }

  static std::vector<ActionId> Ids(const std::vector<RatedAction>& actions) {
    std::vector<ActionId> ids;
    for (const RatedAction& rated : actions) ids.push_back(rated.action.id);
    return ids;
  }
};

TEST_P(ReviewRoundSuite, OpeningARoundGivesEveryOpenActionAnEntry) {
  const PlanAction first = Make("Police action", police_, "2026-03-31");
  const PlanAction second = Make("Health action", health_, "2026-02-27");
  const PlanAction done = Complete(Make("Completed action", council_, "2026-06-30"));

  const ReviewRound round = OpenRound(kThisQuarter);
  EXPECT_EQ(round.quarter, kThisQuarter);
  EXPECT_EQ(round.opened_on, D("2026-01-05"));
  EXPECT_EQ(round.opened_by, manager_.user_id());
  EXPECT_FALSE(round.closed_on);
  EXPECT_EQ(Count("review_round.open", kSuccess, std::to_string(round.id)), 1);

  auto view = rounds_->Get(officer_, round.id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->entries.size(), 2u);  // not the completed action
  EXPECT_EQ(view->entries[0].entry.action_id, first.id);
  EXPECT_EQ(view->entries[0].action_title, "Police action");
  EXPECT_EQ(view->entries[0].owner_agency_id, police_);
  EXPECT_EQ(view->entries[0].due_on, D("2026-03-31"));
  EXPECT_EQ(view->entries[0].status, ActionStatus::kNotStarted);
  EXPECT_EQ(view->entries[0].effective_rag, Rag::kGreen);
  EXPECT_FALSE(view->entries[0].entry.outcome);
  EXPECT_EQ(view->entries[1].entry.action_id, second.id);
  EXPECT_TRUE(view->may_review);
  EXPECT_FALSE(view->may_close);  // the officer does not close a round
  EXPECT_NE(done.id, 0);
  EXPECT_EQ(Count("review_round.read", kSuccess, std::to_string(round.id)), 1);

  auto listed = rounds_->List(board_);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].id, round.id);
}

TEST_P(ReviewRoundSuite, AQuarterHasOneRoundOpenedByTheBusinessManagerOnly) {
  Make("Police action", police_, "2026-03-31");
  OpenRound(kThisQuarter);
  auto again = rounds_->Open(manager_, kThisQuarter);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "quarter");

  auto future = rounds_->Open(manager_, {2026, 1});
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(future.error().field, "quarter");

  for (const Requester* who : {&officer_, &board_, &police_lead_}) {
    auto refused = rounds_->Open(*who, kLastQuarter);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  }
  EXPECT_EQ(Count("review_round.open", kDenied), 3);
  auto listed = rounds_->List(manager_);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 1u);
}

// The extension rule: the due date moves with the entry, and is counted exactly once.
TEST_P(ReviewRoundSuite, ExtendingMovesTheDueDateInTheSameTransactionAndCountsItOnce) {
  const PlanAction action = Make("Police action", police_, "2026-03-31");
  const ReviewRound round = OpenRound(kThisQuarter);
  const ReviewEntry entry = EntryFor(round.id, action.id);

  auto no_note = rounds_->Review(officer_, entry.id,
                                 {entry.version, ReviewOutcome::kExtend, "", D("2026-06-30")});
  ASSERT_FALSE(no_note.ok());
  EXPECT_EQ(no_note.error().field, "note");
  EXPECT_EQ(StoredAction(action.id).due_on, D("2026-03-31"));

  auto reviewed = rounds_->Review(officer_, entry.id, Extend(entry.version, "2026-06-30"));
  ASSERT_TRUE(reviewed.ok()) << reviewed.error().message;
  EXPECT_EQ(reviewed->outcome, ReviewOutcome::kExtend);
  EXPECT_EQ(reviewed->new_due_on, D("2026-06-30"));
  EXPECT_EQ(reviewed->reviewed_by, officer_.user_id());
  EXPECT_EQ(reviewed->reviewed_on, D("2026-01-05"));
  EXPECT_EQ(reviewed->note, "The trainer was on leave.");
  EXPECT_EQ(Count("review_round.review", kSuccess, std::to_string(entry.id)), 1);

  const PlanAction moved = StoredAction(action.id);
  EXPECT_EQ(moved.due_on, D("2026-06-30"));
  EXPECT_EQ(moved.due_date_changes, action.due_date_changes + 1);
  EXPECT_EQ(moved.version, action.version + 1);

  // The same entry version again is stale, and moves nothing.
  auto stale = rounds_->Review(manager_, entry.id, Extend(entry.version, "2026-09-30"));
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(StoredAction(action.id).due_on, D("2026-06-30"));
  EXPECT_EQ(StoredAction(action.id).due_date_changes, 1);

  // Another outcome changes nothing on the action.
  auto on_track =
      rounds_->Review(manager_, entry.id, {reviewed->version, ReviewOutcome::kOnTrack, "", {}});
  ASSERT_TRUE(on_track.ok()) << on_track.error().message;
  EXPECT_FALSE(on_track->new_due_on);
  EXPECT_EQ(StoredAction(action.id).version, moved.version);
}

TEST_P(ReviewRoundSuite, TheBusinessUnitReviewsButOnlyTheManagerClosesARound) {
  const PlanAction action = Make("Police action", police_, "2026-03-31");
  const ReviewRound round = OpenRound(kThisQuarter);
  const ReviewEntry entry = EntryFor(round.id, action.id);
  for (const Requester* who : {&police_lead_, &board_}) {
    auto refused =
        rounds_->Review(*who, entry.id, {entry.version, ReviewOutcome::kOnTrack, "", {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  }
  EXPECT_EQ(Count("review_round.review", kDenied, std::to_string(entry.id)), 2);
  auto lead_reads = rounds_->Get(police_lead_, round.id);
  ASSERT_FALSE(lead_reads.ok());
  EXPECT_EQ(lead_reads.error().code, ErrorCode::kForbidden);

  auto by_officer = rounds_->Close(officer_, round.id, round.version);
  ASSERT_FALSE(by_officer.ok());
  EXPECT_EQ(by_officer.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("review_round.close", kDenied, std::to_string(round.id)), 1);

  auto closed = rounds_->Close(manager_, round.id, round.version);
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_EQ(closed->closed_on, D("2026-01-05"));
  EXPECT_EQ(Count("review_round.close", kSuccess, std::to_string(round.id)), 1);
  auto view = rounds_->Get(manager_, round.id);
  ASSERT_TRUE(view.ok());
  EXPECT_FALSE(view->may_review);
  EXPECT_FALSE(view->may_close);

  auto late = rounds_->Review(officer_, entry.id, {entry.version, ReviewOutcome::kOnTrack, "", {}});
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  auto twice = rounds_->Close(manager_, round.id, closed->version);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
}

TEST_P(ReviewRoundSuite, AnotherPartnershipsRoundIsNotFoundAndAudited) {
  const ReviewRound round = OpenRound(kThisQuarter);
  auto read = rounds_->Get(south_manager_, round.id);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, ErrorCode::kNotFound);
  auto closed = rounds_->Close(south_manager_, round.id, round.version);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Count("review_round.read", kDenied, std::to_string(round.id), south_), 1);
  EXPECT_EQ(Count("review_round.close", kDenied, std::to_string(round.id), south_), 1);
  auto still = rounds_->Get(manager_, round.id);
  ASSERT_TRUE(still.ok());
  EXPECT_FALSE(still->round.closed_on);
}

TEST_P(ReviewRoundSuite, TheDashboardListsUnreviewedOverdueAndTwiceMovedActions) {
  const PlanAction overdue = Make("Overdue action", police_, "2025-12-31");
  const PlanAction reviewed = Make("Reviewed action", health_, "2026-03-31");
  const PlanAction twice = Make("Twice extended", council_, "2026-02-27");
  const PlanAction done = Complete(Make("Completed action", police_, "2026-06-30"));

  auto before = rounds_->Dashboard(board_);
  ASSERT_TRUE(before.ok()) << before.error().message;
  EXPECT_EQ(before->quarter, kThisQuarter);
  EXPECT_FALSE(before->round);
  EXPECT_EQ(Ids(before->not_reviewed),
            (std::vector<ActionId>{overdue.id, twice.id, reviewed.id}));  // every open action
  EXPECT_EQ(Ids(before->overdue), (std::vector<ActionId>{overdue.id}));
  EXPECT_EQ(before->overdue[0].effective_rag, Rag::kRed);
  EXPECT_TRUE(before->dates_moved.empty());

  // Extended last quarter and again this quarter: moved twice.
  const ReviewRound last = OpenRound(kLastQuarter);
  const ReviewEntry earlier = EntryFor(last.id, twice.id);
  ASSERT_TRUE(rounds_->Review(manager_, earlier.id, Extend(earlier.version, "2026-03-31")).ok());
  const ReviewRound round = OpenRound(kThisQuarter);
  const ReviewEntry now = EntryFor(round.id, twice.id);
  ASSERT_TRUE(rounds_->Review(manager_, now.id, Extend(now.version, "2026-05-29")).ok());
  const ReviewEntry other = EntryFor(round.id, reviewed.id);
  ASSERT_TRUE(
      rounds_->Review(officer_, other.id, {other.version, ReviewOutcome::kOnTrack, "", {}}).ok());
  EXPECT_EQ(StoredAction(twice.id).due_date_changes, 2);

  auto after = rounds_->Dashboard(manager_);
  ASSERT_TRUE(after.ok()) << after.error().message;
  ASSERT_TRUE(after->round);
  EXPECT_EQ(after->round->id, round.id);
  EXPECT_EQ(Ids(after->not_reviewed), (std::vector<ActionId>{overdue.id}));
  EXPECT_EQ(Ids(after->overdue), (std::vector<ActionId>{overdue.id}));
  EXPECT_EQ(Ids(after->dates_moved), (std::vector<ActionId>{twice.id}));
  EXPECT_NE(done.id, 0);
  EXPECT_EQ(Count("review_round.dashboard", kSuccess), 2);

  auto lead = rounds_->Dashboard(police_lead_);
  ASSERT_FALSE(lead.ok());
  EXPECT_EQ(lead.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("review_round.dashboard", kDenied), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReviewRoundSuite);

}  // namespace
}  // namespace assure::domain
