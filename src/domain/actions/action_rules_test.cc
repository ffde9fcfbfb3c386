#include "domain/actions/action_rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace assure::domain {
namespace {

using S = ActionStatus;

CivilDate Day(std::string_view text) { return ParseCivilDate(text).value(); }

NewAction GoodDraft() {
  NewAction draft;
  draft.title = "Refresh the multi-agency neglect training for GP practices";
  draft.owner_agency_id = 3;
  draft.lead_name = "Sam Fictional";
  draft.success_measure = "90% of practices attended by March.";
  draft.due_on = Day("2025-12-31");
  draft.sources = {
      ActionSource{SourceKind::kRecommendation, 11, ""},
      ActionSource{SourceKind::kNationalReview, std::nullopt, "Child Protection 2022"}};
  return draft;
}

PlanAction OpenAction(ActionStatus status = S::kInProgress) {
  PlanAction action;
  action.id = 1;
  action.title = "Refresh the neglect training";
  action.owner_agency_id = 3;
  action.lead_name = "Sam Fictional";
  action.due_on = Day("2025-06-30");
  action.status = status;
  action.sources = {ActionSource{SourceKind::kRecommendation, 11, ""}};
  return action;
}

ActionUpdate GoodUpdate(ActionStatus status = S::kInProgress) {
  ActionUpdate update;
  update.action_id = 1;
  update.on = Day("2025-06-02");
  update.narrative = "Two of five sessions delivered.";
  update.status = status;
  update.rag = Rag::kGreen;
  return update;
}

// The field an error names, or "ok".
std::string FieldOf(const core::Status& status) {
  if (status.ok()) return "ok";
  EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
  return status.error().field;
}

// ---- A new action ----

TEST(ActionRulesTest, AWellFormedNewActionIsValid) {
  EXPECT_EQ(FieldOf(ValidateNewAction(GoodDraft())), "ok");
}

TEST(ActionRulesTest, ANewActionNeedsATitleOnOneLineOfAtMost300Characters) {
  NewAction draft = GoodDraft();
  draft.title = "   ";
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "title");
  draft.title = "Two\nlines";
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "title");
  std::string title;
  for (int i = 0; i < 300; ++i) title += "\xC3\xA9";  // é: 300 characters, 600 bytes
  draft.title = title;
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
  draft.title = title + "e";
  const auto status = ValidateNewAction(draft);
  EXPECT_EQ(FieldOf(status), "title");
  EXPECT_EQ(status.error().message.find("\xC3\xA9"), std::string::npos);
}

TEST(ActionRulesTest, ANewActionNeedsAnOwnerAgencyALeadAndADueDate) {
  NewAction draft = GoodDraft();
  draft.owner_agency_id = 0;
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "owner_agency_id");
  draft = GoodDraft();
  draft.lead_name = "";
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "lead_name");
  draft.lead_name = std::string(120, 'a');
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
  draft.lead_name = std::string(121, 'a');
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "lead_name");
  draft = GoodDraft();
  draft.due_on = CivilDate{};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "due_on");
}

TEST(ActionRulesTest, TheSuccessMeasureIsOptionalUpTo2000Characters) {
  NewAction draft = GoodDraft();
  draft.success_measure = "";
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
  draft.success_measure = std::string(2000, 'a') + "\nline two";
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "success_measure");
  draft.success_measure = "First line\nsecond line";
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
}

TEST(ActionRulesTest, ANewActionAnswersOneToTwentySources) {
  NewAction draft = GoodDraft();
  draft.sources.clear();
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
  for (std::int64_t id = 1; id <= 20; ++id) {
    draft.sources.push_back(ActionSource{SourceKind::kRecommendation, id, ""});
  }
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
  draft.sources.push_back(ActionSource{SourceKind::kRecommendation, 21, ""});
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
}

