// `assure calendar holidays` and `assure calendar add-working-days`: the working calendar for
// scripts and support staff (doc/deadlines.md). Without --partnership they use the England and
// Wales bank holidays alone and never open the database; with it they read that partnership's
// changes to the calendar, in one snapshot. Results go to standard output, one per line.
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/calendar/calendar_service.h"
#include "domain/calendar/working_calendar.h"

namespace assure::cli {

namespace {

constexpr int kMaxWorkingDays = 1000;

// Whole numbers only: digits, no sign, no spaces.
std::optional<int> ParseCount(std::string_view text) {
  if (text.empty() || text.size() > 6) return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || text.front() == '-') {
    return std::nullopt;
  }
  return value;
}

// The national calendar, or the partnership's when a slug is given.
core::Result<domain::WorkingCalendar> LoadCalendar(const std::string& db_url,
                                                   const std::string& slug,
                                                   const core::Clock& clock) {
  if (slug.empty()) return domain::WorkingCalendar{};
  ASSURE_ASSIGN_OR_RETURN(auto opened, CommandStore::Open(db_url, clock));
  return (opened)->store().Read(
      [&](domain::Transaction& tx) -> core::Result<domain::WorkingCalendar> {
        ASSURE_ASSIGN_OR_RETURN(auto partnership, FindPartnership(tx, slug));
        return domain::LoadWorkingCalendar(tx.calendar(partnership.id));
      });
}

}  // namespace

int CalendarHolidays(const std::string& db_url, const CalendarHolidaysOptions& options,
                     const core::Clock& clock) {
  const auto year = ParseCount(options.year);
  if (!year || !domain::IsVerifiedYear(*year)) {
    return Fail(core::Error::InvalidInput(
        "year", "--year must be a year from " + std::to_string(domain::kFirstVerifiedYear) +
                    " to " + std::to_string(domain::kLastVerifiedYear) +
                    ", the years whose bank holidays are verified"));
  }
  auto calendar = LoadCalendar(db_url, options.partnership, clock);
  if (!calendar) return Fail(calendar.error());
  auto holidays = calendar->Holidays(*year);
  if (!holidays) return Fail(holidays.error());
  for (const domain::CivilDate& date : *holidays) {
    std::printf("%s\n", domain::FormatCivilDate(date).c_str());
  }
  return kExitOk;
}

int CalendarAddWorkingDays(const std::string& db_url, const AddWorkingDaysOptions& options,
                           const core::Clock& clock) {
  const auto from = domain::ParseCivilDate(options.from);
  if (!from) {
    return Fail(
        core::Error::InvalidInput("from", "--from must be a date as YYYY-MM-DD (e.g. 2025-01-06)"));
  }
  const auto days = ParseCount(options.days);
  if (!days || *days > kMaxWorkingDays) {
    return Fail(core::Error::InvalidInput("days", "--days must be a whole number from 0 to 1000"));
  }
  auto calendar = LoadCalendar(db_url, options.partnership, clock);
  if (!calendar) return Fail(calendar.error());
  auto date = calendar->AddWorkingDays(*from, *days);
  if (!date) {  // a day outside the verified years: named as the option that led there
    return Fail(core::Error::InvalidInput("from", "--from and --days: " + date.error().message));
  }
  std::printf("%s\n", domain::FormatCivilDate(*date).c_str());
  return kExitOk;
}

}  // namespace assure::cli
