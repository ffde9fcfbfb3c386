#include "domain/actions/action.h"

#include <array>
#include <utility>

#include "domain/enum_names.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<ActionStatus, std::string_view>, 5> kStatuses{{
    {ActionStatus::kNotStarted, "not_started"},
    {ActionStatus::kInProgress, "in_progress"},
    {ActionStatus::kCompleted, "completed"},
    {ActionStatus::kNotImplemented, "not_implemented"},
    {ActionStatus::kSuperseded, "superseded"},
}};
constexpr std::array<std::pair<ActionStatus, std::string_view>, 5> kStatusLabels{{
    {ActionStatus::kNotStarted, "Not started"},
    {ActionStatus::kInProgress, "In progress"},
    {ActionStatus::kCompleted, "Completed"},
    {ActionStatus::kNotImplemented, "Not implemented"},
    {ActionStatus::kSuperseded, "Superseded"},
}};
constexpr std::array<ActionStatus, 5> kAllStatuses{
    ActionStatus::kNotStarted, ActionStatus::kInProgress, ActionStatus::kCompleted,
    ActionStatus::kNotImplemented, ActionStatus::kSuperseded};

constexpr std::array<std::pair<Rag, std::string_view>, 3> kRags{{
    {Rag::kRed, "red"},
    {Rag::kAmber, "amber"},
    {Rag::kGreen, "green"},
}};
constexpr std::array<std::pair<Rag, std::string_view>, 3> kRagLabels{{
    {Rag::kRed, "Red"},
    {Rag::kAmber, "Amber"},
    {Rag::kGreen, "Green"},
}};

constexpr std::array<std::pair<ActionPriority, std::string_view>, 3> kPriorities{{
    {ActionPriority::kHigh, "high"},
    {ActionPriority::kMedium, "medium"},
    {ActionPriority::kLow, "low"},
}};

constexpr std::array<std::pair<SourceKind, std::string_view>, 8> kSourceKinds{{
    {SourceKind::kRecommendation, "recommendation"},
    {SourceKind::kRapidReview, "rapid_review"},
    {SourceKind::kNationalReview, "national_review"},
    {SourceKind::kThematicReview, "thematic_review"},
    {SourceKind::kAuditFinding, "audit_finding"},
    {SourceKind::kBoardDecision, "board_decision"},
    {SourceKind::kSelfEvaluation, "self_evaluation"},
    {SourceKind::kMeeting, "meeting"},
}};
constexpr std::array<std::pair<SourceKind, std::string_view>, 8> kSourceKindLabels{{
    {SourceKind::kRecommendation, "Review recommendation"},
    {SourceKind::kRapidReview, "Rapid review learning"},
    {SourceKind::kNationalReview, "National review"},
    {SourceKind::kThematicReview, "Thematic review"},
    {SourceKind::kAuditFinding, "Audit finding"},
    {SourceKind::kBoardDecision, "Board decision"},
    {SourceKind::kSelfEvaluation, "Self-evaluation"},
    {SourceKind::kMeeting, "Meeting"},
}};

constexpr std::array<std::pair<ReviewOutcome, std::string_view>, 4> kOutcomes{{
    {ReviewOutcome::kOnTrack, "on_track"},
    {ReviewOutcome::kEscalate, "escalate"},
    {ReviewOutcome::kClose, "close"},
    {ReviewOutcome::kExtend, "extend"},
}};
constexpr std::array<std::pair<ReviewOutcome, std::string_view>, 4> kOutcomeLabels{{
    {ReviewOutcome::kOnTrack, "On track"},
    {ReviewOutcome::kEscalate, "Escalate"},
    {ReviewOutcome::kClose, "Close"},
    {ReviewOutcome::kExtend, "Extend"},
}};

}  // namespace

std::string_view ActionStatusName(ActionStatus status) {
  return NameOf<ActionStatus>(kStatuses, status);
}
std::optional<ActionStatus> ParseActionStatus(std::string_view name) {
  return ParseName<ActionStatus>(kStatuses, name);
}
std::string_view ActionStatusLabel(ActionStatus status) {
  return NameOf<ActionStatus>(kStatusLabels, status);
}
std::span<const ActionStatus> AllActionStatuses() { return kAllStatuses; }
bool IsOpen(ActionStatus status) {
  return status == ActionStatus::kNotStarted || status == ActionStatus::kInProgress;
}

std::string_view RagName(Rag rag) { return NameOf<Rag>(kRags, rag); }
std::optional<Rag> ParseRag(std::string_view name) { return ParseName<Rag>(kRags, name); }
std::string_view RagLabel(Rag rag) { return NameOf<Rag>(kRagLabels, rag); }

std::string_view ActionPriorityName(ActionPriority priority) {
  return NameOf<ActionPriority>(kPriorities, priority);
}
std::optional<ActionPriority> ParseActionPriority(std::string_view name) {
  return ParseName<ActionPriority>(kPriorities, name);
}

std::string_view SourceKindName(SourceKind kind) { return NameOf<SourceKind>(kSourceKinds, kind); }
std::optional<SourceKind> ParseSourceKind(std::string_view name) {
  return ParseName<SourceKind>(kSourceKinds, name);
}
std::string_view SourceKindLabel(SourceKind kind) {
  return NameOf<SourceKind>(kSourceKindLabels, kind);
}
bool SourceNeedsRecord(SourceKind kind) {
  return kind == SourceKind::kRecommendation || kind == SourceKind::kRapidReview ||
         kind == SourceKind::kSelfEvaluation || kind == SourceKind::kMeeting;
}
bool SourceKeptByItsRecord(SourceKind kind) {
  return kind == SourceKind::kSelfEvaluation || kind == SourceKind::kMeeting;
}

std::vector<ActionSource> KeepRecordedSources(std::vector<ActionSource> edited,
                                              const std::vector<ActionSource>& stored) {
  std::erase_if(edited,
                [](const ActionSource& source) { return SourceKeptByItsRecord(source.kind); });
  for (const ActionSource& source : stored) {
    if (SourceKeptByItsRecord(source.kind)) edited.push_back(source);
  }
  return edited;
}

std::string_view ReviewOutcomeName(ReviewOutcome outcome) {
  return NameOf<ReviewOutcome>(kOutcomes, outcome);
}
std::optional<ReviewOutcome> ParseReviewOutcome(std::string_view name) {
  return ParseName<ReviewOutcome>(kOutcomes, name);
}
std::string_view ReviewOutcomeLabel(ReviewOutcome outcome) {
  return NameOf<ReviewOutcome>(kOutcomeLabels, outcome);
}

void SetPlan(PlanAction& action, NewAction plan) {
  action.title = std::move(plan.title);
  action.owner_agency_id = plan.owner_agency_id;
  action.lead_user_id = plan.lead_user_id;
  action.lead_name = std::move(plan.lead_name);
  action.success_measure = std::move(plan.success_measure);
  action.due_on = plan.due_on;
  action.priority = plan.priority;
  action.sources = std::move(plan.sources);
}

}  // namespace assure::domain
