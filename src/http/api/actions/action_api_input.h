// The API's request bodies for action plans as domain inputs, read by the handlers of
// action_api_handlers.cc: a new action, an action's whole plan (PUT), a progress update, a review
// of a round's entry and the quarter that opens a round (the version that closes one is
// VersionFrom, common/json_fields.h). Field names are those of action.h, action_service.h and
// review_round_service.h (and of doc/openapi.yaml). Each returns kInvalidInput naming the field
// for a value of the wrong JSON type or form ("sources[1].kind"), never repeating the value; what
// the domain then checks (lengths, dates, which status may follow which) is left to the services.
// Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"

namespace assure::http::api {

// POST /api/v1/actions: title, owner_agency_id, lead_user_id, lead_name, success_measure,
// due_on (required), priority (high|medium|low; medium when absent), sources [{kind, ref_id,
// label}].
core::Result<domain::NewAction> NewActionFrom(const nlohmann::json& body);
// PUT /api/v1/actions/{id}: "version" and the whole plan, as NewActionFrom but "priority" is
// required too; an absent optional field (lead_user_id, success_measure) is cleared. The id is
// the caller's to set.
core::Result<domain::PlanAction> ActionPlanFrom(const nlohmann::json& body);
// POST /api/v1/actions/{id}/updates: version, on, narrative, status, status_reason, rag,
// evidence. Files are attached on the action's page (multipart), so a "file" field is refused.
core::Result<domain::ActionUpdateInput> ActionUpdateFrom(const nlohmann::json& body);
// PUT /api/v1/review-rounds/{id}/entries/{entry}: version, outcome, note, new_due_on.
core::Result<domain::ReviewInput> ReviewFrom(const nlohmann::json& body);
// POST /api/v1/review-rounds: "quarter" as "2025-26-q1" (or "2025-26 Q1").
core::Result<domain::Quarter> QuarterFrom(const nlohmann::json& body);

}  // namespace assure::http::api
