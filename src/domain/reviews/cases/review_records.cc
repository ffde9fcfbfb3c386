#include "domain/reviews/cases/review_records.h"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/enum_names.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<RequestStatus, std::string_view>, 4> kRequestStatuses{{
    {RequestStatus::kRequested, "requested"},
    {RequestStatus::kSubmitted, "submitted"},
    {RequestStatus::kWithdrawn, "withdrawn"},
    {RequestStatus::kNoLongerNeeded, "no_longer_needed"},
}};

constexpr std::array<std::pair<ReviewDecision, std::string_view>, 5> kDecisions{{
    {ReviewDecision::kCspr, "cspr"},
    {ReviewDecision::kSar, "sar"},
    {ReviewDecision::kJoint, "joint"},
    {ReviewDecision::kNone, "none"},
    {ReviewDecision::kOther, "other"},
}};

constexpr std::array<std::pair<PanelResponse, std::string_view>, 4> kPanelResponses{{
    {PanelResponse::kNone, "none"},
    {PanelResponse::kAgree, "agree"},
    {PanelResponse::kDisagree, "disagree"},
    {PanelResponse::kNationalReview, "national_review"},
}};

constexpr std::array<std::pair<FullReviewKind, std::string_view>, 4> kKinds{{
    {FullReviewKind::kCspr, "cspr"},
    {FullReviewKind::kSar, "sar"},
    {FullReviewKind::kDhr, "dhr"},
    {FullReviewKind::kJoint, "joint"},
}};

constexpr std::array<std::string_view, 7> kStageNames{
    "terms of reference", "agency reports",         "drafting",   "quality assurance",
    "sign-off",           "pre-publication notice", "publication"};

}  // namespace

std::string_view RequestStatusName(RequestStatus status) {
  return NameOf<RequestStatus>(kRequestStatuses, status);
}
std::optional<RequestStatus> ParseRequestStatus(std::string_view name) {
  return ParseName<RequestStatus>(kRequestStatuses, name);
}

std::string_view ReviewDecisionName(ReviewDecision decision) {
  return NameOf<ReviewDecision>(kDecisions, decision);
}
std::optional<ReviewDecision> ParseReviewDecision(std::string_view name) {
  return ParseName<ReviewDecision>(kDecisions, name);
}
bool LeadsToFullReview(ReviewDecision decision) {
  return decision == ReviewDecision::kCspr || decision == ReviewDecision::kSar ||
         decision == ReviewDecision::kJoint;
}

bool DecisionFitsCase(ReviewDecision decision, CaseType type) {
  switch (decision) {
    case ReviewDecision::kCspr:
      return type != CaseType::kAdult;
    case ReviewDecision::kSar:
      return type != CaseType::kChild;
    case ReviewDecision::kJoint:
    case ReviewDecision::kNone:
    case ReviewDecision::kOther:
      return true;
  }
  return false;
}

std::string_view PanelResponseName(PanelResponse response) {
  return NameOf<PanelResponse>(kPanelResponses, response);
}
std::optional<PanelResponse> ParsePanelResponse(std::string_view name) {
  return ParseName<PanelResponse>(kPanelResponses, name);
}

std::optional<CivilDate> RapidReviewMetOn(const RapidReview& review, CaseType type) {
  return RapidReviewMetOn(type, review.completed_on, review.sent_to_panel_on);
}

std::optional<CivilDate> RapidReviewMetOn(CaseType type, CivilDate completed_on,
                                          std::optional<CivilDate> sent_to_panel_on) {
  if (NotifiesPanel(type)) return sent_to_panel_on;
  return completed_on;
}

std::string_view FullReviewKindName(FullReviewKind kind) {
  return NameOf<FullReviewKind>(kKinds, kind);
}
std::optional<FullReviewKind> ParseFullReviewKind(std::string_view name) {
  return ParseName<FullReviewKind>(kKinds, name);
}

std::span<const std::string_view> ReviewStageNames() { return kStageNames; }

bool IsOverdue(const InformationRequest& request, CivilDate today) {
  return request.status == RequestStatus::kRequested && request.due_on < today;
}

std::optional<CivilDate> NoticeCompletedOn(const FullReview& review) {
  if (!review.notice_sent_on) return std::nullopt;
  if (!review.notice_for_publication_on && !review.secretary_of_state_notice_on) {
    return review.notice_sent_on;  // recorded before the second copy was asked for
  }
  if (!review.secretary_of_state_notice_on) return std::nullopt;
  return std::max(*review.notice_sent_on, *review.secretary_of_state_notice_on);
}

}  // namespace assure::domain