TEST(ActionRulesTest, ASourceNamesItsRecordOrHasALabel) {
  NewAction draft = GoodDraft();
  draft.sources = {ActionSource{SourceKind::kRecommendation, std::nullopt, "Recommendation 3"}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
  draft.sources = {ActionSource{SourceKind::kRapidReview, std::nullopt, ""}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
  draft.sources = {ActionSource{SourceKind::kRapidReview, 0, ""}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
  draft.sources = {ActionSource{SourceKind::kBoardDecision, std::nullopt, " "}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
  draft.sources = {ActionSource{SourceKind::kBoardDecision, std::nullopt, "Board, 3 June"}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
  draft.sources = {ActionSource{SourceKind::kAuditFinding, std::nullopt, std::string(301, 'a')}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
  draft.sources = {ActionSource{SourceKind::kAuditFinding, std::nullopt, std::string(300, 'a')}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
}

TEST(ActionRulesTest, ASourceIsListedOnce) {
  NewAction draft = GoodDraft();
  draft.sources = {ActionSource{SourceKind::kRecommendation, 11, ""},
                   ActionSource{SourceKind::kRecommendation, 11, "again"}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
  draft.sources = {ActionSource{SourceKind::kRecommendation, 11, ""},
                   ActionSource{SourceKind::kRapidReview, 11, ""}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "ok");
  draft.sources = {ActionSource{SourceKind::kNationalReview, std::nullopt, "Panel review"},
                   ActionSource{SourceKind::kNationalReview, std::nullopt, "Panel review "}};
  EXPECT_EQ(FieldOf(ValidateNewAction(draft)), "sources");
}

// ---- Statuses ----

TEST(ActionRulesTest, StatusesFollowTheTable) {
  const std::vector<S> all{S::kNotStarted, S::kInProgress, S::kCompleted, S::kNotImplemented,
                           S::kSuperseded};
  // allowed[from][to] without a reopen.
  const bool allowed[5][5] = {
      {true, true, true, true, true},      // not started
      {false, true, true, true, true},     // in progress
      {false, false, true, false, false},  // completed
      {false, false, false, true, false},  // not implemented
      {false, false, false, false, true},  // superseded
  };
  for (std::size_t f = 0; f < all.size(); ++f) {
    for (std::size_t t = 0; t < all.size(); ++t) {
      EXPECT_EQ(MayMoveTo(all[f], all[t], false), allowed[f][t])
          << ActionStatusName(all[f]) << " -> " << ActionStatusName(all[t]);
      // A reopen adds exactly "closed -> in progress".
      const bool reopen = f >= 2 && all[t] == S::kInProgress;
      EXPECT_EQ(MayMoveTo(all[f], all[t], true), allowed[f][t] || reopen)
          << ActionStatusName(all[f]) << " -> " << ActionStatusName(all[t]) << " with reopen";
      EXPECT_EQ(CheckStatusChange(all[f], all[t], false).ok(), allowed[f][t]);
    }
  }
}

TEST(ActionRulesTest, ARefusedStatusChangeNamesStatusAndSaysWhy) {
  auto closed = CheckStatusChange(S::kCompleted, S::kInProgress, false);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().field, "status");
  EXPECT_NE(closed.error().message.find("Only the business unit can reopen"), std::string::npos);
  auto sideways = CheckStatusChange(S::kSuperseded, S::kCompleted, true);
  ASSERT_FALSE(sideways.ok());
  EXPECT_NE(sideways.error().message.find("only be reopened as in progress"), std::string::npos);
  auto back = CheckStatusChange(S::kInProgress, S::kNotStarted, true);
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().field, "status");
}

TEST(ActionRulesTest, NextStatusesListsTheStatusesAnUpdateMaySet) {
  EXPECT_EQ(NextStatuses(S::kInProgress, false),
            (std::vector<S>{S::kInProgress, S::kCompleted, S::kNotImplemented, S::kSuperseded}));
  EXPECT_EQ(NextStatuses(S::kNotImplemented, false), (std::vector<S>{S::kNotImplemented}));
  EXPECT_EQ(NextStatuses(S::kNotImplemented, true),
            (std::vector<S>{S::kInProgress, S::kNotImplemented}));
}

// ---- Progress updates ----

TEST(ActionRulesTest, AWellFormedUpdateIsValid) {
  EXPECT_EQ(FieldOf(ValidateUpdate(GoodUpdate(), OpenAction(), Day("2025-06-02"))), "ok");
}

TEST(ActionRulesTest, AnUpdateIsDatedNotInTheFutureNorBeforeTheLastUpdate) {
  const CivilDate today = Day("2025-06-02");
  ActionUpdate update = GoodUpdate();
  update.on = Day("2025-06-03");
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "on");
  update.on = CivilDate{};
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "on");
  PlanAction action = OpenAction();
  action.last_update_on = Day("2025-05-20");
  update.on = Day("2025-05-19");
  EXPECT_EQ(FieldOf(ValidateUpdate(update, action, today)), "on");
  update.on = Day("2025-05-20");
  EXPECT_EQ(FieldOf(ValidateUpdate(update, action, today)), "ok");
}

TEST(ActionRulesTest, AnUpdateNeedsANarrativeOfAtMost10000Characters) {
  const CivilDate today = Day("2025-06-02");
  ActionUpdate update = GoodUpdate();
  update.narrative = " \n ";
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "narrative");
  update.narrative = std::string(10000, 'a');
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "ok");
  update.narrative += "a";
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "narrative");
}

TEST(ActionRulesTest, AnUpdateFollowsTheStatusTableAndOnlyTheBusinessUnitReopens) {
  const CivilDate today = Day("2025-06-02");
  const ActionUpdate update = GoodUpdate(S::kInProgress);
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(S::kCompleted), today)), "status");
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(S::kCompleted), today, true)), "ok");
  EXPECT_EQ(FieldOf(ValidateUpdate(GoodUpdate(S::kNotStarted), OpenAction(), today, true)),
            "status");
}

