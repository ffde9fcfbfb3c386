// The demo's governance (demo_governance.h) over a real Store, on both backends, with the demo's
// six agencies (three statutory partners) and people: seven bodies in a tree under the Executive
// Board, each with a chair, a vice-chair and terms of reference, the board member's account on
// the Executive; 18 months of the Executive's monthly meetings, the groups' and subgroups' too;
// exactly one held meeting not quorate (the Executive's latest, police and health absent with
// apologies); every held meeting minuted, its minutes approved at the body's next meeting but the
// latest's (and, at the Executive, the one before, since its latest meeting could decide
// nothing), which the business unit's to-do shows; actions made by decisions, with the source
// "meeting"; one body's terms past their review date; the board member's papers for the
// Executive's next meeting; a second run adds nothing. Fictional data only.
#include "cli/demo/governance/demo_governance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/governance/body_service.h"
#include "domain/governance/meetings/meeting_service.h"
#include "domain/london_date.h"
#include "testing/store_fixture.h"

namespace assure::cli {
namespace {

using domain::AttendanceStatus;
using domain::Body;
using domain::BodyKind;
using domain::MeetingSummary;
using domain::MinutesState;
using domain::Role;
using domain::Transaction;

constexpr const char* kExecutive = "Executive Board";

class DemoGovernanceSuite : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    today_ = domain::LondonDate(clock_.Now());
    partnership_ = MakePartnership("northshire");
    const std::vector<domain::NewAgency> agencies{
        {"Northshire County Council", domain::AgencyType::kLocalAuthority, true},
        {"Northshire Constabulary", domain::AgencyType::kPolice, true},
        {"Northshire Integrated Care Board", domain::AgencyType::kHealth, true},
        {"Riverside Academy Trust", domain::AgencyType::kEducation, false},
        {"Northshire Probation Service", domain::AgencyType::kProbation, false},
        {"Harbour Lane Family Support", domain::AgencyType::kVoluntarySector, false}};
    for (const domain::NewAgency& agency : agencies) {
      auto made =
          store().Write([&](Transaction& tx) { return tx.agencies(partnership_).Create(agency); });
      ASSERT_TRUE(made.ok()) << made.error().message;
      agency_types_[made->id] = agency.type;
    }
    manager_ = Member(partnership_, "business_manager@northshire.example", Role::kBusinessManager);
    officer_ = Member(partnership_, "business_officer@northshire.example", Role::kBusinessOfficer);
    board_ = Member(partnership_, "board_member@northshire.example", Role::kBoardMember);
  }

  core::Result<WrittenGovernance> AddDemo() {
    return AddDemoGovernance(store(), partnership_, today_);
  }

  // The value of a call that should succeed; a default one, after failing the test, if not.
  template <typename T>
  static T Value(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << result.error().message;
    return result.ok() ? std::move(*result) : T{};
  }

  std::vector<Body> Bodies() { return Value(domain::BodyService(store(), clock_).List(manager_)); }

  const Body& Named(const std::vector<Body>& bodies, const std::string& name) {
    const auto found = std::find_if(bodies.begin(), bodies.end(),
                                    [&](const Body& body) { return body.content.name == name; });
    EXPECT_NE(found, bodies.end()) << name;
    return found != bodies.end() ? *found : empty_;
  }

  // The meetings held before today, by body, oldest first.
  std::map<domain::BodyId, std::vector<MeetingSummary>> Held() {
    std::map<domain::BodyId, std::vector<MeetingSummary>> held;
    for (MeetingSummary& summary :
         Value(domain::MeetingService(store(), clock_).List(manager_, {}))) {
      if (summary.meeting.content.held_on < today_) {
        held[summary.meeting.body_id].push_back(std::move(summary));
      }
    }
    return held;
  }

  domain::CivilDate today_;
  domain::PartnershipId partnership_ = 0;
  std::map<domain::AgencyId, domain::AgencyType> agency_types_;
  domain::Requester manager_;
  domain::Requester officer_;
  domain::Requester board_;
  Body empty_;
};

