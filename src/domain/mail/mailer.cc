#include "domain/mail/mailer.h"

namespace assure::domain {

Mailer::~Mailer() = default;

core::Status NoMailer::Send(const OutgoingMail& /*mail*/) {
  return core::Error::Unavailable("No SMTP server is configured.");
}

bool NoMailer::configured() const { return false; }

}  // namespace assure::domain
