#include "domain/reviews/clocks/clocks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace assure::domain {
namespace {

using namespace std::chrono_literals;

CivilDate D(const char* text) { return *ParseCivilDate(text); }

CaseRecords ChildCase(const char* aware_on) {
  CaseRecords records;
  records.record.type = CaseType::kChild;
  records.record.aware_on = D(aware_on);
  records.record.referral.received_on = D(aware_on);
  return records;
}

std::vector<StatutoryClock> Clocks(const CaseRecords& records, const char* today,
                                   const DeadlineRules& rules = {},
                                   const WorkingCalendar& calendar = {}) {
  return ComputeClocks(records, rules, calendar, D(today)).value();
}

std::vector<std::string> Codes(const std::vector<StatutoryClock>& clocks) {
  std::vector<std::string> codes;
  for (const auto& clock : clocks) codes.push_back(clock.rule_code);
  return codes;
}

TEST(ClocksTest, NotificationDueFiveWorkingDaysAfterAwareness) {
  const auto clocks = Clocks(ChildCase("2025-01-06"), "2025-01-06");
  ASSERT_EQ(Codes(clocks), std::vector<std::string>{"notification"});
  EXPECT_EQ(clocks[0].due_on, D("2025-01-13"));
  EXPECT_EQ(clocks[0].starts_on, D("2025-01-06"));
  EXPECT_EQ(clocks[0].rule_version, 1);
  EXPECT_EQ(clocks[0].status, ClockStatus::kOnTime);
  EXPECT_EQ(clocks[0].working_days, 5);
}

TEST(ClocksTest, AtRiskWithThreeWorkingDaysOrFewerLeftIncludingTheDueDay) {
  const auto records = ChildCase("2025-01-06");  // due Monday 13 January
  EXPECT_EQ(Clocks(records, "2025-01-07")[0].status, ClockStatus::kOnTime);  // 4 left
  const auto wednesday = Clocks(records, "2025-01-08")[0];
  EXPECT_EQ(wednesday.status, ClockStatus::kAtRisk);
  EXPECT_EQ(wednesday.working_days, 3);
  const auto due_day = Clocks(records, "2025-01-13")[0];
  EXPECT_EQ(due_day.status, ClockStatus::kAtRisk);
  EXPECT_EQ(due_day.working_days, 0);
}

TEST(ClocksTest, OverdueCountsWorkingDaysLate) {
  const auto clock = Clocks(ChildCase("2025-01-06"), "2025-01-16")[0];
  EXPECT_EQ(clock.status, ClockStatus::kOverdue);
  EXPECT_EQ(clock.working_days, 3);
}

TEST(ClocksTest, MetOnTimeCountsDaysEarlyAndMetLateCountsDaysLate) {
  auto records = ChildCase("2025-01-06");
  records.notification = Notification{0, D("2025-01-09"), "", 1};
  const auto early = Clocks(records, "2025-03-01")[0];
  EXPECT_EQ(early.status, ClockStatus::kMet);
  EXPECT_EQ(early.met_on, D("2025-01-09"));
  EXPECT_EQ(early.working_days, 2);
  records.notification->sent_on = D("2025-01-15");
  const auto late = Clocks(records, "2025-03-01")[0];
  EXPECT_EQ(late.status, ClockStatus::kMetLate);
  EXPECT_EQ(late.working_days, 2);
}

TEST(ClocksTest, RapidReviewStartsWhenTheNotificationIsSent) {
  auto records = ChildCase("2024-12-16");
  records.notification = Notification{0, D("2024-12-20"), "", 1};
  const auto clocks = Clocks(records, "2024-12-23");
  ASSERT_EQ(Codes(clocks), (std::vector<std::string>{"notification", "rapid_review"}));
  EXPECT_EQ(clocks[1].due_on, D("2025-01-15"));
  EXPECT_EQ(clocks[1].starts_on, D("2024-12-20"));
}

TEST(ClocksTest, AdultCasesHaveNoNotificationButAnAdultRapidReviewFromTheReferral) {
  CaseRecords records;
  records.record.type = CaseType::kAdult;
  records.record.aware_on = D("2025-02-03");
  records.record.referral.received_on = D("2025-02-05");
  const auto clocks = Clocks(records, "2025-02-05");
  ASSERT_EQ(Codes(clocks), std::vector<std::string>{"adult_rapid_review"});
  EXPECT_EQ(clocks[0].due_on, D("2025-02-26"));
}

TEST(ClocksTest, EachOpenOrSubmittedRequestHasAClockByItsOwnDueDate) {
  auto records = ChildCase("2025-03-03");
  InformationRequest late_one;
  late_one.id = 7;
  late_one.requested_on = D("2025-03-04");
  late_one.due_on = D("2025-03-21");
  InformationRequest submitted = late_one;
  submitted.id = 8;
  submitted.due_on = D("2025-03-14");
  submitted.status = RequestStatus::kSubmitted;
  // 23:30 UTC on Thursday 13 March is still Thursday in London (GMT).
  submitted.submitted_at = core::Instant{std::chrono::sys_days{D("2025-03-13")} + 23h + 30min};
  InformationRequest withdrawn = late_one;
  withdrawn.id = 9;
  withdrawn.status = RequestStatus::kWithdrawn;
  records.requests = {late_one, submitted, withdrawn};

  const auto clocks = Clocks(records, "2025-03-24");
  ASSERT_EQ(Codes(clocks),
            (std::vector<std::string>{"notification", "agency_response", "agency_response"}));
  EXPECT_EQ(clocks[1].request_id, 8);  // due first
  EXPECT_EQ(clocks[1].status, ClockStatus::kMet);
  EXPECT_EQ(clocks[1].met_on, D("2025-03-13"));
  EXPECT_EQ(clocks[1].working_days, 1);
  EXPECT_EQ(clocks[2].request_id, 7);
  EXPECT_EQ(clocks[2].status, ClockStatus::kOverdue);
  EXPECT_EQ(clocks[2].working_days, 1);
}

TEST(ClocksTest, ASubmissionIsMetOnItsLondonDate) {
  auto records = ChildCase("2025-06-02");
  InformationRequest request;
  request.id = 3;
  request.requested_on = D("2025-06-02");
  request.due_on = D("2025-06-12");
  request.status = RequestStatus::kSubmitted;
  // 23:30 UTC on Thursday 12 June is 00:30 on Friday 13 June in London (BST).
  request.submitted_at = core::Instant{std::chrono::sys_days{D("2025-06-12")} + 23h + 30min};
  records.requests = {request};
  const auto clock = Clocks(records, "2025-06-20")[1];
  EXPECT_EQ(clock.met_on, D("2025-06-13"));
  EXPECT_EQ(clock.status, ClockStatus::kMetLate);
  EXPECT_EQ(clock.working_days, 1);
}

TEST(ClocksTest, CsprPublicationIsDueSixCalendarMonthsFromTheDecision) {
  auto records = ChildCase("2025-01-06");
  records.record.state = CaseState::kFullReview;
  FullReview review;
  review.kind = FullReviewKind::kCspr;
  review.decided_on = D("2025-08-31");
  review.planned_publication_on = D("2026-02-20");
  records.full_review = review;
  const auto clocks = Clocks(records, "2025-09-01");
  ASSERT_EQ(Codes(clocks), (std::vector<std::string>{"notification", "cspr_publication",
                                                     "prepublication_notice"}));
  EXPECT_EQ(clocks[1].due_on, D("2026-02-28"));  // no 31 February
  EXPECT_EQ(clocks[2].due_on, D("2026-02-11"));  // 7 working days before Friday 20 February
  EXPECT_EQ(clocks[2].starts_on, D("2026-02-20"));
}

TEST(ClocksTest, ASarIsDueSixMonthsFromItsDecisionAndStopsAtItsConclusion) {
  CaseRecords records;
  records.record.type = CaseType::kAdult;
  records.record.state = CaseState::kFullReview;
  records.record.aware_on = D("2025-01-06");
  records.record.referral.received_on = D("2025-01-06");
  FullReview review;
  review.kind = FullReviewKind::kSar;
  review.decided_on = D("2025-02-10");
  review.started_on = D("2025-03-03");  // starting the review does not move the clock
  review.planned_publication_on = D("2025-09-01");
  records.full_review = review;
  auto clocks = Clocks(records, "2025-03-04");
  ASSERT_EQ(Codes(clocks), (std::vector<std::string>{"adult_rapid_review", "sar_publication"}));
  EXPECT_EQ(clocks[1].starts_on, D("2025-02-10"));
  EXPECT_EQ(clocks[1].due_on, D("2025-08-10"));
  // A SAR need not be published: the board agreeing its final report concludes it.
  records.full_review->concluded_on = D("2025-08-07");
  clocks = Clocks(records, "2025-09-04");
  EXPECT_EQ(clocks[1].status, ClockStatus::kMet);
  EXPECT_EQ(clocks[1].met_on, D("2025-08-07"));
  records.full_review->concluded_on = std::nullopt;
  records.full_review->published_on = D("2025-08-07");  // publication alone does not conclude
  EXPECT_EQ(Clocks(records, "2025-09-04")[1].status, ClockStatus::kOverdue);
}

TEST(ClocksTest, TheRapidReviewClockStopsWhenTheReviewIsSentToThePanel) {
  auto records = ChildCase("2025-01-06");
  records.notification = Notification{0, D("2025-01-08"), "", 1};
  records.rapid_review = RapidReview{};
  records.rapid_review->completed_on = D("2025-01-24");  // within 15 working days of 8 January
  auto clocks = Clocks(records, "2025-02-03");
  ASSERT_EQ(Codes(clocks), (std::vector<std::string>{"notification", "rapid_review"}));
  EXPECT_EQ(clocks[1].due_on, D("2025-01-29"));
  EXPECT_EQ(clocks[1].status, ClockStatus::kOverdue);  // completed, but not yet sent
  records.rapid_review->sent_to_panel_on = D("2025-01-31");
  clocks = Clocks(records, "2025-02-03");
  EXPECT_EQ(clocks[1].status, ClockStatus::kMetLate);
  EXPECT_EQ(clocks[1].met_on, D("2025-01-31"));
  EXPECT_EQ(clocks[1].working_days, 2);
}

TEST(ClocksTest, ADomesticHomicideReviewHasNoPublicationClock) {
  auto records = ChildCase("2025-01-06");
  FullReview review;
  review.kind = FullReviewKind::kDhr;
  review.decided_on = D("2025-02-10");
  review.started_on = D("2025-02-11");
  records.full_review = review;
  EXPECT_EQ(Codes(Clocks(records, "2025-03-01")), std::vector<std::string>{"notification"});
}

TEST(ClocksTest, ACaseClosedBeforeItsDateWasKeptKeepsOnlyTheClocksAlreadyMet) {
  auto records = ChildCase("2025-01-06");
  records.notification = Notification{0, D("2025-01-10"), "", 1};
  records.record.state = CaseState::kClosed;
  EXPECT_EQ(Codes(Clocks(records, "2025-06-01")), std::vector<std::string>{"notification"});
}

TEST(ClocksTest, AnEmbargoedReviewHasNoUnmetPublicationClock) {
  auto records = ChildCase("2025-01-06");
  records.notification = Notification{0, D("2025-01-10"), "", 1};
  records.rapid_review = RapidReview{};
  records.rapid_review->completed_on = D("2025-01-24");
  records.record.state = CaseState::kEmbargoed;
  FullReview review;
  review.kind = FullReviewKind::kJoint;
  review.decided_on = D("2025-01-24");
  review.planned_publication_on = D("2025-07-01");
  review.embargo_reason = "Criminal proceedings";
  records.full_review = review;
  EXPECT_EQ(Codes(Clocks(records, "2025-09-01")),
            (std::vector<std::string>{"notification", "rapid_review"}));
}

TEST(ClocksTest, AFinishedCaseKeepsItsMissedDeadlinesAndShowsNothingRunning) {
  auto records = ChildCase("2025-01-06");  // notification due Monday 13 January
  InformationRequest waiting;
  waiting.id = 4;
  waiting.requested_on = D("2025-01-06");
  waiting.due_on = D("2025-01-31");
  waiting.status = RequestStatus::kNoLongerNeeded;
  waiting.ended_on = D("2025-01-20");
  records.requests = {waiting};
  records.record.state = CaseState::kClosed;
  records.record.closed_on = D("2025-01-20");
  // Weeks later: the notification missed before the closure stays missed, late by the working
  // days up to the closure and no more; the request not yet due then is no longer needed.
  const auto clocks = Clocks(records, "2025-06-02");
  ASSERT_EQ(Codes(clocks), std::vector<std::string>{"notification"});
  EXPECT_EQ(clocks[0].status, ClockStatus::kMissed);
  EXPECT_EQ(clocks[0].working_days, 5);
  EXPECT_FALSE(IsRunning(clocks[0]));

  // Published: ends on the publication date in the same way; nothing is overdue.
  records.record.state = CaseState::kPublished;
  records.record.closed_on = std::nullopt;
  records.notification = Notification{0, D("2025-01-10"), "", 1};
  FullReview review;
  review.kind = FullReviewKind::kCspr;
  review.decided_on = D("2025-01-24");
  review.published_on = D("2025-08-01");
  records.full_review = review;
  for (const auto& clock : Clocks(records, "2026-06-01")) {
    EXPECT_NE(clock.status, ClockStatus::kOverdue) << clock.rule_code;
    EXPECT_FALSE(IsRunning(clock)) << clock.rule_code;
  }
}

TEST(ClocksTest, AnEmbargoPausesThePublicationClocksAsOnItsDate) {
  auto records = ChildCase("2025-01-06");
  records.notification = Notification{0, D("2025-01-10"), "", 1};
  records.record.state = CaseState::kEmbargoed;
  FullReview review;
  review.kind = FullReviewKind::kCspr;
  review.decided_on = D("2025-01-24");  // publication due Thursday 24 July 2025
  review.planned_publication_on = D("2025-07-31");
  review.embargo_reason = "Criminal proceedings";
  review.embargoed_on = D("2025-07-21");
  records.full_review = review;
  const auto clocks = Clocks(records, "2025-12-01");
  ASSERT_EQ(Codes(clocks), (std::vector<std::string>{"notification", "rapid_review",
                                                     "cspr_publication", "prepublication_notice"}));
  EXPECT_EQ(clocks[2].status, ClockStatus::kPaused);
  EXPECT_EQ(clocks[2].working_days, 3);  // left on 21 July: 22, 23, 24
  EXPECT_EQ(clocks[3].status, ClockStatus::kPaused);
  EXPECT_EQ(clocks[3].due_on, D("2025-07-22"));
  EXPECT_EQ(clocks[3].working_days, 1);
  EXPECT_EQ(clocks[1].status, ClockStatus::kOverdue);  // not a publication clock: still runs
}

TEST(ClocksTest, ACountOutsideTheVerifiedYearsIsRefusedNamingTheField) {
  const auto refused = ComputeClocks(ChildCase("2035-12-24"), {}, {}, D("2035-12-24"));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "aware_on");
  EXPECT_NE(refused.error().message.find("2000 to 2035"), std::string::npos);
}

TEST(ClocksTest, OverriddenRulesAndAdjustedCalendarsAreUsedAndNamed) {
  DeadlineRule longer = DeadlineRules{}.Get("notification");
  longer.amount = 6;
  longer.version = 2;
  const WorkingCalendar calendar{
      std::vector<CalendarAdjustment>{{D("2025-01-08"), true, "Office move"}}};
  const auto clock =
      Clocks(ChildCase("2025-01-06"), "2025-01-06", DeadlineRules{{longer}}, calendar)[0];
  EXPECT_EQ(clock.rule_version, 2);
  EXPECT_EQ(clock.due_on, D("2025-01-15"));  // 6 working days, Wednesday 8 not counted
}

TEST(ClocksTest, StatusesHaveNamesAndLabels) {
  EXPECT_EQ(ClockStatusName(ClockStatus::kAtRisk), "at_risk");
  EXPECT_EQ(ClockStatusName(ClockStatus::kMetLate), "met_late");
  EXPECT_EQ(ClockStatusLabel(ClockStatus::kAtRisk), "At risk");
  EXPECT_EQ(ClockStatusLabel(ClockStatus::kOnTime), "On time");
}

}  // namespace
}  // namespace assure::domain
