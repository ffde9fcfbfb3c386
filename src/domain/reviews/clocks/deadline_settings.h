// Where the case services get a partnership's working calendar and deadline rules for its
// clocks: PartnershipDeadlineSettings reads the partnership's own (its administrator's calendar
// changes and rule versions, calendar_service.h); NationalDeadlineSettings is England and Wales
// bank holidays with the national default rules whatever the partnership changed (for tests).
// Implementations are called inside the caller's transaction and must be thread-safe.
#pragma once

#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/ids.h"
#include "domain/reviews/clocks/deadline_rules.h"

namespace assure::domain {

class Transaction;

struct DeadlineSettings {
  WorkingCalendar calendar;
  DeadlineRules rules;
};

class DeadlineSettingsSource {
 public:
  virtual ~DeadlineSettingsSource() = default;
  virtual core::Result<DeadlineSettings> For(Transaction& tx,
                                             PartnershipId partnership_id) const = 0;
};

class NationalDeadlineSettings final : public DeadlineSettingsSource {
 public:
  core::Result<DeadlineSettings> For(Transaction&, PartnershipId) const override {
    return DeadlineSettings{};
  }
};

// The partnership's own: bank holidays with its administrator's changes, and the rules in force
// (calendar_service.h), read through the caller's transaction.
class PartnershipDeadlineSettings final : public DeadlineSettingsSource {
 public:
  core::Result<DeadlineSettings> For(Transaction& tx, PartnershipId partnership_id) const override;
};

// One shared, stateless PartnershipDeadlineSettings.
const DeadlineSettingsSource& PartnershipDeadlines();

}  // namespace assure::domain