TEST(ActionRulesTest, NotImplementedAndSupersededNeedAReason) {
  const CivilDate today = Day("2025-06-02");
  for (S status : {S::kNotImplemented, S::kSuperseded}) {
    ActionUpdate update = GoodUpdate(status);
    EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "status_reason");
    update.status_reason = "The national programme now covers this.";
    EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "ok");
    update.status_reason = std::string(2001, 'a');
    EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "status_reason");
  }
}

TEST(ActionRulesTest, CompletingAnActionNeedsEvidenceOfImpact) {
  const CivilDate today = Day("2025-06-02");
  ActionUpdate update = GoodUpdate(S::kCompleted);
  const auto status = ValidateUpdate(update, OpenAction(), today);
  EXPECT_EQ(FieldOf(status), "evidence");
  EXPECT_EQ(status.error().message,
            "Describe the evidence of impact before you mark the action completed.");
  // An update to an action already completed need not repeat it.
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(S::kCompleted), today)), "ok");
  update.evidence = "Audit of 20 referrals: all named the neglect tool.";
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "ok");
  update.evidence = std::string(10001, 'a');
  EXPECT_EQ(FieldOf(ValidateUpdate(update, OpenAction(), today)), "evidence");
}

TEST(ActionRulesTest, AnUpdateSetsStatusReasonRagAndDateAndAReopenDropsTheReason) {
  ActionUpdate update = GoodUpdate(S::kNotImplemented);
  update.status_reason = "Replaced by the regional protocol.";
  update.rag = Rag::kAmber;
  PlanAction action = ApplyUpdate(OpenAction(), update);
  EXPECT_EQ(action.status, S::kNotImplemented);
  EXPECT_EQ(action.status_reason, "Replaced by the regional protocol.");
  EXPECT_EQ(action.reported_rag, Rag::kAmber);
  EXPECT_EQ(action.last_update_on, Day("2025-06-02"));
  ActionUpdate reopen = GoodUpdate(S::kInProgress);
  reopen.status_reason = "left over in the form";
  reopen.on = Day("2025-06-10");
  action = ApplyUpdate(action, reopen);
  EXPECT_EQ(action.status, S::kInProgress);
  EXPECT_EQ(action.status_reason, "");
  EXPECT_EQ(action.reported_rag, Rag::kGreen);
  EXPECT_EQ(action.last_update_on, Day("2025-06-10"));
}

// ---- The RAG rule ----

// Today Monday 2 June 2025; 10 working days later is Monday 16 June.
constexpr std::string_view kToday = "2025-06-02";

std::optional<Rag> RagOf(ActionStatus status, std::string_view due, std::optional<Rag> reported,
                         const WorkingCalendar& calendar = WorkingCalendar{}) {
  PlanAction action = OpenAction(status);
  action.due_on = Day(due);
  action.reported_rag = reported;
  return EffectiveRag(action, Day(kToday), calendar);
}

TEST(ActionRulesTest, ClosedActionsAreGreenWhenCompletedAndUnratedOtherwise) {
  EXPECT_EQ(RagOf(S::kCompleted, "2025-01-01", Rag::kRed), Rag::kGreen);
  EXPECT_EQ(RagOf(S::kNotImplemented, "2025-01-01", Rag::kRed), std::nullopt);
  EXPECT_EQ(RagOf(S::kSuperseded, "2026-01-01", Rag::kGreen), std::nullopt);
}

