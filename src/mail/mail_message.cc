#include "mail/mail_message.h"

#include <chrono>
#include <cstdio>

#include "domain/text_rules.h"
#include "security/tokens.h"

namespace assure::mail {

namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr std::size_t kMaxSmtpLine = 998;         // RFC 5322 section 2.1.1, without the CRLF
constexpr std::size_t kQuotedPrintableLine = 76;  // RFC 2045 section 6.7 (5)
// Bytes of UTF-8 per encoded-word: 39 bytes are 52 base64 characters, so "Subject: " and one
// "=?UTF-8?B?...?=" stay within 78 characters.
constexpr std::size_t kEncodedWordBytes = 39;

bool IsPrintableAscii(char c) { return c >= 0x20 && c <= 0x7e; }

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string Hex(unsigned char byte) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return {kDigits[byte >> 4], kDigits[byte & 0x0F]};
}

// Every line break ("\r\n", "\n" or a lone "\r") as CRLF, and a CRLF at the end.
std::string WithCrlfLines(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 32 + 2);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += kCrlf;
    } else if (text[i] == '\n') {
      out += kCrlf;
    } else {
      out += text[i];
    }
  }
  if (!out.ends_with(kCrlf)) out += kCrlf;
  return out;
}

// True when the CRLF text can go as it is: printable ASCII and tabs, no line over 998 bytes.
bool IsSevenBitClean(std::string_view crlf_text) {
  std::size_t line = 0;
  for (std::size_t i = 0; i < crlf_text.size(); ++i) {
    const char c = crlf_text[i];
    if (c == '\r' && i + 1 < crlf_text.size() && crlf_text[i + 1] == '\n') {
      line = 0;
      ++i;
      continue;
    }
    if (!IsPrintableAscii(c) && c != '\t') return false;
    if (++line > kMaxSmtpLine) return false;
  }
  return true;
}

core::Status ValidateMessageId(std::string_view id) {
  bool ok = id.size() >= 5 && id.size() <= kMaxSmtpLine / 2 && id.front() == '<' &&
            id.back() == '>' && id.find('@') != std::string_view::npos;
  for (char c : id) ok = ok && IsPrintableAscii(c) && c != ' ';
  if (!ok) return core::Error::InvalidInput("message_id", "The message id is not <unique@domain>.");
  return core::Ok();
}

}  // namespace

core::Status ValidateAddress(std::string_view field, std::string_view address) {
  const std::string name{field};
  if (address.empty()) return core::Error::InvalidInput(name, "Enter the " + name + " address.");
  if (address.size() > kMaxAddressLength) {
    return core::Error::InvalidInput(name,
                                     "The " + name + " address must be 254 characters or fewer.");
  }
  const auto bad = [&] {
    return core::Error::InvalidInput(
        name,
        "The " + name + " address must be one plain e-mail address, such as name@example.org.");
  };
  static constexpr std::string_view kNotAllowed = "<>()[],;:\\\"";
  for (char c : address) {
    if (!IsPrintableAscii(c) || c == ' ' || kNotAllowed.find(c) != std::string_view::npos) {
      return bad();
    }
  }
  const auto at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size() ||
      address.find('@', at + 1) != std::string_view::npos) {
    return bad();
  }
  const auto domain = address.substr(at + 1);
  if (domain.front() == '.' || domain.back() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return bad();
  }
  return core::Ok();
}

std::string EncodeSubject(std::string_view subject) {
  bool plain = subject.find("=?") == std::string_view::npos;
  for (char c : subject) plain = plain && IsPrintableAscii(c);
  if (plain) return std::string{subject};
  std::string out;
  while (!subject.empty()) {
    std::size_t take = std::min(kEncodedWordBytes, subject.size());
    while (take < subject.size() && take > 0 && IsUtf8Continuation(subject[take])) --take;
    if (take == 0) take = std::min(kEncodedWordBytes, subject.size());  // not UTF-8: any cut
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + security::Base64(subject.substr(0, take)) + "?=";
    subject.remove_prefix(take);
  }
  return out;
}

std::string FormatMailDate(core::Instant instant) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto seconds = std::chrono::floor<std::chrono::seconds>(instant);
  const auto day = std::chrono::floor<std::chrono::days>(seconds);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{seconds - day};
  char text[40];
  std::snprintf(text, sizeof text, "%s, %02u %s %04d %02d:%02d:%02d +0000",
                kDays[std::chrono::weekday{day}.c_encoding()], static_cast<unsigned>(date.day()),
                kMonths[static_cast<unsigned>(date.month()) - 1], static_cast<int>(date.year()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

std::string MessageId(std::string_view unique_bytes, std::string_view from) {
  std::string id = "<";
  for (char c : unique_bytes) id += Hex(static_cast<unsigned char>(c));
  id += from.substr(from.find('@'));
  id += '>';
  return id;
}

std::string EncodeQuotedPrintable(std::string_view crlf_text) {
  std::string out;
  std::size_t line = 0;  // characters on the current output line
  const auto put = [&](std::string_view token) {
    if (line + token.size() > kQuotedPrintableLine - 1) {  // leave room for the soft break '='
      out += "=\r\n";
      line = 0;
    }
    out += token;
    line += token.size();
  };
  for (std::size_t i = 0; i < crlf_text.size(); ++i) {
    const char c = crlf_text[i];
    if (c == '\r' && i + 1 < crlf_text.size() && crlf_text[i + 1] == '\n') {
      out += kCrlf;
      line = 0;
      ++i;
      continue;
    }
    const bool at_line_end = i + 1 == crlf_text.size() || crlf_text[i + 1] == '\r';
    const bool literal =
        (IsPrintableAscii(c) && c != '=' && c != ' ') || ((c == ' ' || c == '\t') && !at_line_end);
    if (literal) {
      put(std::string_view{&c, 1});
    } else {
      put("=" + Hex(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

core::Result<std::string> BuildMessage(const domain::OutgoingMail& mail,
                                       const MessageHeaders& headers) {
  ASSURE_TRY(ValidateAddress("to", mail.to));
  ASSURE_TRY(ValidateAddress("from", headers.from));
  ASSURE_TRY(domain::ValidateName("subject", mail.subject));
  ASSURE_TRY(domain::ValidateLongText("text", mail.text, kMaxBodyCharacters, true));
  ASSURE_TRY(ValidateMessageId(headers.message_id));

  const std::string body = WithCrlfLines(mail.text);
  const bool seven_bit = IsSevenBitClean(body);
  std::string message;
  message.reserve(body.size() + 512);
  const auto header = [&](std::string_view name, std::string_view value) {
    message.append(name).append(": ").append(value).append(kCrlf);
  };
  header("Date", FormatMailDate(headers.date));
  header("From", headers.from);
  header("To", mail.to);
  header("Subject", EncodeSubject(mail.subject));
  header("Message-ID", headers.message_id);
  header("MIME-Version", "1.0");
  header("Content-Type", "text/plain; charset=UTF-8");
  header("Content-Transfer-Encoding", seven_bit ? "7bit" : "quoted-printable");
  header("Auto-Submitted", "auto-generated");  // RFC 3834: no out-of-office replies to reminders
  message += kCrlf;
  message += seven_bit ? body : EncodeQuotedPrintable(body);
  return message;
}

}  // namespace assure::mail
