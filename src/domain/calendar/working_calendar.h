// WorkingCalendar: which days are working days for one partnership (DOMAIN.md, "Working days
// and deadlines"): not Saturday or Sunday, not an England and Wales bank holiday (bank_holidays.h),
// and not a date the partnership's administrator added; a bank holiday the administrator removed
// is a working day again. Counts and adds working days, but only over the years whose bank
// holidays are verified (kFirstVerifiedYear..kLastVerifiedYear): a count that would need a day
// outside them is refused, never guessed. Pure value; thread-safe to share.
#pragma once

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/ids.h"

namespace assure::domain {

// The years whose bank holidays are verified (doc/deadlines.md): working days are counted only
// within them.
inline constexpr int kFirstVerifiedYear = 2000;
inline constexpr int kLastVerifiedYear = 2035;
bool IsVerifiedYear(int year);

// kInvalidInput naming `field` when `date` lies outside the verified years: "Working days can be
// counted only for dates from 2000 to 2035, the years whose bank holidays are verified."
core::Status CheckVerifiedDate(std::string_view field, CivilDate date);

// One change a partnership made to the national calendar.
struct CalendarAdjustment {
  CivilDate date;
  bool non_working = true;  // true: an extra day off; false: a bank holiday worked as normal
  std::string reason;
};

// Whether `adjustment` changes something: "reason" 1..200 characters, trimmed (TrimName first);
// "date": an extra day off must be a weekday that is not a bank holiday, and a day made working
// must be a bank holiday; "date" in the verified years.
core::Status ValidateCalendarAdjustment(const CalendarAdjustment& adjustment);

class WorkingCalendar {
 public:
  // England and Wales bank holidays with no adjustments.
  WorkingCalendar();
  explicit WorkingCalendar(std::span<const CalendarAdjustment> adjustments);

  // Each count below fails with kInvalidInput naming "date" (CheckVerifiedDate) when it would
  // need a day outside the verified years; a caller that knows the field puts its own in.
  core::Result<bool> IsWorkingDay(CivilDate date) const;
  // The date `days` working days after `from` (from itself not counted); 0 = from; a negative
  // count goes back.
  core::Result<CivilDate> AddWorkingDays(CivilDate from, int days) const;
  // The date `days` working days before `to`.
  core::Result<CivilDate> SubtractWorkingDays(CivilDate to, int days) const;
  // Working days after `from` up to and including `to`; negative (the same count the other way)
  // when `to` is before `from`. WorkingDaysBetween(d, AddWorkingDays(d, n)) == n.
  core::Result<int> WorkingDaysBetween(CivilDate from, CivilDate to) const;
  // That year's non-working weekdays (bank holidays with this calendar's adjustments), in order.
  core::Result<std::vector<CivilDate>> Holidays(int year) const;

 private:
  // REQUIRES: in the verified years.
  bool Working(CivilDate date) const;
  std::vector<CivilDate> HolidaysOf(int year) const;
  std::set<CivilDate> added_;
  std::set<CivilDate> removed_;
};

}  // namespace assure::domain
