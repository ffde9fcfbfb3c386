#include "domain/mail/mailer.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

TEST(NoMailerTest, IsNotConfigured) { EXPECT_FALSE(NoMailer{}.configured()); }

TEST(NoMailerTest, RefusesToSendAsUnavailableWithoutRepeatingTheMail) {
  NoMailer mailer;
  const auto sent = mailer.Send({.to = "lead@example.org", .subject = "Due", .text = "Body"});
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, core::ErrorCode::kUnavailable);
  EXPECT_EQ(sent.error().message, "No SMTP server is configured.");
}

}  // namespace
}  // namespace assure::domain
