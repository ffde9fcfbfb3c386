// The API's request bodies for cases as domain inputs: the referral that opens a case, the
// fields of an edit, each workflow step's input and an information request. Field names are
// those of step_input.h and case.h (and of doc/openapi.yaml). Each returns kInvalidInput naming
// the field for a value of the wrong JSON type or form; what the domain then checks (lengths,
// order of dates, the workflow's guards) is left to the services. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/result.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/cases/step_input.h"
#include "http/common/json_fields.h"

namespace assure::http::api {

core::Result<domain::NewCase> NewCaseFrom(const nlohmann::json& body);
// The editable fields present in `body` replace those of `record` (update_case).
core::Result<domain::Case> CaseEditFrom(const nlohmann::json& body, domain::Case record);

core::Result<domain::NotificationInput> NotificationFrom(const nlohmann::json& body);
core::Result<domain::CivilDate> MeetingOnFrom(const nlohmann::json& body);
// record_rapid_review; its optional "s44" object as ClosureFrom's.
core::Result<domain::RapidReviewInput> RapidReviewFrom(const nlohmann::json& body);
// close_without_review: "rationale", for an adult or joint case the "s44" object
// (needs_care_and_support required; concern_about_joint_working, adult_died,
// abuse_or_neglect_caused_death, serious_abuse_or_neglect: false when left out), and
// "rapid_review_criteria_not_met" (false when left out).
core::Result<domain::ClosureInput> ClosureFrom(const nlohmann::json& body);
// screen_notification: "notifiable" (required), "looked_after" and "child_died" (false when
// left out), "reason" (when not notifiable).
core::Result<domain::ScreeningInput> ScreeningFrom(const nlohmann::json& body);
// embargo: "reason", and "delay_notified_on" (the panel and the Secretary of State told why).
core::Result<domain::EmbargoInput> EmbargoFrom(const nlohmann::json& body);
core::Result<domain::PanelResponseInput> PanelResponseFrom(const nlohmann::json& body);
core::Result<domain::ReviewPlan> PlanFrom(const nlohmann::json& body);
core::Result<domain::FindingsInput> FindingsFrom(const nlohmann::json& body);
core::Result<domain::NoticeInput> NoticeFrom(const nlohmann::json& body);
core::Result<domain::PublicationInput> PublicationFrom(const nlohmann::json& body);
core::Result<domain::NewInformationRequest> InformationRequestFrom(const nlohmann::json& body);
// appoint_reviewer: "reviewer_id".
core::Result<domain::ReviewerId> ReviewerIdFrom(const nlohmann::json& body);

}  // namespace assure::http::api
