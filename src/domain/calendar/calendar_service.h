// CalendarService: the working calendar and deadline rules of the asker's partnership
// (doc/deadlines.md). Everyone in the partnership reads them (every clock depends on them); only
// the administrator adds or removes a calendar change or sets a new version of a local rule, in
// force from a date on or after today (statutory rules are read-only). Each change writes its
// audit event in the same transaction ("calendar.adjustment.add", "calendar.adjustment.remove"
// with the date; "deadline_rule.update" with the rule's code, and its version, amount and
// effective_from as the reason); a refusal by the policy is audited (outcome denied) and changes
// nothing, as does invalid input.
//
// Expected failures: kForbidden, kInvalidInput (fields "date", "reason", "code", "amount",
// "effective_from"), kConflict (field "date": that date already has a change; or a rule version
// written by someone else at the same moment), kNotFound (no change on that date), kUnavailable.
// Thread-safe: holds references to thread-safe collaborators and no mutable state.
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
  // The rules: the defaults with every version the partnership set of its local rules
  // (LoadDeadlineRules); DeadlineRules::InForceOn gives the one a clock follows.
  core::Result<DeadlineRules> Rules(const Requester& requester) const;
  // Every version the partnership has set, by code then version, including those of statutory
  // rules stored before they became read-only (history, never applied).
  core::Result<std::vector<DeadlineRuleOverride>> RuleHistory(const Requester& requester) const;

  // Trims the reason, validates (ValidateCalendarAdjustment) and stores the change.
  core::Result<StoredCalendarAdjustment> AddAdjustment(const Requester& requester,
                                                       CalendarAdjustment adjustment) const;
  core::Status RemoveAdjustment(const Requester& requester, CivilDate date) const;
  // Stores `amount` as the next version of local rule `code`, in force from `effective_from`
  // (ValidateRuleChange, with today's London date from the clock); returns that version. Clocks
  // that start before effective_from keep the version they follow.
  core::Result<DeadlineRule> AdjustRule(const Requester& requester, const std::string& code,
                                        int amount, CivilDate effective_from) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

// For code already inside a transaction that has checked its own access (the case service
// computing a case's clocks): the partnership's calendar and rules, with no policy check. The
// rules carry every version of each local rule; a stored version of a statutory rule (made
// before they became read-only) or of an unknown code is skipped.
core::Result<WorkingCalendar> LoadWorkingCalendar(CalendarRepository& calendar);
core::Result<DeadlineRules> LoadDeadlineRules(CalendarRepository& calendar);

}  // namespace assure::domain
