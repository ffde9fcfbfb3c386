// Ids of the records the domain talks about: plain 64-bit integers assigned by the database.
// Aliases, not distinct types, for now; 0 means "not yet stored".
#pragma once

#include <cstdint>

namespace assure::domain {

using PartnershipId = std::int64_t;
using AgencyId = std::int64_t;
using CaseId = std::int64_t;
using SubjectId = std::int64_t;
using ThemeId = std::int64_t;
using InformationRequestId = std::int64_t;
using ResponseFileId = std::int64_t;
using ReviewerId = std::int64_t;
using RecommendationId = std::int64_t;
using CaseEventId = std::int64_t;
// A record's version for optimistic concurrency: 1 when created, +1 on every update.
using Version = std::int64_t;

}  // namespace assure::domain
