// MeetingPagesTest: the meeting pages through the whole server, on both backends. On top of
// CasePagesTest (Northshire with the police and the ICB, a lead for each, Ada the business
// manager, a board member) it seeds, straight into the store, the Fictional Safeguarding Board
// (quorum: 2) with three members since 1 January 2025: the board member (with their account),
// an officer of the police and a nurse of the ICB; and a second board member who sits on no body.
// Helpers schedule meetings, add items, upload papers and record attendance through the pages as
// a browser, and read what the store holds. The fake clock's day is Monday 5 January 2026.
// Fictional data only. Not thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/governance/body.h"
#include "domain/governance/body_repository.h"
#include "domain/governance/meetings/meeting.h"
#include "domain/governance/meetings/meeting_repository.h"
#include "http/case_pages_fixture.h"

namespace assure::testing {

class MeetingPagesTest : public CasePagesTest {
 protected:
  static constexpr const char* kBody = "Fictional Safeguarding Board";

  void SetUp() override {
    CasePagesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    outsider_ = AddMember("board2@example.org", domain::Role::kBoardMember);
    auto made = t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::Body> {
      domain::BodyContent content;
      content.name = kBody;
      content.kind = domain::BodyKind::kBoard;
      content.quorum.minimum = 2;
      ASSURE_ASSIGN_OR_RETURN(auto body, tx.bodies(north_).Create(content));
      const auto seat = [&](std::string person, std::optional<domain::UserId> user,
                            std::optional<domain::AgencyId> agency) {
        domain::BodyMember member;
        member.body_id = body.id;
        member.person = std::move(person);
        member.post = "Fictional post";
        member.user_id = user;
        member.agency_id = agency;
        member.role = domain::MemberRole::kMember;
        member.from_on = Day("2025-01-01");
        return tx.bodies(north_).AddMember(member);
      };
      ASSURE_TRY(seat("Fictional Chair", board_, std::nullopt));
      ASSURE_TRY(seat("Fictional Officer", std::nullopt, police_));
      ASSURE_TRY(seat("Fictional Nurse", std::nullopt, health_));
      return body;
    });
    ASSERT_TRUE(made.ok()) << made.error().message;
    body_ = made->id;
  }

  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }
  static std::string Location(const HttpReply& reply) {
    const std::string location{reply.Header("location").value_or("")};
    return location.substr(0, location.find_first_of("?#"));
  }
  static domain::MeetingId IdOf(const std::string& path) {
    return std::stoll(path.substr(path.rfind('/') + 1));
  }
  std::string BodyPath() const { return "/governance/bodies/" + std::to_string(body_); }

  // Schedules a meeting of the board on the form as `browser`; its page's path.
  std::string Schedule(const Browser& browser, int day, int month, int year) {
    const auto sent = Send(
        browser, BodyPath() + "/meetings",
        WithDate(
            {{"starts_at", "10:00"}, {"duration_minutes", "120"}, {"location", "Fictional Room 1"}},
            "held_on", day, month, year));
    EXPECT_EQ(sent->status, 303) << sent->body;
    return Location(*sent);
  }

  // Adds an item on the meeting's page; the stored item's id.
  domain::AgendaItemId AddItem(const Browser& browser, const std::string& path,
                               const std::string& title, bool restricted) {
    Fields fields{{"item_title", title}, {"item_owner", "Fictional Treasurer"}};
    if (restricted) fields.emplace_back("item_restricted", "yes");
    const auto sent = Send(browser, path + "/items", fields);
    EXPECT_EQ(sent->status, 303) << sent->body;
    const auto meeting = Stored(IdOf(path));
    return meeting.agenda.empty() ? 0 : meeting.agenda.back().id;
  }

  // Uploads a text file to the item as `browser`; the reply.
  core::Result<HttpReply> Upload(const Browser& browser, const std::string& path,
                                 domain::AgendaItemId item, const std::string& name,
                                 const std::string& bytes) {
    return PostMultipart(path + "/items/" + std::to_string(item) + "/papers", browser,
                         {{"csrf_token", browser.csrf_token}, {"file", bytes, name, "text/plain"}});
  }

  // The path of the download link of the paper named `name` on `page`.
  static std::string PaperLink(const std::string& page, const std::string& name) {
    const auto at = page.find("\" class=\"govuk-link\">" + name + "<");
    if (at == std::string::npos) return {};
    const auto start = page.rfind("href=\"", at) + 6;
    return page.substr(start, at - start);
  }

  // The attendance form as sent: each member's status in the body's order (the chair, the
  // officer, the nurse), a deputy's name for the officer when `deputy` is set, and the version
  // the form carries.
  core::Result<HttpReply> Attend(const Browser& browser, const std::string& path,
                                 const std::vector<std::string>& statuses,
                                 const std::string& deputy = "") {
    const auto form = t_->Get(path + "/attendance", browser.cookie);
    EXPECT_EQ(form->status, 200) << form->body;
    Fields fields{{"version", FieldValue(form->body, "version")}};
    for (std::size_t n = 0; n < statuses.size(); ++n) {
      fields.emplace_back("attendance_" + std::to_string(n) + "_status", statuses[n]);
    }
    fields.emplace_back("attendance_1_deputy", deputy);
    return Send(browser, path + "/attendance", fields);
  }

  // Saves the draft minutes on their form as `browser`.
  void WriteMinutes(const Browser& browser, const std::string& path, const std::string& text) {
    const auto form = t_->Get(path + "/minutes", browser.cookie);
    ASSERT_EQ(form->status, 200) << form->body;
    const auto saved = Send(browser, path + "/minutes",
                            {{"version", FieldValue(form->body, "version")}, {"minutes", text}});
    ASSERT_EQ(saved->status, 303) << saved->body;
  }

  // The meeting as stored (no audit event).
  domain::Meeting Stored(domain::MeetingId id) {
    auto meeting =
        t_->store().Read([&](domain::Transaction& tx) { return tx.meetings(north_).Get(id); });
    EXPECT_TRUE(meeting.ok()) << meeting.error().message;
    return meeting.ok() ? *meeting : domain::Meeting{};
  }

  domain::BodyId body_ = 0;
  domain::UserId outsider_ = 0;
};

}  // namespace assure::testing
