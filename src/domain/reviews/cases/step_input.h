// What a person enters for each workflow step of a case (doc/workflow.md), and the checks on it
// that do not depend on the workflow's state (those are the guards in workflow.h). Each Validate*
// returns kInvalidInput naming the form and API field at fault, never repeating the value. Pure;
// thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/ids.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"

namespace assure::domain {

// screen_notification: whether a child or joint case is notifiable to the national panel, with
// the reason when not (the screening is dated the day it is recorded, London).
struct ScreeningInput {
  bool notifiable = true;
  bool looked_after = false;
  bool child_died = false;
  std::string reason;
};

// notify_panel: the serious incident notification (again, to add the panel's reference).
struct NotificationInput {
  CivilDate sent_on;
  std::string panel_reference;  // may be empty until the panel gives one
};

// record_rapid_review. `review`'s case_id and version are ignored. When the decision leads to a
// full review, `decided_on` is its decision date (the publication clock starts there); unset =
// the rapid review's completed_on. `s44`: the Care Act s44 answers of an adult or joint case
// (unset keeps the case's, if it has them).
struct RapidReviewInput {
  RapidReview review;
  std::optional<CivilDate> decided_on;
  std::optional<CareActS44> s44;
};

// close_without_review: the reason, the Care Act s44 answers of an adult or joint case (unset
// keeps the case's) and, for a notified case with no rapid review, the finding that it does not
// meet the criteria for a rapid review.
struct ClosureInput {
  std::string rationale;
  std::optional<CareActS44> s44;
  bool rapid_review_criteria_not_met = false;
};

// record_panel_response: when the rapid review went to the panel, and its answer.
struct PanelResponseInput {
  std::optional<CivilDate> sent_to_panel_on;
  PanelResponse response = PanelResponse::kNone;
  std::optional<CivilDate> response_on;
};

// record_stage: the full review's start date (the SAR clock) and its stages' planned and actual
// dates. The "terms of reference" stage's actual date is the review's terms_of_reference_on, the
// "sign-off" stage's actual date its concluded_on, and the "publication" stage's planned date its
// planned_publication_on.
struct ReviewPlan {
  std::optional<CivilDate> started_on;
  std::vector<ReviewStage> stages;
};

// record_findings: the texts in order; they are numbered 1, 2, ... (a recommendation keeps its
// id while its number stays the same).
struct FindingsInput {
  std::vector<std::string> findings;
  std::vector<std::string> recommendations;
};

// send_prepublication_notice: the final report to the national panel (sent_on) and to the
// Secretary of State; a planned publication date given here replaces the plan's. The notice is
// for the planned publication date it leaves.
struct NoticeInput {
  CivilDate sent_on;
  std::optional<CivilDate> secretary_of_state_sent_on;
  std::optional<CivilDate> planned_publication_on;
};

// embargo: the reason, and the date the national panel and the Secretary of State were told why
// publication is delayed, if they were told already. The embargo is dated the day it is
// recorded (London).
struct EmbargoInput {
  std::string reason;
  std::optional<CivilDate> delay_notified_on;
};

// publish, publish_after_embargo. Unset or empty fields are refused by the workflow's guards.
struct PublicationInput {
  std::optional<CivilDate> published_on;
  std::string publication_link;  // http:// or https://
};

// "sent_on": not before the case's aware_on. "panel_reference": up to 60 characters.
core::Status ValidateNotification(const Case& record, const NotificationInput& input);

// "meeting_on" not before aware_on; "completed_on" not before meeting_on; "agencies_present"
// agencies of the partnership, each once; "facts", "immediate_actions", "learning" up to 8000;
// "rationale" required, up to 4000; "sent_to_panel_on" not before completed_on; "decided_on"
// not before meeting_on; the panel response fields as ValidatePanelResponse.
core::Status ValidateRapidReview(const Case& record, const RapidReviewInput& input,
                                 std::span<const AgencyId> partnership_agencies);

// "sent_to_panel_on" not before the rapid review's completed_on; a response other than none
// needs "response_on", not before the date it was sent.
core::Status ValidatePanelResponse(const RapidReview& review, const PanelResponseInput& input);

// "started_on" not before the decision; "stages[i].name" from ReviewStageNames(), each once.
core::Status ValidatePlan(const FullReview& review, const ReviewPlan& plan);

// Up to 50 of each; "findings[i]" and "recommendations[i]" 1..4000 characters.
core::Status ValidateFindings(const FindingsInput& input);

// "notice_sent_on" and "secretary_of_state_sent_on" not before the decision, nor after the
// planned publication date.
core::Status ValidateNotice(const FullReview& review, const NoticeInput& input);

// "published_on" not before the decision; "publication_link" an http(s) address of up to 500
// characters. Missing values are left to the guards.
core::Status ValidatePublication(const FullReview& review, const PublicationInput& input);

// "s44": answers only for an adult or joint case.
core::Status ValidateS44For(const Case& record, const std::optional<CareActS44>& s44);

// "embargo_reason" up to 1000 characters; "rationale" (closing without review) up to 1000.
core::Status ValidateEmbargoReason(std::string_view reason);
// "reason" (not notifiable) up to 1000 characters.
core::Status ValidateScreeningReason(std::string_view reason);
core::Status ValidateClosureRationale(std::string_view rationale);

// "agency_id" an agency of the partnership; "due_on" not before "requested_on"; "asked" 1..4000.
core::Status ValidateInformationRequest(const NewInformationRequest& request,
                                        std::span<const AgencyId> partnership_agencies);

// "response" 1..20000 characters.
core::Status ValidateResponse(std::string_view response);

// As ValidateCase(NewCase) does for a new case: "restricted.circumstances" up to 20000;
// "restricted.identities" each names one of the case's subjects (by id), once; each (tidied:
// TidyIdentity) as ValidateIdentity checks it, with the prefix "subjects[i]." of its subject's
// position in the case.
core::Status ValidateRestricted(const Case& record, const RestrictedDetails& details);

// The full review a rapid review's decision converts into (cspr, sar, joint), with its standard
// stages, none dated; nullopt for none and other.
std::optional<FullReview> ConvertToFullReview(const Case& record, const RapidReviewInput& input);

// Applies a plan, findings, a notice or a publication to a copy of the review. A plan that moves
// the planned publication date away from the date a notice was sent for clears that notice: a
// new one is due (the timeline keeps the old one).
FullReview WithPlan(FullReview review, const ReviewPlan& plan);
FullReview WithFindings(FullReview review, const FindingsInput& input);
FullReview WithNotice(FullReview review, const NoticeInput& input);
FullReview WithPublication(FullReview review, const PublicationInput& input);

}  // namespace assure::domain
