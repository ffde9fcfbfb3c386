// BoardReportService over a real Store (part of the storage suite's backend tests, so it runs on
// SQLite and PostgreSQL): THE FIGURES CHECK. The fixture (tests/testing/board_fixture.h: nine
// fictional actions with their updates, evidence and quarterly review entries, and another
// partnership's action) is written through the repositories, and every figure of 2025-26 H1 is
// asserted exactly. Also: who may read and export it, what each writes to the audit trail, and
// that nothing about a case's subjects reaches the report.
#include "domain/actions/board_report_service.h"

#include <gtest/gtest.h>

#include <chrono>

#include "testing/board_fixture.h"
#include "testing/fake_clock.h"
#include "testing/store_fixture.h"

namespace assure::domain {
namespace {

using testing::BoardFixtureExpected;

CivilDate D(const char* text) { return *ParseCivilDate(text); }

core::Instant At(const char* day) { return std::chrono::sys_days{D(day)} + std::chrono::hours{9}; }

class BoardReportServiceTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    south_ = MakePartnership("southshire");
    // The fixture is entered on 3 March 2025 (so that its actions exist before the half-year),
    // and the report is asked for on Monday 5 January 2026.
    store_ = std::make_unique<storage::SqlStore>(db(), march_clock_);
    auto seeded = testing::SeedBoardFixture(*store_, north_, south_);
    ASSERT_TRUE(seeded.ok()) << seeded.error().message;
    fixture_ = *seeded;
    // Entered in March, never updated by 30 September: in the report, not started.
    not_started_ = MakeAction("Set up the learning network", "2026-02-28");
    MoveTo("2025-10-20");
    // Created on 20 October with no update by 30 September: not in the H1 report.
    created_later_ = MakeAction("A later action", "2026-03-31");
    MoveTo("2026-01-05");
    board_ = Member(north_, "board@example.org", Role::kBoardMember);
    lead_ = Member(north_, "lead@example.org", Role::kAgencyLead, fixture_.police);
    manager_ = Member(north_, "manager@example.org", Role::kBusinessManager);
  }
  void TearDown() override {
    store_.reset();
    StoreTest::TearDown();
  }

  void MoveTo(const char* day) {
    march_clock_.Advance(
        std::chrono::duration_cast<std::chrono::microseconds>(At(day) - march_clock_.Now()));
  }

