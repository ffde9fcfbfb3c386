// MeetingService over a real Store, on both backends: the business unit schedules a body's
// meetings, builds the agenda with public and restricted items and attaches papers; the body's
// members with an account read everything, the leads of agencies sitting on the body read the
// public part only, and everyone else finds no such meeting (refusals audited); attendance is
// recorded once the meeting has taken place, at the current version, and its quorum computed;
// the calendar and the papers to-do show only what the asker may read. Fictional data only.
#include "domain/governance/meetings/meeting_service.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "testing/governance_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using Status = AttendanceStatus;

class MeetingServiceTest : public testing::GovernanceServiceTest {
 protected:
  void SetUp() override {
    GovernanceServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    SeatBoard();
  }

  static std::vector<std::string> TitlesOf(const Meeting& meeting) {
    std::vector<std::string> titles;
    for (const AgendaItem& item : meeting.agenda) titles.push_back(item.title);
    return titles;
  }

  static int Events(const std::string& calendar) {
    int n = 0;
    for (auto at = calendar.find("BEGIN:VEVENT"); at != std::string::npos;
         at = calendar.find("BEGIN:VEVENT", at + 1)) {
      ++n;
    }
    return n;
  }
};

TEST_P(MeetingServiceTest, TheBusinessUnitSchedulesAMeetingAndBuildsItsAgenda) {
  MeetingContent content;
  content.held_on = D("2026-01-20");
  content.starts_at = "14:30";
  content.location = "  Fictional Civic Centre ";
  const Meeting meeting = Value(meetings_->Schedule(officer_, board_body_.id, content));
  EXPECT_EQ(meeting.body_id, board_body_.id);
  EXPECT_EQ(meeting.content.location, "Fictional Civic Centre");
  EXPECT_EQ(meeting.minutes_state, MinutesState::kNone);
  EXPECT_EQ(meeting.version, 1);
  const std::string id = std::to_string(meeting.id);
  EXPECT_EQ(Count("governance.meeting.schedule", kSuccess, id), 1);

  content.starts_at = "25:00";
  EXPECT_EQ(Refusal(meetings_->Schedule(officer_, board_body_.id, content)),
            "invalid_input starts_at");
  content.starts_at = "10:00";
  content.duration_minutes = 10;
  EXPECT_EQ(Refusal(meetings_->Schedule(officer_, board_body_.id, content)),
            "invalid_input duration_minutes");
  content.duration_minutes = 90;
  EXPECT_EQ(Refusal(meetings_->Schedule(police_lead_, board_body_.id, content)), "forbidden");
  EXPECT_EQ(Count("governance.meeting.schedule", kDenied, std::to_string(board_body_.id)), 1);
  EXPECT_EQ(Refusal(meetings_->Schedule(south_manager_, board_body_.id, content)), "not_found");

  const AgendaItem plan = Item(meeting.id, "Fictional business plan", false);
  const AgendaItem review = Item(meeting.id, "Fictional case review update", true);
  EXPECT_EQ(plan.position, 1);
  EXPECT_EQ(review.position, 2);
  EXPECT_TRUE(review.restricted);
  EXPECT_EQ(Count("governance.meeting.item", kSuccess, id), 2);
  EXPECT_EQ(Refusal(meetings_->AddItem(officer_, meeting.id, AgendaItem{})), "invalid_input title");
  EXPECT_EQ(Refusal(meetings_->AddItem(police_lead_, meeting.id, plan)), "forbidden");

  const Paper paper = PaperOf(meeting.id, plan.id, "business-plan.pdf");
  EXPECT_EQ(paper.file_name, "business-plan.pdf");
  EXPECT_EQ(paper.media_type, "application/pdf");
  EXPECT_EQ(paper.size, static_cast<std::int64_t>(std::string{kPdf}.size()));
  EXPECT_EQ(paper.sha256.size(), 64u);
  EXPECT_EQ(Count("governance.meeting.paper", kSuccess, id), 1);
  EXPECT_EQ(Refusal(meetings_->AddPaper(officer_, meeting.id, plan.id, "plan.pdf", "Not a PDF.")),
            "invalid_input file");
  EXPECT_EQ(Refusal(meetings_->AddPaper(officer_, meeting.id, review.id + 1000, "plan.pdf", kPdf)),
            "invalid_input item_id");
  const PaperDownload read = Value(meetings_->ReadPaper(officer_, meeting.id, paper.id));
  EXPECT_EQ(read.bytes, kPdf);
  EXPECT_EQ(read.paper.file_name, "business-plan.pdf");
  EXPECT_EQ(Count("governance.meeting.paper.read", kSuccess, id), 1);
  const Meeting stored = StoredMeeting(meeting.id);
  EXPECT_EQ(TitlesOf(stored),
            (std::vector<std::string>{"Fictional business plan", "Fictional case review update"}));
  ASSERT_EQ(stored.agenda[0].papers.size(), 1u);
  EXPECT_TRUE(stored.agenda[1].papers.empty());

  content.location = "Online";
  const Meeting moved = Value(meetings_->Update(officer_, meeting.id, stored.version, content));
  EXPECT_EQ(moved.content.location, "Online");
  EXPECT_EQ(moved.version, stored.version + 1);
  EXPECT_EQ(Refusal(meetings_->Update(officer_, meeting.id, stored.version, content)),
            "conflict version");
  EXPECT_EQ(Count("governance.meeting.update", kSuccess, id), 1);
}

