// Clock marks (clock_marks.h) over a real Store, on both backends: every change to a case's
// records marks its next clock again in the same transaction (so the stored mark always equals
// the one computed from the records as they now are), a change to the partnership's calendar
// marks every case again, cases never marked are found and marked, and the case list's overdue
// filter and next clocks come from the marks.
#include "domain/reviews/clocks/clock_marks.h"

#include <gtest/gtest.h>

#include "domain/calendar/calendar_service.h"
#include "domain/reviews/clocks/case_clock_service.h"
#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

class ClockMarksSuite : public testing::CaseServiceTest {
 protected:
  // The stored mark of the case; fails the test when it was never marked.
  std::optional<NextClockMark> StoredMark(CaseId id) {
    auto marks = store().Read([&](Transaction& tx) {
      const std::vector<CaseId> ids{id};
      return tx.cases(north_).ClockMarks(ids);
    });
    EXPECT_TRUE(marks.ok()) << marks.error().message;
    if (!marks.ok() || marks->size() != 1) {
      ADD_FAILURE() << "case " << id << " has no mark";
      return std::nullopt;
    }
    return marks->front().next;
  }

  // The mark worked out afresh from the records as they are stored now.
  std::optional<NextClockMark> Recomputed(CaseId id) {
    return NextClockMarkOf(Stored(id), DeadlineSettings{}).value();
  }

  // The stored mark equals the recomputed one, and is due on `due` under rule `code` (or is
  // absent when `code` is empty).
  void ExpectMark(CaseId id, const std::string& code, const char* due = nullptr) {
    const auto stored = StoredMark(id);
    EXPECT_EQ(stored, Recomputed(id));
    if (code.empty()) {
      EXPECT_FALSE(stored.has_value());
      return;
    }
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->rule_code, code);
    if (due != nullptr) {
      EXPECT_EQ(stored->due_on, D(due));
    }
  }
};

TEST_P(ClockMarksSuite, EveryStepMarksTheCasesNextClockInItsOwnTransaction) {
  Case record = Open("CR-2025-101");
  // Aware Monday 29 December 2025: five working days, skipping New Year's Day.
  ExpectMark(record.id, "notification", "2026-01-06");

  auto notified =
      cases_->RecordNotification(officer_, record.id, record.version, {D("2025-12-31"), ""});
  ASSERT_TRUE(notified.ok()) << notified.error().message;
  // Fifteen working days from the notification sent on 31 December.
  ExpectMark(record.id, "rapid_review", "2026-01-22");

  auto asked = requests_->Create(officer_, record.id, notified->version,
                                 {police_, D("2026-01-02"), D("2026-01-09"), "A chronology."});
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  ExpectMark(record.id, "agency_response", "2026-01-09");

  auto answered = requests_->Respond(police_lead_, asked->id, asked->version, "Our chronology.");
  ASSERT_TRUE(answered.ok()) << answered.error().message;
  ExpectMark(record.id, "rapid_review", "2026-01-22");

  RapidReviewInput input;
  input.review.meeting_on = D("2026-01-02");
  input.review.completed_on = D("2026-01-05");
  input.review.sent_to_panel_on = D("2026-01-05");  // stops the rapid review's clock
  input.review.decision = ReviewDecision::kCspr;
  input.review.rationale = "Concern about how agencies worked together.";
  input.decided_on = D("2026-01-06");
  auto current = Stored(record.id).record;
  auto decided = cases_->RecordRapidReview(officer_, record.id, current.version, input);
  ASSERT_TRUE(decided.ok()) << decided.error().message;
  ExpectMark(record.id, "cspr_publication", "2026-07-06");

  ReviewPlan plan;
  plan.stages = {{"publication", D("2026-06-30"), std::nullopt}};
  auto planned = cases_->RecordStages(officer_, record.id, decided->version, plan);
  ASSERT_TRUE(planned.ok()) << planned.error().message;
  // Seven working days before the planned publication on Tuesday 30 June.
  ExpectMark(record.id, "prepublication_notice", "2026-06-19");
  auto found = cases_->RecordFindings(officer_, record.id, planned->version,
                                      {{"Information was not shared."}, {"Share chronologies."}});
  ASSERT_TRUE(found.ok()) << found.error().message;
  auto noticed = cases_->SendPrepublicationNotice(officer_, record.id, found->version,
                                                  {D("2026-06-19"), D("2026-06-19"), std::nullopt});
  ASSERT_TRUE(noticed.ok()) << noticed.error().message;
  ExpectMark(record.id, "cspr_publication", "2026-07-06");

  auto published = cases_->Publish(manager_, record.id, noticed->version,
                                   {D("2026-06-30"), "https://example.org/reviews/child-h"});
  ASSERT_TRUE(published.ok()) << published.error().message;
  ExpectMark(record.id, "");  // every clock met
}

