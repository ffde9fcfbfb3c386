#include "domain/learning/dissemination.h"

#include <array>
#include <map>
#include <utility>

#include "domain/enum_names.h"

namespace assure::domain {

namespace {

constexpr std::array<std::pair<DisseminationMethod, std::string_view>, 5> kMethodNames{{
    {DisseminationMethod::kTeamMeeting, "team_meeting"},
    {DisseminationMethod::kTraining, "training"},
    {DisseminationMethod::kNewsletter, "newsletter"},
    {DisseminationMethod::kSupervision, "supervision"},
    {DisseminationMethod::kOther, "other"},
}};
constexpr std::array<std::pair<DisseminationMethod, std::string_view>, 5> kMethodLabels{{
    {DisseminationMethod::kTeamMeeting, "Team meeting"},
    {DisseminationMethod::kTraining, "Training"},
    {DisseminationMethod::kNewsletter, "Newsletter"},
    {DisseminationMethod::kSupervision, "Supervision"},
    {DisseminationMethod::kOther, "Other"},
}};
constexpr std::array<DisseminationMethod, 5> kMethods{
    DisseminationMethod::kTeamMeeting, DisseminationMethod::kTraining,
    DisseminationMethod::kNewsletter, DisseminationMethod::kSupervision,
    DisseminationMethod::kOther};

}  // namespace

std::string_view DisseminationMethodName(DisseminationMethod method) {
  return NameOf<DisseminationMethod>(kMethodNames, method);
}
std::optional<DisseminationMethod> ParseDisseminationMethod(std::string_view name) {
  return ParseName<DisseminationMethod>(kMethodNames, name);
}
std::string_view DisseminationMethodLabel(DisseminationMethod method) {
  return NameOf<DisseminationMethod>(kMethodLabels, method);
}
std::span<const DisseminationMethod> AllDisseminationMethods() { return kMethods; }

core::Status ValidateDissemination(const NewDissemination& entry, CivilDate published_on,
                                   CivilDate today) {
  if (entry.agency_id <= 0) return core::Error::InvalidInput("agency_id", "Choose the agency.");
  if (!entry.shared_on) {
    return core::Error::InvalidInput("shared_on", "Enter the date the agency shared it.");
  }
  if (*entry.shared_on < published_on) {
    return core::Error::InvalidInput("shared_on",
                                     "The date cannot be before the briefing was published.");
  }
  if (*entry.shared_on > today) {
    return core::Error::InvalidInput("shared_on", "The date cannot be in the future.");
  }
  if (!entry.method) {
    return core::Error::InvalidInput(
        "method", "Choose how: team meeting, training, newsletter, supervision or other.");
  }
  if (!entry.staff_reached || *entry.staff_reached < 0 || *entry.staff_reached > kStaffReachedMax) {
    return core::Error::InvalidInput("staff_reached",
                                     "Enter roughly how many staff it reached, from 0 to "
                                     "1,000,000.");
  }
  return core::Ok();
}

core::Result<CivilDate> ConfirmBy(const WorkingCalendar& calendar, CivilDate published_on) {
  return calendar.AddWorkingDays(published_on, kConfirmWithinWorkingDays);
}

core::Result<std::vector<AgencyDissemination>> DisseminationTable(
    std::span<const std::pair<AgencyId, std::string>> agencies,
    std::span<const Dissemination> records, CivilDate published_on, CivilDate today,
    const WorkingCalendar& calendar) {
  ASSURE_ASSIGN_OR_RETURN(const CivilDate due, ConfirmBy(calendar, published_on));
  std::map<AgencyId, AgencyDissemination> by_agency;
  for (const auto& [id, name] : agencies) {
    AgencyDissemination line;
    line.agency_id = id;
    line.agency_name = name;
    by_agency.emplace(id, std::move(line));
  }
  for (const Dissemination& record : records) {
    auto it = by_agency.find(record.agency_id);
    if (it == by_agency.end()) continue;  // an agency no longer listed
    AgencyDissemination& line = it->second;
    line.confirmed = true;
    line.staff_reached += record.staff_reached;
    if (!line.first_shared_on || record.shared_on < *line.first_shared_on) {
      line.first_shared_on = record.shared_on;
    }
  }
  std::vector<AgencyDissemination> table;
  for (const auto& [id, name] : agencies) {
    AgencyDissemination line = by_agency.at(id);
    line.overdue = !line.confirmed && today > due;
    table.push_back(std::move(line));
  }
  return table;
}

}  // namespace assure::domain
