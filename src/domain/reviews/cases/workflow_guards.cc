// The workflow's guards (workflow.h): each one's refusal, and whether it holds for a case's
// proposed records. Pure; thread-safe.
#include <array>
#include <cstdlib>

#include "domain/reviews/cases/workflow.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

using G = Guard;
using core::ErrorCode;

// THE guards, in the order of doc/workflow.md (workflow_test.cc keeps the two equal); a step's
// guards are checked in this order.
constexpr std::array<GuardRule, 18> kGuards{{
    {G::kPanelCase, "panel_case", ErrorCode::kConflict, "type",
     "Only child and joint cases go to the national panel."},
    {G::kScreeningReason, "screening_reason", ErrorCode::kInvalidInput, "reason",
     "Give the reason the case is not notifiable to the national panel."},
    {G::kLookedAfterDeath, "looked_after_death", ErrorCode::kInvalidInput, "notifiable",
     "A looked-after child who died is always notified to the national panel (Children Act 2004 "
     "section 16C(2)), whether or not abuse or neglect is known or suspected."},
    {G::kScreenedNotifiable, "screened_notifiable", ErrorCode::kConflict, "screening",
     "The case was screened as not notifiable: record the screening again if that has changed."},
    {G::kNotificationFirst, "notification_first", ErrorCode::kConflict, "notification",
     "Record the serious incident notification to the national panel before the rapid review of a "
     "child or joint case."},
    {G::kRapidReviewFirst, "rapid_review_first", ErrorCode::kConflict, "rapid_review",
     "Record the rapid review first."},
    {G::kDecisionFitsCase, "decision_fits_case", ErrorCode::kInvalidInput, "decision",
     "Choose a decision that fits the case: a CSPR for a child or joint case, a SAR for an adult "
     "or joint case; a joint review fits any case."},
    {G::kClosureRationale, "closure_rationale", ErrorCode::kInvalidInput, "rationale",
     "Give the reason for closing the case without a review."},
    {G::kCriteriaFinding, "criteria_finding", ErrorCode::kInvalidInput,
     "rapid_review_criteria_not_met",
     "A notified case closes without a rapid review only with the finding that it does not meet "
     "the criteria for a rapid review (Working Together to Safeguard Children 2023, chapter 5), "
     "and the reason."},
    {G::kS44First, "s44_first", ErrorCode::kInvalidInput, "s44",
     "Answer the Care Act section 44 questions before any decision on an adult or joint case."},
    {G::kS44Applies, "s44_applies", ErrorCode::kInvalidInput, "decision",
     "A SAR is held under Care Act section 44 only for an adult with needs for care and support; "
     "section 44 does not apply to this adult."},
    {G::kS44MandatoryDecision, "s44_mandatory_decision", ErrorCode::kInvalidInput, "decision",
     "Care Act section 44(1) to (3) are met, so the partnership must arrange a Safeguarding "
     "Adults Review: decide on a SAR or a joint review."},
    {G::kS44MandatoryNoClose, "s44_mandatory_no_close", ErrorCode::kConflict, "s44",
     "Care Act section 44(1) to (3) are met, so the partnership must arrange a Safeguarding "
     "Adults Review: the case cannot be closed without one."},
    {G::kPlannedPublication, "planned_publication", ErrorCode::kInvalidInput,
     "planned_publication_on",
     "Enter the planned publication date before recording the pre-publication notice."},
    {G::kPublicationDate, "publication_date", ErrorCode::kInvalidInput, "published_on",
     "Enter the date the review was published."},
    {G::kPublicationLink, "publication_link", ErrorCode::kInvalidInput, "publication_link",
     "Enter the link to the published review."},
    {G::kNoticeBeforePublication, "notice_before_publication", ErrorCode::kConflict,
     "notice_sent_on",
     "Send the final report to the national panel and to the Secretary of State before "
     "publishing a CSPR or joint review."},
    {G::kEmbargoReason, "embargo_reason", ErrorCode::kInvalidInput, "embargo_reason",
     "Give the reason for the embargo."},
}};

bool IsBlank(std::string_view text) { return TrimName(text).empty(); }

}  // namespace

bool GuardHolds(Guard guard, const CaseRecords& records, std::string_view rationale) {
  const auto& rapid = records.rapid_review;
  const auto& full = records.full_review;
  const auto& s44 = records.record.s44;
  const auto& screening = records.record.screening;
  const bool mandatory = s44.has_value() && EvaluateS44(*s44) == SarBasis::kMandatory;
  switch (guard) {
    case G::kPanelCase:
      return NotifiesPanel(records.record.type);
    case G::kScreeningReason:
      return !screening || screening->notifiable || !IsBlank(screening->reason);
    case G::kLookedAfterDeath:
      return !screening || screening->notifiable || !screening->looked_after ||
             !screening->child_died;
    case G::kScreenedNotifiable:
      return NotificationDue(screening);
    case G::kCriteriaFinding:
      return !records.notification.has_value() || rapid.has_value() ||
             records.record.rapid_review_criteria_not_met;
    case G::kNotificationFirst:
      return !NotifiesPanel(records.record.type) || records.notification.has_value();
    case G::kRapidReviewFirst:
      return rapid.has_value();
    case G::kDecisionFitsCase:
      return rapid.has_value() && DecisionFitsCase(rapid->decision, records.record.type);
    case G::kS44First:
      return records.record.type == CaseType::kChild || s44.has_value();
    case G::kS44Applies:
      return !rapid.has_value() || rapid->decision != ReviewDecision::kSar || !s44.has_value() ||
             EvaluateS44(*s44) != SarBasis::kNotApplicable;
    case G::kS44MandatoryDecision:
      return !rapid.has_value() || !mandatory || rapid->decision == ReviewDecision::kSar ||
             rapid->decision == ReviewDecision::kJoint;
    case G::kS44MandatoryNoClose:
      return !mandatory;
    case G::kClosureRationale:
      return !IsBlank(rationale);
    case G::kPlannedPublication:
      return full.has_value() && full->planned_publication_on.has_value();
    case G::kPublicationDate:
      return full.has_value() && full->published_on.has_value();
    case G::kPublicationLink:
      return full.has_value() && !IsBlank(full->publication_link);
    case G::kNoticeBeforePublication:
      return full.has_value() &&
             (NoticeCompletedOn(*full).has_value() ||
              (full->kind != FullReviewKind::kCspr && full->kind != FullReviewKind::kJoint));
    case G::kEmbargoReason:
      return full.has_value() && !IsBlank(full->embargo_reason);
  }
  return false;
}

std::span<const GuardRule> WorkflowGuards() { return kGuards; }

const GuardRule& GuardOf(Guard guard) {
  for (const auto& rule : kGuards) {
    if (rule.guard == guard) return rule;
  }
  std::abort();  // every Guard has a row: workflow_test.cc checks it
}

}  // namespace assure::domain
