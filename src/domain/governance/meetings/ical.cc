#include "domain/governance/meetings/ical.h"

#include <chrono>

namespace assure::domain {
namespace {

constexpr std::string_view kCrlf = "\r\n";

// Europe/London's rules since 1996: BST from the last Sunday of March at 01:00 UTC, GMT from the
// last Sunday of October at 01:00 UTC.
constexpr std::string_view kLondon =
    "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n"
    "DTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n"
    "DTSTART:19701025T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

std::string Escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Appends `line` folded at 75 octets (a fold is CRLF and one space), never inside a UTF-8
// character, then CRLF.
void AppendFolded(std::string& out, std::string_view line) {
  std::size_t width = 75;
  while (line.size() > width) {
    std::size_t cut = width;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) --cut;
    if (cut == 0) cut = width;  // not UTF-8 after all: fold at the width
    out.append(line.substr(0, cut));
    out += kCrlf;
    out += ' ';
    line.remove_prefix(cut);
    width = 74;  // the leading space counts
  }
  out.append(line);
  out += kCrlf;
}

std::string Two(unsigned value) {
  std::string text = std::to_string(value);
  return value < 10 ? "0" + text : text;
}

std::string DateText(CivilDate day) {
  return std::to_string(static_cast<int>(day.year())) + Two(static_cast<unsigned>(day.month())) +
         Two(static_cast<unsigned>(day.day()));
}

// "20260312T100000" for a day and "HH:MM" plus `minutes` (carried into the next days).
std::string LocalTime(CivilDate day, std::string_view hh_mm, int minutes) {
  if (hh_mm.size() != 5) hh_mm = "00:00";  // validated on entry (ValidateMeetingContent)
  const int start =
      ((hh_mm[0] - '0') * 10 + (hh_mm[1] - '0')) * 60 + (hh_mm[3] - '0') * 10 + (hh_mm[4] - '0');
  const int total = start + minutes;
  const std::chrono::sys_days shifted =
      std::chrono::sys_days{day} + std::chrono::days{total / 1440};
  const int in_day = total % 1440;
  return DateText(CivilDate{shifted}) + "T" + Two(static_cast<unsigned>(in_day / 60)) +
         Two(static_cast<unsigned>(in_day % 60)) + "00";
}

std::string StampText(core::Instant stamp) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(stamp);
  const auto days = std::chrono::floor<std::chrono::days>(seconds);
  const std::chrono::hh_mm_ss time{seconds - days};
  return DateText(CivilDate{days}) + "T" + Two(static_cast<unsigned>(time.hours().count())) +
         Two(static_cast<unsigned>(time.minutes().count())) +
         Two(static_cast<unsigned>(time.seconds().count())) + "Z";
}

}  // namespace

std::string WriteCalendar(std::string_view name, const std::vector<CalendarEvent>& events,
                          core::Instant stamp) {
  std::string out;
  out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Assure//Governance//EN\r\n";
  out += "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
  AppendFolded(out, "X-WR-CALNAME:" + Escape(name));
  out += kLondon;
  const std::string dtstamp = StampText(stamp);
  for (const CalendarEvent& event : events) {
    out += "BEGIN:VEVENT\r\n";
    AppendFolded(out, "UID:" + Escape(event.uid));
    out += "DTSTAMP:" + dtstamp + std::string{kCrlf};
    out += "DTSTART;TZID=Europe/London:" + LocalTime(event.on, event.starts_at, 0) +
           std::string{kCrlf};
    out +=
        "DTEND;TZID=Europe/London:" + LocalTime(event.on, event.starts_at, event.duration_minutes) +
        std::string{kCrlf};
    AppendFolded(out, "SUMMARY:" + Escape(event.summary));
    if (!event.location.empty()) AppendFolded(out, "LOCATION:" + Escape(event.location));
    out += event.cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
    out += "END:VEVENT\r\n";
  }
  out += "END:VCALENDAR\r\n";
  return out;
}

}  // namespace assure::domain