TEST_P(MeetingServiceTest, MembersReadEverythingAndSittingAgenciesThePublicPart) {
  const Meeting meeting = Hold(board_body_.id, "2025-12-08");
  const AgendaItem plan = Item(meeting.id, "Fictional business plan", false);
  const AgendaItem review = Item(meeting.id, "Fictional case review update", true);
  const Paper public_paper = PaperOf(meeting.id, plan.id, "business-plan.pdf");
  const Paper restricted_paper = PaperOf(meeting.id, review.id, "case-review.pdf");
  Minuted(meeting.id, "Fictional draft minutes.");
  const std::string id = std::to_string(meeting.id);

  // The chair's account: a board member who sits on the body.
  const MeetingView member = Value(meetings_->Get(board_, meeting.id));
  EXPECT_EQ(TitlesOf(member.meeting),
            (std::vector<std::string>{"Fictional business plan", "Fictional case review update"}));
  EXPECT_EQ(member.meeting.minutes, "Fictional draft minutes.");
  EXPECT_TRUE(member.may_read_restricted);
  EXPECT_FALSE(member.may_edit);
  EXPECT_TRUE(member.minutes_to_approve.empty());
  EXPECT_EQ(member.expected.size(), 4u);
  EXPECT_EQ(Value(meetings_->ReadPaper(board_, meeting.id, restricted_paper.id)).bytes, kPdf);

  // The police sit on the board: its lead reads the public part, without the draft minutes.
  const MeetingView lead = Value(meetings_->Get(police_lead_, meeting.id));
  EXPECT_EQ(TitlesOf(lead.meeting), std::vector<std::string>{"Fictional business plan"});
  EXPECT_EQ(lead.meeting.minutes, "");
  EXPECT_EQ(lead.meeting.minutes_state, MinutesState::kDraft);
  EXPECT_FALSE(lead.may_read_restricted);
  EXPECT_EQ(lead.agency_names.at(police_), "Northshire Police");
  EXPECT_EQ(Value(meetings_->ReadPaper(police_lead_, meeting.id, public_paper.id)).bytes, kPdf);
  EXPECT_EQ(Refusal(meetings_->ReadPaper(police_lead_, meeting.id, restricted_paper.id)),
            "not_found");
  EXPECT_EQ(Count("governance.meeting.paper.read", kDenied, id), 1);
  EXPECT_EQ(Count("governance.meeting.read", kSuccess, id), 2);

  // A board member on no body, the lead of an agency not on it, a reviewer, another partnership.
  for (const Requester* who : {&other_board_, &council_lead_, &reviewer_, &south_manager_}) {
    EXPECT_EQ(Refusal(meetings_->Get(*who, meeting.id)), "not_found") << who->user_id();
    EXPECT_EQ(Refusal(meetings_->ReadPaper(*who, meeting.id, public_paper.id)), "not_found");
  }
  EXPECT_EQ(Count("governance.meeting.read", kDenied, id), 3);
  EXPECT_EQ(Count("governance.meeting.read", kDenied, id, south_), 1);
  EXPECT_EQ(Count("governance.meeting.read", kSuccess, id), 2);

  const auto listed = Value(meetings_->List(police_lead_, {board_body_.id, {}, {}}));
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].body_name, "Northshire Safeguarding Partnership Board");
  EXPECT_EQ(TitlesOf(listed[0].meeting), std::vector<std::string>{"Fictional business plan"});
  EXPECT_TRUE(Value(meetings_->List(other_board_, {})).empty());
  EXPECT_EQ(Count("governance.meeting.list", kSuccess), 2);
}

