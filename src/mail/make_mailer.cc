#include "mail/make_mailer.h"

#include "mail/smtp_mailer.h"
#include "mail/smtp_settings.h"

namespace assure::mail {

core::Result<std::unique_ptr<domain::Mailer>> MakeMailer(std::string_view smtp_url,
                                                         std::string_view mail_from,
                                                         const core::Clock& clock,
                                                         security::Random& random) {
  if (smtp_url.empty())
    return std::unique_ptr<domain::Mailer>{std::make_unique<domain::NoMailer>()};
  ASSURE_ASSIGN_OR_RETURN(auto settings, ParseSmtpSettings(smtp_url, mail_from));
  return std::unique_ptr<domain::Mailer>{
      std::make_unique<SmtpMailer>(std::move(settings), clock, random)};
}

}  // namespace assure::mail
