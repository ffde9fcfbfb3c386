// GovernanceServiceTest: the fixture of the governance service tests (body_service_test.cc,
// meeting_service_test.cc), on a real SqlStore of either backend: CaseServiceTest's two
// partnerships, agencies and one person per role, plus a second board member and the council's
// lead, the three governance services, and helpers to make bodies, members and meetings and to
// read what is stored without the services (no audit). SeatBoard makes the board the meeting
// tests use: its chair (board_'s account, no agency), a police member, a health member and an
// adviser (no agency), all from 1 September 2025; a quorum of 2, no statutory partners rule.
// Today is Monday 5 January 2026 (FakeClock). Fictional data only. Not thread-safe; one test owns
// it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/governance/body_repository.h"
#include "domain/governance/body_service.h"
#include "domain/governance/meetings/attendance_service.h"
#include "domain/governance/meetings/meeting_repository.h"
#include "domain/governance/meetings/meeting_service.h"
#include "testing/case_fixture.h"

namespace assure::testing {

class GovernanceServiceTest : public CaseServiceTest {
 protected:
  static constexpr const char* kPdf = "%PDF-1.4\n% Fictional board paper\n";

  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    bodies_ = std::make_unique<domain::BodyService>(store(), clock_);
    meetings_ = std::make_unique<domain::MeetingService>(store(), clock_);
    attendance_ = std::make_unique<domain::AttendanceService>(store(), clock_);
    other_board_ = Member(north_, "board.other@example.org", domain::Role::kBoardMember);
    council_lead_ = Member(north_, "council.lead@example.org", domain::Role::kAgencyLead, council_);
  }

  // "ok", or the refusal's code ("forbidden") and the field it names, if any.
  template <typename T>
  static std::string Refusal(const core::Result<T>& result) {
    if (result.ok()) return "ok";
    const std::string code{core::ErrorCodeName(result.error().code)};
    return result.error().field.empty() ? code : code + " " + result.error().field;
  }

  // The value of a call that should succeed; a default one, after failing the test, if it did not.
  template <typename T>
  static T Value(core::Result<T> result) {
    EXPECT_TRUE(result.ok()) << result.error().message;
    return result.ok() ? std::move(*result) : T{};
  }

  static domain::BodyContent Content(const std::string& name, domain::BodyKind kind,
                                     std::optional<domain::BodyId> parent = std::nullopt) {
    domain::BodyContent content;
    content.name = name;
    content.kind = kind;
    content.parent_id = parent;
    content.quorum.minimum = 2;
    return content;
  }

  // Creates the body as the business manager, or fails the test.
  domain::Body MakeBody(const std::string& name, domain::BodyKind kind,
                        std::optional<domain::BodyId> parent = std::nullopt) {
    return Value(bodies_->Create(manager_, Content(name, kind, parent)));
  }

  // Adds a member as the business manager, or fails the test.
  domain::BodyMember Join(domain::BodyId body, const std::string& person,
                          std::optional<domain::UserId> user,
                          std::optional<domain::AgencyId> agency,
                          domain::MemberRole role = domain::MemberRole::kMember,
                          const char* from_on = "2025-09-01") {
    domain::BodyMember member;
    member.person = person;
    member.post = "Fictional post";
    member.user_id = user;
    member.agency_id = agency;
    member.role = role;
    member.from_on = D(from_on);
    return Value(bodies_->AddMember(manager_, body, member));
  }

  // The board of the meeting tests, with its four members.
  void SeatBoard() {
    board_body_ = MakeBody("Northshire Safeguarding Partnership Board", domain::BodyKind::kBoard);
    chair_ = Join(board_body_.id, "Fictional Chair", board_.user_id(), std::nullopt);
    police_member_ = Join(board_body_.id, "Fictional Inspector", std::nullopt, police_);
    health_member_ = Join(board_body_.id, "Fictional Nurse", std::nullopt, health_);
    adviser_ = Join(board_body_.id, "Fictional Lawyer", std::nullopt, std::nullopt,
                    domain::MemberRole::kAdviser);
  }

  // Schedules a meeting of `body` on `on` as the business officer, or fails the test.
  domain::Meeting Hold(domain::BodyId body, const char* on) {
    domain::MeetingContent content;
    content.held_on = D(on);
    content.location = "Fictional Town Hall, Room 2";
    return Value(meetings_->Schedule(officer_, body, content));
  }

  // Adds an item to the meeting's agenda as the business officer, or fails the test.
  domain::AgendaItem Item(domain::MeetingId meeting, const std::string& title, bool restricted) {
    domain::AgendaItem item;
    item.title = title;
    item.owner = "Fictional Presenter";
    item.restricted = restricted;
    return Value(meetings_->AddItem(officer_, meeting, item));
  }

  // Attaches a small PDF to the item as the business officer, or fails the test.
  domain::Paper PaperOf(domain::MeetingId meeting, domain::AgendaItemId item,
                        const std::string& file_name) {
    return Value(meetings_->AddPaper(officer_, meeting, item, file_name, kPdf));
  }

  // Saves draft minutes at the meeting's current version, or fails the test.
  domain::Meeting Minuted(domain::MeetingId meeting, const std::string& minutes) {
    return Value(
        meetings_->SaveMinutes(officer_, meeting, StoredMeeting(meeting).version, minutes));
  }

  // Records a decision as the business officer, or fails the test.
  domain::Decision Decide(domain::MeetingId meeting, const std::string& text,
                          std::optional<domain::MeetingId> approves = std::nullopt) {
    return Value(meetings_->RecordDecision(officer_, meeting, {text, approves, std::nullopt}));
  }

  // The board's attendance at a meeting: the chair, police, health and adviser, in that order.
  std::vector<domain::AttendanceMark> Marks(domain::AttendanceStatus chair,
                                            domain::AttendanceStatus police,
                                            domain::AttendanceStatus health,
                                            domain::AttendanceStatus adviser) const {
    const auto mark = [](const domain::BodyMember& member, domain::AttendanceStatus status) {
      return domain::AttendanceMark{
          member.id, status, status == domain::AttendanceStatus::kDeputy ? "Fictional Deputy" : ""};
    };
    return {mark(chair_, chair), mark(police_member_, police), mark(health_member_, health),
            mark(adviser_, adviser)};
  }

  // The meeting and the body as stored, read without the services (no audit).
  domain::Meeting StoredMeeting(domain::MeetingId id) {
    return Value(
        store().Read([&](domain::Transaction& tx) { return tx.meetings(north_).Get(id); }));
  }
  domain::Body StoredBody(domain::BodyId id) {
    return Value(store().Read([&](domain::Transaction& tx) { return tx.bodies(north_).Get(id); }));
  }

  std::unique_ptr<domain::BodyService> bodies_;
  std::unique_ptr<domain::MeetingService> meetings_;
  std::unique_ptr<domain::AttendanceService> attendance_;
  domain::Requester other_board_;   // a board member on no body
  domain::Requester council_lead_;  // the lead of an agency not on the board
  domain::Body board_body_;         // SeatBoard's
  domain::BodyMember chair_;
  domain::BodyMember police_member_;
  domain::BodyMember health_member_;
  domain::BodyMember adviser_;
};

}  // namespace assure::testing
