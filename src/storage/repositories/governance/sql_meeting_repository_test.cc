// SqlMeetingRepository on both backends: meetings with their agenda, papers, attendance, minutes
// and decisions, versions, filters, and another partnership's records. Fictional data only.
#include "storage/repositories/governance/sql_meeting_repository.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/files/file_content_repository.h"
#include "security/tokens.h"
#include "storage/repositories/governance/governance_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::AgendaItem;
using domain::AttendanceMark;
using domain::AttendanceStatus;
using domain::Decision;
using domain::Meeting;
using domain::MinutesState;
using domain::Paper;

class SqlMeetingRepositoryTest : public GovernanceStorageTest {
 protected:
  void SetUp() override {
    GovernanceStorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    board_ = MakeBody(north_, Content("Executive Board", domain::BodyKind::kBoard)).id;
    group_ = MakeBody(north_, Content("Learning Subgroup")).id;
  }

  // A paper whose bytes are stored in north.
  Paper StoredPaper(const std::string& file_name, const std::string& bytes) {
    const std::string sha256 = security::Sha256Hex(bytes);
    auto put = store().Write(
        [&](domain::Transaction& tx) { return tx.file_contents(north_).Put(sha256, bytes); });
    EXPECT_TRUE(put.ok()) << put.error().message;
    return Paper{0, file_name, "application/pdf", static_cast<std::int64_t>(bytes.size()), sha256};
  }

  static AgendaItem Item(std::string title, bool restricted = false) {
    AgendaItem item;
    item.title = std::move(title);
    item.owner = "Jo Clerk";
    item.restricted = restricted;
    return item;
  }

  core::Result<Decision> Decide(domain::PartnershipId partnership, domain::BodyId body,
                                domain::MeetingId meeting, std::string text,
                                std::optional<domain::MeetingId> approves = std::nullopt) {
    Decision decision;
    decision.meeting_id = meeting;
    decision.text = std::move(text);
    decision.approves_minutes_of = approves;
    return Meetings(partnership, [&](auto& r) { return r.AddDecision(body, decision); });
  }

  core::Result<Meeting> Get(domain::PartnershipId partnership, domain::MeetingId id) {
    return Meetings(partnership, [&](auto& r) { return r.Get(id); });
  }

  std::vector<domain::MeetingId> Listed(const domain::MeetingFilter& filter) {
    auto listed = Meetings(north_, [&](auto& r) { return r.List(filter); });
    EXPECT_TRUE(listed.ok()) << listed.error().message;
    std::vector<domain::MeetingId> ids;
    if (listed.ok()) {
      for (const Meeting& meeting : *listed) ids.push_back(meeting.id);
    }
    return ids;
  }

  domain::BodyId board_ = 0;
  domain::BodyId group_ = 0;
};

