// The civil date in Europe/London of an instant (DOMAIN.md: all dates are civil dates in
// Europe/London), so that "today" for a clock or a default date is the day people in England
// see on their calendar. British Summer Time (UTC+1) runs from 01:00 UTC on the last Sunday of
// March to 01:00 UTC on the last Sunday of October; Greenwich Mean Time (UTC) otherwise. Pure;
// thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/civil_date.h"

namespace assure::domain {

// True while British Summer Time is in force at `instant`.
bool IsBritishSummerTime(core::Instant instant);

// The date on a London calendar at `instant`.
CivilDate LondonDate(core::Instant instant);

// The instant the London day `date` begins (its midnight, GMT or BST as that day was): a period
// of London days [from, to] is the instants [LondonStartOfDay(from), LondonStartOfDay(to + 1)).
core::Instant LondonStartOfDay(CivilDate date);

}  // namespace assure::domain
