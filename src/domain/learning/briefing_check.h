// The publication check run on a briefing inside a transaction: the identifying details of its
// linked cases and the partnership's sensitive places against its title and body, with each hit
// as the asker may see it and whether the business manager accepted it. Used by
// BriefingPublication only; runs on the transaction's thread.
#pragma once

#include <string>

#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/learning/briefing.h"
#include "domain/learning/briefing_publication.h"
#include "domain/store.h"

namespace assure::domain {

core::Result<CheckReport> RunCheck(Transaction& tx, const Requester& requester,
                                   const Briefing& briefing);

// The check's audit reason: the number of hits and unresolved ones, and which cases' restricted
// details were read (by id: never a detail).
std::string CheckAuditReason(const Briefing& briefing, const CheckReport& report);

}  // namespace assure::domain
