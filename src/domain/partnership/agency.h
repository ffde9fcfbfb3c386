// Agency: one organisation that takes part in a partnership (the local authority, the police, an
// NHS trust, a school, ...). Statutory partners (Children Act 2004: local authority, police,
// health) carry duties the others do not.
//
// Plain values; ValidateAgency checks one before it is stored. The AgencyType names are the
// storage and wire form (agencies.type in SQL). Safe to copy between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/ids.h"

namespace assure::domain {

enum class AgencyType {
  kLocalAuthority,
  kPolice,
  kHealth,
  kEducation,
  kProbation,
  kVoluntarySector,
  kOther,
};

// "local_authority", "police", "health", "education", "probation", "voluntary_sector", "other".
std::string_view AgencyTypeName(AgencyType type);
// The inverse of AgencyTypeName; nullopt for any other text.
std::optional<AgencyType> ParseAgencyType(std::string_view name);

struct Agency {
  AgencyId id = 0;
  PartnershipId partnership_id = 0;
  std::string name;  // unique within its partnership
  AgencyType type = AgencyType::kOther;
  bool statutory_partner = false;
  Version version = 0;
};

// What a person enters to add an agency to a partnership.
struct NewAgency {
  std::string name;
  AgencyType type = AgencyType::kOther;
  bool statutory_partner = false;
};

// Checks the name (field "name").
core::Status ValidateAgency(const NewAgency& agency);
core::Status ValidateAgency(const Agency& agency);

}  // namespace assure::domain
