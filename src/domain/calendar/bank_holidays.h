// England and Wales bank holidays as data (DOMAIN.md, "Working days and deadlines";
// doc/deadlines.md): the recurring rules (New Year's Day, Good Friday and Easter Monday from the
// date of Easter, the early May, spring and summer bank holidays, Christmas Day and Boxing Day,
// each with its substitute day when it falls at a weekend) plus a table of the one-off changes
// and extra days of 2000 to 2035. Outside 2000..2035 only the recurring rules apply (as they
// stand since 1978). Pure; thread-safe (the years 1900..2199 are worked out once, on first use,
// by a thread-safe static).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "domain/civil_date.h"

namespace assure::domain {

struct BankHoliday {
  CivilDate date;
  std::string_view name;  // "Easter Monday", "Spring bank holiday", "Platinum Jubilee"
};

// A one-off change to the recurring rules, by royal proclamation: an extra bank holiday, or a
// recurring one that did not happen on its usual date (when it moved, the table also holds its
// new date).
struct BankHolidayChange {
  CivilDate date;
  bool holiday = true;  // true: a bank holiday that day; false: the usual one was not
  std::string_view name;
};

// The one-off changes of 2000..2035, in date order.
std::span<const BankHolidayChange> BankHolidayChanges();

// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus).
CivilDate EasterSunday(int year);

// The bank holidays of `year` in date order, with their substitute days (a holiday that falls on
// a Saturday or Sunday is listed on the weekday it moved to).
std::vector<BankHoliday> EnglandAndWalesBankHolidays(int year);

// Whether `date` is an England and Wales bank holiday (never true of a Saturday or Sunday).
bool IsEnglandAndWalesBankHoliday(CivilDate date);

}  // namespace assure::domain
