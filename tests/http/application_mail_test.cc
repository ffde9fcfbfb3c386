// The application as `assure serve` builds it, without --smtp-url: its mailer sends nothing and
// the start-up log says so once.
#include <gtest/gtest.h>

#include "domain/mail/mailer.h"
#include "http/admin_fixture.h"

namespace assure {
namespace {

using testing::Occurrences;
using ApplicationMailTest = testing::AppTest;

TEST_P(ApplicationMailTest, WithoutAnSmtpServerNoMailIsSentAndTheLogSaysSoOnce) {
  EXPECT_FALSE(t_->app().mailer().configured());
  EXPECT_EQ(
      t_->app().mailer().Send({.to = "lead@example.org", .subject = "s", .text = "t"}).error().code,
      core::ErrorCode::kUnavailable);
  EXPECT_EQ(Occurrences(t_->LogText(), "no SMTP server configured: reminder e-mails are not sent"),
            1)
      << t_->LogText();
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ApplicationMailTest);

}  // namespace
}  // namespace assure
