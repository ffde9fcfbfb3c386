// Dissemination: how each agency passed a published briefing on to its staff (DOMAIN.md, area
// 4): the date, how (team meeting, training, newsletter, supervision, other) and roughly how many
// staff it reached. An agency may record several; it has confirmed once it recorded one. An
// agency that has not confirmed within kConfirmWithinWorkingDays working days of publication is
// overdue (on the reminders and the business unit's list). The enum names are the storage, wire
// and URL form. Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"
#include "domain/learning/briefing.h"

namespace assure::domain {

inline constexpr int kConfirmWithinWorkingDays = 20;
inline constexpr std::int64_t kStaffReachedMax = 1000000;

enum class DisseminationMethod { kTeamMeeting, kTraining, kNewsletter, kSupervision, kOther };
// "team_meeting", "training", "newsletter", "supervision", "other".
std::string_view DisseminationMethodName(DisseminationMethod method);
std::optional<DisseminationMethod> ParseDisseminationMethod(std::string_view name);
std::string_view DisseminationMethodLabel(DisseminationMethod method);  // "Team meeting"
std::span<const DisseminationMethod> AllDisseminationMethods();

// What an agency lead enters.
struct NewDissemination {
  AgencyId agency_id = 0;
  std::optional<CivilDate> shared_on;
  std::optional<DisseminationMethod> method;
  std::optional<std::int64_t> staff_reached;
};

struct Dissemination {
  std::int64_t id = 0;
  BriefingId briefing_id = 0;
  AgencyId agency_id = 0;
  CivilDate shared_on;
  DisseminationMethod method = DisseminationMethod::kTeamMeeting;
  std::int64_t staff_reached = 0;
  UserId recorded_by = 0;
  core::Instant recorded_at{};
};

// Checks what was entered: "agency_id" set, "shared_on" given, not before `published_on` nor
// after `today`, "method" chosen, "staff_reached" 0..1,000,000.
core::Status ValidateDissemination(const NewDissemination& entry, CivilDate published_on,
                                   CivilDate today);

// One agency's line of a briefing's dissemination table.
struct AgencyDissemination {
  AgencyId agency_id = 0;
  std::string agency_name;
  bool confirmed = false;
  std::optional<CivilDate> first_shared_on;
  std::int64_t staff_reached = 0;  // the sum of its records
  bool overdue = false;            // not confirmed, and the confirmation date has passed
};

// The date by which agencies confirm: kConfirmWithinWorkingDays working days after publication.
core::Result<CivilDate> ConfirmBy(const WorkingCalendar& calendar, CivilDate published_on);

// The table for every agency in `agencies` (id, name; in that order) from `records` of one
// briefing published on `published_on`, as of `today`.
core::Result<std::vector<AgencyDissemination>> DisseminationTable(
    std::span<const std::pair<AgencyId, std::string>> agencies,
    std::span<const Dissemination> records, CivilDate published_on, CivilDate today,
    const WorkingCalendar& calendar);

}  // namespace assure::domain
