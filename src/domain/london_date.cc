#include "domain/london_date.h"

#include <chrono>

namespace assure::domain {

namespace {

using std::chrono::hours;
using std::chrono::last;
using std::chrono::Sunday;
using std::chrono::sys_days;

// 01:00 UTC on the last Sunday of `month` of `year`.
core::Instant ChangeOver(std::chrono::year year, std::chrono::month month) {
  const sys_days sunday{year / month / Sunday[last]};
  return core::Instant{sunday} + hours{1};
}

}  // namespace

bool IsBritishSummerTime(core::Instant instant) {
  const auto year = CivilDate{std::chrono::floor<std::chrono::days>(instant)}.year();
  return instant >= ChangeOver(year, std::chrono::March) &&
         instant < ChangeOver(year, std::chrono::October);
}

CivilDate LondonDate(core::Instant instant) {
  const auto local = IsBritishSummerTime(instant) ? instant + hours{1} : instant;
  return CivilDate{std::chrono::floor<std::chrono::days>(local)};
}

core::Instant LondonStartOfDay(CivilDate date) {
  const core::Instant utc_midnight{sys_days{date}};
  // Summer time never changes at midnight, so the hour before UTC midnight tells.
  const core::Instant bst_midnight = utc_midnight - hours{1};
  return IsBritishSummerTime(bst_midnight) ? bst_midnight : utc_midnight;
}

}  // namespace assure::domain