TEST_P(DemoGovernanceSuite, SevenBodiesInATreeWithChairsAndTermsOnePastItsReview) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(written->bodies, 7);
  EXPECT_EQ(written->terms, 13);
  const std::vector<Body> bodies = Bodies();
  ASSERT_EQ(bodies.size(), 7u);
  const Body& executive = Named(bodies, kExecutive);
  EXPECT_EQ(executive.content.kind, BodyKind::kBoard);
  EXPECT_FALSE(executive.content.parent_id.has_value());
  EXPECT_EQ(executive.content.quorum.minimum, 4);
  EXPECT_TRUE(executive.content.quorum.statutory_partners);
  const Body& children = Named(bodies, "Children's Safeguarding Partnership Group");
  for (const char* name :
       {"Children's Safeguarding Partnership Group", "Adults' Safeguarding Partnership Group"}) {
    const Body& group = Named(bodies, name);
    EXPECT_EQ(group.content.kind, BodyKind::kPartnershipGroup) << name;
    EXPECT_EQ(group.content.parent_id, executive.id) << name;
  }
  for (const char* name : {"Safeguarding Reviews Subgroup", "Exploitation Subgroup",
                           "Education Subgroup", "Prevention & Early Intervention Subgroup"}) {
    const Body& subgroup = Named(bodies, name);
    EXPECT_EQ(subgroup.content.kind, BodyKind::kSubgroup) << name;
    ASSERT_TRUE(subgroup.content.parent_id.has_value()) << name;
    EXPECT_TRUE(*subgroup.content.parent_id == executive.id ||
                *subgroup.content.parent_id == children.id)
        << name;
  }

  std::size_t members = 0;
  std::set<domain::MemberRole> roles;
  int ended = 0;
  for (const Body& body : bodies) {
    members += body.members.size();
    const auto is_member = [&](std::optional<domain::BodyMemberId> id) {
      return id && std::any_of(body.members.begin(), body.members.end(),
                               [&](const auto& member) { return member.id == *id; });
    };
    EXPECT_TRUE(is_member(body.content.chair_id)) << body.content.name;
    EXPECT_TRUE(is_member(body.content.vice_chair_id)) << body.content.name;
    EXPECT_NE(body.content.chair_id, body.content.vice_chair_id) << body.content.name;
    ASSERT_TRUE(body.terms.has_value()) << body.content.name;
    EXPECT_NE(body.terms->text.find("## Quorum"), std::string::npos) << body.content.name;
    for (const domain::BodyMember& member : body.members) {
      roles.insert(member.role);
      if (member.to_on) ++ended;
      if (member.agency_id) {
        EXPECT_TRUE(agency_types_.contains(*member.agency_id));
      }
    }
  }
  EXPECT_EQ(members, static_cast<std::size_t>(written->members));
  EXPECT_EQ(roles.size(), domain::AllMemberRoles().size());
  EXPECT_EQ(ended, 1);
  EXPECT_TRUE(std::any_of(executive.members.begin(), executive.members.end(),
                          [&](const auto& member) { return member.user_id == board_.user_id(); }));

  // One body's terms are past their review date; the others were reviewed.
  const domain::BodyService service(store(), clock_);
  const auto due = Value(service.TermsPastReview(manager_));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due.front().body_name, "Prevention & Early Intervention Subgroup");
  EXPECT_LT(due.front().review_on, today_);
  const auto history = Value(service.TermsHistory(manager_, executive.id));
  ASSERT_EQ(history.size(), 2u);
  EXPECT_LT(today_, history.front().review_on);
}

