// The message as it goes after DATA: exact headers, CRLF lines, RFC 2047 subjects and
// quoted-printable bodies that decode back to the original, and every header-injection attempt
// refused naming its field.
#include "mail/mail_message.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace assure::mail {
namespace {

using namespace std::chrono;

// 2026-01-05T09:00:00Z, a Monday.
const core::Instant kMonday = sys_days{year{2026} / January / 5} + hours{9};

MessageHeaders Headers() {
  return {.from = "assure@example.org", .date = kMonday, .message_id = "<0a1b@example.org>"};
}

domain::OutgoingMail Mail(std::string subject, std::string text) {
  return {.to = "lead@northshire.example", .subject = std::move(subject), .text = std::move(text)};
}

std::string Base64Decode(std::string_view text) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    if (c == '=') break;
    bits = (bits << 6) | static_cast<unsigned>(kAlphabet.find(c));
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return out;
}

// The decoded texts of the "=?UTF-8?B?...?=" words in a header value, in order.
std::vector<std::string> EncodedWords(std::string_view value) {
  std::vector<std::string> words;
  for (auto at = value.find("=?UTF-8?B?"); at != std::string_view::npos;
       at = value.find("=?UTF-8?B?", at + 1)) {
    const auto start = at + 10;
    words.push_back(Base64Decode(value.substr(start, value.find("?=", start) - start)));
  }
  return words;
}

std::string QuotedPrintableDecode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '=') {
      out += text[i];
    } else if (text.substr(i + 1, 2) == "\r\n") {
      i += 2;  // soft line break
    } else {
      out += static_cast<char>(std::stoi(std::string{text.substr(i + 1, 2)}, nullptr, 16));
      i += 2;
    }
  }
  return out;
}

std::string HeaderValue(const std::string& message, const std::string& name) {
  const auto start = message.find("\r\n" + name + ": ");
  if (start == std::string::npos) return {};
  const auto value = start + name.size() + 4;
  auto end = message.find("\r\n", value);
  while (message.compare(end, 3, "\r\n ") == 0) end = message.find("\r\n", end + 3);
  return message.substr(value, end - value);
}

std::string Body(const std::string& message) {
  return message.substr(message.find("\r\n\r\n") + 4);
}

TEST(MailMessageTest, PlainAsciiMailHasEveryHeaderAndCrlfLines) {
  auto message =
      BuildMessage(Mail("Weekly reminders", "Two actions are due.\nOne is overdue.\n"), Headers());
  ASSERT_TRUE(message.ok()) << message.error().message;
  EXPECT_EQ(*message,
            "Date: Mon, 05 Jan 2026 09:00:00 +0000\r\n"
            "From: assure@example.org\r\n"
            "To: lead@northshire.example\r\n"
            "Subject: Weekly reminders\r\n"
            "Message-ID: <0a1b@example.org>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: 7bit\r\n"
            "Auto-Submitted: auto-generated\r\n"
            "\r\n"
            "Two actions are due.\r\n"
            "One is overdue.\r\n");
}

TEST(MailMessageTest, EveryKindOfLineBreakBecomesCrlfAndTheMessageEndsWithOne) {
  auto message = BuildMessage(Mail("Due", "unix\nwindows\r\nold mac\rlast"), Headers());
  ASSERT_TRUE(message.ok());
  EXPECT_EQ(Body(*message), "unix\r\nwindows\r\nold mac\r\nlast\r\n");
  for (std::size_t i = 0; i < message->size(); ++i) {
    if ((*message)[i] == '\n') {
      EXPECT_EQ((*message)[i - 1], '\r') << "bare LF at " << i;
    }
    if ((*message)[i] == '\r') {
      EXPECT_EQ((*message)[i + 1], '\n') << "bare CR at " << i;
    }
  }
}

