// The composition root's choice: no SMTP URL gives a NoMailer, a usable one an SmtpMailer, and
// an unusable one an error naming the option.
#include "mail/make_mailer.h"

#include <gtest/gtest.h>

#include "mail/smtp_mailer.h"
#include "testing/fake_clock.h"
#include "testing/fake_random.h"

namespace assure::mail {
namespace {

TEST(MakeMailerTest, NoUrlGivesAMailerThatIsNotConfigured) {
  testing::FakeClock clock;
  testing::FakeRandom random;
  auto mailer = MakeMailer("", "", clock, random);
  ASSERT_TRUE(mailer.ok());
  EXPECT_FALSE((*mailer)->configured());
  EXPECT_EQ((*mailer)->Send({.to = "a@example.org", .subject = "s", .text = "t"}).error().code,
            core::ErrorCode::kUnavailable);
}

TEST(MakeMailerTest, AUrlAndASenderGiveAnSmtpMailerForThem) {
  testing::FakeClock clock;
  testing::FakeRandom random;
  auto mailer = MakeMailer("smtp://127.0.0.1:2525", "assure@example.org", clock, random);
  ASSERT_TRUE(mailer.ok()) << mailer.error().message;
  EXPECT_TRUE((*mailer)->configured());
  const auto* smtp = dynamic_cast<const SmtpMailer*>(mailer->get());
  ASSERT_NE(smtp, nullptr);
  EXPECT_EQ(smtp->settings().server, "127.0.0.1:2525");
  EXPECT_EQ(smtp->settings().from, "assure@example.org");
}

TEST(MakeMailerTest, AnUnusableUrlOrAMissingSenderIsAnError) {
  testing::FakeClock clock;
  testing::FakeRandom random;
  auto bad_url = MakeMailer("smtp//127.0.0.1", "assure@example.org", clock, random);
  ASSERT_FALSE(bad_url.ok());
  EXPECT_EQ(bad_url.error().field, "smtp-url");
  auto no_sender = MakeMailer("smtp://127.0.0.1", "", clock, random);
  ASSERT_FALSE(no_sender.ok());
  EXPECT_EQ(no_sender.error().field, "mail-from");
}

}  // namespace
}  // namespace assure::mail