TEST_P(MeetingServiceTest, AttendanceIsRecordedAfterTheMeetingAndItsQuorumComputed) {
  const Meeting coming = Hold(board_body_.id, "2026-01-20");
  const auto all_present =
      Marks(Status::kPresent, Status::kPresent, Status::kPresent, Status::kPresent);
  EXPECT_EQ(Refusal(meetings_->RecordAttendance(officer_, coming.id, coming.version, all_present)),
            "invalid_input attendance");

  const Meeting held = Hold(board_body_.id, "2025-12-08");
  EXPECT_EQ(Refusal(meetings_->RecordAttendance(officer_, held.id, held.version + 1, all_present)),
            "conflict version");
  EXPECT_EQ(Refusal(meetings_->RecordAttendance(police_lead_, held.id, held.version, all_present)),
            "forbidden");
  auto missing = all_present;
  missing.pop_back();
  EXPECT_EQ(Refusal(meetings_->RecordAttendance(officer_, held.id, held.version, missing)),
            "invalid_input attendance");
  auto unnamed = all_present;
  unnamed[2].status = Status::kDeputy;
  EXPECT_EQ(Refusal(meetings_->RecordAttendance(officer_, held.id, held.version, unnamed)),
            "invalid_input attendance[2].deputy");
  EXPECT_TRUE(StoredMeeting(held.id).attendance.empty());

  // The chair and a deputy for health count; the adviser does not: 2 of 2 needed.
  const MeetingView view = Value(meetings_->RecordAttendance(
      officer_, held.id, held.version,
      Marks(Status::kPresent, Status::kApologies, Status::kDeputy, Status::kPresent)));
  EXPECT_TRUE(view.quorum.recorded);
  EXPECT_EQ(view.quorum.counted, 2);
  EXPECT_EQ(view.quorum.minimum, 2);
  EXPECT_TRUE(view.quorum.quorate);
  EXPECT_EQ(view.meeting.attendance.size(), 4u);
  EXPECT_EQ(view.meeting.version, held.version + 1);
  EXPECT_EQ(Count("governance.meeting.attendance", kSuccess, std::to_string(held.id)), 1);
  EXPECT_TRUE(Value(meetings_->Get(board_, held.id)).quorum.quorate);

  const MeetingView again = Value(meetings_->RecordAttendance(
      officer_, held.id, view.meeting.version,
      Marks(Status::kPresent, Status::kApologies, Status::kAbsent, Status::kPresent)));
  EXPECT_EQ(again.quorum.counted, 1);
  EXPECT_FALSE(again.quorum.quorate);
  const Meeting stored = StoredMeeting(held.id);
  ASSERT_EQ(stored.attendance.size(), 4u);
  MeetingContent content = stored.content;
  content.held_on = D("2025-12-09");
  EXPECT_EQ(Refusal(meetings_->Update(officer_, held.id, stored.version, content)),
            "invalid_input held_on");

  content = coming.content;
  content.held_on = D("2025-12-15");
  content.cancelled = true;
  const Meeting cancelled = Value(meetings_->Update(officer_, coming.id, coming.version, content));
  EXPECT_EQ(
      Refusal(meetings_->RecordAttendance(officer_, cancelled.id, cancelled.version, all_present)),
      "invalid_input attendance");
}

