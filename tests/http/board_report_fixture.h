// BoardReportHttpTest: the whole application (testing::AppTest, both backends) with the board
// report's fixture (tests/testing/board_fixture.h) in Northshire, another partnership's action in
// Southshire, and the people who matter: Ada the business manager (AppTest), Bea a board member
// and Lee the police's agency lead, all with password kPassword. The fake clock stands at
// Monday 5 January 2026, so the default half-year is 2025-26 H1. Seeding goes straight into the
// store (no audit events). Used by board_report_test.cc and board_report_pdf_test.cc. Not
// thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "security/password_hasher.h"
#include "testing/board_fixture.h"
#include "testing/test_app.h"

namespace assure::testing {

class BoardReportHttpTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    south_ = t_->AddPartnership("southshire", "Southshire Safeguarding Partnership");
    auto seeded = SeedBoardFixture(t_->store(), north_, south_);
    ASSERT_TRUE(seeded.ok()) << seeded.error().message;
    fixture_ = *seeded;
    AddMember("bea@example.org", domain::Role::kBoardMember);
    AddMember("lee@example.org", domain::Role::kAgencyLead, fixture_.police);
  }

  // A Northshire member with password kPassword (an agency lead names their agency).
  void AddMember(const std::string& email, domain::Role role,
                 std::optional<domain::AgencyId> agency = std::nullopt) {
    const security::PasswordHasher hasher(security::kPasswordCostForTestsOnly);
    auto added = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto user = tx.users().Create({email, "Test " + email});
      if (!user.ok()) return user.error();
      user->password_hash = hasher.Hash(kPassword).value();
      auto updated = tx.users().Update(*user);
      if (!updated.ok()) return updated.error();
      domain::Membership membership;
      membership.partnership_id = north_;
      membership.user_id = updated->id;
      membership.role = role;
      membership.agency_id = agency;
      auto made = tx.memberships(north_).Add(membership);
      if (!made.ok()) return made.error();
      return core::Ok();
    });
    ASSERT_TRUE(added.ok()) << added.error().message;
  }

  domain::PartnershipId south_ = 0;
  BoardFixture fixture_;
};

}  // namespace assure::testing
