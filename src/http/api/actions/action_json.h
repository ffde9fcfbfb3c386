// The JSON form of action plans that the API handlers (action_api_handlers.cc) answer with
// (doc/openapi.yaml describes each shape): actions (with the rating shown today when the service
// gave one), their sources, progress updates with their evidence files' metadata (the bytes are a
// separate, audited GET), review entries, review rounds and the quarter's dashboard. Only what
// the caller's service call returned is written; sources name a case by its reference, never its
// subjects. Dates are "YYYY-MM-DD", instants core::FormatInstant text, quarters their URL form
// ("2025-26-q4") with a label ("2025-26 Q4"), enums their wire names; an unset optional value is
// null. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"

namespace assure::http::api {

// The action's own fields, with its sources as stored ({kind, ref_id, label}).
nlohmann::json ActionJson(const domain::PlanAction& action);
// ActionJson with "effective_rag" (the rating shown today; null for not implemented or
// superseded) and "rag_disagrees".
nlohmann::json RatedActionJson(const domain::RatedAction& rated);
nlohmann::json RatedActionsJson(const std::vector<domain::RatedAction>& actions);
// The action page as data: "action" (rated), "sources" (described), "updates" (oldest first,
// with files), "reviews" (only for those who may read review rounds), "next_statuses",
// "may_update", "may_edit".
nlohmann::json ActionViewJson(const domain::ActionView& view);
// A progress update with its evidence files; each file's "href" is its download route.
nlohmann::json UpdateViewJson(const domain::ActionUpdateView& update);
nlohmann::json UpdatesJson(const std::vector<domain::ActionUpdateView>& updates);

nlohmann::json ReviewEntryJson(const domain::ReviewEntry& entry);
nlohmann::json ReviewRoundJson(const domain::ReviewRound& round);
// The round with its entries (each with its action's title, owner, due date, status and the
// rating shown today) and what the caller may do with it.
nlohmann::json RoundViewJson(const domain::RoundView& view);
nlohmann::json DashboardJson(const domain::ReviewDashboard& dashboard);

// "/api/v1/actions/{id}", "/api/v1/review-rounds/{id}".
std::string ActionApiHref(domain::ActionId id);
std::string ReviewRoundApiHref(domain::ReviewRoundId id);

}  // namespace assure::http::api
