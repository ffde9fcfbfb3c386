// What the case pages (cases, a case, its steps, deadlines, reviewers) share: the services they
// call, built once from the handler context; a step's path; the words shown for the review's
// enum values; a subject and an NHS number as shown; and a statutory clock as a table row with
// its GOV.UK tag. Free functions and a struct of thread-safe services, copied into each route's
// handler.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/identity/member_admin_service.h"
#include "domain/partnership/agency_service.h"
#include "domain/reviews/cases/case_service.h"
#include "domain/reviews/cases/reviewer_service.h"
#include "domain/reviews/clocks/case_clock_service.h"
#include "domain/reviews/requests/information_request_service.h"
#include "http/common/display.h"
#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

struct CaseServices {
  explicit CaseServices(const HandlerContext& context);  // borrowed; outlives the router

  const HandlerContext& context;
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

// "/cases/12/record-rapid-review": the step's name with hyphens.
std::string StepHref(domain::CaseId id, domain::Transition transition);
std::string StepSlug(domain::Transition transition);

std::string_view DecisionLabel(domain::ReviewDecision decision);
std::string_view PanelResponseLabel(domain::PanelResponse response);
std::string_view FullReviewKindLabel(domain::FullReviewKind kind);
// The GOV.UK tag modifier for a clock's status ("govuk-tag--red" for overdue).
std::string_view ClockTagClass(domain::ClockStatus status);
// "3 working days left", "2 working days late", "Met 1 working day early", "Met on the day".
std::string WorkingDaysText(const domain::StatutoryClock& clock);
// A subject as lines: the pseudonym, then age band, sex, ethnic group and disability.
std::string SubjectText(const domain::Subject& subject);
// A stored NHS number as it is written, in groups of 3, 3 and 4 ("999 000 0018"); any other
// text as it is.
std::string NhsNumberText(std::string_view nhs_number);
// {label, due, status, tag_class, days, rule, rule_version}.
nlohmann::json ClockRow(const domain::StatutoryClock& clock);

}  // namespace assure::http::pages
