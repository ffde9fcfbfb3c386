#include "http/common/page_render.h"

#include <optional>
#include <stdexcept>

#include "domain/access/policy.h"

namespace assure::http {

namespace {

struct NavigationItem {
  std::string_view href;
  std::string_view text;
  domain::Resource resource;
  // A page of one role's own records ("Requests for my agency"): shown only to that role.
  std::optional<domain::Role> only_for = std::nullopt;
  // A page of every record of the partnership ("Actions"): shown only to those who may read them
  // all, not to those who read their own agency's.
  bool whole_partnership = false;
};

constexpr NavigationItem kNavigation[] = {
    {"/home", "Home", domain::Resource::kOwnAccount},
    {"/requests", "Requests for my agency", domain::Resource::kInformationRequest,
     domain::Role::kAgencyLead},
    {"/my-actions", "My actions", domain::Resource::kAction, domain::Role::kAgencyLead},
    {"/cases", "Cases", domain::Resource::kCase},
    {"/deadlines", "Deadlines", domain::Resource::kCase},
    {"/reviewers", "Reviewers", domain::Resource::kReviewer},
    {"/actions", "Actions", domain::Resource::kAction, std::nullopt, true},
    {"/briefings", "Briefings", domain::Resource::kBriefing},
    {"/assurance", "Assurance", domain::Resource::kAssurance},
    {"/governance", "Governance", domain::Resource::kGovernance},
    {"/reports/review-activity", "Review activity", domain::Resource::kReport},
    {"/reports/board", "Board report", domain::Resource::kReport},
    {"/calendar", "Calendar", domain::Resource::kCalendar},
    {"/agencies", "Agencies", domain::Resource::kAgency},
    {"/users", "Users", domain::Resource::kUser},
    {"/audit", "Audit", domain::Resource::kAuditTrail},
    {"/account/sessions", "Your sessions", domain::Resource::kOwnAccount},
};

bool Within(std::string_view path, std::string_view href) {
  return path == href || (path.starts_with(href) && path.substr(href.size()).starts_with("/"));
}

}  // namespace

nlohmann::json Navigation(const Request& request) {
  if (!request.session || !request.session->session.mfa_passed) return nullptr;
  const auto& principal = request.session->principal;
  domain::RecordScope everything;  // any record of the partnership
  everything.partnership_id = principal.partnership_id;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : kNavigation) {
    if (!domain::MayEver(principal, item.resource, domain::Action::kRead)) continue;
    if (item.only_for && !principal.HasRole(*item.only_for)) continue;
    if (item.whole_partnership &&
        !domain::Permits(principal, item.resource, domain::Action::kRead, everything)) {
      continue;
    }
    items.push_back(
        {{"href", item.href}, {"text", item.text}, {"current", Within(request.path, item.href)}});
  }
  if (items.empty()) return nullptr;
  return {{"items", std::move(items)}};
}

Response RenderPage(const views::Renderer& renderer, const Request& request, std::string_view page,
                    nlohmann::json context, int status) {
  if (request.session && request.session->partnership.id != 0) {
    context["partnership_name"] = request.session->partnership.name;
    context["demo"] = request.session->partnership.demo;
  }
  if (!context.contains("navigation")) {
    if (auto navigation = Navigation(request); !navigation.is_null()) {
      context["navigation"] = std::move(navigation);
    }
  }
  auto html = renderer.RenderPage(page, context);
  if (!html)
    throw std::runtime_error("rendering " + std::string{page} + ": " + html.error().message);
  return Response::Html(status, std::move(*html));
}

}  // namespace assure::http
