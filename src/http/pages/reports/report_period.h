// The period form of the report pages (/reports/review-activity, /reports/learning): a GOV.UK
// form with two date inputs (from-day/-month/-year and to-...), or from=YYYY-MM-DD&to=... in the
// query; neither end named: the page's default period. Pure functions of the request; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/reviews/figures/review_figures_repository.h"
#include "http/request.h"

namespace assure::http::pages {

// The period the page shows: the one asked for, or `shown_by_default` when the query names
// neither end. A bad date or period goes on `page` as an error naming its field ("from", "to");
// the form's date inputs ("from_input", "to_input") go on `page` too.
domain::DatePeriod PeriodShown(const Request& request, const domain::DatePeriod& shown_by_default,
                               nlohmann::json& page);

// "from=YYYY-MM-DD&to=YYYY-MM-DD".
std::string PeriodQuery(const domain::DatePeriod& period);

}  // namespace assure::http::pages
