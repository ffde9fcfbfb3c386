// Mailer: how the domain sends an e-mail (the reminder digests). The domain says what to send
// (OutgoingMail); the mail layer (src/mail/smtp_mailer.h) says how, over SMTP. When no SMTP server
// is configured the composition root hands services a NoMailer, which sends nothing and says so.
//
// Implementations must be thread-safe: Send may be called from several threads at once. Send
// blocks until the server has taken the message or refused it (a bounded time); the caller keeps
// no reference to `mail` after it returns. Errors never repeat the recipient or the body.
#pragma once

#include <string>

#include "core/result.h"

namespace assure::domain {

// One message to one person.
struct OutgoingMail {
  std::string to;       // one address, e.g. "lead@example.org" (no display name)
  std::string subject;  // one line of UTF-8, no line breaks
  std::string text;     // the body: plain text, UTF-8, lines broken with "\n"
};

class Mailer {
 public:
  virtual ~Mailer();
  // Ok when the server accepted the message for delivery; InvalidInput naming the field ("to",
  // "subject", "text") when the mail cannot be sent as it is; Unavailable when the server cannot
  // be reached or refuses it, or when there is no server.
  virtual core::Status Send(const OutgoingMail& mail) = 0;
  // False when mail goes nowhere (NoMailer): a service may then skip building messages.
  virtual bool configured() const = 0;
};

// The Mailer when no SMTP server is configured: sends nothing and returns Unavailable.
class NoMailer final : public Mailer {
 public:
  core::Status Send(const OutgoingMail& mail) override;
  bool configured() const override;
};

}  // namespace assure::domain
