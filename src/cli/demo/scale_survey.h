// The benchmark's large staff survey (`assure demo --scale --survey-answers N`): in one synthetic
// partnership, a closed survey of eight questions of every kind for its agencies, with N invented
// answers spread unevenly over them (the last agency gets few, so its results are suppressed),
// written straight through the survey repository in the caller's transaction. Deterministic for
// a given seed. Not thread-safe (uses the transaction). Every text here is invented.
#pragma once

#include <cstdint>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/store.h"
#include "security/random.h"

namespace assure::cli {

// Returns the survey's id. REQUIRES: `agencies` are the partnership's, at least two.
core::Result<std::int64_t> AddScaleSurvey(domain::Transaction& tx,
                                          domain::PartnershipId partnership_id,
                                          domain::UserId created_by,
                                          const std::vector<domain::AgencyId>& agencies,
                                          int answers, core::Instant now, security::Random& random,
                                          std::uint32_t seed);

}  // namespace assure::cli
