// What the action plan pages (action_handlers.h) share: the services they call, built once from
// the composition root's dependencies; paths; the words and GOV.UK tag colours shown for an
// action's status and RAG rating; one action as a list row; agency names. Free functions and a
// struct of thread-safe services that is copied into each route's handler.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "domain/actions/action_choices.h"
#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"
#include "domain/agency_service.h"
#include "domain/calendar/calendar_service.h"
#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

struct ActionServices {
  // Both borrowed; they outlive the router.
  ActionServices(const AdminDependencies& deps, const domain::DeadlineSettingsSource& deadlines);

  AdminDependencies deps;
  domain::ActionService actions;
  domain::ReviewRoundService rounds;
  domain::ActionChoiceService choices;
  domain::AgencyService agencies;
  domain::CalendarService calendar;
};

// Each part of the action pages adds its routes (action_handlers.h adds them all).
void AddActionListRoutes(Router& router, const ActionServices& services);
void AddActionFormRoutes(Router& router, const ActionServices& services);
void AddActionUpdateRoutes(Router& router, const ActionServices& services);
void AddActionPageRoutes(Router& router, const ActionServices& services);
void AddReviewRoundRoutes(Router& router, const ActionServices& services);

std::string ActionHref(domain::ActionId id);      // "/actions/12"
std::string RoundHref(domain::ReviewRoundId id);  // "/review-rounds/3"

// "Red", "Amber", "Green", or "No rating" for none.
std::string RagText(const std::optional<domain::Rag>& rag);
// govuk-tag--red, --orange (amber), --green, --grey (no rating).
std::string_view RagTagClass(const std::optional<domain::Rag>& rag);
std::string_view StatusTagClass(domain::ActionStatus status);
std::string_view PriorityLabel(domain::ActionPriority priority);  // "High", ...

// The partnership's agencies by id (empty if the asker may not read them).
std::map<domain::AgencyId, std::string> ActionAgencyNames(const ActionServices& services,
                                                          const domain::Requester& requester);
// The agency's name, or "An agency no longer listed".
std::string AgencyName(const std::map<domain::AgencyId, std::string>& names, domain::AgencyId id);

// One action as a list row: {href, title, agency, lead, due, status, status_class, rag,
// rag_class, rag_flag (the rating its lead reported, "Green", when the one shown is stricter;
// else "")}.
nlohmann::json ActionRow(const domain::RatedAction& rated,
                         const std::map<domain::AgencyId, std::string>& agencies);

// The text's lines, for paragraphs or <br>-separated lines; CR LF as LF, empty lines dropped.
nlohmann::json TextLines(std::string_view text);

}  // namespace assure::http::handlers