TEST_P(MeetingServiceTest, TheCalendarHasOneEventForEachMeetingTheAskerMayRead) {
  Hold(board_body_.id, "2025-12-08");
  Hold(board_body_.id, "2026-01-20");
  Hold(board_body_.id, "2026-03-02");
  const Body subgroup = MakeBody("Fictional Schools Subgroup", BodyKind::kSubgroup, board_body_.id);
  Join(subgroup.id, "Fictional Head Teacher", std::nullopt, council_);
  Hold(subgroup.id, "2026-02-03");

  const std::string calendar = Value(meetings_->Calendar(officer_, board_body_.id));
  EXPECT_EQ(Events(calendar), 3);
  EXPECT_NE(calendar.find("BEGIN:VCALENDAR"), std::string::npos);
  EXPECT_NE(calendar.find("SUMMARY:Northshire Safeguarding Partnership Board"), std::string::npos);
  EXPECT_EQ(Events(Value(meetings_->Calendar(board_, board_body_.id))), 3);
  EXPECT_EQ(Events(Value(meetings_->Calendar(police_lead_, board_body_.id))), 3);
  EXPECT_EQ(Events(Value(meetings_->Calendar(council_lead_, board_body_.id))), 0);
  EXPECT_EQ(Events(Value(meetings_->Calendar(council_lead_, subgroup.id))), 1);
  EXPECT_EQ(Events(Value(meetings_->Calendar(other_board_, board_body_.id))), 0);
  EXPECT_EQ(Refusal(meetings_->Calendar(reviewer_, board_body_.id)), "not_found");
  EXPECT_EQ(Refusal(meetings_->Calendar(south_manager_, board_body_.id)), "not_found");
}

TEST_P(MeetingServiceTest, PapersAreDueForMembersWithAnAccountInTheTwoWeeksBefore) {
  const Meeting soon = Hold(board_body_.id, "2026-01-15");
  const AgendaItem plan = Item(soon.id, "Fictional business plan", false);
  const AgendaItem review = Item(soon.id, "Fictional case review update", true);
  PaperOf(soon.id, plan.id, "business-plan.pdf");
  PaperOf(soon.id, review.id, "case-review.pdf");
  const Meeting later = Hold(board_body_.id, "2026-03-02");
  PaperOf(later.id, Item(later.id, "Fictional annual report", false).id, "annual-report.pdf");
  Hold(board_body_.id, "2026-01-12");  // no papers

  const auto due = Value(meetings_->PapersDue(board_));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].meeting_id, soon.id);
  EXPECT_EQ(due[0].body_name, "Northshire Safeguarding Partnership Board");
  EXPECT_EQ(due[0].held_on, D("2026-01-15"));
  EXPECT_EQ(due[0].papers, 2);
  // The police member has no account; the lead is no member; nor is the other board member.
  EXPECT_TRUE(Value(meetings_->PapersDue(police_lead_)).empty());
  EXPECT_TRUE(Value(meetings_->PapersDue(other_board_)).empty());
  EXPECT_TRUE(Value(meetings_->PapersDue(officer_)).empty());
  // The council's lead sits by their account for no agency: their role reads no meeting of a body
  // the council does not sit on, so they have no papers to read in it either.
  Join(board_body_.id, "Fictional Council Lead", council_lead_.user_id(), std::nullopt);
  EXPECT_EQ(Refusal(meetings_->Get(council_lead_, soon.id)), "not_found");
  EXPECT_TRUE(Value(meetings_->PapersDue(council_lead_)).empty());

  clock_.Advance(std::chrono::days{11});  // Friday 16 January 2026: the meeting has passed
  EXPECT_TRUE(Value(meetings_->PapersDue(board_)).empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(MeetingServiceTest);

}  // namespace
}  // namespace assure::domain
