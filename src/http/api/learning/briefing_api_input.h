// Reading the bodies and query parameters of the briefing endpoints into domain values: the
// first problem is kInvalidInput naming the field, never repeating the value sent. Pure;
// thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/learning/briefing_repository.h"
#include "http/request.h"

namespace assure::http::api {

// A briefing's fields (POST and PUT): "kind", "title", "body_markdown", "audiences", "themes",
// "case_ids", "recommendation_ids", "action_ids".
core::Result<domain::BriefingContent> BriefingContentFrom(const nlohmann::json& body);
// The list's filters: ?kind=&state=&audience=&theme=&case_id=.
core::Result<domain::BriefingQuery> BriefingQueryFrom(const Request& request);
// "places": the list of sensitive places.
core::Result<std::vector<std::string>> PlacesFrom(const nlohmann::json& body);

}  // namespace assure::http::api
