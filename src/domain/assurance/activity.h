// The QA framework: a partnership's plan of quality assurance activities for a year (DOMAIN.md,
// area 3). An activity has a kind, a title, its themes, its lead, the agencies taking part, a
// period, a state and links to the activities that feed it (a thematic review draws on rounds,
// surveys and audits). The framework of a financial year is the activities whose period starts
// in it. The enum names are the storage, wire and URL form. Plain values and pure functions;
// thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"

namespace assure::domain {

using ActivityId = std::int64_t;

enum class ActivityKind {
  kThematicReview,
  kSelfEvaluationRound,
  kStaffSurvey,
  kCaseAudit,
  kPractitionerConversation,
  kServiceUserFeedback,
};
// "thematic_review", "self_evaluation_round", "staff_survey", "case_audit",
// "practitioner_conversation", "service_user_feedback".
std::string_view ActivityKindName(ActivityKind kind);
std::optional<ActivityKind> ParseActivityKind(std::string_view name);
std::string_view ActivityKindLabel(ActivityKind kind);  // "Thematic review"
std::span<const ActivityKind> AllActivityKinds();

// planned -> open -> analysing -> reporting -> closed. The business unit moves an activity one
// state forward or one back (a closed activity may reopen to reporting).
enum class ActivityState { kPlanned, kOpen, kAnalysing, kReporting, kClosed };
std::string_view ActivityStateName(ActivityState state);  // "planned", ..., "closed"
std::optional<ActivityState> ParseActivityState(std::string_view name);
std::string_view ActivityStateLabel(ActivityState state);  // "Planned"
std::span<const ActivityState> AllActivityStates();
bool MayMoveActivity(ActivityState from, ActivityState to);

// What the business unit writes.
struct ActivityContent {
  std::optional<ActivityKind> kind;
  std::string title;
  std::vector<std::string> themes;  // names of the partnership's managed themes
  std::optional<UserId> lead_user_id;
  std::vector<AgencyId> agency_ids;
  std::optional<CivilDate> starts_on;
  std::optional<CivilDate> ends_on;
  std::vector<ActivityId> feeds_from;  // the activities this one draws on
};

struct Activity {
  ActivityId id = 0;
  PartnershipId partnership_id = 0;
  ActivityContent content;
  ActivityState state = ActivityState::kPlanned;
  std::optional<CivilDate> completed_on;  // the day it was closed, while closed
  UserId created_by = 0;
  core::Instant created_at{};
  core::Instant updated_at{};
  Version version = 0;
};

// Checks what was written: "kind" chosen, "title" 1..200 characters, "starts_on" and "ends_on"
// given with ends_on not before starts_on, at most 50 themes, agencies and links. Whether the
// themes, lead, agencies and links name records of the partnership is the service's check.
core::Status ValidateActivity(const ActivityContent& content);

}  // namespace assure::domain
