#include "domain/reviews/cases/review_records.h"

#include <array>
#include <utility>

#include "domain/enum_names.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<RequestStatus, std::string_view>, 3> kRequestStatuses{{
    {RequestStatus::kRequested, "requested"},
    {RequestStatus::kSubmitted, "submitted"},
    {RequestStatus::kWithdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<ReviewDecision, std::string_view>, 5> kDecisions{{
    {ReviewDecision::kCspr, "cspr"},
    {ReviewDecision::kSar, "sar"},
    {ReviewDecision::kJoint, "joint"},
    {ReviewDecision::kNone, "none"},
    {ReviewDecision::kOther, "other"},
}};

constexpr std::array<std::pair<SarBasis, std::string_view>, 2> kSarBases{{
    {SarBasis::kMandatory, "mandatory"},
    {SarBasis::kDiscretionary, "discretionary"},
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

SarBasis EvaluateS44(const CareActS44& inputs) {
  bool harm =
      inputs.adult_died ? inputs.abuse_or_neglect_caused_death : inputs.serious_abuse_or_neglect;
  return inputs.concern_about_joint_working && harm ? SarBasis::kMandatory
                                                    : SarBasis::kDiscretionary;
}
std::string_view SarBasisName(SarBasis basis) { return NameOf<SarBasis>(kSarBases, basis); }

std::string_view PanelResponseName(PanelResponse response) {
  return NameOf<PanelResponse>(kPanelResponses, response);
}
std::optional<PanelResponse> ParsePanelResponse(std::string_view name) {
  return ParseName<PanelResponse>(kPanelResponses, name);
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

}  // namespace assure::domain
