#include "domain/calendar/working_calendar.h"

#include <algorithm>

#include "domain/calendar/bank_holidays.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Status CheckVerifiedSpan(CivilDate from, CivilDate to) {
  ASSURE_TRY(CheckVerifiedDate("date", from));
  return CheckVerifiedDate("date", to);
}

}  // namespace

bool IsVerifiedYear(int year) { return year >= kFirstVerifiedYear && year <= kLastVerifiedYear; }

core::Status CheckVerifiedDate(std::string_view field, CivilDate date) {
  if (date.ok() && IsVerifiedYear(static_cast<int>(date.year()))) return core::Ok();
  return core::Error::InvalidInput(std::string{field},
                                   "Working days can be counted only for dates from " +
                                       std::to_string(kFirstVerifiedYear) + " to " +
                                       std::to_string(kLastVerifiedYear) +
                                       ", the years whose bank holidays are verified.");
}

core::Status ValidateCalendarAdjustment(const CalendarAdjustment& adjustment) {
  ASSURE_TRY(ValidateName("reason", adjustment.reason));
  ASSURE_TRY(CheckVerifiedDate("date", adjustment.date));
  const bool bank_holiday = IsEnglandAndWalesBankHoliday(adjustment.date);
  if (adjustment.non_working && (IsWeekend(adjustment.date) || bank_holiday)) {
    return core::Error::InvalidInput("date", "That day is already not a working day.");
  }
  if (!adjustment.non_working && !bank_holiday) {
    return core::Error::InvalidInput("date", "Only a bank holiday can be made a working day.");
  }
  return core::Ok();
}

WorkingCalendar::WorkingCalendar() = default;

WorkingCalendar::WorkingCalendar(std::span<const CalendarAdjustment> adjustments) {
  for (const CalendarAdjustment& adjustment : adjustments) {
    if (adjustment.non_working) {
      added_.insert(adjustment.date);
      removed_.erase(adjustment.date);
    } else {
      removed_.insert(adjustment.date);
      added_.erase(adjustment.date);
    }
  }
}

bool WorkingCalendar::Working(CivilDate date) const {
  if (IsWeekend(date) || added_.contains(date)) return false;
  return removed_.contains(date) || !IsEnglandAndWalesBankHoliday(date);
}

core::Result<bool> WorkingCalendar::IsWorkingDay(CivilDate date) const {
  ASSURE_TRY(CheckVerifiedDate("date", date));
  return Working(date);
}

core::Result<CivilDate> WorkingCalendar::AddWorkingDays(CivilDate from, int days) const {
  if (days < 0) return SubtractWorkingDays(from, -days);
  ASSURE_TRY(CheckVerifiedDate("date", from));
  CivilDate date = from;
  for (int left = days; left > 0;) {
    date = AddDays(date, 1);
    ASSURE_TRY(CheckVerifiedDate("date", date));
    if (Working(date)) --left;
  }
  return date;
}

core::Result<CivilDate> WorkingCalendar::SubtractWorkingDays(CivilDate to, int days) const {
  if (days < 0) return AddWorkingDays(to, -days);
  ASSURE_TRY(CheckVerifiedDate("date", to));
  CivilDate date = to;
  for (int left = days; left > 0;) {
    date = AddDays(date, -1);
    ASSURE_TRY(CheckVerifiedDate("date", date));
    if (Working(date)) --left;
  }
  return date;
}

// Weekdays in (from, to], then less each non-working weekday of the years it spans: a count that
// does not walk the days, because a case list counts spans of years for every old clock.
core::Result<int> WorkingCalendar::WorkingDaysBetween(CivilDate from, CivilDate to) const {
  if (to < from) {
    ASSURE_ASSIGN_OR_RETURN(const int back, WorkingDaysBetween(to, from));
    return -back;
  }
  ASSURE_TRY(CheckVerifiedSpan(from, to));
  const int days = DaysBetween(from, to);
  int count = days / 7 * 5;
  for (CivilDate date = AddDays(from, days / 7 * 7 + 1); date <= to; date = AddDays(date, 1)) {
    if (!IsWeekend(date)) ++count;
  }
  for (int year = static_cast<int>(from.year()); year <= static_cast<int>(to.year()); ++year) {
    for (const CivilDate& day : HolidaysOf(year)) {
      if (from < day && day <= to && !IsWeekend(day)) --count;
    }
  }
  return count;
}

core::Result<std::vector<CivilDate>> WorkingCalendar::Holidays(int year) const {
  if (!IsVerifiedYear(year)) {
    return CheckVerifiedDate("year", CivilDate{std::chrono::year{year}, std::chrono::January,
                                               std::chrono::day{1}})
        .error();
  }
  return HolidaysOf(year);
}

std::vector<CivilDate> WorkingCalendar::HolidaysOf(int year) const {
  std::vector<CivilDate> days;
  for (const BankHoliday& holiday : EnglandAndWalesBankHolidays(year)) {
    if (!removed_.contains(holiday.date)) days.push_back(holiday.date);
  }
  for (const CivilDate& date : added_) {
    if (static_cast<int>(date.year()) == year && !IsWeekend(date)) days.push_back(date);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

}  // namespace assure::domain
