// The real SmtpMailer (libcurl) against testing::SmtpSink on a loopback port: the sink receives
// exactly the envelope and the message BuildMessage makes, dot-stuffing undone; a closed port, a
// silent server and a refused recipient are Unavailable errors that name only the server.
#include "mail/smtp_mailer.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "mail/mail_message.h"
#include "testing/fake_clock.h"
#include "testing/fake_random.h"
#include "testing/http_client.h"
#include "testing/smtp_sink.h"

namespace assure::mail {
namespace {

using namespace std::chrono_literals;

constexpr const char* kFrom = "assure@northshire.example";
constexpr std::uint64_t kSeed = 7;

SmtpSettings SettingsFor(const std::string& url) {
  auto settings = ParseSmtpSettings(url, kFrom);
  EXPECT_TRUE(settings.ok()) << settings.error().message;
  // Short, so a failure path ends quickly; the tests never measure them.
  settings->connect_timeout = 2s;
  settings->total_timeout = 5s;
  return *settings;
}

// The message a mailer seeded with kSeed sends first at the fake clock's time.
std::string ExpectedMessage(const domain::OutgoingMail& mail, const testing::FakeClock& clock) {
  testing::FakeRandom random(kSeed);
  auto message = BuildMessage(
      mail, {.from = kFrom, .date = clock.Now(), .message_id = MessageId(random.Bytes(16), kFrom)});
  EXPECT_TRUE(message.ok());
  return *message;
}

class SmtpMailerTest : public ::testing::Test {
 protected:
  testing::FakeClock clock_;
  testing::FakeRandom random_{kSeed};
};

TEST_F(SmtpMailerTest, TheSinkReceivesExactlyTheEnvelopeAndTheMessage) {
  testing::SmtpSink sink;
  SmtpMailer mailer(SettingsFor(sink.url()), clock_, random_);
  // Lines of a lone dot and a leading dot test libcurl's dot-stuffing and the sink's undoing it.
  const domain::OutgoingMail mail{
      .to = "lead@northshire.example",
      .subject = "Weekly reminders",
      .text = "Two actions are due.\n.\n..and a line that starts with dots.\n"};
  ASSERT_TRUE(mailer.Send(mail).ok());
  ASSERT_TRUE(sink.WaitForMessages(1, 10s));
  const auto messages = sink.messages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].mail_from, kFrom);
  EXPECT_EQ(messages[0].recipients, std::vector<std::string>{"lead@northshire.example"});
  EXPECT_EQ(messages[0].data, ExpectedMessage(mail, clock_));
}

