// The quality assurance part of the JSON API under /api/v1/assurance (doc/openapi.yaml), added by
// AddAssuranceApiRoutes, which the composition root (cli/application.cc) calls once at start-up:
// the QA framework's activities, the standards frameworks and their versions, the
// self-evaluation rounds with their matrix, each agency's return with its evidence and the
// challenge step, the staff surveys with their results in aggregate, the multi-agency case
// audits and the thematic reviews.
//
// The route policies and the services' own checks are in doc/access.md, "Quality assurance": a
// return the caller may not read is 404 exactly as one that does not exist, changes nothing and is
// audited; a stale version is 409 and changes nothing. Thread-safe: the services are.
#pragma once

#include "domain/assurance/audit/case_audit_service.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/assurance/self_evaluation/round_service.h"
#include "domain/assurance/survey/survey_service.h"
#include "domain/assurance/thematic/thematic_review_service.h"
#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddAssuranceApiRoutes(Router& router, const HandlerContext& context);

// The rounds and returns routes (round_api_handlers.cc).
void AddRoundApi(Router& router, const domain::RoundService& rounds,
                 const domain::ReturnService& returns, const ErrorPages& errors);

// The staff survey routes (survey_api_handlers.cc).
void AddSurveyApi(Router& router, const domain::SurveyService& surveys, const ErrorPages& errors);

// The case audit routes (audit_api_handlers.cc).
void AddCaseAuditApi(Router& router, const domain::CaseAuditService& audits,
                     const ErrorPages& errors);

// The thematic review routes (thematic_api_handlers.cc).
void AddThematicReviewApi(Router& router, const domain::ThematicReviewService& reviews,
                          const ErrorPages& errors);

}  // namespace assure::http::api
