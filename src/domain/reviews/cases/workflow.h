// The case workflow as one explicit table (doc/workflow.md is its readable form and a
// test keeps the two equal): each transition's name, the states it may start from, the state it
// leads to, the roles that may make it, the policy resource and action it needs, and its guard
// conditions. Services read the table through CheckTransition and nothing else decides whether a
// step is allowed.
//
// A transition is checked against the case's records as the step would leave them (the proposed
// records; `proposed.record.state` is still the current state). An illegal transition is refused
// with a clear error and the caller changes nothing: kForbidden (the role may not make it),
// kConflict (the case's state or an earlier record does not allow it), kInvalidInput naming the
// field (the step lacks something it needs). Pure; thread-safe.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/clocks/clocks.h"

namespace assure::domain {

// A small set of enum values (each below 32), for the table's columns.
template <typename E>
class EnumSet {
 public:
  constexpr EnumSet() = default;
  constexpr EnumSet(std::initializer_list<E> values) {
    for (E value : values) bits_ |= Bit(value);
  }
  constexpr bool Has(E value) const { return (bits_ & Bit(value)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }

 private:
  static constexpr std::uint32_t Bit(E value) {
    return std::uint32_t{1} << static_cast<unsigned>(value);
  }
  std::uint32_t bits_ = 0;
};

enum class Transition {
  kRefer,
  kUpdateCase,
  kScreenNotification,
  kNotifyPanel,
  kRequestInformation,
  kRespondToRequest,
  kWithdrawRequest,
  kArrangeRapidReview,
  kRecordRapidReview,
  kRecordPanelResponse,
  kCloseWithoutReview,
  kAppointReviewer,
  kRecordStage,
  kRecordFindings,
  kSendPrepublicationNotice,
  kPublish,
  kEmbargo,
  kPublishAfterEmbargo,
};

// A condition a transition needs besides its start state and the role.
enum class Guard {
  kPanelCase,                // a child or joint case (the panel is for children)
  kScreeningReason,          // a case screened as not notifiable: the reason
  kLookedAfterDeath,         // a looked-after child who died: always notifiable (s16C(2))
  kScreenedNotifiable,       // not screened as not notifiable
  kNotificationFirst,        // a child or joint case has its notification recorded
  kRapidReviewFirst,         // the rapid review is recorded
  kDecisionFitsCase,         // CSPR: child or joint case; SAR: adult or joint; joint review: joint
  kClosureRationale,         // the reason for closing without a review
  kCriteriaFinding,          // a notified case with no rapid review: the criteria-not-met finding
  kS44First,                 // an adult or joint case has its Care Act s44 answers recorded
  kS44Applies,               // a SAR decision: s44 applies (needs for care and support)
  kS44MandatoryDecision,     // s44(1)-(3) met: the decision is a SAR or a joint review
  kS44MandatoryNoClose,      // s44(1)-(3) met: the case is not closed without a review
  kPlannedPublication,       // a planned publication date
  kPublicationDate,          // the publication date
  kPublicationLink,          // the link to the published review
  kNoticeBeforePublication,  // a CSPR or joint review had its pre-publication notice
  kEmbargoReason,            // the reason for the embargo
};

struct GuardRule {
  Guard guard;
  std::string_view name;     // "notification_first": doc/workflow.md and the scenarios
  core::ErrorCode code;      // kConflict (an earlier record) or kInvalidInput (this step's input)
  std::string_view field;    // the field the refusal names
  std::string_view message;  // the refusal a person reads
};

struct TransitionRule {
  Transition transition = Transition::kRefer;
  // "record_rapid_review": the timeline event's action; the audit event "case.transition.<name>"
  std::string_view name = {};
  std::string_view phrase = {};  // "record the rapid review": completes "You cannot ..."
  std::string_view done = {};    // "Rapid review recorded": the timeline's wording
  EnumSet<CaseState> from = {};  // empty: the transition opens a new case
  // nullopt: the state does not change (unless to_by_decision)
  std::optional<CaseState> to = std::nullopt;
  // full_review when the rapid review's decision leads to one, else closed
  bool to_by_decision = false;
  EnumSet<Role> roles = {};
  Resource resource = Resource::kCase;  // the policy entry the service checks on the record
  Action action = Action::kUpdate;
  EnumSet<Guard> guards = {};
};

// Every transition, in the order of doc/workflow.md.
std::span<const TransitionRule> WorkflowTable();
const TransitionRule& RuleOf(Transition transition);
std::string_view TransitionName(Transition transition);
std::optional<Transition> ParseTransition(std::string_view name);
// "Record the rapid review": for buttons and headings.
std::string TransitionLabel(Transition transition);

// Every guard, in the order of doc/workflow.md (workflow_guards.cc).
std::span<const GuardRule> WorkflowGuards();
const GuardRule& GuardOf(Guard guard);
// Whether `guard` holds for the proposed records; `rationale` as CheckTransition's.
bool GuardHolds(Guard guard, const CaseRecords& records, std::string_view rationale);

// True when some membership of `principal` has one of the transition's roles.
bool HasWorkflowRole(const Principal& principal, Transition transition);

// The transitions `principal`'s roles may make from `state`, in table order (guards are not
// checked: for showing the steps a page offers).
std::vector<Transition> AvailableTransitions(const Principal& principal, CaseState state);

// kConflict naming the state when `transition` may not start from `state` (a new case: never).
core::Status CheckStartState(Transition transition, CaseState state);

// Checks role, start state and guards, in that order, against the proposed records; returns the
// state the case moves to (its current state when the transition does not change it).
// `rationale` is the reason given with the step (close_without_review).
core::Result<CaseState> CheckTransition(Transition transition, const Principal& principal,
                                        const CaseRecords& proposed,
                                        std::string_view rationale = {});

}  // namespace assure::domain
