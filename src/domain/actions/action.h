// PlanAction: an action of an action plan, one owned change that answers learning (DOMAIN.md, area
// 2), and what is recorded about it over its life: progress updates with evidence of impact, and
// review entries from quarterly review rounds. An action comes from one or more sources
// (ActionSource): a recommendation of a full review, a rapid review's learning, a national review,
// a thematic review or audit finding, a board decision. A source is a kind plus an optional id of
// the record it names, so a new kind of source (a meeting's, say) is a new enum value, not a new
// table.
//
// The enum names are the storage, wire and URL form. Plain values; safe to copy between threads.
// The rules (which status may follow which, the RAG rule, quarters) are in action_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"

namespace assure::domain {

using ActionId = std::int64_t;
using ActionUpdateId = std::int64_t;
using EvidenceFileId = std::int64_t;
using ReviewRoundId = std::int64_t;
using ReviewEntryId = std::int64_t;

enum class ActionStatus {
  kNotStarted,
  kInProgress,
  kCompleted,
  kNotImplemented,  // with a reason (a SAB reports these: Care Act Schedule 2, 4(g))
  kSuperseded,      // with a reason (and what replaced it, in the reason)
};
// "not_started", "in_progress", "completed", "not_implemented", "superseded".
std::string_view ActionStatusName(ActionStatus status);
std::optional<ActionStatus> ParseActionStatus(std::string_view name);
std::string_view ActionStatusLabel(ActionStatus status);  // "Not implemented", for pages
std::span<const ActionStatus> AllActionStatuses();
// Not started or in progress: the action still has work to do and a due date that matters.
bool IsOpen(ActionStatus status);

// Red / amber / green as the lead reports it in an update; the rating shown is the one the RAG
// rule gives (action_rules.h, EffectiveRag), which may be stricter.
enum class Rag { kRed, kAmber, kGreen };
std::string_view RagName(Rag rag);  // "red", "amber", "green"
std::optional<Rag> ParseRag(std::string_view name);
std::string_view RagLabel(Rag rag);  // "Red", ...

enum class ActionPriority { kHigh, kMedium, kLow };
std::string_view ActionPriorityName(ActionPriority priority);  // "high", "medium", "low"
std::optional<ActionPriority> ParseActionPriority(std::string_view name);

enum class SourceKind {
  kRecommendation,  // ref_id: a full review's RecommendationId
  kRapidReview,     // ref_id: the CaseId whose rapid review's learning it answers
  kNationalReview,  // no ref_id; label names it ("Child Protection in England, 2022")
  kThematicReview,  // no ref_id; the label names the review
  kAuditFinding,    // as kThematicReview
  kBoardDecision,   // no ref_id; label names the meeting and decision
  kSelfEvaluation,  // ref_id: the self-evaluation return whose improvement action it is
  kMeeting,         // ref_id: the meeting whose decision made it; label names the decision
};
// "recommendation", "rapid_review", "national_review", "thematic_review", "audit_finding",
// "board_decision", "self_evaluation", "meeting".
std::string_view SourceKindName(SourceKind kind);
std::optional<SourceKind> ParseSourceKind(std::string_view name);
std::string_view SourceKindLabel(SourceKind kind);  // "Recommendation", ...
// Kinds whose ref_id must name a record of the partnership (recommendation, rapid review,
// self-evaluation, meeting).
bool SourceNeedsRecord(SourceKind kind);
// Kinds written by the record they name, never by the action plan's form or API (a
// self-evaluation return's improvement action, a meeting's decision): a change of plan keeps them
// (KeepRecordedSources).
bool SourceKeptByItsRecord(SourceKind kind);

struct ActionSource {
  SourceKind kind = SourceKind::kRecommendation;
  std::optional<std::int64_t> ref_id;  // see SourceKind
  std::string label;                   // required when there is no ref_id; else optional
};

// `edited` without sources of kept kinds, followed by `stored`'s sources of kept kinds.
std::vector<ActionSource> KeepRecordedSources(std::vector<ActionSource> edited,
                                              const std::vector<ActionSource>& stored);

struct PlanAction {
  ActionId id = 0;
  std::string title;  // what will change
  AgencyId owner_agency_id = 0;
  std::optional<UserId> lead_user_id;  // the named lead (a member of the partnership)
  std::string lead_name;               // as shown; the lead's display name when lead_user_id is set
  std::string success_measure;
  CivilDate due_on;
  ActionPriority priority = ActionPriority::kMedium;
  ActionStatus status = ActionStatus::kNotStarted;
  std::string status_reason;        // required for not implemented and superseded
  std::optional<Rag> reported_rag;  // from the latest update; none before the first
  std::optional<CivilDate> last_update_on;
  int due_date_changes = 0;           // how many times due_on moved after creation
  std::vector<ActionSource> sources;  // at least one
  Version version = 0;
  core::Instant created_at;
};

// What a person enters to create an action.
struct NewAction {
  std::string title;
  AgencyId owner_agency_id = 0;
  std::optional<UserId> lead_user_id;
  std::string lead_name;
  std::string success_measure;
  CivilDate due_on;
  ActionPriority priority = ActionPriority::kMedium;
  std::vector<ActionSource> sources;
};

// Replaces the plan of `action` (what a person enters: title, owner, lead, measure, due date,
// priority, sources) with `plan`; its id, version, status and history stay.
void SetPlan(PlanAction& action, NewAction plan);

// A progress update: history, never overwritten. Sets the action's status and reported RAG.
struct ActionUpdate {
  ActionUpdateId id = 0;
  ActionId action_id = 0;
  CivilDate on;  // the date of the update (not after today)
  std::string narrative;
  ActionStatus status = ActionStatus::kInProgress;
  std::string status_reason;  // required when status is not implemented or superseded
  Rag rag = Rag::kGreen;
  std::string evidence;  // evidence of impact, text; required to complete an action
  std::optional<UserId> recorded_by;
  core::Instant recorded_at;
};

// A file attached to an update as evidence; the bytes are in FileContentRepository by sha256,
// with the same limits as agency responses (domain/files/upload_rules.h).
struct EvidenceFile {
  EvidenceFileId id = 0;
  ActionUpdateId update_id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;
  core::Instant uploaded_at;
};

// A quarter of the financial year (April to March): 2025 Q1 is April to June 2025, Q4 is
// January to March 2026. Written "2025-26 Q1".
struct Quarter {
  int year = 0;    // the year the financial year starts in
  int number = 1;  // 1..4
  friend bool operator==(const Quarter&, const Quarter&) = default;
  friend auto operator<=>(const Quarter&, const Quarter&) = default;
};

enum class ReviewOutcome { kOnTrack, kEscalate, kClose, kExtend };
// "on_track", "escalate", "close", "extend".
std::string_view ReviewOutcomeName(ReviewOutcome outcome);
std::optional<ReviewOutcome> ParseReviewOutcome(std::string_view name);
std::string_view ReviewOutcomeLabel(ReviewOutcome outcome);

// The business manager opens one round a quarter; every action open at that moment gets an entry.
struct ReviewRound {
  ReviewRoundId id = 0;
  Quarter quarter;
  CivilDate opened_on;
  std::optional<UserId> opened_by;
  std::optional<CivilDate> closed_on;
  Version version = 0;
};

// One action's review in a round; empty (no outcome) until someone reviews it.
struct ReviewEntry {
  ReviewEntryId id = 0;
  ReviewRoundId round_id = 0;
  ActionId action_id = 0;
  std::optional<ReviewOutcome> outcome;
  std::optional<UserId> reviewed_by;
  std::optional<CivilDate> reviewed_on;
  std::optional<CivilDate> new_due_on;  // extend only
  std::string note;                     // the reason; required for escalate and extend
  Version version = 0;
};

}  // namespace assure::domain
