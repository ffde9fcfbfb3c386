// The records of a case's steps, each with its own dates (DOMAIN.md area 1): the
// serious incident notification to the national panel, agency information requests and their
// responses, the rapid review and its decision, and the full review with its reviewer, stages,
// findings and numbered recommendations; plus the reviewers register and the case timeline.
// Plain values; the enum names are the storage, wire and URL form. Safe to copy between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"
#include "domain/reviews/cases/case.h"

namespace assure::domain {

// Serious incident notification to the Child Safeguarding Practice Review Panel (child and joint
// cases): due 5 working days from the case's aware_on.
struct Notification {
  CaseId case_id = 0;
  CivilDate sent_on;
  std::string panel_reference;  // may be empty until the panel gives one
  Version version = 0;
};

// kNoLongerNeeded: still waiting for its answer when the case finished (closed or published).
enum class RequestStatus { kRequested, kSubmitted, kWithdrawn, kNoLongerNeeded };
// "requested", "submitted", "withdrawn", "no_longer_needed".
std::string_view RequestStatusName(RequestStatus status);
std::optional<RequestStatus> ParseRequestStatus(std::string_view name);

// An agency information request: a chronology and summary of the agency's involvement. The
// addressed agency's lead sees only the requests addressed to their agency.
struct InformationRequest {
  InformationRequestId id = 0;
  CaseId case_id = 0;
  AgencyId agency_id = 0;
  CivilDate requested_on;
  CivilDate due_on;
  std::string asked;  // what is asked for
  RequestStatus status = RequestStatus::kRequested;
  std::string response;  // the agency's answer; empty until submitted
  std::optional<UserId> submitted_by;
  std::optional<core::Instant> submitted_at;
  std::optional<CivilDate> ended_on;  // no longer needed: the date the case finished
  Version version = 0;
};

// True when the request still waits for its answer and its due date is before `today`.
bool IsOverdue(const InformationRequest& request, CivilDate today);

struct NewInformationRequest {
  AgencyId agency_id = 0;
  CivilDate requested_on;
  CivilDate due_on;  // not before requested_on
  std::string asked;
};

// A file attached to a response; its bytes are stored by content hash (sha256, hex).
struct ResponseFile {
  ResponseFileId id = 0;
  InformationRequestId request_id = 0;
  std::string file_name;     // as uploaded, cleaned
  std::string content_type;  // one of the allowed types
  std::int64_t size = 0;     // bytes
  std::string sha256;
  std::optional<UserId> uploaded_by;
  core::Instant uploaded_at;
};

enum class ReviewDecision { kCspr, kSar, kJoint, kNone, kOther };
// "cspr", "sar", "joint", "none", "other".
std::string_view ReviewDecisionName(ReviewDecision decision);
std::optional<ReviewDecision> ParseReviewDecision(std::string_view name);
bool LeadsToFullReview(ReviewDecision decision);  // cspr, sar, joint
// Whether the decision suits the case (doc/workflow.md, decision_fits_case): a CSPR a child or
// joint case, a SAR an adult or joint case; a joint review, no review and other any case (a
// child's or an adult's case may hold learning for both services).
bool DecisionFitsCase(ReviewDecision decision, CaseType type);

enum class PanelResponse { kNone, kAgree, kDisagree, kNationalReview };
// "none" (not yet answered), "agree", "disagree", "national_review".
std::string_view PanelResponseName(PanelResponse response);
std::optional<PanelResponse> ParsePanelResponse(std::string_view name);

struct RapidReview {
  CaseId case_id = 0;
  CivilDate meeting_on;
  CivilDate completed_on;  // counts in the period it was completed (doc/figures.md)
  std::vector<AgencyId> agencies_present;
  std::string facts;
  std::string immediate_actions;  // immediate safety actions
  std::string learning;
  ReviewDecision decision = ReviewDecision::kNone;
  std::string rationale;
  std::optional<CivilDate> sent_to_panel_on;
  PanelResponse panel_response = PanelResponse::kNone;
  std::optional<CivilDate> panel_response_on;
  Version version = 0;
};

// When a rapid review's statutory duty was done, the day its clock stops (doc/deadlines.md): for
// a child or joint case the day it was sent to the national panel (nullopt until recorded), for
// an adult case the day it was completed.
std::optional<CivilDate> RapidReviewMetOn(const RapidReview& review, CaseType type);
// The same from the two dates alone (the figures read only those).
std::optional<CivilDate> RapidReviewMetOn(CaseType type, CivilDate completed_on,
                                          std::optional<CivilDate> sent_to_panel_on);

enum class FullReviewKind { kCspr, kSar, kDhr, kJoint };
std::string_view FullReviewKindName(FullReviewKind kind);  // "cspr", "sar", "dhr", "joint"
std::optional<FullReviewKind> ParseFullReviewKind(std::string_view name);

// One stage of a full review with planned and actual dates (slippage shows against each).
struct ReviewStage {
  std::string name;  // from ReviewStageNames(), in that order
  std::optional<CivilDate> planned_on;
  std::optional<CivilDate> actual_on;
};
// "terms of reference", "agency reports", "drafting", "quality assurance", "sign-off",
// "pre-publication notice", "publication".
std::span<const std::string_view> ReviewStageNames();

struct Finding {
  int number = 0;  // 1, 2, ... within the review
  std::string text;
};
struct Recommendation {
  RecommendationId id = 0;
  int number = 0;  // 1, 2, ... within the review
  std::string text;
};

struct FullReview {
  CaseId case_id = 0;
  FullReviewKind kind = FullReviewKind::kCspr;
  CivilDate decided_on;  // the decision to hold it: starts the 6-month clock (CSPR and SAR)
  std::optional<CivilDate> started_on;
  // The board agreed the final report (the "sign-off" stage's actual date): stops a SAR's clock,
  // since a SAR need not be published.
  std::optional<CivilDate> concluded_on;
  std::optional<ReviewerId> reviewer_id;
  std::optional<CivilDate> terms_of_reference_on;
  std::optional<CivilDate> planned_publication_on;
  // The pre-publication copies of the final report: to the national panel (notice_sent_on) and
  // to the Secretary of State, and the planned publication date they were sent for. A notice
  // recorded before the Secretary of State's copy was asked for has only the panel's date and no
  // notice_for_publication_on.
  std::optional<CivilDate> notice_sent_on;
  std::optional<CivilDate> secretary_of_state_notice_on;
  std::optional<CivilDate> notice_for_publication_on;
  std::optional<CivilDate> published_on;
  std::string publication_link;
  std::string embargo_reason;             // non-empty when embargoed
  std::optional<CivilDate> embargoed_on;  // the embargo's date: its publication clocks pause there
  // The date the national panel and the Secretary of State were told why publication is delayed.
  std::optional<CivilDate> delay_notified_on;
  std::vector<ReviewStage> stages;
  std::vector<Finding> findings;
  std::vector<Recommendation> recommendations;
  Version version = 0;
};

// The day the pre-publication notice was complete: the later of the panel's and the Secretary of
// State's copies (the panel's alone for a notice recorded before the second copy was asked for);
// nullopt while a copy is missing.
std::optional<CivilDate> NoticeCompletedOn(const FullReview& review);

// The independent reviewers register: declared interests name agencies; appointing a reviewer
// with an interest in an agency involved in the case shows a conflict warning.
struct Reviewer {
  ReviewerId id = 0;
  PartnershipId partnership_id = 0;
  std::string name;
  std::optional<UserId> user_id;  // their account, when they sign in to see their reviews
  std::vector<AgencyId> interests;
  std::string interests_note;
  Version version = 0;
};

// One entry of a case's timeline: a workflow transition or a recorded step.
struct CaseEvent {
  CaseEventId id = 0;
  CaseId case_id = 0;
  core::Instant at;
  std::optional<UserId> user_id;
  std::string action;  // the transition's name from workflow.h
  std::optional<CaseState> from_state;
  CaseState to_state = CaseState::kScoping;
  std::string note;  // short, non-identifying
};

}  // namespace assure::domain