TEST(ActionRulesTest, AnOpenActionPastItsDueDateIsRedWhateverWasReported) {
  for (S status : {S::kNotStarted, S::kInProgress}) {
    EXPECT_EQ(RagOf(status, "2025-06-01", Rag::kGreen), Rag::kRed);
    EXPECT_EQ(RagOf(status, "2025-06-01", Rag::kAmber), Rag::kRed);
    EXPECT_EQ(RagOf(status, "2025-06-01", std::nullopt), Rag::kRed);
  }
  // Due today is not overdue.
  EXPECT_EQ(RagOf(S::kInProgress, "2025-06-02", Rag::kGreen), Rag::kAmber);
}

TEST(ActionRulesTest, DueWithinTenWorkingDaysTurnsGreenOrUnratedToAmber) {
  EXPECT_EQ(RagOf(S::kInProgress, "2025-06-16", Rag::kGreen), Rag::kAmber);
  EXPECT_EQ(RagOf(S::kNotStarted, "2025-06-16", std::nullopt), Rag::kAmber);
  EXPECT_EQ(RagOf(S::kInProgress, "2025-06-16", Rag::kRed), Rag::kRed);
  EXPECT_EQ(RagOf(S::kInProgress, "2025-06-16", Rag::kAmber), Rag::kAmber);
  // Eleven working days away: as reported, green when never reported.
  EXPECT_EQ(RagOf(S::kInProgress, "2025-06-17", Rag::kGreen), Rag::kGreen);
  EXPECT_EQ(RagOf(S::kNotStarted, "2025-06-17", std::nullopt), Rag::kGreen);
  EXPECT_EQ(RagOf(S::kInProgress, "2025-06-17", Rag::kRed), Rag::kRed);
  EXPECT_EQ(RagOf(S::kInProgress, "2025-06-17", Rag::kAmber), Rag::kAmber);
}

TEST(ActionRulesTest, TheTenWorkingDaysSkipBankHolidaysAndFollowThePartnershipCalendar) {
  PlanAction action = OpenAction();
  action.reported_rag = Rag::kGreen;
  action.due_on = Day("2025-09-02");  // Monday 25 August is the summer bank holiday
  const CivilDate today = Day("2025-08-18");
  EXPECT_EQ(EffectiveRag(action, today, WorkingCalendar{}), Rag::kAmber);
  const std::vector<CalendarAdjustment> worked{
      CalendarAdjustment{Day("2025-08-25"), false, "Office open"}};
  EXPECT_EQ(EffectiveRag(action, today, WorkingCalendar{worked}), Rag::kGreen);
}

TEST(ActionRulesTest, ARatingStricterThanTheReportedOneIsFlagged) {
  const WorkingCalendar calendar;
  PlanAction action = OpenAction();
  action.due_on = Day("2025-06-16");
  action.reported_rag = Rag::kGreen;
  EXPECT_TRUE(RagDisagrees(action, Day(kToday), calendar));  // amber over green
  action.reported_rag = Rag::kAmber;
  EXPECT_FALSE(RagDisagrees(action, Day(kToday), calendar));
  action.due_on = Day("2025-05-30");
  EXPECT_TRUE(RagDisagrees(action, Day(kToday), calendar));  // red over amber
  action.reported_rag = std::nullopt;
  EXPECT_FALSE(RagDisagrees(action, Day(kToday), calendar));  // nothing reported to disagree with
  action.status = S::kCompleted;
  action.reported_rag = Rag::kRed;
  EXPECT_FALSE(RagDisagrees(action, Day(kToday), calendar));  // green is not stricter
  EXPECT_TRUE(IsStricter(Rag::kRed, Rag::kAmber));
  EXPECT_TRUE(IsStricter(Rag::kAmber, Rag::kGreen));
  EXPECT_FALSE(IsStricter(Rag::kGreen, Rag::kGreen));
}

// ---- Review entries ----

ReviewEntry Entry(std::optional<ReviewOutcome> outcome, std::string note = "") {
  ReviewEntry entry;
  entry.action_id = 1;
  entry.outcome = outcome;
  entry.note = std::move(note);
  return entry;
}

