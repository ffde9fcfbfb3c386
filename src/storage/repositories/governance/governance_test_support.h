// Test support for the governance repositories' storage tests (sql_body_repository_test.cc,
// sql_meeting_repository_test.cc): StoreTest with two fictional partnerships (north and south),
// an agency and a clerk's account in north, and helpers that run the body and meeting
// repositories in a write transaction and make bodies, members and meetings (failing the test if
// they cannot). Header-only. Not thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "domain/governance/body_repository.h"
#include "domain/governance/meetings/meeting_repository.h"
#include "testing/store_fixture.h"

namespace assure::storage {

inline domain::CivilDate GovernanceDay(std::string_view text) {
  return *domain::ParseCivilDate(text);
}

class GovernanceStorageTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    south_ = MakePartnership("southshire");
    police_ = MakeAgency(north_, "Northshire Police");
    clerk_ = MakeUser("clerk@example.org", "Jo Clerk");
  }

  // fn(domain::BodyRepository&) in a write transaction of `partnership`.
  template <typename Fn>
  auto Bodies(domain::PartnershipId partnership, Fn fn) {
    return store().Write([&](domain::Transaction& tx) { return fn(tx.bodies(partnership)); });
  }
  // fn(domain::MeetingRepository&) in a write transaction of `partnership`.
  template <typename Fn>
  auto Meetings(domain::PartnershipId partnership, Fn fn) {
    return store().Write([&](domain::Transaction& tx) { return fn(tx.meetings(partnership)); });
  }

  static domain::BodyContent Content(std::string name,
                                     domain::BodyKind kind = domain::BodyKind::kSubgroup,
                                     std::optional<domain::BodyId> parent = std::nullopt) {
    domain::BodyContent content;
    content.name = std::move(name);
    content.kind = kind;
    content.parent_id = parent;
    content.quorum = {3, false};
    return content;
  }

  domain::Body MakeBody(domain::PartnershipId partnership, const domain::BodyContent& content) {
    auto made = Bodies(partnership, [&](auto& r) { return r.Create(content); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : domain::Body{};
  }

  domain::BodyMember MakeBodyMember(domain::BodyId body, std::string person, std::string post,
                                    std::string_view from_on,
                                    domain::MemberRole role = domain::MemberRole::kMember) {
    domain::BodyMember member;
    member.body_id = body;
    member.person = std::move(person);
    member.post = std::move(post);
    member.role = role;
    member.from_on = GovernanceDay(from_on);
    auto made = Bodies(north_, [&](auto& r) { return r.AddMember(member); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : domain::BodyMember{};
  }

  static domain::MeetingContent On(std::string_view held_on, std::string location = "Online") {
    domain::MeetingContent content;
    content.held_on = GovernanceDay(held_on);
    content.starts_at = "14:30";
    content.duration_minutes = 90;
    content.location = std::move(location);
    return content;
  }

  domain::Meeting MakeMeeting(domain::BodyId body, std::string_view held_on) {
    auto made = Meetings(north_, [&](auto& r) { return r.Create(body, On(held_on)); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : domain::Meeting{};
  }

  domain::PartnershipId north_ = 0;
  domain::PartnershipId south_ = 0;
  domain::AgencyId police_ = 0;
  domain::UserId clerk_ = 0;
};

}  // namespace assure::storage
