#include "domain/reviews/cases/involved_agencies.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace assure::domain {

std::vector<AgencyId> InvolvedAgencies(const CaseRecords& records) {
  std::set<AgencyId> involved;
  if (records.record.referring_agency_id) involved.insert(*records.record.referring_agency_id);
  for (const auto& request : records.requests) involved.insert(request.agency_id);
  if (records.rapid_review) {
    involved.insert(records.rapid_review->agencies_present.begin(),
                    records.rapid_review->agencies_present.end());
  }
  return {involved.begin(), involved.end()};
}

std::vector<AgencyId> ReviewerConflicts(const Reviewer& reviewer, const CaseRecords& records) {
  const auto involved = InvolvedAgencies(records);
  std::set<AgencyId> interests(reviewer.interests.begin(), reviewer.interests.end());
  std::vector<AgencyId> conflicts;
  std::set_intersection(involved.begin(), involved.end(), interests.begin(), interests.end(),
                        std::back_inserter(conflicts));
  return conflicts;
}

}  // namespace assure::domain
