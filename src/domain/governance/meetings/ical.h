// A small iCalendar (RFC 5545) writer for a body's meetings: one VCALENDAR with a VEVENT per
// meeting, times in Europe/London (TZID with its VTIMEZONE), text escaped (\\ ; , and line
// breaks), lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
// Cancelled meetings are STATUS:CANCELLED. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "domain/governance/meetings/meeting.h"

namespace assure::domain {

struct CalendarEvent {
  std::string uid;  // stable: "meeting-<id>@<partnership slug>.assure"
  CivilDate on;
  std::string starts_at;  // HH:MM
  int duration_minutes = 0;
  std::string summary;
  std::string location;
  bool cancelled = false;
};

// `stamp` is DTSTAMP (when the document was made), in UTC.
std::string WriteCalendar(std::string_view name, const std::vector<CalendarEvent>& events,
                          core::Instant stamp);

}  // namespace assure::domain
