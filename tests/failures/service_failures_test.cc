// Every service's user actions are all or nothing: over a database that fails on command
// (testing/faulty_database.h), each of an operation's writes is made to fail in turn, and then its
// commit; each time the operation must answer kUnavailable and leave every table as it was. Then,
// unarmed, it must succeed. On both backends, over CaseServiceTest's Northshire.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "domain/actions/action_service.h"
#include "domain/actions/financial_year.h"
#include "domain/actions/review_round_service.h"
#include "domain/assurance/framework_service.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/assurance/self_evaluation/round_service.h"
#include "domain/calendar/calendar_service.h"
#include "domain/governance/body_service.h"
#include "domain/governance/meetings/meeting_repository.h"
#include "domain/governance/meetings/meeting_service.h"
#include "domain/identity/member_admin_service.h"
#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"
#include "domain/partnership/agency_service.h"
#include "domain/reviews/import/import_service.h"
#include "storage/sql_store.h"
#include "testing/case_fixture.h"
#include "testing/fake_random.h"
#include "testing/faulty_database.h"

namespace assure::domain {
namespace {

class ServiceFailureTest : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    faults_ = std::make_unique<testing::FaultyDatabase>(db());
    faulty_store_ = std::make_unique<storage::SqlStore>(*faults_, clock_);
    cases_ = std::make_unique<CaseService>(*faulty_store_, clock_, national_);
    lists_ = std::make_unique<CaseClockService>(*faulty_store_, clock_, national_);
    requests_ = std::make_unique<InformationRequestService>(*faulty_store_, clock_);
    reviewers_ = std::make_unique<ReviewerService>(*faulty_store_, clock_);
  }

  void TearDown() override {
    cases_.reset();
    lists_.reset();
    requests_.reset();
    reviewers_.reset();
    faulty_store_.reset();
    faults_.reset();
    CaseServiceTest::TearDown();
  }

  // Every row of every table, as text, read around the services.
  std::vector<std::string> Snapshot() {
    const bool is_sqlite = sqlite();
    auto rows = db().Read(
        [&](storage::sql::Connection& connection) -> core::Result<std::vector<std::string>> {
          ASSURE_ASSIGN_OR_RETURN(
              const auto tables,
              connection.Query(is_sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                                         : "SELECT table_name FROM information_schema.tables WHERE "
                                           "table_schema = current_schema() ORDER BY table_name"));
          std::vector<std::string> out;
          for (const auto& table : tables) {
            const std::string name = table.Text(0);
            ASSURE_ASSIGN_OR_RETURN(const auto content,
                                    connection.Query("SELECT * FROM \"" + name + "\""));
            for (const auto& row : content) {
              std::string line = name + ":";
              for (std::size_t i = 0; i < row.size(); ++i) {
                std::visit(
                    [&](const auto& value) {
                      using V = std::decay_t<decltype(value)>;
                      if constexpr (std::is_same_v<V, std::nullptr_t>) {
                        line += "|null";
                      } else if constexpr (std::is_same_v<V, std::string>) {
                        line += "|" + value;
                      } else if constexpr (std::is_arithmetic_v<V>) {
                        line += "|" + std::to_string(value);
                      } else {
                        line += "|bytes:" + std::to_string(value.bytes.size());
                      }
                    },
                    row.at(i));
              }
              out.push_back(std::move(line));
            }
          }
          std::sort(out.begin(), out.end());
          return out;
        });
    EXPECT_TRUE(rows.ok()) << rows.error().message;
    return rows.ok() ? *rows : std::vector<std::string>{};
  }

