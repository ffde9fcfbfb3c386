// What the action plan pages share: the services they call (ActionServices, built once from the
// handler context by AddActionRoutes in action_handlers.h and copied into each route's handler);
// the part of the routes each handler file adds; paths; the words and GOV.UK tag colours shown for
// an action's status and RAG rating; one action as a list row or as the summary above its form;
// and how a refused form is shown again. Called only by the files of this folder. Free functions
// and a struct of references to thread-safe services: thread-safe.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/actions/action_choices.h"
#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"
#include "domain/calendar/calendar_service.h"
#include "domain/partnership/agency_service.h"
#include "http/common/errors.h"
#include "http/common/handler_context.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace assure::http::pages {

struct ActionServices {
  // `handler_context` is borrowed; it outlives the router.
  explicit ActionServices(const HandlerContext& handler_context);

  const HandlerContext& context;
  domain::ActionService actions;
  domain::ReviewRoundService rounds;
  domain::ActionChoiceService choices;
  domain::AgencyService agencies;
  domain::CalendarService calendar;
};

// One of this folder's page handlers, given the services.
using ActionPageFunction = core::Result<Response> (*)(const ActionServices& services,
                                                      const Request& request);
// A route's handler calling `page` with a copy of `services`, through the handler kit
// (PageHandler): an error it returns is answered with its error page.
Handler ActionPageHandler(const ActionServices& services, ActionPageFunction page);

// Each part of the action pages adds its routes (action_handlers.h adds them all).
void AddActionListRoutes(Router& router, const ActionServices& services);
void AddActionFormRoutes(Router& router, const ActionServices& services);
void AddActionUpdateRoutes(Router& router, const ActionServices& services);
void AddActionPageRoutes(Router& router, const ActionServices& services);
void AddReviewRoundRoutes(Router& router, const ActionServices& services);

std::string ActionHref(domain::ActionId id);      // "/actions/12"
std::string RoundHref(domain::ReviewRoundId id);  // "/review-rounds/3"

std::string_view StatusTagClass(domain::ActionStatus status);
std::string_view PriorityLabel(domain::ActionPriority priority);  // "High", ...

// One action as a list row: {href, title, agency, lead, due, status, status_class, rag,
// rag_class, rag_flag (the rating its lead reported, "Green", when the one shown is stricter;
// else "")}.
nlohmann::json ActionRow(const domain::RatedAction& rated,
                         const std::map<domain::AgencyId, std::string>& agencies);

// The action of the path's {id} as its page reads it (404, audited, when the asker may not see
// it), when the flag `may` of the view (ActionView::may_edit, ::may_update) lets the asker change
// it; kForbidden with `refusal` otherwise.
core::Result<domain::ActionView> ActionToChange(const ActionServices& services,
                                                const Request& request,
                                                bool domain::ActionView::*may, std::string refusal);

// The summary above an action's update or review form, as the form's "about" rows ({key, lines}):
// "Owner agency", "Due", `status_key` (the status's label) and "RAG rating shown".
nlohmann::json ActionAbout(std::string_view owner_agency, domain::CivilDate due,
                           domain::ActionStatus status, std::string_view status_key,
                           const std::optional<domain::Rag>& rag);

// A form page shown again with `errors`, answered with `status`.
using FormPage = std::function<core::Result<Response>(const FormErrors& errors, int status)>;
// Puts a service's kInvalidInput error on the form field it names.
using PlaceError = void (*)(FormErrors& errors, const core::Error& error);
// FormErrors::Add: the error on FieldKey(error.field).
void AddOnItsField(FormErrors& errors, const core::Error& error);

// A service's refusal of a sent form, where the person can act on it: invalid input shows the
// form again with the message by its field (`place`), a stale version (kConflict) with the
// message in the error summary and what was sent kept; each answered with HttpStatusFor's status.
// Any other error is returned for the handler kit's error page.
core::Result<Response> ShowRefusal(const core::Error& error, const FormPage& page,
                                   PlaceError place = AddOnItsField);

}  // namespace assure::http::pages
