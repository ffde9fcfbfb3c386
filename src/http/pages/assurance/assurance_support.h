// What the quality assurance pages share: the services they call (AssuranceServices, built once
// from the handler context by AddAssuranceRoutes and copied into each route's handler), the part
// of the routes each handler file adds, paths, and the GOV.UK tag colours of states and ratings.
// Called only by the files of this folder. A struct of references to thread-safe services and
// free functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/assurance/activity_service.h"
#include "domain/assurance/audit/case_audit_service.h"
#include "domain/assurance/framework_service.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/assurance/self_evaluation/round_service.h"
#include "domain/assurance/survey/survey_service.h"
#include "domain/assurance/thematic/thematic_review_service.h"
#include "http/common/handler_context.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace assure::http::pages {

struct AssuranceServices {
  // `handler_context` is borrowed; it outlives the router.
  explicit AssuranceServices(const HandlerContext& handler_context);

  const HandlerContext& context;
  domain::ActivityService activities;
  domain::FrameworkService frameworks;
  domain::RoundService rounds;
  domain::ReturnService returns;
  domain::SurveyService surveys;
  domain::CaseAuditService audits;
  domain::ThematicReviewService thematic_reviews;
};

using AssurancePageFunction = core::Result<Response> (*)(const AssuranceServices& services,
                                                         const Request& request);
// A route's handler calling `page` with a copy of `services`, through the handler kit.
Handler AssurancePageHandler(const AssuranceServices& services, AssurancePageFunction page);

// Each part of the pages adds its routes (assurance_handlers.h adds them all).
void AddFrameworkPageRoutes(Router& router, const AssuranceServices& services);
void AddFrameworkEditRoutes(Router& router, const AssuranceServices& services);
void AddActivityPageRoutes(Router& router, const AssuranceServices& services);
void AddRoundPageRoutes(Router& router, const AssuranceServices& services);
void AddReturnPageRoutes(Router& router, const AssuranceServices& services);
void AddSurveyPageRoutes(Router& router, const AssuranceServices& services);
void AddSurveyResultsRoutes(Router& router, const AssuranceServices& services);
void AddAuditPageRoutes(Router& router, const AssuranceServices& services);
void AddAuditPartRoutes(Router& router, const AssuranceServices& services);
void AddThematicPageRoutes(Router& router, const AssuranceServices& services);

std::string ActivityHref(domain::ActivityId id);      // "/assurance/activities/3"
std::string EvaluationRoundHref(domain::RoundId id);  // "/assurance/rounds/3"
std::string SurveyHref(domain::SurveyId id);          // "/assurance/surveys/3"
std::string CaseAuditHref(domain::CaseAuditId id);    // "/assurance/audits/3"
// "/assurance/thematic-reviews/3"
std::string ThematicReviewHref(domain::ThematicReviewId id);
std::string_view ActivityStateTag(domain::ActivityState state);
// The lines of a textarea's text that are not blank, as typed (one question, reference or
// option a line).
std::vector<std::string> TextareaLines(const std::string& text);
// "govuk-tag--green" ... for a rating's band (RatingBand); grey when unrated.
std::string_view RatingTag(domain::RatingScale scale, std::string_view rating);

}  // namespace assure::http::pages