  ActionId MakeAction(const std::string& title, const char* due_on) {
    auto made = store_->Write([&](Transaction& tx) {
      return tx.actions(north_).Create(testing::board_fixture::Plan(
          title, fixture_.council, due_on,
          {{SourceKind::kBoardDecision, std::nullopt, "Executive Board, 12 March 2025"}}));
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  std::vector<AuditEvent> Audit(const std::string& action) {
    auto events = store().Read([&](Transaction& tx) { return tx.audit().Query(north_, {}); });
    EXPECT_TRUE(events.ok());
    std::vector<AuditEvent> matching;
    for (const auto& event : *events) {
      if (event.action == action) matching.push_back(event);
    }
    return matching;
  }

  const BoardAction* Find(const BoardReport& report, ActionId id) {
    for (const auto& action : report.actions) {
      if (action.id == id) return &action;
    }
    return nullptr;
  }

  // The store the fixture is written through, on a clock that starts in March 2025.
  testing::FakeClock march_clock_{At("2025-03-03")};
  std::unique_ptr<storage::SqlStore> store_;
  PartnershipId north_ = 0;
  PartnershipId south_ = 0;
  testing::BoardFixture fixture_;
  ActionId not_started_ = 0;
  ActionId created_later_ = 0;
  Requester board_;
  Requester lead_;
  Requester manager_;
  NationalDeadlineSettings national_;
};

TEST_P(BoardReportServiceTest, EveryFigureOfTheHalfYearMatchesTheFixture) {
  BoardReportService service(*store_, march_clock_, national_);
  EXPECT_EQ(service.DefaultHalfYear(), (HalfYear{2025, 1}));
  auto report = service.Read(board_, {2025, 1});
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->as_at, D("2025-09-30"));
  EXPECT_TRUE(report->complete);
  // The fixture's eight, and the action entered in March and never updated.
  EXPECT_EQ(report->total(), BoardFixtureExpected::kInReport + 1);
  EXPECT_EQ(report->count(ActionStatus::kNotStarted), BoardFixtureExpected::kNotStarted + 1);
  EXPECT_EQ(report->count(ActionStatus::kInProgress), BoardFixtureExpected::kInProgress);
  EXPECT_EQ(report->count(ActionStatus::kCompleted), BoardFixtureExpected::kCompleted);
  EXPECT_EQ(report->count(ActionStatus::kNotImplemented), BoardFixtureExpected::kNotImplemented);
  EXPECT_EQ(report->count(ActionStatus::kSuperseded), BoardFixtureExpected::kSuperseded);
  EXPECT_EQ(report->by_rag.red, BoardFixtureExpected::kRed);
  EXPECT_EQ(report->by_rag.amber, BoardFixtureExpected::kAmber);
  EXPECT_EQ(report->by_rag.green, BoardFixtureExpected::kGreen + 1);  // not started, not due
  EXPECT_EQ(report->by_rag.no_rating, BoardFixtureExpected::kNoRating);
  EXPECT_EQ(static_cast<std::int64_t>(report->completed.size()),
            BoardFixtureExpected::kCompletedInHalf);
  EXPECT_EQ(static_cast<std::int64_t>(report->overdue.size()), BoardFixtureExpected::kOverdue);
  EXPECT_EQ(static_cast<std::int64_t>(report->slipped.size()), BoardFixtureExpected::kSlipped);
  EXPECT_EQ(static_cast<std::int64_t>(report->not_implemented.size()),
            BoardFixtureExpected::kNotImplemented);
  EXPECT_EQ(report->closed_before, BoardFixtureExpected::kClosedBefore);
  EXPECT_NE(Find(*report, not_started_), nullptr);
  EXPECT_EQ(Find(*report, created_later_), nullptr);

  const auto& a = fixture_.actions;
  // Completed in the half-year, by completion date, with their evidence.
  ASSERT_EQ(report->completed.size(), 2u);
  const BoardAction& first = report->actions[report->completed[0]];
  EXPECT_EQ(first.id, a[0]);
  EXPECT_EQ(first.status_since, D("2025-06-20"));
  ASSERT_TRUE(first.evidence.has_value());
  EXPECT_EQ(first.evidence->text, "An audit of 40 referrals found 38 shared the same day.");
  EXPECT_EQ(first.evidence->file_names, (std::vector<std::string>{"audit.pdf"}));
  const BoardAction& second = report->actions[report->completed[1]];
  EXPECT_EQ(second.id, a[7]);
  EXPECT_EQ(second.status_since, D("2025-09-10"));
  // Overdue by due date: A6 (31 July; its October completion is after the half), then A2.
  ASSERT_EQ(report->overdue.size(), 2u);
  EXPECT_EQ(report->actions[report->overdue[0]].id, a[5]);
  EXPECT_EQ(report->actions[report->overdue[0]].status, ActionStatus::kInProgress);
  EXPECT_EQ(report->actions[report->overdue[1]].id, a[1]);
  // A6's July escalation is in the half-year; its October one is not.
  ASSERT_EQ(report->actions[report->overdue[0]].entries.size(), 1u);
  EXPECT_EQ(report->actions[report->overdue[0]].entries[0].note,
            "Author off sick; the chair will chase.");
  // Slipped: A2's July extension, with its reason; A3's October one is after the half-year.
  const BoardAction& slipped = report->actions[report->slipped[0]];
  EXPECT_EQ(slipped.id, a[1]);
  EXPECT_EQ(slipped.due_on, D("2025-08-31"));
  EXPECT_EQ(slipped.due_date_changes, 1);
  ASSERT_EQ(slipped.entries.size(), 1u);
  EXPECT_EQ(slipped.entries[0].note, "Waiting for the new policy template.");
  EXPECT_TRUE(slipped.rag_disagrees);  // reported green, shown red
  // Not implemented, with the reason and the date decided.
  const BoardAction& refused = report->actions[report->not_implemented[0]];
  EXPECT_EQ(refused.id, a[4]);
  EXPECT_EQ(refused.status_reason, "The national system replaces it.");
  EXPECT_EQ(refused.status_since, D("2025-05-20"));
  EXPECT_EQ(Find(*report, a[3])->rag, Rag::kAmber);  // due 7 October: within 10 working days
  EXPECT_EQ(Find(*report, a[6]), nullptr);           // closed before the half-year

  // By agency, by name.
  ASSERT_EQ(report->by_agency.size(), 3u);
  EXPECT_EQ(report->by_agency[0].agency, "Northshire County Council");
  EXPECT_EQ(report->by_agency[0].actions, 4);  // A2, A4, A8 and the not-started one
  EXPECT_EQ(report->by_agency[0].by_status, (std::array<std::int64_t, 5>{1, 2, 1, 0, 0}));
  EXPECT_EQ(report->by_agency[0].overdue, 1);
  EXPECT_EQ(report->by_agency[1].agency, "Northshire Health");
  EXPECT_EQ(report->by_agency[1].by_status, (std::array<std::int64_t, 5>{0, 2, 0, 0, 1}));
  EXPECT_EQ(report->by_agency[1].overdue, 1);
  EXPECT_EQ(report->by_agency[2].agency, "Northshire Police");
  EXPECT_EQ(report->by_agency[2].by_status, (std::array<std::int64_t, 5>{0, 0, 1, 1, 0}));

  // By source: the CSPR's two recommendations (A2 answers both), the rapid review, and the
  // national review and board decision.
  ASSERT_EQ(report->reviews.size(), 2u);
  const BoardReviewSection& cspr = report->reviews[0];
  EXPECT_EQ(cspr.case_reference, "CR-2025-001");
  EXPECT_EQ(cspr.review_kind, "CSPR");
  ASSERT_EQ(cspr.recommendations.size(), 2u);
  EXPECT_EQ(cspr.recommendations[0].text, "Share information at the front door the same day.");
  EXPECT_EQ(cspr.recommendations[0].actions.size(), 2u);  // A1, A2 (A7 closed before)
  EXPECT_EQ(cspr.recommendations[1].actions.size(), 2u);  // A2, A3
  EXPECT_EQ(report->reviews[1].case_reference, "CR-2025-002");
  EXPECT_EQ(report->reviews[1].review_kind, "Rapid review");
  ASSERT_EQ(report->reviews[1].rapid_review_actions.size(), 1u);
  ASSERT_EQ(report->other_sources.size(), 2u);
  EXPECT_EQ(report->other_sources[0].kind, SourceKind::kNationalReview);
  EXPECT_EQ(report->other_sources[0].actions.size(), 2u);  // A5, A8
  EXPECT_EQ(report->other_sources[1].kind, SourceKind::kBoardDecision);
  EXPECT_EQ(report->other_sources[1].actions.size(), 3u);  // A6, A9, the not-started one

  // Nothing about the cases' subjects, and nothing of Southshire.
  for (const BoardAction& action : report->actions) {
    for (const auto& source : action.sources) {
      EXPECT_EQ(source.find("Child H"), std::string::npos);
      EXPECT_EQ(source.find("Harriet"), std::string::npos);
    }
    EXPECT_NE(action.title, "Southshire's own action");
  }
}

TEST_P(BoardReportServiceTest, TheRunningHalfYearIsAsAtToday) {
  BoardReportService service(*store_, march_clock_, national_);
  auto report = service.Read(manager_, {2025, 2});
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->as_at, D("2026-01-05"));
  EXPECT_FALSE(report->complete);
  // A6 was completed on 15 October, in this half-year.
  ASSERT_EQ(report->completed.size(), 1u);
  EXPECT_EQ(report->actions[report->completed[0]].id, fixture_.actions[5]);
  // A3's October extension is this half-year's slip.
  ASSERT_EQ(report->slipped.size(), 1u);
  EXPECT_EQ(report->actions[report->slipped[0]].id, fixture_.actions[2]);
  EXPECT_NE(Find(*report, created_later_), nullptr);
}

TEST_P(BoardReportServiceTest, BoardMembersReadAndExportAndEachIsAudited) {
  BoardReportService service(*store_, march_clock_, national_);
  ASSERT_TRUE(service.Read(board_, {2025, 1}).ok());
  ASSERT_TRUE(service.Export(board_, {2025, 1}, "pdf").ok());
  const auto reads = Audit("report.board.read");
  ASSERT_EQ(reads.size(), 1u);
  EXPECT_EQ(reads[0].outcome, AuditOutcome::kSuccess);
  EXPECT_EQ(reads[0].user_id, board_.user_id());
  EXPECT_EQ(reads[0].resource_type, "report");
  EXPECT_EQ(reads[0].resource_id, "board");
  EXPECT_EQ(reads[0].reason, "2025-26 H1");
  const auto exports = Audit("report.board.export");
  ASSERT_EQ(exports.size(), 1u);
  EXPECT_EQ(exports[0].reason, "2025-26 H1 pdf");
}

TEST_P(BoardReportServiceTest, AnAgencyLeadIsRefusedAndTheRefusalIsAudited) {
  BoardReportService service(*store_, march_clock_, national_);
  auto refused = service.Read(lead_, {2025, 1});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);
  const auto audit = Audit("report.board.read");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kDenied);
  EXPECT_FALSE(service.Export(lead_, {2025, 1}, "xlsx").ok());
}

TEST_P(BoardReportServiceTest, AHalfYearThatHasNotStartedNamesTheField) {
  BoardReportService service(*store_, march_clock_, national_);
  auto future = service.Read(board_, {2026, 1});
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(future.error().field, "half");
  EXPECT_TRUE(Audit("report.board.read").empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BoardReportServiceTest);

}  // namespace
}  // namespace assure::domain