TEST_P(ClockMarksSuite, AWithdrawnRequestAndAClosedCaseMarkAgain) {
  Case record = Open("CR-2025-102");
  auto asked = requests_->Create(officer_, record.id, record.version,
                                 {health_, D("2025-12-30"), D("2026-01-02"), "A chronology."});
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  ExpectMark(record.id, "agency_response", "2026-01-02");
  auto withdrawn = requests_->Withdraw(officer_, asked->id, asked->version);
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.error().message;
  ExpectMark(record.id, "notification", "2026-01-06");

  auto current = Stored(record.id).record;
  auto closed =
      cases_->CloseWithoutReview(manager_, current.id, current.version,
                                 {"The criteria for a review are not met.", std::nullopt});
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  ExpectMark(record.id, "");  // a closed case keeps only met clocks
}

TEST_P(ClockMarksSuite, ADayOffAddedToThePartnershipsCalendarMovesEveryMark) {
  const Case first = Open("CR-2025-103");
  const Case second = Open("CR-2025-104");
  ExpectMark(first.id, "notification", "2026-01-06");
  CalendarService calendar(store(), clock_);
  auto added = calendar.AddAdjustment(administrator_, {D("2026-01-05"), true, "Office move"});
  ASSERT_TRUE(added.ok()) << added.error().message;
  // The marks follow the partnership's own calendar now: one more day to go.
  for (const CaseId id : {first.id, second.id}) {
    const auto mark = StoredMark(id);
    ASSERT_TRUE(mark.has_value());
    EXPECT_EQ(mark->due_on, D("2026-01-07"));
  }
  ASSERT_TRUE(calendar.RemoveAdjustment(administrator_, D("2026-01-05")).ok());
  EXPECT_EQ(StoredMark(first.id)->due_on, D("2026-01-06"));
}

TEST_P(ClockMarksSuite, CasesNeverMarkedAreListedWithTheirClocksAndMarkedOnce) {
  const Case marked = Open("CR-2025-105");
  // A case stored without the services (as before migration 10): no mark.
  auto bare = store().Write([&](Transaction& tx) {
    auto draft = Draft("CR-2025-106");
    draft.incident_on = D("2025-11-28");
    draft.aware_on = D("2025-12-01");
    draft.referral.received_on = D("2025-12-01");
    return tx.cases(north_).Create(draft);
  });
  ASSERT_TRUE(bare.ok()) << bare.error().message;
  auto unmarked = store().Read([&](Transaction& tx) { return tx.cases(north_).Unmarked(); });
  ASSERT_TRUE(unmarked.ok());
  EXPECT_EQ(*unmarked, std::vector<CaseId>{bare->id});

  // The list works its clock out from the records meanwhile.
  CaseClockService clocks(store(), clock_, national_);
  auto page = clocks.List(officer_, CaseQuery{}, false);
  ASSERT_TRUE(page.ok()) << page.error().message;
  ASSERT_EQ(page->cases.size(), 2u);
  for (const auto& row : page->cases) {
    ASSERT_TRUE(row.next.has_value()) << row.record.reference;
    EXPECT_EQ(row.next->rule_code, "notification");
    EXPECT_EQ(row.next->status,
              row.record.id == bare->id ? ClockStatus::kOverdue : ClockStatus::kAtRisk);
  }

  auto count = MarkUnmarkedCases(store(), national_);
  ASSERT_TRUE(count.ok()) << count.error().message;
  EXPECT_EQ(*count, 1);
  ExpectMark(bare->id, "notification", "2025-12-08");
  ExpectMark(marked.id, "notification", "2026-01-06");
  count = MarkUnmarkedCases(store(), national_);
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 0);
}

TEST_P(ClockMarksSuite, TheOverdueFilterPagesOnTheMarksInTheQuery) {
  const Case due_soon = Open("CR-2025-107");
  auto late = Draft("CR-2025-108");
  late.incident_on = D("2025-11-28");
  late.aware_on = D("2025-12-01");
  late.referral.received_on = D("2025-12-01");
  auto opened = cases_->Open(officer_, late);
  ASSERT_TRUE(opened.ok()) << opened.error().message;

  CaseClockService clocks(store(), clock_, national_);
  CaseQuery query;
  query.limit = 1;
  auto page = clocks.List(officer_, query, true);
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(page->total, 1);
  ASSERT_EQ(page->cases.size(), 1u);
  EXPECT_EQ(page->cases[0].record.id, opened->id);
  ASSERT_TRUE(page->cases[0].next.has_value());
  EXPECT_EQ(page->cases[0].next->status, ClockStatus::kOverdue);
  // Due Monday 8 December; by Monday 5 January 17 working days late (Christmas Day, Boxing Day
  // and New Year's Day not counted).
  EXPECT_EQ(page->cases[0].next->working_days, 17);

  auto all = clocks.List(officer_, CaseQuery{}, false);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 2);
  EXPECT_NE(due_soon.id, opened->id);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ClockMarksSuite);

}  // namespace
}  // namespace assure::domain