TEST_P(SqlMeetingRepositoryTest, CreatesAMeetingAtVersionOneAndUpdatesItByVersion) {
  auto made = Meetings(north_, [&](auto& r) { return r.Create(board_, On("2025-11-10")); });
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_EQ(made->partnership_id, north_);
  EXPECT_EQ(made->body_id, board_);
  EXPECT_EQ(made->content.held_on, GovernanceDay("2025-11-10"));
  EXPECT_EQ(made->content.starts_at, "14:30");
  EXPECT_EQ(made->content.duration_minutes, 90);
  EXPECT_EQ(made->content.location, "Online");
  EXPECT_FALSE(made->content.cancelled);
  EXPECT_EQ(made->minutes_state, MinutesState::kNone);
  EXPECT_EQ(made->version, 1);

  Meeting changed = *made;
  changed.content = On("2025-11-17", "Room 4, County Hall");
  changed.content.cancelled = true;
  changed.minutes = "## Present\nEveryone.";
  changed.minutes_state = MinutesState::kDraft;
  auto updated = Meetings(north_, [&](auto& r) { return r.Update(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->content.held_on, GovernanceDay("2025-11-17"));
  EXPECT_EQ(updated->content.location, "Room 4, County Hall");
  EXPECT_TRUE(updated->content.cancelled);
  EXPECT_EQ(updated->minutes, "## Present\nEveryone.");
  EXPECT_EQ(updated->minutes_state, MinutesState::kDraft);

  changed.minutes = "Stale minutes.";
  auto stale = Meetings(north_, [&](auto& r) { return r.Update(changed); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  auto read = Get(north_, made->id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->minutes, "## Present\nEveryone.");
  EXPECT_EQ(read->version, 2);
}

TEST_P(SqlMeetingRepositoryTest, AnotherPartnershipsMeetingOrBodyIsNotFound) {
  const Meeting meeting = MakeMeeting(board_, "2025-11-10");
  auto item = Meetings(north_, [&](auto& r) { return r.AddItem(meeting.id, Item("Welcome")); });
  ASSERT_TRUE(item.ok()) << item.error().message;
  auto decision = Decide(north_, board_, meeting.id, "Agreed the plan.");
  ASSERT_TRUE(decision.ok()) << decision.error().message;
  const auto not_found = [](const auto& result) {
    return !result.ok() && result.error().code == ErrorCode::kNotFound;
  };
  EXPECT_TRUE(not_found(Get(south_, meeting.id)));
  EXPECT_TRUE(not_found(Meetings(south_, [&](auto& r) { return r.Update(meeting); })));
  EXPECT_TRUE(
      not_found(Meetings(south_, [&](auto& r) { return r.Create(board_, On("2025-12-01")); })));
  EXPECT_TRUE(
      not_found(Meetings(south_, [&](auto& r) { return r.AddItem(meeting.id, Item("X")); })));
  EXPECT_TRUE(
      not_found(Meetings(south_, [&](auto& r) { return r.UpdateItem(meeting.id, *item); })));
  EXPECT_TRUE(not_found(Meetings(south_, [&](auto& r) {
    return r.AddPaper(meeting.id, item->id, Paper{0, "a.pdf", "application/pdf", 1, "x"});
  })));
  EXPECT_TRUE(
      not_found(Meetings(south_, [&](auto& r) { return r.SetAttendance(meeting.id, {}); })));
  EXPECT_TRUE(not_found(Decide(south_, board_, meeting.id, "Taken over.")));
  EXPECT_TRUE(
      not_found(Meetings(south_, [&](auto& r) { return r.SetDecisionAction(decision->id, 1); })));
  auto listed = Meetings(south_, [](auto& r) { return r.List({}); });
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->empty());
}

TEST_P(SqlMeetingRepositoryTest, TheAgendaComesInPositionOrderWithItsPapersById) {
  const Meeting meeting = MakeMeeting(board_, "2025-11-10");
  const Meeting other = MakeMeeting(board_, "2025-12-08");
  AgendaItem first = Item("Annual report");
  first.papers = {StoredPaper("report.pdf", "fictional annual report")};
  auto added = Meetings(north_, [&](auto& r) { return r.AddItem(meeting.id, first); });
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added->position, 1);
  ASSERT_EQ(added->papers.size(), 1u);
  EXPECT_NE(added->papers[0].id, 0);
  auto second =
      Meetings(north_, [&](auto& r) { return r.AddItem(meeting.id, Item("Case update", true)); });
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->position, 2);
  auto elsewhere = Meetings(north_, [&](auto& r) { return r.AddItem(other.id, Item("Welcome")); });
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_EQ(elsewhere->position, 1);

  const Paper appendix = StoredPaper("appendix.pdf", "fictional appendix");
  auto paper =
      Meetings(north_, [&](auto& r) { return r.AddPaper(meeting.id, added->id, appendix); });
  ASSERT_TRUE(paper.ok()) << paper.error().message;
  auto wrong = Meetings(north_, [&](auto& r) { return r.AddPaper(other.id, added->id, appendix); });
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kNotFound);
  AgendaItem renamed = *second;
  renamed.title = "Case update (restricted)";
  renamed.owner = "Kim Lead";
  ASSERT_TRUE(Meetings(north_, [&](auto& r) { return r.UpdateItem(meeting.id, renamed); }).ok());

  auto read = Get(north_, meeting.id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  ASSERT_EQ(read->agenda.size(), 2u);
  EXPECT_EQ(read->agenda[0].title, "Annual report");
  ASSERT_EQ(read->agenda[0].papers.size(), 2u);
  EXPECT_EQ(read->agenda[0].papers[0].file_name, "report.pdf");
  EXPECT_EQ(read->agenda[0].papers[1].id, paper->id);
  EXPECT_EQ(read->agenda[0].papers[1].sha256, appendix.sha256);
  EXPECT_EQ(read->agenda[0].papers[1].size, appendix.size);
  EXPECT_EQ(read->agenda[0].papers[1].media_type, "application/pdf");
  EXPECT_EQ(read->agenda[1].title, "Case update (restricted)");
  EXPECT_EQ(read->agenda[1].owner, "Kim Lead");
  EXPECT_TRUE(read->agenda[1].restricted);
  EXPECT_TRUE(read->agenda[1].papers.empty());
  EXPECT_EQ(read->version, 1);  // the agenda does not move the meeting's version
}

TEST_P(SqlMeetingRepositoryTest, AttendanceIsReplacedAsAWholeByMemberId) {
  const Meeting meeting = MakeMeeting(board_, "2025-11-10");
  const auto chair = MakeBodyMember(board_, "Alex Chair", "", "2025-01-01");
  const auto lead = MakeBodyMember(board_, "", "Director of Children's Services", "2025-01-01");
  const auto outsider = MakeBodyMember(group_, "Sam Else", "", "2025-01-01");
  const std::vector<AttendanceMark> first{{lead.id, AttendanceStatus::kDeputy, "Pat Deputy"},
                                          {chair.id, AttendanceStatus::kPresent, ""}};
  ASSERT_TRUE(Meetings(north_, [&](auto& r) { return r.SetAttendance(meeting.id, first); }).ok());
  auto read = Get(north_, meeting.id);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->attendance.size(), 2u);
  EXPECT_EQ(read->attendance[0].member_id, chair.id);
  EXPECT_EQ(read->attendance[0].status, AttendanceStatus::kPresent);
  EXPECT_EQ(read->attendance[1].member_id, lead.id);
  EXPECT_EQ(read->attendance[1].status, AttendanceStatus::kDeputy);
  EXPECT_EQ(read->attendance[1].deputy, "Pat Deputy");

  const std::vector<AttendanceMark> second{{chair.id, AttendanceStatus::kApologies, ""}};
  ASSERT_TRUE(Meetings(north_, [&](auto& r) { return r.SetAttendance(meeting.id, second); }).ok());
  read = Get(north_, meeting.id);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->attendance.size(), 1u);
  EXPECT_EQ(read->attendance[0].status, AttendanceStatus::kApologies);

  const std::vector<AttendanceMark> stranger{{outsider.id, AttendanceStatus::kPresent, ""}};
  auto refused = Meetings(north_, [&](auto& r) { return r.SetAttendance(meeting.id, stranger); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
  const std::vector<AttendanceMark> twice{{chair.id, AttendanceStatus::kPresent, ""},
                                          {chair.id, AttendanceStatus::kAbsent, ""}};
  auto doubled = Meetings(north_, [&](auto& r) { return r.SetAttendance(meeting.id, twice); });
  ASSERT_FALSE(doubled.ok());
  EXPECT_EQ(doubled.error().code, ErrorCode::kInvalidInput);
}

TEST_P(SqlMeetingRepositoryTest, DecisionsAreNumberedPerBodyAndCalendarYear) {
  const Meeting november = MakeMeeting(board_, "2025-11-10");
  const Meeting january = MakeMeeting(board_, "2026-01-12");
  const Meeting group = MakeMeeting(group_, "2025-12-01");
  auto one = Decide(north_, board_, november.id, "Adopted the strategy.");
  auto two = Decide(north_, board_, november.id, "Asked for a neglect audit.");
  auto group_one = Decide(north_, group_, group.id, "Agreed the audit tool.");
  auto next_year = Decide(north_, board_, january.id, "Approved the minutes.", november.id);
  ASSERT_TRUE(one.ok()) << one.error().message;
  ASSERT_TRUE(two.ok() && group_one.ok() && next_year.ok());
  EXPECT_EQ(one->year, 2025);
  EXPECT_EQ(one->number, 1);
  EXPECT_EQ(two->number, 2);
  EXPECT_EQ(group_one->year, 2025);
  EXPECT_EQ(group_one->number, 1);
  EXPECT_EQ(next_year->year, 2026);
  EXPECT_EQ(next_year->number, 1);
  EXPECT_EQ(next_year->meeting_id, january.id);
  EXPECT_EQ(next_year->approves_minutes_of, november.id);

  auto wrong_body = Decide(north_, group_, november.id, "Not this body's meeting.");
  ASSERT_FALSE(wrong_body.ok());
  EXPECT_EQ(wrong_body.error().code, ErrorCode::kNotFound);
  auto wrong_minutes = Decide(north_, board_, january.id, "Approved.", group.id);
  ASSERT_FALSE(wrong_minutes.ok());
  EXPECT_EQ(wrong_minutes.error().code, ErrorCode::kNotFound);

  auto action = db().Write([&](sql::Connection& c) {
    return c.Query(
        "INSERT INTO actions (partnership_id, title, owner_agency_id, lead_name, due_on,"
        " priority, created_at) VALUES (?, 'Neglect audit', ?, 'Kim Lead', '2026-03-31',"
        " 'high', '2025-11-10T12:00:00.000000Z') RETURNING id",
        {north_, police_});
  });
  ASSERT_TRUE(action.ok()) << action.error().message;
  const std::int64_t action_id = (*action)[0].Int64(0);
  ASSERT_TRUE(
      Meetings(north_, [&](auto& r) { return r.SetDecisionAction(two->id, action_id); }).ok());
  auto unknown = Meetings(north_, [&](auto& r) { return r.SetDecisionAction(999999, action_id); });
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);

  auto read = Get(north_, november.id);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->decisions.size(), 2u);
  EXPECT_EQ(read->decisions[0].id, one->id);
  EXPECT_EQ(read->decisions[0].text, "Adopted the strategy.");
  EXPECT_FALSE(read->decisions[0].action_id.has_value());
  EXPECT_EQ(read->decisions[1].id, two->id);
  EXPECT_EQ(read->decisions[1].action_id, action_id);
}

