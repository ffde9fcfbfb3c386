// The API's request bodies for cases as domain inputs: the referral that opens a case, the
// fields of an edit, each workflow step's input and an information request. Field names are
// those of step_input.h and case.h (and of doc/openapi.yaml). Each returns kInvalidInput naming
// the field for a value of the wrong JSON type or form; what the domain then checks (lengths,
// order of dates, the workflow's guards) is left to the services. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/result.h"
#include "domain/reviews/case.h"
#include "domain/reviews/review_records.h"
#include "domain/reviews/step_input.h"

namespace assure::http::handlers {

// "version": the version of the record the caller saw (a positive integer).
core::Result<domain::Version> VersionFrom(const nlohmann::json& body);

core::Result<domain::NewCase> NewCaseFrom(const nlohmann::json& body);
// The editable fields present in `body` replace those of `record` (update_case).
core::Result<domain::Case> CaseEditFrom(const nlohmann::json& body, domain::Case record);

core::Result<domain::NotificationInput> NotificationFrom(const nlohmann::json& body);
core::Result<domain::CivilDate> MeetingOnFrom(const nlohmann::json& body);
core::Result<domain::RapidReviewInput> RapidReviewFrom(const nlohmann::json& body);
core::Result<domain::PanelResponseInput> PanelResponseFrom(const nlohmann::json& body);
core::Result<domain::ReviewPlan> PlanFrom(const nlohmann::json& body);
core::Result<domain::FindingsInput> FindingsFrom(const nlohmann::json& body);
core::Result<domain::NoticeInput> NoticeFrom(const nlohmann::json& body);
core::Result<domain::PublicationInput> PublicationFrom(const nlohmann::json& body);
core::Result<domain::NewInformationRequest> InformationRequestFrom(const nlohmann::json& body);
// A text field that the step needs (close_without_review "rationale", embargo "reason",
// the response "response"); missing is left to the service's own check.
core::Result<std::string> TextFrom(const nlohmann::json& body, std::string_view field);
// appoint_reviewer: "reviewer_id".
core::Result<domain::ReviewerId> ReviewerIdFrom(const nlohmann::json& body);

}  // namespace assure::http::handlers
