// Partnership: the tenant. A safeguarding partnership (children's partnership, adults board, or a
// combined one) owns every other record through partnership_id.
//
// Plain values, no invariants enforced by the type: ValidatePartnership checks a NewPartnership
// before it is stored. Safe to copy between threads.
#pragma once

#include <string>

#include "core/result.h"
#include "domain/ids.h"

namespace assure::domain {

struct Partnership {
  PartnershipId id = 0;
  std::string slug;          // the partnership's name in URLs, unique: "north-yorkshire"
  std::string name;          // "North Yorkshire Safeguarding Partnership"
  bool demo = false;         // holds only made-up records; every page says so
  bool mfa_required = true;  // may be false only for a demo partnership
  Version version = 0;
};

// What a person enters to create a partnership.
struct NewPartnership {
  std::string slug;
  std::string name;
  bool demo = false;
  bool mfa_required = true;
};

// Checks slug (field "slug") and name (field "name") against text_rules.h, and that only a
// demo partnership relaxes MFA (field "mfa_required").
core::Status ValidatePartnership(const NewPartnership& partnership);

}  // namespace assure::domain
