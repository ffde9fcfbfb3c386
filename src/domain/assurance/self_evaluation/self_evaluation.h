// Self-evaluation rounds (DOMAIN.md, area 3): the business unit opens a round of one standards
// framework version for chosen agencies, with a due date; each agency's lead completes a return
// (a rating and a narrative for each standard) and submits it, which locks it; the business unit
// may reopen a submitted return with a reason while the round is open. The challenge step: the
// business unit asks a question on one standard of a submitted return, the agency answers, and
// the business unit resolves it, keeping the agency's rating or agreeing another (both are kept:
// the return's `rating` and `agreed_rating`). Closing a round locks every return; the business
// manager may then share the ratings with every taking-part agency's lead.
// Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/assurance/standards.h"
#include "domain/civil_date.h"
#include "domain/ids.h"

namespace assure::domain {

using RoundId = std::int64_t;
using ReturnId = std::int64_t;
using ChallengeId = std::int64_t;

enum class RoundState { kOpen, kClosed };
std::string_view RoundStateName(RoundState state);  // "open", "closed"
std::optional<RoundState> ParseRoundState(std::string_view name);

// What the business unit enters to open a round.
struct NewRound {
  // A planned self-evaluation round activity of the QA framework; unset: the service adds one
  // (the round's title, agencies and period, from today to the due date).
  std::optional<ActivityId> activity_id;
  std::optional<FrameworkId> framework_id;
  std::string title;
  std::optional<CivilDate> due_on;
  std::vector<AgencyId> agency_ids;
};

struct Round {
  RoundId id = 0;
  PartnershipId partnership_id = 0;
  ActivityId activity_id = 0;
  FrameworkId framework_id = 0;
  std::string title;
  CivilDate opened_on;
  CivilDate due_on;
  RoundState state = RoundState::kOpen;
  std::optional<CivilDate> closed_on;
  bool shared = false;  // ratings shared with the taking-part agencies' leads (closed rounds)
  std::vector<AgencyId> agency_ids;
  UserId opened_by = 0;
  Version version = 0;
};

// Checks what was entered: "framework_id" given, "title" 1..200 characters, "due_on" given and
// after `today`, "agency_ids" 1..100 without repeats.
core::Status ValidateNewRound(const NewRound& round, CivilDate today);

// kDraft: the agency is completing it (also after a reopening); kSubmitted: locked.
enum class ReturnState { kDraft, kSubmitted };
std::string_view ReturnStateName(ReturnState state);  // "draft", "submitted"
std::optional<ReturnState> ParseReturnState(std::string_view name);

struct ReturnAnswer {
  StandardId standard_id = 0;
  std::string rating;         // a rating of the framework's scale, or "" while unrated
  std::string narrative;      // up to 10,000 characters
  std::string agreed_rating;  // set by a challenge that changed the rating; "" otherwise
};

struct Return {
  ReturnId id = 0;
  RoundId round_id = 0;
  AgencyId agency_id = 0;
  ReturnState state = ReturnState::kDraft;
  std::vector<ReturnAnswer> answers;            // one per standard, in the framework's order
  std::optional<CivilDate> first_submitted_on;  // on time: not after the round's due date
  std::optional<CivilDate> submitted_on;
  std::optional<UserId> submitted_by;
  std::string reopen_reason;  // the last reopening's reason, "" if never reopened
  core::Instant updated_at{};
  Version version = 0;
};

// The rating that counts: the agreed one after a challenge changed it, else the agency's own.
std::string_view EffectiveRating(const ReturnAnswer& answer);

// Checks answers against the framework: each names one of its standards once, "rating" is of its
// scale or "", "narrative" up to 10,000 characters. Field: "answers[<code>].<field>".
core::Status ValidateAnswers(const StandardsFramework& framework,
                             std::span<const ReturnAnswer> answers);
// Checks that a return may be submitted: every standard rated and narrated, and (when the
// framework requires evidence) each with `evidence_count` > 0 for that standard.
core::Status ValidateSubmission(const StandardsFramework& framework, const Return& answers,
                                std::span<const std::pair<StandardId, int>> evidence_counts);

// One question of the challenge step on one standard of a submitted return.
struct Challenge {
  ChallengeId id = 0;
  ReturnId return_id = 0;
  StandardId standard_id = 0;
  std::string question;
  UserId asked_by = 0;
  core::Instant asked_at{};
  std::string answer;  // "" until the agency answers
  std::optional<UserId> answered_by;
  std::optional<core::Instant> answered_at;
  bool resolved = false;
  std::string rating_before;  // the effective rating when resolved
  std::string rating_after;   // the agreed rating when resolved ("" = unchanged)
  std::optional<UserId> resolved_by;
  std::optional<core::Instant> resolved_at;
};

// A return is overdue when the round is open, it is not submitted and the due date has passed.
bool IsOverdue(const Round& round, const Return& ret, CivilDate today);
// Submitted by the due date (first submission).
bool IsOnTime(const Round& round, const Return& ret);

// The round's matrix: agencies x standards, the effective rating of each submitted return.
struct MatrixCell {
  StandardId standard_id = 0;
  std::string rating;       // effective; "" when not rated or not submitted
  bool challenged = false;  // the agreed rating differs from the agency's own
};
struct MatrixRow {
  AgencyId agency_id = 0;
  std::string agency_name;
  std::optional<ReturnState> state;  // nullopt: no return (an agency outside the round)
  bool overdue = false;
  std::vector<MatrixCell> cells;  // one per standard, in order
};
// `agencies`: (id, name) of the round's agencies in display order; `returns` of the round.
std::vector<MatrixRow> BuildMatrix(const Round& round, const StandardsFramework& framework,
                                   std::span<const std::pair<AgencyId, std::string>> agencies,
                                   std::span<const Return> returns, CivilDate today);

}  // namespace assure::domain
