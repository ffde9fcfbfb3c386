#include "domain/governance/meetings/quorum.h"

#include <algorithm>
#include <map>
#include <set>

namespace assure::domain {

Quorum ComputeQuorum(const QuorumRule& rule, const std::vector<BodyMember>& members,
                     const std::vector<AttendanceMark>& marks,
                     const std::vector<AgencyId>& statutory_agencies) {
  Quorum quorum;
  quorum.minimum = rule.minimum;
  if (marks.empty()) return quorum;
  quorum.recorded = true;
  std::map<BodyMemberId, const BodyMember*> by_id;
  for (const BodyMember& member : members) by_id.emplace(member.id, &member);
  std::set<AgencyId> represented;
  for (const AttendanceMark& mark : marks) {
    const auto found = by_id.find(mark.member_id);
    if (found == by_id.end() || found->second->role == MemberRole::kAdviser) continue;
    if (mark.status != AttendanceStatus::kPresent && mark.status != AttendanceStatus::kDeputy) {
      continue;
    }
    ++quorum.counted;
    if (found->second->agency_id) represented.insert(*found->second->agency_id);
  }
  if (rule.statutory_partners) {
    for (const AgencyId agency : statutory_agencies) {
      if (!represented.contains(agency)) quorum.statutory_missing.push_back(agency);
    }
  }
  quorum.quorate = quorum.counted >= rule.minimum && quorum.statutory_missing.empty();
  return quorum;
}

}  // namespace assure::domain
