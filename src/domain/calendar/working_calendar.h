// WorkingCalendar: which days are working days for one partnership (DOMAIN.md, "Working days
// and deadlines"): not Saturday or Sunday, not an England and Wales bank holiday (bank_holidays.h),
// and not a date the partnership's administrator added; a bank holiday the administrator removed
// is a working day again. Counts and adds working days. Pure value; thread-safe to share.
#pragma once

#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/ids.h"

namespace assure::domain {

// One change a partnership made to the national calendar.
struct CalendarAdjustment {
  CivilDate date;
  bool non_working = true;  // true: an extra day off; false: a bank holiday worked as normal
  std::string reason;
};

// Whether `adjustment` changes something: "reason" 1..200 characters, trimmed (TrimName first);
// "date": an extra day off must be a weekday that is not a bank holiday, and a day made working
// must be a bank holiday.
core::Status ValidateCalendarAdjustment(const CalendarAdjustment& adjustment);

class WorkingCalendar {
 public:
  // England and Wales bank holidays with no adjustments.
  WorkingCalendar();
  explicit WorkingCalendar(std::span<const CalendarAdjustment> adjustments);

  bool IsWorkingDay(CivilDate date) const;
  // The date `days` working days after `from` (from itself not counted). days >= 0; 0 = from.
  CivilDate AddWorkingDays(CivilDate from, int days) const;
  // The date `days` working days before `to`.
  CivilDate SubtractWorkingDays(CivilDate to, int days) const;
  // Working days after `from` up to and including `to`; negative (the same count the other way)
  // when `to` is before `from`. WorkingDaysBetween(d, AddWorkingDays(d, n)) == n.
  int WorkingDaysBetween(CivilDate from, CivilDate to) const;
  // That year's non-working weekdays (bank holidays with this calendar's adjustments), in order.
  std::vector<CivilDate> Holidays(int year) const;

 private:
  std::set<CivilDate> added_;
  std::set<CivilDate> removed_;
};

}  // namespace assure::domain
