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
  std::string slug;  // the partnership's name in URLs, unique: "north-yorkshire"
  std::string name;  // "North Yorkshire Safeguarding Partnership"
  Version version = 0;
};

// What a person enters to create a partnership.
struct NewPartnership {
  std::string slug;
  std::string name;
};

// Checks slug (field "slug") and name (field "name") against text_rules.h.
core::Status ValidatePartnership(const NewPartnership& partnership);

}  // namespace assure::domain
