#include "domain/partnership.h"

#include "domain/text_rules.h"

namespace assure::domain {

core::Status ValidatePartnership(const NewPartnership& partnership) {
  ASSURE_TRY(ValidateSlug("slug", partnership.slug));
  ASSURE_TRY(ValidateName("name", partnership.name));
  return core::Ok();
}

}  // namespace assure::domain
