#include "domain/identity/user.h"

#include <gtest/gtest.h>

#include <string>

namespace assure::domain {
namespace {

using core::ErrorCode;

TEST(NormalizeEmailTest, TrimsAndLowerCasesAscii) {
  auto email = NormalizeEmail("  Sam.Patel@North-Yorks.GOV.uk\t");
  ASSERT_TRUE(email.ok()) << email.error().message;
  EXPECT_EQ(*email, "sam.patel@north-yorks.gov.uk");
}

TEST(NormalizeEmailTest, KeepsNonAsciiLettersAsTheyAre) {
  auto email = NormalizeEmail("Zoë@Example.org");
  ASSERT_TRUE(email.ok());
  EXPECT_EQ(*email, "zoë@example.org");
}

TEST(NormalizeEmailTest, RefusesAnythingButOnePlausibleAddressNamingTheField) {
  for (const char* bad :
       {"", "   ", "no-at-sign.org", "two@@example.org", "a@b@example.org", "@example.org", "sam@",
        "sam@localhost", "sam@.org", "sam@example.", "sam@example..org", "sam p@x.org",
        "sam@x .org", "sam\x01@x.org", "sam@x.org\x7f", "sam@\xff.org"}) {
    auto email = NormalizeEmail(bad);
    ASSERT_FALSE(email.ok()) << bad;
    EXPECT_EQ(email.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(email.error().field, "email");
  }
}

TEST(NormalizeEmailTest, MessagesNeverRepeatTheAddress) {
  auto email = NormalizeEmail("secret-person@nowhere");
  ASSERT_FALSE(email.ok());
  EXPECT_EQ(email.error().message.find("secret"), std::string::npos);
}

TEST(NormalizeEmailTest, AllowsAtMost254Characters) {
  const std::string domain = "@example.org";  // 12 characters
  EXPECT_TRUE(NormalizeEmail(std::string(242, 'a') + domain).ok());
  EXPECT_FALSE(NormalizeEmail(std::string(243, 'a') + domain).ok());
}

TEST(ValidateNewUserTest, ChecksTheEmailThenTheName) {
  EXPECT_TRUE(ValidateNewUser({"sam@example.org", "Sam Patel"}).ok());
  auto bad_email = ValidateNewUser({"sam", ""});
  ASSERT_FALSE(bad_email.ok());
  EXPECT_EQ(bad_email.error().field, "email");
  auto bad_name = ValidateNewUser({"sam@example.org", " "});
  ASSERT_FALSE(bad_name.ok());
  EXPECT_EQ(bad_name.error().field, "name");
}

TEST(ValidateMembershipTest, AnAgencyLeadMustNameTheirAgency) {
  Membership lead{0, 1, 2, Role::kAgencyLead, std::nullopt, 0};
  auto status = ValidateMembership(lead);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().field, "agency");
  lead.agency_id = 5;
  EXPECT_TRUE(ValidateMembership(lead).ok());
}

TEST(ValidateMembershipTest, OtherRolesMayOrMayNotNameAnAgency) {
  EXPECT_TRUE(ValidateMembership({0, 1, 2, Role::kBoardMember, std::nullopt, 0}).ok());
  EXPECT_TRUE(ValidateMembership({0, 1, 2, Role::kBoardMember, 5, 0}).ok());
}

}  // namespace
}  // namespace assure::domain
