// The JSON forms of quality assurance records in API answers (doc/openapi.yaml, "Assurance"),
// and the readers of their request bodies. Enum values are their storage names; dates
// "YYYY-MM-DD". Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/assurance/self_evaluation/round_service.h"
#include "domain/assurance/standards.h"

namespace assure::http::api {

nlohmann::json ActivityJson(const domain::Activity& activity);
nlohmann::json FrameworkJson(const domain::StandardsFramework& framework);
nlohmann::json RoundJson(const domain::Round& round);
nlohmann::json EvaluationRoundViewJson(const domain::EvaluationRoundView& view);
nlohmann::json ReturnJson(const domain::Return& ret);
nlohmann::json ReturnViewJson(const domain::ReturnView& view);
nlohmann::json ChallengeJson(const domain::Challenge& challenge);
nlohmann::json TrendJson(const std::vector<domain::TrendPoint>& points);

// {"kind", "title", "themes", "lead_user_id", "agency_ids", "starts_on", "ends_on",
// "feeds_from"}: what the business unit writes.
core::Result<domain::ActivityContent> ActivityContentFrom(const nlohmann::json& body);
// {"name", "description", "scale", "evidence_required", "standards": [{"code", "heading",
// "statement", "good_looks_like"}]}.
core::Result<domain::FrameworkDraft> FrameworkDraftFrom(const nlohmann::json& body);
// {"activity_id", "framework_id", "title", "due_on", "agency_ids"}.
core::Result<domain::NewRound> NewRoundFrom(const nlohmann::json& body);
// "answers": [{"standard_id", "rating", "narrative"}].
core::Result<std::vector<domain::ReturnAnswer>> AnswersFrom(const nlohmann::json& body);

}  // namespace assure::http::api
