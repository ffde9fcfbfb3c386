#include "domain/reviews/deadline_settings.h"

#include <utility>

#include "domain/calendar/calendar_service.h"
#include "domain/store.h"

namespace assure::domain {

core::Result<DeadlineSettings> PartnershipDeadlineSettings::For(
    Transaction& tx, PartnershipId partnership_id) const {
  auto& repository = tx.calendar(partnership_id);
  auto calendar = LoadWorkingCalendar(repository);
  if (!calendar.ok()) return calendar.error();
  auto rules = LoadDeadlineRules(repository);
  if (!rules.ok()) return rules.error();
  return DeadlineSettings{std::move(*calendar), std::move(*rules)};
}

const DeadlineSettingsSource& PartnershipDeadlines() {
  static const PartnershipDeadlineSettings kSettings;
  return kSettings;
}

}  // namespace assure::domain