TEST_P(DemoGovernanceSuite, EighteenMonthsOfMonthlyExecutiveMeetingsAndTheNextOneSoon) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  const std::vector<Body> bodies = Bodies();
  const Body& executive = Named(bodies, kExecutive);
  auto held = Held();
  const std::vector<MeetingSummary>& meetings = held[executive.id];
  ASSERT_EQ(meetings.size(), 18u);
  const auto first = meetings.front().meeting.content.held_on;
  EXPECT_GE(domain::DaysBetween(first, today_), 520);
  EXPECT_LE(domain::DaysBetween(first, today_), 560);
  EXPECT_LE(domain::DaysBetween(meetings.back().meeting.content.held_on, today_), 40);
  for (std::size_t i = 1; i < meetings.size(); ++i) {
    const int gap = domain::DaysBetween(meetings[i - 1].meeting.content.held_on,
                                        meetings[i].meeting.content.held_on);
    EXPECT_GE(gap, 21);  // a month, either meeting moved off a weekend or a bank holiday
    EXPECT_LE(gap, 38);
  }
  const std::map<std::string, std::size_t> expected{
      {kExecutive, 18},
      {"Children's Safeguarding Partnership Group", 9},
      {"Adults' Safeguarding Partnership Group", 9},
      {"Safeguarding Reviews Subgroup", 6},
      {"Exploitation Subgroup", 6},
      {"Education Subgroup", 6},
      {"Prevention & Early Intervention Subgroup", 6}};
  int count = 0;
  for (const auto& [name, number] : expected) {
    EXPECT_EQ(held[Named(bodies, name).id].size(), number) << name;
    count += static_cast<int>(number);
  }
  EXPECT_EQ(written->held, count);
  EXPECT_EQ(written->meetings, count + 7);  // each body's next meeting

  // The board member's to-do: the Executive's next meeting, its papers out.
  const domain::MeetingService service(store(), clock_);
  const auto due = Value(service.PapersDue(board_));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due.front().body_name, kExecutive);
  EXPECT_LE(domain::DaysBetween(today_, due.front().held_on), 14);
  EXPECT_GE(due.front().papers, 1);
  const auto view = Value(service.Get(board_, due.front().meeting_id));
  EXPECT_TRUE(view.may_read_restricted);
  bool restricted = false;
  for (const domain::AgendaItem& item : view.meeting.agenda) {
    restricted = restricted || item.restricted;
    for (const domain::Paper& paper : item.papers) {
      const auto download = Value(service.ReadPaper(board_, view.meeting.id, paper.id));
      EXPECT_EQ(download.bytes.rfind(kExecutive, 0), 0u) << paper.file_name;
      EXPECT_EQ(paper.media_type.rfind("text/plain", 0), 0u) << paper.file_name;
    }
  }
  EXPECT_TRUE(restricted);
}

TEST_P(DemoGovernanceSuite, ExactlyOneHeldMeetingIsNotQuorateTheExecutivesLatest) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  const std::vector<Body> bodies = Bodies();
  const Body& executive = Named(bodies, kExecutive);
  auto held = Held();
  std::vector<MeetingSummary> inquorate;
  std::set<AttendanceStatus> statuses;
  for (const auto& [body, meetings] : held) {
    for (const MeetingSummary& summary : meetings) {
      EXPECT_TRUE(summary.quorum.recorded);
      if (!summary.quorum.quorate) inquorate.push_back(summary);
      for (const domain::AttendanceMark& mark : summary.meeting.attendance) {
        statuses.insert(mark.status);
        EXPECT_EQ(mark.status == AttendanceStatus::kDeputy, !mark.deputy.empty());
      }
    }
  }
  EXPECT_EQ(statuses.size(), domain::AllAttendanceStatuses().size());
  ASSERT_EQ(inquorate.size(), 1u);
  const MeetingSummary& meeting = inquorate.front();
  EXPECT_EQ(meeting.meeting.body_id, executive.id);
  EXPECT_EQ(meeting.meeting.id, held[executive.id].back().meeting.id);
  EXPECT_TRUE(meeting.meeting.decisions.empty());
  std::set<domain::AgencyType> missing;
  for (const domain::AgencyId agency : meeting.quorum.statutory_missing) {
    missing.insert(agency_types_.at(agency));
  }
  EXPECT_EQ(missing, (std::set<domain::AgencyType>{domain::AgencyType::kPolice,
                                                   domain::AgencyType::kHealth}));
}

