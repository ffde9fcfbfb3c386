// --smtp-url and --mail-from: the accepted forms, the TLS each one gets, credentials kept out of
// the URL libcurl sees and out of every error.
#include "mail/smtp_settings.h"

#include <gtest/gtest.h>

#include <string>

namespace assure::mail {
namespace {

constexpr const char* kFrom = "assure@northshire.example";

TEST(SmtpSettingsTest, ALocalRelayNeedsNoTls) {
  auto settings = ParseSmtpSettings("smtp://127.0.0.1:2525", kFrom);
  ASSERT_TRUE(settings.ok()) << settings.error().message;
  EXPECT_EQ(settings->url, "smtp://127.0.0.1:2525");
  EXPECT_EQ(settings->server, "127.0.0.1:2525");
  EXPECT_EQ(settings->tls, SmtpTls::kNone);
  EXPECT_TRUE(settings->user.empty());
  EXPECT_EQ(settings->from, kFrom);
  EXPECT_EQ(ParseSmtpSettings("smtp://localhost", kFrom)->tls, SmtpTls::kNone);
  EXPECT_EQ(ParseSmtpSettings("smtp://[::1]:25/", kFrom)->server, "[::1]:25");
  EXPECT_EQ(ParseSmtpSettings("smtp://[::1]:25/", kFrom)->tls, SmtpTls::kNone);
}

TEST(SmtpSettingsTest, AnyOtherSmtpHostMustOfferStartTls) {
  auto settings = ParseSmtpSettings("smtp://mail.example.org", kFrom);
  ASSERT_TRUE(settings.ok());
  EXPECT_EQ(settings->server, "mail.example.org:25");
  EXPECT_EQ(settings->tls, SmtpTls::kStartTls);
  // A name that merely starts like a loopback address could resolve anywhere.
  EXPECT_EQ(ParseSmtpSettings("smtp://127.example.org:587", kFrom)->tls, SmtpTls::kStartTls);
}

TEST(SmtpSettingsTest, SmtpsCarriesDecodedCredentialsOutsideTheUrl) {
  auto settings =
      ParseSmtpSettings("smtps://mailer%40example.org:p%40ss:w0rd@mail.example.org", kFrom);
  ASSERT_TRUE(settings.ok()) << settings.error().message;
  EXPECT_EQ(settings->url, "smtps://mail.example.org:465");
  EXPECT_EQ(settings->server, "mail.example.org:465");
  EXPECT_EQ(settings->tls, SmtpTls::kImplicit);
  EXPECT_EQ(settings->user, "mailer@example.org");
  EXPECT_EQ(settings->password, "p@ss:w0rd");
}

TEST(SmtpSettingsTest, HasBoundedTimeouts) {
  auto settings = ParseSmtpSettings("smtp://127.0.0.1:25", kFrom);
  ASSERT_TRUE(settings.ok());
  EXPECT_GT(settings->connect_timeout.count(), 0);
  EXPECT_LE(settings->connect_timeout, settings->total_timeout);
}

TEST(SmtpSettingsTest, AnUnusableUrlIsRefusedNamingTheOptionButNotTheUrl) {
  for (const std::string url : {
           "",
           "http://mail.example.org",
           "smtp://",
           "smtp://mail.example.org:0",
           "smtp://mail.example.org:65536",
           "smtp://mail.example.org:",
           "smtp://mail.example.org:smtp",
           "smtp://mail.example.org/path",
           "smtp://mail.example.org?x=1",
           "smtp://mail example.org",
           "smtp://[::1",
           "smtp://:secretpw@mail.example.org",
           "smtp://user:secretpw@mail.example.org:99999",
           "smtp://user:secret%0Apw@mail.example.org",
           "smtp://user:secret%zzpw@mail.example.org",
       }) {
    auto settings = ParseSmtpSettings(url, kFrom);
    ASSERT_FALSE(settings.ok()) << url;
    EXPECT_EQ(settings.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(settings.error().field, "smtp-url");
    EXPECT_NE(settings.error().message.find("--smtp-url"), std::string::npos);
    EXPECT_EQ(settings.error().message.find("secret"), std::string::npos);
  }
}

TEST(SmtpSettingsTest, TheSenderIsRequiredAndMustBeOnePlainAddress) {
  auto missing = ParseSmtpSettings("smtp://127.0.0.1:25", "");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "mail-from");
  EXPECT_NE(missing.error().message.find("--mail-from"), std::string::npos);
  auto injected = ParseSmtpSettings("smtp://127.0.0.1:25", "assure@example.org\r\nBcc: x@y.z");
  ASSERT_FALSE(injected.ok());
  EXPECT_EQ(injected.error().field, "mail-from");
}

}  // namespace
}  // namespace assure::mail
