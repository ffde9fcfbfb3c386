// The JSON forms of staff surveys in API answers (doc/openapi.yaml, "Assurance"): a survey (with
// its links only for the business unit), its results in aggregate (a hidden number is null), and
// the reader of a survey's content. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "core/result.h"
#include "domain/assurance/survey/survey_service.h"

namespace assure::http::api {

// Where an agency's link leads: "/s/<token>" (the public answer form).
std::string SurveyLinkPath(const domain::SurveyLink& link);

// With `with_links`, its "links" too (for the business unit only).
nlohmann::json SurveyJson(const domain::Survey& survey, bool with_links = false);
// The survey with "agencies" named and, for the business unit, "links" and "respondents".
nlohmann::json SurveyViewJson(const domain::SurveyView& view);
nlohmann::json SurveyResultsJson(domain::SurveyId id, const domain::SurveyResults& results);

// What the business unit writes, with the staff survey activity it belongs to.
struct SurveyInput {
  domain::SurveyContent content;
  std::optional<domain::ActivityId> activity_id;
};
// {"title", "introduction", "minimum_group", "agency_ids", "activity_id", "sections": [{"title",
// "questions": [{"kind", "text", "hint", "options", "required"}]}]}.
core::Result<SurveyInput> SurveyInputFrom(const nlohmann::json& body);

}  // namespace assure::http::api
