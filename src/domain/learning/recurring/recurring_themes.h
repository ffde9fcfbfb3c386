// The themes of recurring learning (recurring_learning.h): for each theme of the partnership's
// list, how many reviewed cases carrying it were decided in each financial year, and how many
// briefings on it were published in each. A theme recurs when its reviews fall in two or more
// financial years. Pure function; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "domain/learning/recurring/recurring_learning.h"

namespace assure::domain {

// Every theme of `themes` (the partnership's list; a case's or briefing's theme not in it is not
// counted), counting the cases and briefings whose date falls in `years`: recurring themes first,
// then more years with reviews, then more reviews, then by name.
std::vector<ThemeRecurrence> ThemesByYear(const std::vector<std::string>& themes,
                                          const std::vector<ReviewedCase>& cases,
                                          const std::vector<PublishedBriefing>& briefings,
                                          const YearRange& years);

}  // namespace assure::domain
