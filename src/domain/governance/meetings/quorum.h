// Whether a meeting was quorate, computed from its attendance and its body's rule (body.h,
// QuorumRule; doc/governance.md, "Quorum"): members and standing deputies present, or a deputy
// sent for them, count; advisers, apologies and absences do not. With the statutory partners
// rule, each statutory partner agency of the partnership needs one such member. Pure; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "domain/governance/body.h"
#include "domain/governance/meetings/meeting.h"

namespace assure::domain {

struct Quorum {
  bool recorded = false;  // false until attendance is recorded; then the fields below hold
  bool quorate = false;
  int counted = 0;  // members counted towards the quorum
  int minimum = 0;
  std::vector<AgencyId> statutory_missing;  // statutory partners with no one counted
};

// The quorum of a meeting with `marks` (empty: not recorded), for a body with `members` and
// `rule`, in a partnership whose statutory partner agencies are `statutory_agencies`.
Quorum ComputeQuorum(const QuorumRule& rule, const std::vector<BodyMember>& members,
                     const std::vector<AttendanceMark>& marks,
                     const std::vector<AgencyId>& statutory_agencies);

}  // namespace assure::domain