  // `operation` fails, and changes nothing, when its commit or any one of its writes fails; then,
  // unarmed, it succeeds. Returns how many of its writes were made to fail.
  int ExpectAllOrNothing(const std::function<core::Status()>& operation) {
    const auto before = Snapshot();
    faults_->FailCommit();
    auto refused = operation();
    EXPECT_TRUE(faults_->fired()) << "the operation wrote nothing";
    EXPECT_FALSE(refused.ok()) << "a failed commit was not reported";
    if (!refused.ok()) {
      EXPECT_EQ(refused.error().code, core::ErrorCode::kUnavailable);
    }
    EXPECT_EQ(Snapshot(), before) << "a failed commit left changes";
    int failed = 0;
    for (int n = 1; n < 200; ++n) {
      faults_->FailWrite(n);
      auto result = operation();
      if (!faults_->fired()) {  // it has fewer than n writes: it ran unarmed, as it should
        faults_->Heal();
        EXPECT_TRUE(result.ok()) << result.error().message;
        EXPECT_NE(Snapshot(), before) << "the operation changed nothing when it succeeded";
        return failed;
      }
      ++failed;
      EXPECT_FALSE(result.ok()) << "write " << n << " failed unnoticed";
      if (!result.ok()) {
        EXPECT_EQ(result.error().code, core::ErrorCode::kUnavailable);
      }
      EXPECT_EQ(Snapshot(), before) << "write " << n << " failed, and changes were kept";
    }
    ADD_FAILURE() << "the operation never ran to the end";
    return failed;
  }

  template <typename T>
  static core::Status StatusOf(const core::Result<T>& result) {
    if (!result.ok()) return result.error();
    return core::Ok();
  }

  std::unique_ptr<testing::FaultyDatabase> faults_;
  std::unique_ptr<storage::SqlStore> faulty_store_;
};

TEST_P(ServiceFailureTest, OpeningACaseIsAllOrNothing) {
  const int writes =
      ExpectAllOrNothing([&] { return StatusOf(cases_->Open(officer_, Draft("CR-2025-030"))); });
  EXPECT_GE(writes, 4);  // the case, its subject, its restricted details, its event, its audit
}

TEST_P(ServiceFailureTest, AWorkflowStepThatConvertsTheCaseIsAllOrNothing) {
  const Case opened = Open("CR-2025-031");
  auto notified =
      cases_->RecordNotification(officer_, opened.id, opened.version, {D("2025-12-31"), ""});
  ASSERT_TRUE(notified.ok()) << notified.error().message;
  RapidReviewInput input;
  input.review.meeting_on = D("2026-01-02");
  input.review.completed_on = D("2026-01-05");
  input.review.decision = ReviewDecision::kCspr;
  input.review.rationale = "Concern about how agencies worked together.";
  EXPECT_GE(
      ExpectAllOrNothing([&] {
        return StatusOf(cases_->RecordRapidReview(officer_, opened.id, notified->version, input));
      }),
      3);
  EXPECT_EQ(Stored(opened.id).record.state, CaseState::kFullReview);
}

TEST_P(ServiceFailureTest, AnAnswerAndItsFileAreStoredTogetherOrNotAtAll) {
  const Case opened = Open("CR-2025-032");
  auto asked = requests_->Create(officer_, opened.id, opened.version,
                                 {police_, D("2026-01-05"), D("2026-01-20"), "A chronology."});
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  EXPECT_GE(ExpectAllOrNothing([&] {
              return StatusOf(requests_->Answer(
                  police_lead_, asked->id, asked->version, std::string{"Our fictional answer."},
                  NewResponseFile{"answer.txt", "Fictional answer file.\n"}));
            }),
            3);
}

TEST_P(ServiceFailureTest, TheRegistersAndAgenciesChangeWhollyOrNotAtAll) {
  Reviewer reviewer;
  reviewer.name = "Dr Fictional Four";
  reviewer.interests = {police_};
  ExpectAllOrNothing([&] { return StatusOf(reviewers_->Create(officer_, reviewer)); });
  const AgencyService agencies(*faulty_store_, clock_);
  ExpectAllOrNothing([&] {
    return StatusOf(
        agencies.Create(administrator_, {"Northshire Schools", AgencyType::kOther, false}));
  });
  testing::FakeRandom random{7};
  const MemberAdminService members(*faulty_store_, clock_, random);
  ExpectAllOrNothing([&] {
    return StatusOf(members.Invite(
        administrator_, {"new.lead@example.org", "Fictional Lead", Role::kAgencyLead, health_}));
  });
  const CalendarService calendar(*faulty_store_, clock_);
  ExpectAllOrNothing([&] {
    return StatusOf(
        calendar.AddAdjustment(administrator_, {D("2026-12-29"), true, "Fictional closure"}));
  });
}

