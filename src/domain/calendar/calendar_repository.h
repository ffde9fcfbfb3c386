// CalendarRepository: ONE partnership's changes to the national working calendar (dates it
// added or removed) and to the deadline rules (new amounts, each a new version in force from its
// effective_from). Declared here, implemented by storage (storage::SqlCalendarRepository). It
// stores what it is given: which rules a partnership may change, and from when, is the domain's
// (ValidateRuleChange).
//
// Bound to one partnership when it is made; nothing of another partnership is visible. Works
// inside one transaction its creator provides, so it is used by one thread at a time. Expected
// failures: kConflict (field "date": the date is already adjusted; or a rule version written by
// someone else at the same moment), kNotFound, kInvalidInput, kUnavailable.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/identity/user.h"
#include "domain/ids.h"

namespace assure::domain {

// An adjustment as stored: who made it and when (created_by empty: at the command line).
struct StoredCalendarAdjustment {
  CalendarAdjustment adjustment;
  core::Instant created_at;
  std::optional<UserId> created_by;
};

// One version of a rule's amount (the defaults are version 1; overrides start at 2), in force
// from effective_from. Overrides stored before migration 0013 are in force from the (UTC) day
// they were made.
struct DeadlineRuleOverride {
  std::string code;
  int version = 2;
  int amount = 0;
  CivilDate effective_from;
  core::Instant changed_at;
  std::optional<UserId> changed_by;
};

class CalendarRepository {
 public:
  virtual ~CalendarRepository() = default;

  // Every adjustment of the partnership, by date.
  virtual core::Result<std::vector<StoredCalendarAdjustment>> ListAdjustments() = 0;
  // Stores a new adjustment; kConflict (field "date") if that date already has one.
  virtual core::Result<StoredCalendarAdjustment> AddAdjustment(
      const CalendarAdjustment& adjustment, std::optional<UserId> created_by) = 0;
  // Removes the adjustment of `date`; kNotFound if there is none.
  virtual core::Status RemoveAdjustment(CivilDate date) = 0;

  // Every override of every rule, by code then version.
  virtual core::Result<std::vector<DeadlineRuleOverride>> ListRuleOverrides() = 0;
  // Stores `amount` as the next version of rule `code` (2 when it has none yet), in force from
  // `effective_from`.
  virtual core::Result<DeadlineRuleOverride> PutRuleOverride(const std::string& code, int amount,
                                                             CivilDate effective_from,
                                                             std::optional<UserId> changed_by) = 0;
};

}  // namespace assure::domain
