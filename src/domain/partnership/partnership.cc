#include "domain/partnership/partnership.h"

#include "domain/text_rules.h"

namespace assure::domain {

core::Status ValidatePartnership(const NewPartnership& partnership) {
  ASSURE_TRY(ValidateSlug("slug", partnership.slug));
  ASSURE_TRY(ValidateName("name", partnership.name));
  if (!partnership.mfa_required && !partnership.demo) {
    return core::Error::InvalidInput(
        "mfa_required", "Two-step sign-in can be turned off only for a demonstration partnership.");
  }
  return core::Ok();
}

}  // namespace assure::domain