TEST(MailMessageTest, ANonAsciiSubjectIsEncodedWordsThatDecodeToIt) {
  const std::string subject =
      "Rappels : échéances de la semaine — révision rapide, réponse du panel, "
      "publication";
  auto message = BuildMessage(Mail(subject, "Body\n"), Headers());
  ASSERT_TRUE(message.ok());
  const auto value = HeaderValue(*message, "Subject");
  ASSERT_EQ(value.rfind("=?UTF-8?B?", 0), 0u) << value;
  std::string decoded;
  for (const auto& word : EncodedWords(value)) decoded += word;
  EXPECT_EQ(decoded, subject);
  EXPECT_GT(EncodedWords(value).size(), 1u);  // long enough to need folding
  // Folded lines stay short (RFC 5322 recommends 78).
  const auto start = message->find("Subject: ");
  const std::string block = message->substr(start, message->find("\r\nMessage-ID") - start);
  std::size_t line = 0;
  for (auto end = block.find("\r\n"); line < block.size();
       line = end + 2, end = block.find("\r\n", line)) {
    if (end == std::string::npos) end = block.size();
    EXPECT_LE(end - line, 78u) << block;
  }
}

TEST(MailMessageTest, EncodedWordsNeverSplitACharacter) {
  std::string subject;
  for (int i = 0; i < 40; ++i) subject += "é";  // two bytes each; 39-byte words would split one
  for (const auto& word : EncodedWords(EncodeSubject(subject))) {
    EXPECT_EQ(word.size() % 2, 0u);
    EXPECT_EQ(word.substr(0, 2), "é");
  }
}

TEST(MailMessageTest, AnAsciiSubjectThatLooksLikeAnEncodedWordIsEncoded) {
  const std::string subject = "=?UTF-8?B?SGk=?= is not decoded";
  const auto value = EncodeSubject(subject);
  EXPECT_EQ(value.rfind("=?UTF-8?B?", 0), 0u);
  std::string decoded;
  for (const auto& word : EncodedWords(value)) decoded += word;
  EXPECT_EQ(decoded, subject);
}

TEST(MailMessageTest, ANonAsciiBodyIsQuotedPrintableThatDecodesToIt) {
  const std::string text = "Café: the panel's response = due 5 May. \nSecond line\tends in tab\t\n";
  auto message = BuildMessage(Mail("Due", text), Headers());
  ASSERT_TRUE(message.ok());
  EXPECT_EQ(HeaderValue(*message, "Content-Transfer-Encoding"), "quoted-printable");
  EXPECT_EQ(Body(*message),
            "Caf=C3=A9: the panel's response =3D due 5 May.=20\r\n"
            "Second line\tends in tab=09\r\n");
  EXPECT_EQ(QuotedPrintableDecode(Body(*message)),
            "Café: the panel's response = due 5 May. \r\nSecond line\tends in tab\t\r\n");
}

TEST(MailMessageTest, QuotedPrintableLinesStayWithin76Characters) {
  std::string line;
  for (int i = 0; i < 60; ++i) line += "ab=é ";
  const std::string text = line + "\r\n" + line + "\r\n";
  const auto encoded = EncodeQuotedPrintable(text);
  std::size_t start = 0;
  for (auto end = encoded.find("\r\n"); end != std::string::npos;
       start = end + 2, end = encoded.find("\r\n", start)) {
    EXPECT_LE(end - start, 76u);
  }
  EXPECT_EQ(QuotedPrintableDecode(encoded), text);
}

TEST(MailMessageTest, AVeryLongAsciiLineIsQuotedPrintableNot7bit) {
  auto message = BuildMessage(Mail("Due", std::string(1200, 'a') + "\n"), Headers());
  ASSERT_TRUE(message.ok());
  EXPECT_EQ(HeaderValue(*message, "Content-Transfer-Encoding"), "quoted-printable");
  EXPECT_EQ(QuotedPrintableDecode(Body(*message)), std::string(1200, 'a') + "\r\n");
}

