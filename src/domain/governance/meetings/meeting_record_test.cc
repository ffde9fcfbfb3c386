// MeetingService's record of a meeting over a real Store, on both backends: draft minutes are
// approved by a decision of a later meeting of the same body and are then fixed, and show in the
// business unit's to-do list once that later meeting has taken place; decisions are numbered per
// body and calendar year; a decision may make an action of the action plans whose source is the
// meeting, all in one transaction; and the attendance report counts each agency's attendance
// over a period. Every change is audited. Fictional data only.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "domain/actions/action_repository.h"
#include "testing/governance_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using Status = AttendanceStatus;

class MeetingRecordTest : public testing::GovernanceServiceTest {
 protected:
  void SetUp() override {
    GovernanceServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    SeatBoard();
  }

  static std::vector<std::string> ReferencesOf(const Meeting& meeting) {
    std::vector<std::string> references;
    for (const Decision& decision : meeting.decisions) {
      references.push_back(DecisionReference(decision));
    }
    return references;
  }

  static DecisionAction ActionInput(const char* due_on, AgencyId owner) {
    return {"  Fictional: refresh the escalation policy ", owner, "Fictional Lead", D(due_on),
            std::nullopt};
  }

  // Every action of the partnership, or those a meeting's decisions made, read without the
  // services (no audit).
  std::vector<PlanAction> Actions() {
    return Value(store().Read(
                     [&](Transaction& tx) { return tx.actions(north_).List(ActionQuery{}); }))
        .actions;
  }
  std::vector<PlanAction> ActionsOf(MeetingId meeting) {
    return Value(store().Read([&](Transaction& tx) {
      return tx.actions(north_).ForSource(SourceKind::kMeeting, meeting);
    }));
  }
};

TEST_P(MeetingRecordTest, MinutesAreApprovedByALaterMeetingAndThenFixed) {
  const Meeting first = Hold(board_body_.id, "2025-11-10");
  const Meeting next = Hold(board_body_.id, "2026-01-15");
  EXPECT_EQ(Refusal(meetings_->SaveMinutes(officer_, next.id, next.version, "Too soon.")),
            "invalid_input minutes");
  EXPECT_EQ(Refusal(meetings_->SaveMinutes(officer_, first.id, first.version, " ")),
            "invalid_input minutes");
  EXPECT_EQ(Refusal(meetings_->SaveMinutes(board_, first.id, first.version, "Fictional.")),
            "forbidden");
  const Meeting drafted = Minuted(first.id, "Fictional minutes of November.");
  EXPECT_EQ(drafted.minutes_state, MinutesState::kDraft);
  EXPECT_EQ(drafted.version, first.version + 1);
  EXPECT_EQ(Refusal(meetings_->SaveMinutes(officer_, first.id, first.version, "Stale.")),
            "conflict version");
  EXPECT_EQ(Count("governance.meeting.minutes", kSuccess, std::to_string(first.id)), 1);

  // The next meeting has not taken place: nothing to approve yet, and no decision there yet.
  EXPECT_TRUE(Value(meetings_->MinutesToApprove(officer_)).empty());
  EXPECT_EQ(Refusal(meetings_->RecordDecision(officer_, next.id, {"Approved.", first.id, {}})),
            "invalid_input text");
  clock_.Advance(std::chrono::days{10});  // Thursday 15 January 2026: the day of the meeting
  const auto due = Value(meetings_->MinutesToApprove(officer_));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].meeting_id, first.id);
  EXPECT_EQ(due[0].body_name, "Northshire Safeguarding Partnership Board");
  EXPECT_EQ(due[0].held_on, D("2025-11-10"));
  EXPECT_TRUE(Value(meetings_->MinutesToApprove(board_)).empty());
  const MeetingView at_next = Value(meetings_->Get(officer_, next.id));
  ASSERT_EQ(at_next.minutes_to_approve.size(), 1u);
  EXPECT_EQ(at_next.minutes_to_approve[0].id, first.id);

  const Decision approval =
      Decide(next.id, "The minutes of 10 November 2025 are approved.", first.id);
  EXPECT_EQ(approval.approves_minutes_of, first.id);
  const Meeting approved = StoredMeeting(first.id);
  EXPECT_EQ(approved.minutes_state, MinutesState::kApproved);
  EXPECT_EQ(approved.minutes_approved_by, approval.id);
  EXPECT_EQ(approved.minutes, "Fictional minutes of November.");
  EXPECT_EQ(Refusal(meetings_->SaveMinutes(officer_, first.id, approved.version, "Changed.")),
            "conflict minutes");
  EXPECT_EQ(Refusal(meetings_->RecordDecision(officer_, next.id, {"Again.", first.id, {}})),
            "invalid_input approves_minutes_of");
  EXPECT_TRUE(Value(meetings_->MinutesToApprove(officer_)).empty());
  // Approved minutes are read by the leads of the agencies sitting on the body.
  EXPECT_EQ(Value(meetings_->Get(police_lead_, first.id)).meeting.minutes,
            "Fictional minutes of November.");
  EXPECT_EQ(Count("governance.meeting.decision", kSuccess, std::to_string(next.id)), 1);
}

