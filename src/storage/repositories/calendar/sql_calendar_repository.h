// SqlCalendarRepository: domain::CalendarRepository over the calendar_adjustments and
// deadline_rule_overrides tables (migrations 0007 and 0013), for ONE partnership: every statement
// carries `partnership_id = ?`. Adding a date that already has an adjustment, or a rule version
// someone else wrote at the same moment, is kConflict and leaves the transaction usable (ON
// CONFLICT). Works on the Connection of one transaction; borrows the connection and the clock; not
// thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/calendar/calendar_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlCalendarRepository final : public domain::CalendarRepository {
 public:
  SqlCalendarRepository(sql::Connection& connection, const core::Clock& clock,
                        domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<std::vector<domain::StoredCalendarAdjustment>> ListAdjustments() override;
  core::Result<domain::StoredCalendarAdjustment> AddAdjustment(
      const domain::CalendarAdjustment& adjustment,
      std::optional<domain::UserId> created_by) override;
  core::Status RemoveAdjustment(domain::CivilDate date) override;
  core::Result<std::vector<domain::DeadlineRuleOverride>> ListRuleOverrides() override;
  core::Result<domain::DeadlineRuleOverride> PutRuleOverride(
      const std::string& code, int amount, domain::CivilDate effective_from,
      std::optional<domain::UserId> changed_by) override;

 private:
  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
