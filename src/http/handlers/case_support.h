// What the case pages (cases, a case, its steps, deadlines, reviewers) share: the services they
// call, built once from the composition root's dependencies; paths; the words shown for the
// domain's enum values; a statutory clock as a table row with its GOV.UK tag; dates and London
// times as pages show them; agency names; and query strings. Free functions and a struct of
// services that are thread-safe; the struct is copied into each route's handler.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/agency_service.h"
#include "domain/identity/member_admin_service.h"
#include "domain/reviews/case_clock_service.h"
#include "domain/reviews/case_service.h"
#include "domain/reviews/information_request_service.h"
#include "domain/reviews/reviewer_service.h"
#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

struct CaseServices {
  // Both borrowed; they outlive the router.
  CaseServices(const AdminDependencies& deps, const domain::DeadlineSettingsSource& deadlines);

  AdminDependencies deps;
  domain::CaseService cases;
  domain::CaseClockService clocks;
  domain::InformationRequestService requests;
  domain::ReviewerService reviewers;
  domain::AgencyService agencies;
  domain::MemberAdminService members;
};

// Each part of the case pages adds its routes (case_handlers.h adds them all).
void AddCaseListRoutes(Router& router, const CaseServices& services);
void AddNewCaseRoutes(Router& router, const CaseServices& services);
void AddCasePageRoutes(Router& router, const CaseServices& services);
void AddCaseStepRoutes(Router& router, const CaseServices& services);
void AddDeadlineRoutes(Router& router, const CaseServices& services);
void AddReviewerRoutes(Router& router, const CaseServices& services);

std::string CaseHref(domain::CaseId id);
// "/cases/12/record-rapid-review": the step's name with hyphens.
std::string StepHref(domain::CaseId id, domain::Transition transition);
std::string StepSlug(domain::Transition transition);

std::string_view CaseTypeLabel(domain::CaseType type);  // "Child", "Adult", "Joint"
std::string_view DecisionLabel(domain::ReviewDecision decision);
std::string_view PanelResponseLabel(domain::PanelResponse response);
std::string_view FullReviewKindLabel(domain::FullReviewKind kind);
std::string_view RequestStatusLabel(domain::RequestStatus status);
// The GOV.UK tag modifier for a clock's status ("govuk-tag--red" for overdue).
std::string_view ClockTagClass(domain::ClockStatus status);
// "3 working days left", "2 working days late", "Met 1 working day early", "Met on the day".
std::string WorkingDaysText(const domain::StatutoryClock& clock);
// {label, due, status, tag_class, days, rule, rule_version}.
nlohmann::json ClockRow(const domain::StatutoryClock& clock);

// "6 January 2025"; "" for none.
std::string DateText(const std::optional<domain::CivilDate>& date);
// "6 January 2025 14:05", the instant on a London clock.
std::string LondonTimeText(core::Instant at);

// The partnership's agencies by id (empty if the asker may not read them).
std::map<domain::AgencyId, std::string> AgencyNames(const domain::AgencyService& agencies,
                                                    const domain::Requester& requester);
std::map<domain::AgencyId, std::string> AgencyNames(const CaseServices& services,
                                                    const domain::Requester& requester);
// The display names of the partnership's people by user id, when the asker may read them
// (user:read); otherwise only the asker's own ("You").
// TODO(issue 4, case pages): the timeline should name who took each step for every reader of the
// case; that needs the domain's CaseView (or CaseEvent) to carry the actor's display name.
std::map<domain::UserId, std::string> PeopleNames(const CaseServices& services,
                                                  const domain::Requester& requester);
// The names of `ids`, joined by ", ".
std::string JoinNames(const std::vector<domain::AgencyId>& ids,
                      const std::map<domain::AgencyId, std::string>& names);

// "a=1&b=two+words": for links that carry a list's filters.
std::string QueryString(const std::vector<std::pair<std::string, std::string>>& pairs);

}  // namespace assure::http::handlers
