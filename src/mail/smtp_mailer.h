// SmtpMailer: the Mailer that hands each message to an SMTP server through libcurl (the only code
// that includes <curl/curl.h>). One connection per Send: EHLO, STARTTLS or TLS as the settings
// say, AUTH when they carry a user, MAIL FROM, RCPT TO, DATA, QUIT; bounded by the settings'
// connect and total timeouts, so a dead server costs at most total_timeout.
//
// Errors are Unavailable, naming only the server ("HOST:PORT") and libcurl's message; never the
// recipient, subject or body. Thread-safe: each Send uses its own curl handle; the clock and random
// source are borrowed, thread-safe, and must outlive the mailer.
#pragma once

#include "core/clock.h"
#include "domain/mail/mailer.h"
#include "mail/smtp_settings.h"
#include "security/random.h"

namespace assure::mail {

class SmtpMailer final : public domain::Mailer {
 public:
  // Initialises libcurl once for the process (thread-safe).
  SmtpMailer(SmtpSettings settings, const core::Clock& clock, security::Random& random);

  core::Status Send(const domain::OutgoingMail& mail) override;
  bool configured() const override;
  const SmtpSettings& settings() const { return settings_; }

 private:
  const SmtpSettings settings_;
  const core::Clock& clock_;
  security::Random& random_;
};

}  // namespace assure::mail
