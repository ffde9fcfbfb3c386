// MakeMailer: the composition root's one call for mail. With no SMTP URL it gives a NoMailer
// (reminder e-mails are then not sent); otherwise an SmtpMailer for the parsed settings.
// InvalidInput naming "smtp-url" or "mail-from" when they are unusable. Pure apart from what it
// builds; thread-safe. The clock and random source must outlive the mailer.
#pragma once

#include <memory>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "domain/mail/mailer.h"
#include "security/random.h"

namespace assure::mail {

core::Result<std::unique_ptr<domain::Mailer>> MakeMailer(std::string_view smtp_url,
                                                         std::string_view mail_from,
                                                         const core::Clock& clock,
                                                         security::Random& random);

}  // namespace assure::mail