TEST_P(MeetingRecordTest, OnlyAnEarlierDraftOfTheSameBodyIsApproved) {
  const Meeting first = Hold(board_body_.id, "2025-11-10");
  const Meeting second = Hold(board_body_.id, "2025-12-08");
  const Body subgroup = MakeBody("Fictional Schools Subgroup", BodyKind::kSubgroup);
  Join(subgroup.id, "Fictional Head Teacher", std::nullopt, council_);
  const Meeting elsewhere = Hold(subgroup.id, "2025-11-03");
  const Meeting undrafted = Hold(board_body_.id, "2025-10-06");
  for (const Meeting& meeting : {first, second, elsewhere}) {
    Minuted(meeting.id, "Fictional draft minutes.");
  }
  for (const auto& [at, of] : {std::pair{first.id, second.id}, std::pair{second.id, elsewhere.id},
                               std::pair{first.id, first.id}, std::pair{second.id, undrafted.id},
                               std::pair{second.id, second.id + 1000}}) {
    EXPECT_EQ(Refusal(meetings_->RecordDecision(officer_, at, {"Approved.", of, {}})),
              "invalid_input approves_minutes_of")
        << at << " approving " << of;
  }
  for (const Meeting& meeting : {first, second, elsewhere}) {
    const Meeting stored = StoredMeeting(meeting.id);
    EXPECT_TRUE(stored.decisions.empty());
    EXPECT_EQ(stored.minutes_state, MinutesState::kDraft);
  }
  EXPECT_EQ(Count("governance.meeting.decision", kSuccess), 0);
  Decide(second.id, "Approved.", first.id);
  EXPECT_EQ(StoredMeeting(first.id).minutes_state, MinutesState::kApproved);
}

TEST_P(MeetingRecordTest, DecisionsAreNumberedForEachBodyAndCalendarYear) {
  const Meeting november = Hold(board_body_.id, "2025-11-10");
  const Meeting december = Hold(board_body_.id, "2025-12-08");
  const Meeting january = Hold(board_body_.id, "2026-01-05");
  const Body subgroup = MakeBody("Fictional Schools Subgroup", BodyKind::kSubgroup);
  const Meeting other = Hold(subgroup.id, "2025-12-01");

  EXPECT_EQ(Decide(november.id, "Fictional decision one.").number, 1);
  const Decision two = Decide(november.id, "Fictional decision two.");
  EXPECT_EQ(DecisionReference(two), "2025/2");
  EXPECT_EQ(two.meeting_id, november.id);
  EXPECT_EQ(DecisionReference(Decide(december.id, "Fictional decision three.")), "2025/3");
  EXPECT_EQ(DecisionReference(Decide(january.id, "Fictional decision of the new year.")), "2026/1");
  EXPECT_EQ(DecisionReference(Decide(other.id, "Fictional decision of the subgroup.")), "2025/1");
  const Meeting stored = StoredMeeting(november.id);
  ASSERT_EQ(ReferencesOf(stored), (std::vector<std::string>{"2025/1", "2025/2"}));
  EXPECT_EQ(stored.decisions[1].text, "Fictional decision two.");
  EXPECT_EQ(Count("governance.meeting.decision", kSuccess), 5);
  EXPECT_EQ(Count("governance.meeting.decision", kSuccess, std::to_string(november.id)), 2);

  const Meeting coming = Hold(board_body_.id, "2026-01-20");
  EXPECT_EQ(Refusal(meetings_->RecordDecision(officer_, coming.id, {"Too soon.", {}, {}})),
            "invalid_input text");
  EXPECT_EQ(Refusal(meetings_->RecordDecision(officer_, january.id, {"", {}, {}})),
            "invalid_input text");
  EXPECT_EQ(Refusal(meetings_->RecordDecision(board_, january.id, {"Fictional.", {}, {}})),
            "forbidden");
  EXPECT_EQ(Count("governance.meeting.decision", kDenied, std::to_string(january.id)), 1);
  EXPECT_EQ(ReferencesOf(StoredMeeting(january.id)), std::vector<std::string>{"2026/1"});
}