TEST_P(SqlMeetingRepositoryTest, ListFiltersByBodyAndDatesInDateOrderWithEverythingHeld) {
  const Meeting late = MakeMeeting(board_, "2026-02-09");
  const Meeting early = MakeMeeting(board_, "2025-10-06");
  const Meeting group = MakeMeeting(group_, "2025-12-01");
  const Meeting same_day = MakeMeeting(board_, "2025-12-01");
  ASSERT_TRUE(Meetings(north_, [&](auto& r) { return r.AddItem(early.id, Item("Welcome")); }).ok());
  ASSERT_TRUE(Decide(north_, group_, group.id, "Agreed the tool.").ok());
  const auto member = MakeBodyMember(board_, "Alex Chair", "", "2025-01-01");
  const std::vector<AttendanceMark> marks{{member.id, AttendanceStatus::kPresent, ""}};
  ASSERT_TRUE(Meetings(north_, [&](auto& r) { return r.SetAttendance(late.id, marks); }).ok());

  EXPECT_EQ(Listed({}), (std::vector<domain::MeetingId>{early.id, group.id, same_day.id, late.id}));
  EXPECT_EQ(Listed({board_, std::nullopt, std::nullopt}),
            (std::vector<domain::MeetingId>{early.id, same_day.id, late.id}));
  EXPECT_EQ(Listed({std::nullopt, GovernanceDay("2025-12-01"), GovernanceDay("2025-12-31")}),
            (std::vector<domain::MeetingId>{group.id, same_day.id}));
  EXPECT_EQ(Listed({board_, GovernanceDay("2025-12-02"), std::nullopt}),
            (std::vector<domain::MeetingId>{late.id}));

  auto all = Meetings(north_, [](auto& r) { return r.List({}); });
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ((*all)[0].agenda.size(), 1u);
  EXPECT_EQ((*all)[1].decisions.size(), 1u);
  EXPECT_TRUE((*all)[2].agenda.empty());
  EXPECT_EQ((*all)[3].attendance.size(), 1u);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlMeetingRepositoryTest);

}  // namespace
}  // namespace assure::storage