TEST_P(ServiceFailureTest, ActionsAndTheirUpdatesAreAllOrNothing) {
  const ActionService actions(*faulty_store_, clock_, national_);
  NewAction draft;
  draft.title = "Fictional: check every referral weekly";
  draft.owner_agency_id = police_;
  draft.lead_name = "Fictional Lead";
  draft.success_measure = "A fictional audit shows the change.";
  draft.due_on = D("2026-03-31");
  draft.sources = {{SourceKind::kBoardDecision, std::nullopt, "Fictional board decision"}};
  ExpectAllOrNothing([&] { return StatusOf(actions.Create(officer_, draft)); });
  auto listed = actions.List(officer_, ActionQuery{});
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->actions.size(), 1u);
  const auto& action = listed->actions[0].action;
  ActionUpdateInput update;
  update.version = action.version;
  update.on = D("2026-01-05");
  update.narrative = "Fictional progress.";
  update.file = NewEvidenceFile{"evidence.txt", "Fictional evidence.\n"};
  EXPECT_GE(ExpectAllOrNothing(
                [&] { return StatusOf(actions.RecordUpdate(police_lead_, action.id, update)); }),
            3);
  const ReviewRoundService rounds(*faulty_store_, clock_, national_);
  ExpectAllOrNothing([&] { return StatusOf(rounds.Open(manager_, QuarterOf(D("2026-01-05")))); });
}

TEST_P(ServiceFailureTest, AnImportIsAllOrNothing) {
  const ImportService imports(*faulty_store_, clock_);
  EXPECT_GE(ExpectAllOrNothing([&] {
              return StatusOf(imports.Import(
                  officer_,
                  "reference,case_type,referral_received,referring_agency,notification_sent,"
                  "rapid_review_completed,decision,decision_date,published,themes\n"
                  "SHAPE-F01,adult,2019-04-01,Northshire Police,,2019-04-24,sar,2019-05-01,,\n"
                  "SHAPE-F02,child,2019-05-01,,2019-05-03,2019-05-20,none,,,neglect\n"));
            }),
            4);
}

TEST_P(ServiceFailureTest, ABriefingItsVersionsAndItsPublicationAreAllOrNothing) {
  const BriefingService briefings(*faulty_store_, clock_);
  const BriefingPublication publication(*faulty_store_, clock_);
  BriefingContent content;
  content.kind = BriefingKind::kLessonsLearned;
  content.title = "Fictional learning";
  content.audiences = {Audience::kCommunity};
  content.themes = {"neglect"};
  content.case_ids = {Open("CR-2025-034").id};
  content.body_markdown =
      "## Summary\n\nText.\n\n## Key learning\n\nText.\n\n## What to do\n\nText.\n";
  // The briefing, its theme, its link, its first version and the audit event.
  EXPECT_GE(ExpectAllOrNothing([&] { return StatusOf(briefings.Create(officer_, content)); }), 5);
  auto listed = briefings.List(officer_, {});
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  const Briefing created = listed->front();
  content.body_markdown += "\nOne more line.\n";
  EXPECT_GE(ExpectAllOrNothing([&] {
              return StatusOf(briefings.Save(manager_, created.id, content, created.version));
            }),
            3);
  EXPECT_GE(ExpectAllOrNothing([&] {
              return StatusOf(publication.Submit(officer_, created.id, created.version + 1));
            }),
            2);
  ExpectAllOrNothing([&] {
    return StatusOf(publication.SetSensitivePlaces(manager_, {"Fictional Park", "Fictional Mill"}));
  });
}