TEST_P(DemoGovernanceSuite, MinutesAreApprovedAtTheNextMeetingButTheLatest) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  const std::vector<Body> bodies = Bodies();
  const Body& executive = Named(bodies, kExecutive);
  std::map<domain::DecisionId, domain::Decision> decisions;
  int count = 0;
  auto held = Held();
  for (const auto& [body, meetings] : held) {
    for (const MeetingSummary& summary : meetings) {
      for (const domain::Decision& decision : summary.meeting.decisions) {
        decisions.emplace(decision.id, decision);
        ++count;
      }
    }
  }
  EXPECT_EQ(count, written->decisions);
  for (const auto& [body, meetings] : held) {
    // The Executive's latest meeting was not quorate: the minutes before it wait too.
    const std::size_t drafts = body == executive.id ? 2 : 1;
    ASSERT_GT(meetings.size(), drafts);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
      const domain::Meeting& meeting = meetings[i].meeting;
      EXPECT_FALSE(meeting.minutes.empty());
      if (i + drafts >= meetings.size()) {
        EXPECT_EQ(meeting.minutes_state, MinutesState::kDraft) << meeting.id;
        continue;
      }
      EXPECT_EQ(meeting.minutes_state, MinutesState::kApproved) << meeting.id;
      ASSERT_TRUE(meeting.minutes_approved_by.has_value()) << meeting.id;
      const auto approval = decisions.find(*meeting.minutes_approved_by);
      ASSERT_NE(approval, decisions.end()) << meeting.id;
      EXPECT_EQ(approval->second.approves_minutes_of, meeting.id);
      EXPECT_EQ(approval->second.meeting_id, meetings[i + 1].meeting.id);
    }
  }
  const auto due = Value(domain::MeetingService(store(), clock_).MinutesToApprove(manager_));
  ASSERT_EQ(due.size(), 1u);
  const auto& executive_held = held[executive.id];
  EXPECT_EQ(due.front().meeting_id, executive_held[executive_held.size() - 2].meeting.id);
}

TEST_P(DemoGovernanceSuite, SomeDecisionsMakeActionsWithTheSourceMeeting) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  int actions = 0;
  for (const auto& [body, meetings] : Held()) {
    for (const MeetingSummary& summary : meetings) {
      for (const domain::Decision& decision : summary.meeting.decisions) {
        if (!decision.action_id) continue;
        ++actions;
        auto action = store().Read(
            [&](Transaction& tx) { return tx.actions(partnership_).Get(*decision.action_id); });
        ASSERT_TRUE(action.ok()) << action.error().message;
        EXPECT_LT(summary.meeting.content.held_on, action->due_on);
        EXPECT_FALSE(action->lead_name.empty());
        EXPECT_TRUE(agency_types_.contains(action->owner_agency_id));
        EXPECT_TRUE(std::any_of(action->sources.begin(), action->sources.end(),
                                [&](const domain::ActionSource& source) {
                                  return source.kind == domain::SourceKind::kMeeting &&
                                         source.ref_id == summary.meeting.id;
                                }));
      }
    }
  }
  EXPECT_GE(actions, 1);
  EXPECT_EQ(actions, written->actions);
}

TEST_P(DemoGovernanceSuite, ASecondRunAddsNothing) {
  auto first = AddDemo();
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = AddDemo();
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->bodies, 0);
  EXPECT_EQ(second->members, 0);
  EXPECT_EQ(second->terms, 0);
  EXPECT_EQ(second->meetings, 0);
  EXPECT_EQ(second->papers, 0);
  EXPECT_EQ(second->decisions, 0);
  EXPECT_EQ(second->actions, 0);
  EXPECT_EQ(Bodies().size(), 7u);
  const auto meetings = Value(domain::MeetingService(store(), clock_).List(manager_, {}));
  EXPECT_EQ(meetings.size(), static_cast<std::size_t>(first->meetings));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(DemoGovernanceSuite);

}  // namespace
}  // namespace assure::cli