TEST(ActionRulesTest, AReviewEntryNeedsAnOutcome) {
  const CivilDate today = Day(kToday);
  EXPECT_EQ(FieldOf(ValidateReviewEntry(Entry(std::nullopt), OpenAction(), today)), "outcome");
  EXPECT_EQ(FieldOf(ValidateReviewEntry(Entry(ReviewOutcome::kOnTrack), OpenAction(), today)),
            "ok");
  ReviewEntry later = Entry(ReviewOutcome::kOnTrack);
  later.reviewed_on = Day("2025-06-03");
  EXPECT_EQ(FieldOf(ValidateReviewEntry(later, OpenAction(), today)), "reviewed_on");
}

TEST(ActionRulesTest, EscalateAndExtendNeedANote) {
  const CivilDate today = Day(kToday);
  EXPECT_EQ(FieldOf(ValidateReviewEntry(Entry(ReviewOutcome::kEscalate), OpenAction(), today)),
            "note");
  EXPECT_EQ(FieldOf(ValidateReviewEntry(Entry(ReviewOutcome::kEscalate, "No lead since May."),
                                        OpenAction(), today)),
            "ok");
  ReviewEntry extend = Entry(ReviewOutcome::kExtend);
  extend.new_due_on = Day("2025-09-30");
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, OpenAction(), today)), "note");
  extend.note = std::string(2001, 'a');
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, OpenAction(), today)), "note");
}

TEST(ActionRulesTest, ExtendNeedsANewDueDateAfterTheCurrentOneAndNotPast) {
  const CivilDate today = Day(kToday);
  ReviewEntry extend = Entry(ReviewOutcome::kExtend, "Trainer on leave.");
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, OpenAction(), today)), "new_due_on");
  extend.new_due_on = Day("2025-06-30");  // the current due date
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, OpenAction(), today)), "new_due_on");
  extend.new_due_on = Day("2025-07-01");
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, OpenAction(), today)), "ok");
  PlanAction overdue = OpenAction();
  overdue.due_on = Day("2025-03-31");
  extend.new_due_on = Day("2025-05-30");  // after the due date, but already past
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, overdue, today)), "new_due_on");
  extend.new_due_on = today;
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, overdue, today)), "ok");
  extend.new_due_on = Day("2025-07-01");
  EXPECT_EQ(FieldOf(ValidateReviewEntry(extend, OpenAction(S::kCompleted), today)), "outcome");
}

TEST(ActionRulesTest, CloseNeedsAnUpdateThatClosedTheActionFirst) {
  const CivilDate today = Day(kToday);
  for (S open : {S::kNotStarted, S::kInProgress}) {
    const auto status = ValidateReviewEntry(Entry(ReviewOutcome::kClose), OpenAction(open), today);
    EXPECT_EQ(FieldOf(status), "outcome");
    EXPECT_NE(status.error().message.find("Record an update first"), std::string::npos);
  }
  for (S closed : {S::kCompleted, S::kNotImplemented, S::kSuperseded}) {
    EXPECT_EQ(FieldOf(ValidateReviewEntry(Entry(ReviewOutcome::kClose), OpenAction(closed), today)),
              "ok");
  }
}

// The store counts the move when the action is stored (ActionRepository::Update), so the rule
// only moves the date: counting here as well would count each extension twice.
TEST(ActionRulesTest, OnlyExtendChangesTheActionAndLeavesCountingTheMoveToTheStore) {
  ReviewEntry extend = Entry(ReviewOutcome::kExtend, "Trainer on leave.");
  extend.new_due_on = Day("2025-09-30");
  PlanAction action = ApplyReviewOutcome(OpenAction(), extend);
  EXPECT_EQ(action.due_on, Day("2025-09-30"));
  EXPECT_EQ(action.due_date_changes, 0);
  extend.new_due_on = Day("2025-12-31");
  action.due_date_changes = 2;  // as stored after two moves
  action = ApplyReviewOutcome(action, extend);
  EXPECT_EQ(action.due_on, Day("2025-12-31"));
  EXPECT_EQ(action.due_date_changes, 2);
  EXPECT_TRUE(DatesMovedMoreThanOnce(action));
  action.due_date_changes = 1;
  EXPECT_FALSE(DatesMovedMoreThanOnce(action));
  action.due_date_changes = 2;
  for (ReviewOutcome other :
       {ReviewOutcome::kOnTrack, ReviewOutcome::kEscalate, ReviewOutcome::kClose}) {
    ReviewEntry entry = Entry(other, "note");
    entry.new_due_on = Day("2026-03-31");  // ignored for these outcomes
    const PlanAction same = ApplyReviewOutcome(action, entry);
    EXPECT_EQ(same.due_on, Day("2025-12-31"));
    EXPECT_EQ(same.due_date_changes, 2);
    EXPECT_EQ(same.status, action.status);
  }
}

