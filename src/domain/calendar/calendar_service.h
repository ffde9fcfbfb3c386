// CalendarService: the working calendar and deadline rules of the asker's partnership
// (doc/deadlines.md). Everyone in the partnership reads them (every clock depends on them); only
// the administrator adds or removes a calendar change or changes a rule's amount. Each change
// writes its audit event in the same transaction ("calendar.adjustment.add",
// "calendar.adjustment.remove" with the date; "deadline_rule.update" with the rule's code); a
// refusal by the policy is audited (outcome denied) and changes nothing.
//
// Expected failures: kForbidden, kInvalidInput (fields "date", "reason", "code", "amount"),
// kConflict (field "date": that date already has a change), kNotFound (no change on that date),
// kUnavailable. Thread-safe: holds references to thread-safe collaborators and no mutable state.
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar/calendar_repository.h"
#include "domain/calendar/working_calendar.h"
#include "domain/identity/requester.h"
#include "domain/reviews/clocks/deadline_rules.h"
#include "domain/store.h"

namespace assure::domain {

class CalendarService {
 public:
  CalendarService(Store& store, const core::Clock& clock);

  // The partnership's changes to the national calendar, by date.
  core::Result<std::vector<StoredCalendarAdjustment>> Adjustments(const Requester& requester) const;
  // Bank holidays with the partnership's changes: what its clocks count with.
  core::Result<WorkingCalendar> Calendar(const Requester& requester) const;
  // The rules in force: the defaults with the partnership's latest version of each.
  core::Result<DeadlineRules> Rules(const Requester& requester) const;
  // Every version the partnership has set, by code then version.
  core::Result<std::vector<DeadlineRuleOverride>> RuleHistory(const Requester& requester) const;

  // Trims the reason, validates (ValidateCalendarAdjustment) and stores the change.
  core::Result<StoredCalendarAdjustment> AddAdjustment(const Requester& requester,
                                                       CalendarAdjustment adjustment) const;
  core::Status RemoveAdjustment(const Requester& requester, CivilDate date) const;
  // Sets the amount of rule `code` (ValidateRuleAmount) as its next version; returns the rule
  // now in force.
  core::Result<DeadlineRule> AdjustRule(const Requester& requester, const std::string& code,
                                        int amount) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

// For code already inside a transaction that has checked its own access (the case service
// computing a case's clocks): the partnership's calendar and rules, with no policy check.
core::Result<WorkingCalendar> LoadWorkingCalendar(CalendarRepository& calendar);
core::Result<DeadlineRules> LoadDeadlineRules(CalendarRepository& calendar);

}  // namespace assure::domain
