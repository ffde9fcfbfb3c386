#include "http/handlers/action_support.h"

#include "domain/actions/action_rules.h"
#include "domain/civil_date.h"
#include "http/handlers/case_support.h"

namespace assure::http::handlers {

ActionServices::ActionServices(const AdminDependencies& dependencies,
                               const domain::DeadlineSettingsSource& deadlines)
    : deps(dependencies),
      actions(deps.store, deps.clock, deadlines),
      rounds(deps.store, deps.clock, deadlines),
      choices(deps.store, deps.clock),
      agencies(deps.store, deps.clock),
      calendar(deps.store, deps.clock) {}

std::string ActionHref(domain::ActionId id) { return "/actions/" + std::to_string(id); }

std::string RoundHref(domain::ReviewRoundId id) { return "/review-rounds/" + std::to_string(id); }

std::string RagText(const std::optional<domain::Rag>& rag) {
  return rag ? std::string{domain::RagLabel(*rag)} : std::string{"No rating"};
}

std::string_view RagTagClass(const std::optional<domain::Rag>& rag) {
  if (!rag) return "govuk-tag--grey";
  switch (*rag) {
    case domain::Rag::kRed:
      return "govuk-tag--red";
    case domain::Rag::kAmber:
      return "govuk-tag--orange";
    case domain::Rag::kGreen:
      return "govuk-tag--green";
  }
  return "govuk-tag--grey";
}

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

std::map<domain::AgencyId, std::string> ActionAgencyNames(const ActionServices& services,
                                                          const domain::Requester& requester) {
  return AgencyNames(services.agencies, requester);
}

std::string AgencyName(const std::map<domain::AgencyId, std::string>& names, domain::AgencyId id) {
  const auto found = names.find(id);
  return found == names.end() ? std::string{"An agency no longer listed"} : found->second;
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

nlohmann::json TextLines(std::string_view text) {
  nlohmann::json out = nlohmann::json::array();
  while (!text.empty()) {
    const auto end = text.find('\n');
    auto line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out.push_back(std::string{line});
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

}  // namespace assure::http::handlers