// ---- Reminders ----

std::vector<ReminderReason> Reasons(ActionStatus status, std::string_view due, bool reviewed) {
  PlanAction action = OpenAction(status);
  action.due_on = Day(due);
  return ReasonsToRemind(action, Day(kToday), WorkingCalendar{}, reviewed);
}

TEST(ActionRulesTest, RemindersNameDueSoonOverdueAndUnreviewedOpenActions) {
  using R = ReminderReason;
  EXPECT_EQ(Reasons(S::kInProgress, "2025-06-16", true), (std::vector<R>{R::kDueSoon}));
  EXPECT_EQ(Reasons(S::kNotStarted, "2025-06-02", true), (std::vector<R>{R::kDueSoon}));
  EXPECT_EQ(Reasons(S::kInProgress, "2025-06-17", true), (std::vector<R>{}));
  EXPECT_EQ(Reasons(S::kInProgress, "2025-06-01", true), (std::vector<R>{R::kOverdue}));
  EXPECT_EQ(Reasons(S::kInProgress, "2025-06-01", false),
            (std::vector<R>{R::kOverdue, R::kUnreviewed}));
  EXPECT_EQ(Reasons(S::kInProgress, "2025-12-31", false), (std::vector<R>{R::kUnreviewed}));
  for (S closed : {S::kCompleted, S::kNotImplemented, S::kSuperseded}) {
    EXPECT_EQ(Reasons(closed, "2025-06-01", false), (std::vector<R>{}));
  }
}

TEST(ActionRulesTest, ReminderReasonsHaveNamesAndLabels) {
  for (ReminderReason reason :
       {ReminderReason::kDueSoon, ReminderReason::kOverdue, ReminderReason::kUnreviewed}) {
    EXPECT_EQ(ParseReminderReason(ReminderReasonName(reason)), reason);
    EXPECT_NE(ReminderReasonLabel(reason), "unknown");
  }
  EXPECT_EQ(ReminderReasonName(ReminderReason::kDueSoon), "due_soon");
  EXPECT_FALSE(ParseReminderReason("soon").has_value());
}

// ---- doc/actions.md carries the status table people read ----

std::string Labels(const std::vector<S>& statuses) {
  std::string out;
  for (S status : statuses)
    out += (out.empty() ? "" : ", ") + std::string{ActionStatusLabel(status)};
  return out.empty() ? "—" : out;
}

std::string StatusRow(S from) {
  const auto plain = NextStatuses(from, false);
  std::vector<S> reopen;
  for (S to : NextStatuses(from, true)) {
    if (std::find(plain.begin(), plain.end(), to) == plain.end()) reopen.push_back(to);
  }
  return "| " + std::string{ActionStatusLabel(from)} + " | " + Labels(plain) + " | " +
         Labels(reopen) + " |";
}

TEST(ActionRulesTest, TheActionsDocumentMatchesTheStatusTable) {
  std::ifstream in(std::string{ASSURE_SOURCE_DIR} + "/doc/actions.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  ASSERT_FALSE(doc.empty()) << "doc/actions.md is missing";
  const auto start = doc.find("<!-- status-table:start -->");
  const auto end = doc.find("<!-- status-table:end -->");
  ASSERT_NE(start, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  const std::string table = doc.substr(start, end - start);
  int rows = 0;
  std::istringstream lines(table);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("| ") && !line.starts_with("| from |")) ++rows;
  }
  for (S from : AllActionStatuses()) {
    const auto row = StatusRow(from);
    EXPECT_NE(table.find(row + "\n"), std::string::npos) << "doc/actions.md lacks:\n" << row;
  }
  EXPECT_EQ(rows, static_cast<int>(AllActionStatuses().size()));
}

}  // namespace
}  // namespace assure::domain
