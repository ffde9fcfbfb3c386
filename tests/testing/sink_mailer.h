// SinkMailer: the real SmtpMailer (mail/smtp_mailer.h, libcurl) pointed at a test's SmtpSink,
// with short timeouts so a failure path ends quickly (tests never measure them), for tests of
// services that send mail through domain::Mailer. Header-only: a test target that includes it
// links assure_mail. The sink, clock and random source must outlive the mailer.
#pragma once

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>

#include "domain/mail/mailer.h"
#include "mail/smtp_mailer.h"
#include "testing/smtp_sink.h"

namespace assure::testing {

inline std::unique_ptr<domain::Mailer> SinkMailer(const SmtpSink& sink, const core::Clock& clock,
                                                  security::Random& random,
                                                  const std::string& from = "assure@example.org") {
  auto settings = mail::ParseSmtpSettings(sink.url(), from);
  if (!settings.ok()) throw std::runtime_error("SinkMailer: " + settings.error().message);
  settings->connect_timeout = std::chrono::seconds{2};
  settings->total_timeout = std::chrono::seconds{5};
  return std::make_unique<mail::SmtpMailer>(*settings, clock, random);
}

}  // namespace assure::testing