TEST_F(SmtpMailerTest, ANonAsciiMailArrivesEncoded) {
  testing::SmtpSink sink;
  SmtpMailer mailer(SettingsFor(sink.url()), clock_, random_);
  const domain::OutgoingMail mail{.to = "lead@northshire.example",
                                  .subject = "Échéances : révision rapide",
                                  .text = "Réponse attendue le 5 mai.\n"};
  ASSERT_TRUE(mailer.Send(mail).ok());
  ASSERT_TRUE(sink.WaitForMessages(1, 10s));
  const auto data = sink.messages().at(0).data;
  EXPECT_EQ(data, ExpectedMessage(mail, clock_));
  EXPECT_NE(data.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(data.find("R=C3=A9ponse attendue"), std::string::npos);
}

TEST_F(SmtpMailerTest, SeveralThreadsMaySendAtOnce) {
  testing::SmtpSink sink;
  SmtpMailer mailer(SettingsFor(sink.url()), clock_, random_);
  std::vector<std::thread> threads;
  std::vector<char> sent(4, 0);  // not vector<bool>: each thread writes its own element
  for (std::size_t i = 0; i < sent.size(); ++i) {
    threads.emplace_back([&, i] {
      const domain::OutgoingMail mail{.to = "lead" + std::to_string(i) + "@northshire.example",
                                      .subject = "Reminders",
                                      .text = "Due soon.\n"};
      sent[i] = mailer.Send(mail).ok();
    });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t i = 0; i < sent.size(); ++i) EXPECT_TRUE(sent[i]) << i;
  ASSERT_TRUE(sink.WaitForMessages(4, 10s));
  std::vector<std::string> recipients;
  std::vector<std::string> message_ids;
  for (const auto& message : sink.messages()) {
    recipients.push_back(message.recipients.at(0));
    const auto at = message.data.find("Message-ID: ");
    message_ids.push_back(message.data.substr(at, message.data.find("\r\n", at) - at));
  }
  std::sort(recipients.begin(), recipients.end());
  EXPECT_EQ(recipients,
            (std::vector<std::string>{"lead0@northshire.example", "lead1@northshire.example",
                                      "lead2@northshire.example", "lead3@northshire.example"}));
  std::sort(message_ids.begin(), message_ids.end());
  EXPECT_EQ(std::unique(message_ids.begin(), message_ids.end()), message_ids.end());
}

TEST_F(SmtpMailerTest, AClosedPortIsUnavailableNamingOnlyTheServer) {
  const auto port = testing::FreePort();
  SmtpMailer mailer(SettingsFor("smtp://127.0.0.1:" + std::to_string(port)), clock_, random_);
  const auto sent = mailer.Send(
      {.to = "lead@northshire.example", .subject = "Weekly reminders", .text = "Secret body.\n"});
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(sent.error().message.find("127.0.0.1:" + std::to_string(port)), std::string::npos)
      << sent.error().message;
  EXPECT_EQ(sent.error().message.find("lead@"), std::string::npos);
  EXPECT_EQ(sent.error().message.find("Weekly"), std::string::npos);
  EXPECT_EQ(sent.error().message.find("Secret"), std::string::npos);
}

TEST_F(SmtpMailerTest, AServerThatNeverGreetsEndsInTheTimeoutAsUnavailable) {
  // Listens (so the connection is made) but never accepts or speaks.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof addr;
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(::listen(fd, 1), 0);
  ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length), 0);
  auto settings = SettingsFor("smtp://127.0.0.1:" + std::to_string(ntohs(addr.sin_port)));
  settings.total_timeout = 1s;
  SmtpMailer mailer(settings, clock_, random_);
  const auto sent =
      mailer.Send({.to = "lead@northshire.example", .subject = "Reminders", .text = "Due.\n"});
  ::close(fd);
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, core::ErrorCode::kUnavailable);
}

TEST_F(SmtpMailerTest, ARefusedRecipientIsUnavailableWithoutNamingThem) {
  testing::SmtpSink sink({.refuse_recipients = true});
  SmtpMailer mailer(SettingsFor(sink.url()), clock_, random_);
  const auto sent =
      mailer.Send({.to = "lead@northshire.example", .subject = "Reminders", .text = "Due.\n"});
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, core::ErrorCode::kUnavailable);
  EXPECT_EQ(sent.error().message.find("lead@"), std::string::npos) << sent.error().message;
  EXPECT_TRUE(sink.messages().empty());
}

TEST_F(SmtpMailerTest, AnInjectionAttemptIsRefusedBeforeAnythingIsSent) {
  testing::SmtpSink sink;
  SmtpMailer mailer(SettingsFor(sink.url()), clock_, random_);
  const auto sent = mailer.Send({.to = "lead@northshire.example",
                                 .subject = "Reminders\r\nBcc: all@example.org",
                                 .text = "Due.\n"});
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(sent.error().field, "subject");
  const auto to = mailer.Send({.to = "lead@northshire.example>\r\nRCPT TO:<all@example.org",
                               .subject = "Reminders",
                               .text = "Due.\n"});
  ASSERT_FALSE(to.ok());
  EXPECT_EQ(to.error().field, "to");
  // A good mail after them arrives alone: nothing of the refused ones reached the server.
  ASSERT_TRUE(
      mailer.Send({.to = "lead@northshire.example", .subject = "Reminders", .text = "Due.\n"})
          .ok());
  ASSERT_TRUE(sink.WaitForMessages(1, 10s));
  const auto messages = sink.messages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].recipients, std::vector<std::string>{"lead@northshire.example"});
  EXPECT_EQ(messages[0].data.find("Bcc"), std::string::npos);
}

}  // namespace
}  // namespace assure::mail
