// The JSON form of learning briefings, their saved versions, comparisons and publication check
// hits, for the API under /api/v1 (doc/openapi.yaml describes each shape). A hit carries the
// words of a restricted detail ("matched") only when the service showed them to the caller.
// Dates are "YYYY-MM-DD", instants core::FormatInstant text, enums their wire names; an unset
// optional value is null. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"

namespace assure::http::api {

nlohmann::json BriefingJson(const domain::Briefing& briefing);
// The briefing with its body rendered as safe HTML (reports/markdown_html.h), its linked cases'
// references and the steps the caller may take.
nlohmann::json BriefingViewJson(const domain::BriefingView& view);
nlohmann::json BriefingVersionJson(const domain::BriefingVersion& version);
nlohmann::json ComparisonJson(const domain::VersionComparison& comparison);
nlohmann::json HitJson(const domain::BriefingHit& hit);
nlohmann::json HitsJson(const std::vector<domain::BriefingHit>& hits);
nlohmann::json AcceptanceJson(const domain::HitAcceptance& acceptance);
std::string BriefingApiHref(domain::BriefingId id);

}  // namespace assure::http::api
