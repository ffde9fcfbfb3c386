#include "domain/assurance/activity.h"

#include <array>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::size_t kMaxActivityLinks = 50;

constexpr std::array<std::pair<ActivityKind, std::string_view>, 6> kKinds{{
    {ActivityKind::kThematicReview, "thematic_review"},
    {ActivityKind::kSelfEvaluationRound, "self_evaluation_round"},
    {ActivityKind::kStaffSurvey, "staff_survey"},
    {ActivityKind::kCaseAudit, "case_audit"},
    {ActivityKind::kPractitionerConversation, "practitioner_conversation"},
    {ActivityKind::kServiceUserFeedback, "service_user_feedback"},
}};
constexpr std::array<std::pair<ActivityKind, std::string_view>, 6> kKindLabels{{
    {ActivityKind::kThematicReview, "Thematic review"},
    {ActivityKind::kSelfEvaluationRound, "Self-evaluation round"},
    {ActivityKind::kStaffSurvey, "Staff survey"},
    {ActivityKind::kCaseAudit, "Multi-agency case audit"},
    {ActivityKind::kPractitionerConversation, "Practitioner conversation"},
    {ActivityKind::kServiceUserFeedback, "Service-user feedback"},
}};
constexpr std::array<ActivityKind, 6> kAllKinds{ActivityKind::kThematicReview,
                                                ActivityKind::kSelfEvaluationRound,
                                                ActivityKind::kStaffSurvey,
                                                ActivityKind::kCaseAudit,
                                                ActivityKind::kPractitionerConversation,
                                                ActivityKind::kServiceUserFeedback};

constexpr std::array<std::pair<ActivityState, std::string_view>, 5> kStates{{
    {ActivityState::kPlanned, "planned"},
    {ActivityState::kOpen, "open"},
    {ActivityState::kAnalysing, "analysing"},
    {ActivityState::kReporting, "reporting"},
    {ActivityState::kClosed, "closed"},
}};
constexpr std::array<std::pair<ActivityState, std::string_view>, 5> kStateLabels{{
    {ActivityState::kPlanned, "Planned"},
    {ActivityState::kOpen, "Open"},
    {ActivityState::kAnalysing, "Analysing"},
    {ActivityState::kReporting, "Reporting"},
    {ActivityState::kClosed, "Closed"},
}};
constexpr std::array<ActivityState, 5> kAllStates{
    ActivityState::kPlanned, ActivityState::kOpen, ActivityState::kAnalysing,
    ActivityState::kReporting, ActivityState::kClosed};

}  // namespace

std::string_view ActivityKindName(ActivityKind kind) { return NameOf<ActivityKind>(kKinds, kind); }
std::optional<ActivityKind> ParseActivityKind(std::string_view name) {
  return ParseName<ActivityKind>(kKinds, name);
}
std::string_view ActivityKindLabel(ActivityKind kind) {
  return NameOf<ActivityKind>(kKindLabels, kind);
}
std::span<const ActivityKind> AllActivityKinds() { return kAllKinds; }

std::string_view ActivityStateName(ActivityState state) {
  return NameOf<ActivityState>(kStates, state);
}
std::optional<ActivityState> ParseActivityState(std::string_view name) {
  return ParseName<ActivityState>(kStates, name);
}
std::string_view ActivityStateLabel(ActivityState state) {
  return NameOf<ActivityState>(kStateLabels, state);
}
std::span<const ActivityState> AllActivityStates() { return kAllStates; }

bool MayMoveActivity(ActivityState from, ActivityState to) {
  const int step = static_cast<int>(to) - static_cast<int>(from);
  return step == 1 || step == -1;
}

core::Status ValidateActivity(const ActivityContent& content) {
  if (!content.kind) {
    return core::Error::InvalidInput("kind", "Choose the kind of activity.");
  }
  ASSURE_TRY(ValidateName("title", content.title));
  if (!content.starts_on) {
    return core::Error::InvalidInput("starts_on", "Enter the date the activity starts.");
  }
  if (!content.ends_on) {
    return core::Error::InvalidInput("ends_on", "Enter the date the activity ends.");
  }
  if (*content.ends_on < *content.starts_on) {
    return core::Error::InvalidInput("ends_on", "The end date cannot be before the start date.");
  }
  if (content.themes.size() > kMaxActivityLinks) {
    return core::Error::InvalidInput("themes", "Choose at most 50 themes.");
  }
  if (content.agency_ids.size() > kMaxActivityLinks) {
    return core::Error::InvalidInput("agency_ids", "Choose at most 50 agencies.");
  }
  if (content.feeds_from.size() > kMaxActivityLinks) {
    return core::Error::InvalidInput("feeds_from", "Link at most 50 activities.");
  }
  return core::Ok();
}

}  // namespace assure::domain
