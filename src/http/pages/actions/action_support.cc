#include "http/pages/actions/action_support.h"

#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/civil_date.h"
#include "http/common/display.h"
#include "http/common/numbers.h"
#include "http/error_pages.h"

namespace assure::http::pages {

ActionServices::ActionServices(const HandlerContext& handler_context)
    : context(handler_context),
      actions(context.store, context.clock, context.deadlines),
      rounds(context.store, context.clock, context.deadlines),
      choices(context.store, context.clock),
      agencies(context.store, context.clock),
      calendar(context.store, context.clock) {}

Handler ActionPageHandler(const ActionServices& services, ActionPageFunction page) {
  return PageHandler(services.context.renderer,
                     [services, page](const Request& request) { return page(services, request); });
}

std::string ActionHref(domain::ActionId id) { return "/actions/" + std::to_string(id); }

std::string RoundHref(domain::ReviewRoundId id) { return "/review-rounds/" + std::to_string(id); }

std::string_view StatusTagClass(domain::ActionStatus status) {
  switch (status) {
    case domain::ActionStatus::kNotStarted:
      return "govuk-tag--grey";
    case domain::ActionStatus::kInProgress:
      return "govuk-tag--blue";
    case domain::ActionStatus::kCompleted:
      return "govuk-tag--green";
    case domain::ActionStatus::kNotImplemented:
      return "govuk-tag--pink";
    case domain::ActionStatus::kSuperseded:
      return "govuk-tag--purple";
  }
  return "govuk-tag--grey";
}

std::string_view PriorityLabel(domain::ActionPriority priority) {
  switch (priority) {
    case domain::ActionPriority::kHigh:
      return "High";
    case domain::ActionPriority::kMedium:
      return "Medium";
    case domain::ActionPriority::kLow:
      return "Low";
  }
  return "Medium";
}

nlohmann::json ActionRow(const domain::RatedAction& rated,
                         const std::map<domain::AgencyId, std::string>& agencies) {
  const auto& action = rated.action;
  const std::string flag =
      rated.rag_disagrees && action.reported_rag ? RagText(action.reported_rag) : "";
  return {{"href", ActionHref(action.id)},
          {"title", action.title},
          {"agency", AgencyName(agencies, action.owner_agency_id)},
          {"lead", action.lead_name},
          {"due", domain::LongCivilDate(action.due_on)},
          {"status", domain::ActionStatusLabel(action.status)},
          {"status_class", StatusTagClass(action.status)},
          {"rag", RagText(rated.effective_rag)},
          {"rag_class", RagTagClass(rated.effective_rag)},
          {"rag_flag", flag}};
}

core::Result<domain::ActionView> ActionToChange(const ActionServices& services,
                                                const Request& request,
                                                bool domain::ActionView::*may,
                                                std::string refusal) {
  ASSURE_ASSIGN_OR_RETURN(
      auto view, services.actions.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
  if (!(view.*may)) return core::Error::Forbidden(std::move(refusal));
  return view;
}

nlohmann::json ActionAbout(std::string_view owner_agency, domain::CivilDate due,
                           domain::ActionStatus status, std::string_view status_key,
                           const std::optional<domain::Rag>& rag) {
  const auto row = [](std::string_view key, std::string value) {
    return nlohmann::json{{"key", key}, {"lines", nlohmann::json::array({std::move(value)})}};
  };
  return nlohmann::json::array({row("Owner agency", std::string{owner_agency}),
                                row("Due", domain::LongCivilDate(due)),
                                row(status_key, std::string{domain::ActionStatusLabel(status)}),
                                row("RAG rating shown", RagText(rag))});
}

void AddOnItsField(FormErrors& errors, const core::Error& error) { errors.Add(error); }

core::Result<Response> ShowRefusal(const core::Error& error, const FormPage& page,
                                   PlaceError place) {
  FormErrors errors;
  if (error.code == core::ErrorCode::kInvalidInput) {
    place(errors, error);
  } else if (error.code == core::ErrorCode::kConflict) {
    errors.Add("", error.message);
  } else {
    return error;
  }
  return page(errors, HttpStatusFor(error.code));
}

}  // namespace assure::http::pages