TEST(MailMessageTest, ASubjectWithALineBreakIsRefusedNamingTheSubject) {
  for (const std::string subject :
       {"Due\r\nBcc: all@example.org", "Due\nBcc: all@example.org", "Due\rBcc: all@example.org"}) {
    auto message = BuildMessage(Mail(subject, "Body"), Headers());
    ASSERT_FALSE(message.ok());
    EXPECT_EQ(message.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(message.error().field, "subject");
    EXPECT_EQ(message.error().message.find("Bcc"), std::string::npos);
  }
}

TEST(MailMessageTest, ARecipientWithALineBreakIsRefusedNamingTo) {
  auto mail = Mail("Due", "Body");
  mail.to = "lead@northshire.example\r\nBcc: all@example.org";
  auto message = BuildMessage(mail, Headers());
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(message.error().field, "to");
  EXPECT_EQ(message.error().message.find("northshire"), std::string::npos);
}

TEST(MailMessageTest, ASenderWithALineBreakIsRefusedNamingFrom) {
  auto headers = Headers();
  headers.from = "assure@example.org\nBcc: all@example.org";
  auto message = BuildMessage(Mail("Due", "Body"), headers);
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.error().field, "from");
}

TEST(MailMessageTest, AMessageIdThatWouldBreakTheHeaderIsRefused) {
  auto headers = Headers();
  headers.message_id = "<a@example.org>\r\nBcc: all@example.org";
  auto message = BuildMessage(Mail("Due", "Body"), headers);
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.error().field, "message_id");
}

TEST(MailMessageTest, ABlankOrControlCharacterBodyIsRefusedNamingText) {
  for (const std::string text : {"", "  \n ", "bell\a", "bad \xC3 utf-8"}) {
    auto message = BuildMessage(Mail("Due", text), Headers());
    ASSERT_FALSE(message.ok());
    EXPECT_EQ(message.error().field, "text");
  }
}

TEST(MailMessageTest, ABlankSubjectIsRefused) {
  auto message = BuildMessage(Mail("", "Body"), Headers());
  ASSERT_FALSE(message.ok());
  EXPECT_EQ(message.error().field, "subject");
}

TEST(MailMessageTest, PlainAddressesAreAccepted) {
  for (const std::string address :
       {"lead@example.org", "first.last+tag@sub.example.co.uk", "a@b", "o'brien@example.org"}) {
    EXPECT_TRUE(ValidateAddress("to", address).ok()) << address;
  }
}

TEST(MailMessageTest, AnythingButOnePlainAddressIsRefusedNamingTheField) {
  const std::vector<std::string> refused = {
      "",
      "no-at-sign",
      "@example.org",
      "lead@",
      "a@b@example.org",
      "lead @example.org",
      "Lead <lead@example.org>",
      "lead@example.org,other@example.org",
      "lead@example.org\r\n",
      "lead@exa\nmple.org",
      "lead@example.org\tx",
      "léad@example.org",
      "lead@.example.org",
      "lead@example..org",
      "lead@example.org.",
      std::string(250, 'a') + "@example.org",
  };
  for (const auto& address : refused) {
    const auto checked = ValidateAddress("to", address);
    ASSERT_FALSE(checked.ok()) << address;
    EXPECT_EQ(checked.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(checked.error().field, "to");
  }
}

TEST(MailMessageTest, DatesAreRfc5322InUtc) {
  EXPECT_EQ(FormatMailDate(kMonday), "Mon, 05 Jan 2026 09:00:00 +0000");
  EXPECT_EQ(FormatMailDate(sys_days{year{2028} / February / 29} + hours{23} + minutes{59} +
                           seconds{58} + milliseconds{999}),
            "Tue, 29 Feb 2028 23:59:58 +0000");
  EXPECT_EQ(FormatMailDate(sys_days{year{2026} / December / 27} + hours{0}),
            "Sun, 27 Dec 2026 00:00:00 +0000");
}

TEST(MailMessageTest, AMessageIdIsTheHexOfItsBytesAtTheSendersDomain) {
  EXPECT_EQ(MessageId(std::string{"\x01\xab\xff", 3}, "assure@mail.example.org"),
            "<01ABFF@mail.example.org>");
}

}  // namespace
}  // namespace assure::mail