TEST_P(MeetingRecordTest, ADecisionMakesAnActionWhoseSourceIsTheMeeting) {
  const Meeting january = Hold(board_body_.id, "2026-01-05");
  const NewDecision input{
      "The police will refresh the escalation policy.", {}, ActionInput("2026-04-30", police_)};
  const Decision decision = Value(meetings_->RecordDecision(officer_, january.id, input));
  ASSERT_TRUE(decision.action_id);
  const auto actions = ActionsOf(january.id);
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(Actions().size(), 1u);
  const PlanAction& action = actions[0];
  EXPECT_EQ(action.id, *decision.action_id);
  EXPECT_EQ(action.title, "Fictional: refresh the escalation policy");
  EXPECT_EQ(action.owner_agency_id, police_);
  EXPECT_EQ(action.lead_name, "Fictional Lead");
  EXPECT_EQ(action.due_on, D("2026-04-30"));
  ASSERT_EQ(action.sources.size(), 1u);
  EXPECT_EQ(action.sources[0].kind, SourceKind::kMeeting);
  EXPECT_EQ(action.sources[0].ref_id, january.id);
  EXPECT_NE(action.sources[0].label.find("decision 2026/1"), std::string::npos);
  const Meeting stored = StoredMeeting(january.id);
  ASSERT_EQ(stored.decisions.size(), 1u);
  EXPECT_EQ(stored.decisions[0].action_id, action.id);
  EXPECT_EQ(Count("action.create", kSuccess, std::to_string(action.id)), 1);
  EXPECT_EQ(Count("governance.meeting.decision", kSuccess, std::to_string(january.id)), 1);

  // A refused action refuses the decision: nothing of either is stored.
  for (const auto& [action_input, field] :
       {std::pair{ActionInput("2026-01-05", police_), "action.due_on"},
        std::pair{ActionInput("2026-04-30", south_police_), "action.owner_agency_id"},
        std::pair{DecisionAction{" ", police_, "Fictional Lead", D("2026-04-30"), std::nullopt},
                  "action.title"}}) {
    EXPECT_EQ(
        Refusal(meetings_->RecordDecision(officer_, january.id, {"Fictional.", {}, action_input})),
        std::string{"invalid_input "} + field);
  }
  EXPECT_EQ(StoredMeeting(january.id).decisions.size(), 1u);
  EXPECT_EQ(Actions().size(), 1u);
  EXPECT_EQ(Count("governance.meeting.decision", kSuccess), 1);
  EXPECT_EQ(Count("action.create", kSuccess), 1);
}

TEST_P(MeetingRecordTest, TheAttendanceReportCountsEachAgencyOverAPeriod) {
  const Meeting november = Hold(board_body_.id, "2025-11-10");
  const Meeting december = Hold(board_body_.id, "2025-12-08");
  const Meeting january = Hold(board_body_.id, "2026-01-05");
  Hold(board_body_.id, "2025-12-15");  // no attendance recorded: not counted
  const auto record = [&](const Meeting& meeting, std::vector<AttendanceMark> marks) {
    Value(meetings_->RecordAttendance(officer_, meeting.id, meeting.version, std::move(marks)));
  };
  record(november, Marks(Status::kPresent, Status::kPresent, Status::kApologies, Status::kPresent));
  record(december, Marks(Status::kPresent, Status::kPresent, Status::kDeputy, Status::kApologies));
  record(january, Marks(Status::kPresent, Status::kAbsent, Status::kAbsent, Status::kPresent));

  const AttendanceReport report =
      Value(attendance_->Report(officer_, D("2025-11-01"), D("2025-12-31")));
  EXPECT_EQ(report.meetings, 2);
  EXPECT_EQ(report.from, D("2025-11-01"));
  EXPECT_EQ(report.to, D("2025-12-31"));
  ASSERT_EQ(report.figures.size(), 2u);  // by agency name: the ICB, then the police
  const AttendanceFigure& health = report.figures[0];
  EXPECT_EQ(health.agency_id, health_);
  EXPECT_EQ(health.body_id, board_body_.id);
  EXPECT_EQ(health.expected, 2);
  EXPECT_EQ(health.in_person, 0);
  EXPECT_EQ(health.by_deputy, 1);
  EXPECT_EQ(health.percent(), 50);
  const AttendanceFigure& police = report.figures[1];
  EXPECT_EQ(police.agency_id, police_);
  EXPECT_EQ(police.expected, 2);
  EXPECT_EQ(police.in_person, 2);
  EXPECT_EQ(police.by_deputy, 0);
  EXPECT_EQ(police.percent(), 100);
  EXPECT_EQ(report.body_names.at(board_body_.id), "Northshire Safeguarding Partnership Board");
  EXPECT_EQ(Count("governance.attendance.read", kSuccess), 1);

  // With January: the police were absent, so 2 of 3.
  const AttendanceReport longer =
      Value(attendance_->Report(board_, D("2025-11-01"), D("2026-01-31")));
  EXPECT_EQ(longer.meetings, 3);
  ASSERT_EQ(longer.figures.size(), 2u);
  EXPECT_EQ(longer.figures[1].expected, 3);
  EXPECT_EQ(longer.figures[1].percent(), 67);

  EXPECT_EQ(Refusal(attendance_->Report(officer_, D("2025-12-31"), D("2025-11-01"))),
            "invalid_input to");
  EXPECT_EQ(Refusal(attendance_->Report(police_lead_, D("2025-11-01"), D("2025-12-31"))),
            "forbidden");
  EXPECT_EQ(Count("governance.attendance.read", kDenied), 1);
  EXPECT_EQ(Count("governance.attendance.read", kSuccess), 2);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(MeetingRecordTest);

}  // namespace
}  // namespace assure::domain