TEST_P(ServiceFailureTest, AFrameworkARoundAndAReturnAreAllOrNothing) {
  const FrameworkService frameworks(*faulty_store_, clock_);
  const RoundService rounds(*faulty_store_, clock_);
  const ReturnService returns(*faulty_store_, clock_);
  // The framework, each of its standards and the audit event.
  EXPECT_GE(ExpectAllOrNothing([&] { return StatusOf(frameworks.FromTemplate(officer_, "s11")); }),
            5);
  auto listed = frameworks.List(officer_);
  ASSERT_TRUE(listed.ok() && listed->size() == 1u);
  NewRound round;
  round.framework_id = listed->front().id;
  round.title = "Fictional round";
  round.due_on = *ParseCivilDate("2026-02-27");
  round.agency_ids = {police_, health_};
  // Its activity, the round, a return and its answers for each agency, and the audit event.
  EXPECT_GE(ExpectAllOrNothing([&] { return StatusOf(rounds.Open(officer_, round)); }), 6);
  auto opened = rounds.List(officer_);
  ASSERT_TRUE(opened.ok() && opened->size() == 1u);
  const auto standard = listed->front().standards.front().id;
  EXPECT_GE(ExpectAllOrNothing([&] {
              return StatusOf(returns.Save(police_lead_, opened->front().id, police_, 1,
                                           {{standard, "3", "Fictional.", ""}}));
            }),
            2);
}

TEST_P(ServiceFailureTest, ADecisionWithItsActionAndAnAttendanceAreAllOrNothing) {
  // A board of two members and its meeting of 8 December 2025, made through the healthy store.
  const BodyService bodies(store(), clock_);
  const MeetingService healthy(store(), clock_);
  BodyContent content;
  content.name = "Fictional Partnership Board";
  content.kind = BodyKind::kBoard;
  auto board = bodies.Create(manager_, content);
  ASSERT_TRUE(board.ok()) << board.error().message;
  std::vector<BodyMemberId> members;
  for (const AgencyId agency : {police_, health_}) {
    BodyMember member;
    member.post = "Fictional Director";
    member.agency_id = agency;
    member.from_on = D("2025-09-01");
    auto added = bodies.AddMember(manager_, board->id, member);
    ASSERT_TRUE(added.ok()) << added.error().message;
    members.push_back(added->id);
  }
  MeetingContent held;
  held.held_on = D("2025-12-08");
  auto meeting = healthy.Schedule(officer_, board->id, held);
  ASSERT_TRUE(meeting.ok()) << meeting.error().message;

  const MeetingService meetings(*faulty_store_, clock_);
  const NewDecision decision{"Fictional: the police will refresh the escalation policy.",
                             std::nullopt,
                             DecisionAction{"Fictional: refresh the escalation policy", police_,
                                            "Fictional Lead", D("2026-04-30"), std::nullopt}};
  // The decision, the action and its source, the decision's action, and two audit events: on any
  // failure no decision, no action and no audit event is left.
  EXPECT_GE(ExpectAllOrNothing(
                [&] { return StatusOf(meetings.RecordDecision(officer_, meeting->id, decision)); }),
            5);
  const auto stored = [&] {
    auto read = store().Read([&](Transaction& tx) { return tx.meetings(north_).Get(meeting->id); });
    EXPECT_TRUE(read.ok()) << read.error().message;
    return read.ok() ? *read : Meeting{};
  };
  ASSERT_EQ(stored().decisions.size(), 1u);
  EXPECT_EQ(stored().decisions[0].number, 1);
  EXPECT_TRUE(stored().decisions[0].action_id);
  EXPECT_EQ(Count("governance.meeting.decision", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(Count("action.create", AuditOutcome::kSuccess), 1);

  const std::vector<AttendanceMark> marks{
      {members[0], AttendanceStatus::kPresent, ""},
      {members[1], AttendanceStatus::kDeputy, "Fictional Deputy"}};
  const Version version = stored().version;
  // The old marks cleared, each new one, the meeting's version and the audit event.
  EXPECT_GE(ExpectAllOrNothing([&] {
              return StatusOf(meetings.RecordAttendance(officer_, meeting->id, version, marks));
            }),
            4);
  EXPECT_EQ(stored().attendance.size(), 2u);
  EXPECT_EQ(stored().version, version + 1);
}

TEST_P(ServiceFailureTest, AListWhoseAuditEventFailsShowsNothing) {
  Open("CR-2025-033");
  ExpectAllOrNothing([&] { return StatusOf(lists_->List(officer_, CaseQuery{}, false)); });
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ServiceFailureTest);

}  // namespace
}  // namespace assure::domain
