#include "domain/partnership/agency.h"

#include <array>
#include <utility>

#include "domain/text_rules.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<AgencyType, std::string_view>, 7> kAgencyTypeNames{{
    {AgencyType::kLocalAuthority, "local_authority"},
    {AgencyType::kPolice, "police"},
    {AgencyType::kHealth, "health"},
    {AgencyType::kEducation, "education"},
    {AgencyType::kProbation, "probation"},
    {AgencyType::kVoluntarySector, "voluntary_sector"},
    {AgencyType::kOther, "other"},
}};

}  // namespace

std::string_view AgencyTypeName(AgencyType type) {
  for (const auto& [value, name] : kAgencyTypeNames) {
    if (value == type) return name;
  }
  return "other";
}

std::optional<AgencyType> ParseAgencyType(std::string_view name) {
  for (const auto& [value, text] : kAgencyTypeNames) {
    if (text == name) return value;
  }
  return std::nullopt;
}

core::Status ValidateAgency(const NewAgency& agency) { return ValidateName("name", agency.name); }

core::Status ValidateAgency(const Agency& agency) { return ValidateName("name", agency.name); }

}  // namespace assure::domain
