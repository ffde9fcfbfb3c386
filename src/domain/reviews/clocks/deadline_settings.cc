#include "domain/reviews/clocks/deadline_settings.h"

#include <utility>

#include "domain/calendar/calendar_service.h"
#include "domain/store.h"

namespace assure::domain {

core::Result<DeadlineSettings> PartnershipDeadlineSettings::For(
    Transaction& tx, PartnershipId partnership_id) const {
  auto& repository = tx.calendar(partnership_id);
  ASSURE_ASSIGN_OR_RETURN(auto calendar, LoadWorkingCalendar(repository));
  ASSURE_ASSIGN_OR_RETURN(auto rules, LoadDeadlineRules(repository));
  return DeadlineSettings{std::move(calendar), std::move(rules)};
}

const DeadlineSettingsSource& PartnershipDeadlines() {
  static const PartnershipDeadlineSettings kSettings;
  return kSettings;
}

}  // namespace assure::domain
