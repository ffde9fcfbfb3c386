// The text of an e-mail as it goes over SMTP after DATA (RFC 5322 and MIME), built by pure
// functions so it is tested without a network: headers From, To, Subject (RFC 2047 encoded-words
// when it is not plain ASCII), Date, Message-ID, MIME-Version, Content-Type text/plain UTF-8 and
// Content-Transfer-Encoding (7bit for short ASCII lines, quoted-printable otherwise) and
// Auto-Submitted (RFC 3834, so no out-of-office replies), then the body, every line ending in
// CRLF. Dot-stuffing is the SMTP client's job (libcurl does it).
//
// Header injection is impossible by construction: addresses and the subject are validated (no
// line breaks or other control characters) before they reach a header. Errors name the field and
// never repeat the rejected value. Free functions, no state; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "domain/mail/mailer.h"

namespace assure::mail {

inline constexpr std::size_t kMaxAddressLength = 254;
inline constexpr std::size_t kMaxBodyCharacters = 100000;

// One bare address ("lead@example.org"): printable ASCII, 1..254 characters, exactly one '@'
// with something on each side, and none of the characters that would end or extend a header or
// an SMTP command (white space, line breaks, controls, <>()[],;:\"). InvalidInput naming `field`.
core::Status ValidateAddress(std::string_view field, std::string_view address);

// What the sender adds to every message.
struct MessageHeaders {
  std::string from;        // a bare address, validated like `to`
  core::Instant date;      // written in UTC: "Mon, 05 Jan 2026 09:00:00 +0000"
  std::string message_id;  // "<unique@domain>", from MessageId()
};

// The whole message, CRLF line endings, ending with CRLF. InvalidInput naming "to", "from",
// "subject" (not blank, one line, up to 200 characters) or "text" (valid UTF-8, not blank, up to
// kMaxBodyCharacters, no control characters but line breaks and tabs).
core::Result<std::string> BuildMessage(const domain::OutgoingMail& mail,
                                       const MessageHeaders& headers);

// The Subject header's value: the text itself when it is printable ASCII, otherwise base64
// encoded-words ("=?UTF-8?B?...?=") of whole characters, folded with CRLF SP so no line is long.
// REQUIRES: `subject` is valid UTF-8 with no control characters.
std::string EncodeSubject(std::string_view subject);

// RFC 5322 date-time in UTC, e.g. "Mon, 05 Jan 2026 09:00:00 +0000".
std::string FormatMailDate(core::Instant instant);

// "<hex of unique_bytes@the from address's domain>". REQUIRES: `from` passed ValidateAddress.
std::string MessageId(std::string_view unique_bytes, std::string_view from);

// Quoted-printable (RFC 2045 section 6.7) of text whose lines end in CRLF: lines of at most 76
// characters with soft breaks, '=' and bytes outside printable ASCII as =XX, and a space or tab
// before a line end encoded so it survives transport.
std::string EncodeQuotedPrintable(std::string_view crlf_text);

}  // namespace assure::mail
