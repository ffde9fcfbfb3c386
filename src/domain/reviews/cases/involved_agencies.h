// The agencies involved in a case, for the conflict-of-interest check when a reviewer is
// appointed: the referring agency, every agency asked for information, and every
// agency present at the rapid review. Pure; thread-safe.
#pragma once

#include <vector>

#include "domain/ids.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/clocks/clocks.h"

namespace assure::domain {

// Sorted, each once.
std::vector<AgencyId> InvolvedAgencies(const CaseRecords& records);

// The involved agencies the reviewer declared an interest in, sorted; empty = no conflict.
std::vector<AgencyId> ReviewerConflicts(const Reviewer& reviewer, const CaseRecords& records);

}  // namespace assure::domain
