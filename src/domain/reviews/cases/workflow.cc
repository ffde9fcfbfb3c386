#include "domain/reviews/cases/workflow.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace assure::domain {

namespace {

using S = CaseState;
using G = Guard;
using core::ErrorCode;

constexpr EnumSet<Role> kBusinessUnit{Role::kBusinessManager, Role::kBusinessOfficer};
constexpr EnumSet<Role> kManager{Role::kBusinessManager};
constexpr EnumSet<Role> kUnitOrAgency{Role::kBusinessManager, Role::kBusinessOfficer,
                                      Role::kAgencyLead};
constexpr EnumSet<CaseState> kOpen{S::kScoping, S::kRapidReview, S::kFullReview};
constexpr EnumSet<CaseState> kAny{S::kScoping,   S::kRapidReview, S::kFullReview,
                                  S::kEmbargoed, S::kPublished,   S::kClosed};

// THE workflow. doc/workflow.md shows it; workflow_test.cc keeps the two equal.
constexpr std::array<TransitionRule, 18> kTable{{
    {.transition = Transition::kRefer,
     .name = "refer",
     .phrase = "open a case from a referral",
     .done = "Referral received",
     .to = S::kScoping,
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kCreate},
    {.transition = Transition::kUpdateCase,
     .name = "update_case",
     .phrase = "change the case's details",
     .done = "Case details changed",
     .from = kAny,
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate},
    {.transition = Transition::kScreenNotification,
     .name = "screen_notification",
     .phrase = "record whether the case is notifiable",
     .done = "Notification screening recorded",
     .from = EnumSet<CaseState>{S::kScoping},
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards = EnumSet<Guard>{G::kPanelCase, G::kScreeningReason, G::kLookedAfterDeath}},
    {.transition = Transition::kNotifyPanel,
     .name = "notify_panel",
     .phrase = "record the notification to the national panel",
     .done = "Serious incident notification recorded",
     .from = EnumSet<CaseState>{S::kScoping, S::kRapidReview, S::kFullReview, S::kClosed},
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards = EnumSet<Guard>{G::kPanelCase, G::kScreenedNotifiable}},
    {.transition = Transition::kRequestInformation,
     .name = "request_information",
     .phrase = "ask an agency for information",
     .done = "Information requested from an agency",
     .from = kOpen,
     .roles = kBusinessUnit,
     .resource = Resource::kInformationRequest,
     .action = Action::kCreate},
    {.transition = Transition::kRespondToRequest,
     .name = "respond_to_request",
     .phrase = "answer an information request",
     .done = "Information request answered",
     .from = kOpen,
     .roles = kUnitOrAgency,
     .resource = Resource::kInformationRequest,
     .action = Action::kUpdate},
    {.transition = Transition::kWithdrawRequest,
     .name = "withdraw_request",
     .phrase = "withdraw an information request",
     .done = "Information request withdrawn",
     .from = kOpen,
     .roles = kBusinessUnit,
     .resource = Resource::kInformationRequest,
     .action = Action::kUpdate},
    {.transition = Transition::kArrangeRapidReview,
     .name = "arrange_rapid_review",
     .phrase = "arrange the rapid review",
     .done = "Rapid review arranged",
     .from = EnumSet<CaseState>{S::kScoping},
     .to = S::kRapidReview,
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate},
    {.transition = Transition::kRecordRapidReview,
     .name = "record_rapid_review",
     .phrase = "record the rapid review",
     .done = "Rapid review recorded",
     .from = EnumSet<CaseState>{S::kScoping, S::kRapidReview},
     .to_by_decision = true,
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards = EnumSet<Guard>{G::kNotificationFirst, G::kDecisionFitsCase, G::kS44First,
                              G::kS44Applies, G::kS44MandatoryDecision}},
    {.transition = Transition::kRecordPanelResponse,
     .name = "record_panel_response",
     .phrase = "record the panel's response",
     .done = "Panel response recorded",
     .from = EnumSet<CaseState>{S::kFullReview, S::kEmbargoed, S::kPublished, S::kClosed},
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards = EnumSet<Guard>{G::kPanelCase, G::kRapidReviewFirst}},
    {.transition = Transition::kCloseWithoutReview,
     .name = "close_without_review",
     .phrase = "close the case without a review",
     .done = "Closed without a review",
     .from = EnumSet<CaseState>{S::kScoping, S::kRapidReview},
     .to = S::kClosed,
     .roles = kManager,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards = EnumSet<Guard>{G::kClosureRationale, G::kCriteriaFinding, G::kS44First,
                              G::kS44MandatoryNoClose}},
    {.transition = Transition::kAppointReviewer,
     .name = "appoint_reviewer",
     .phrase = "appoint the independent reviewer",
     .done = "Independent reviewer appointed",
     .from = EnumSet<CaseState>{S::kFullReview},
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate},
    {.transition = Transition::kRecordStage,
     .name = "record_stage",
     .phrase = "update the review's stages",
     .done = "Review stages updated",
     .from = EnumSet<CaseState>{S::kFullReview},
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate},
    {.transition = Transition::kRecordFindings,
     .name = "record_findings",
     .phrase = "record the findings and recommendations",
     .done = "Findings and recommendations recorded",
     .from = EnumSet<CaseState>{S::kFullReview, S::kEmbargoed},
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate},
    {.transition = Transition::kSendPrepublicationNotice,
     .name = "send_prepublication_notice",
     .phrase = "record the pre-publication notice",
     .done = "Pre-publication notice sent to the panel and the Secretary of State",
     .from = EnumSet<CaseState>{S::kFullReview, S::kEmbargoed},
     .roles = kBusinessUnit,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards = EnumSet<Guard>{G::kPlannedPublication}},
    {.transition = Transition::kPublish,
     .name = "publish",
     .phrase = "publish the review",
     .done = "Review published",
     .from = EnumSet<CaseState>{S::kFullReview},
     .to = S::kPublished,
     .roles = kManager,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards =
         EnumSet<Guard>{G::kPublicationDate, G::kPublicationLink, G::kNoticeBeforePublication}},
    {.transition = Transition::kEmbargo,
     .name = "embargo",
     .phrase = "embargo the review",
     .done = "Publication embargoed",
     .from = EnumSet<CaseState>{S::kFullReview},
     .to = S::kEmbargoed,
     .roles = kManager,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards = EnumSet<Guard>{G::kEmbargoReason}},
    {.transition = Transition::kPublishAfterEmbargo,
     .name = "publish_after_embargo",
     .phrase = "publish the review after its embargo",
     .done = "Review published after its embargo",
     .from = EnumSet<CaseState>{S::kEmbargoed},
     .to = S::kPublished,
     .roles = kManager,
     .resource = Resource::kCase,
     .action = Action::kUpdate,
     .guards =
         EnumSet<Guard>{G::kPublicationDate, G::kPublicationLink, G::kNoticeBeforePublication}},
}};

// "in full review": completes "while the case is ...".
std::string_view StatePhrase(CaseState state) {
  switch (state) {
    case S::kScoping:
      return "in scoping";
    case S::kRapidReview:
      return "at rapid review";
    case S::kFullReview:
      return "in full review";
    case S::kEmbargoed:
      return "embargoed";
    case S::kPublished:
      return "published";
    case S::kClosed:
      return "closed";
  }
  return "in this state";
}

}  // namespace

std::span<const TransitionRule> WorkflowTable() { return kTable; }

const TransitionRule& RuleOf(Transition transition) {
  for (const auto& rule : kTable) {
    if (rule.transition == transition) return rule;
  }
  std::abort();  // every Transition has a row: workflow_test.cc checks it
}

std::string_view TransitionName(Transition transition) { return RuleOf(transition).name; }

std::optional<Transition> ParseTransition(std::string_view name) {
  for (const auto& rule : kTable) {
    if (rule.name == name) return rule.transition;
  }
  return std::nullopt;
}

std::string TransitionLabel(Transition transition) {
  std::string label{RuleOf(transition).phrase};
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') {
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
  }
  return label;
}

bool HasWorkflowRole(const Principal& principal, Transition transition) {
  const auto& roles = RuleOf(transition).roles;
  return std::any_of(principal.memberships.begin(), principal.memberships.end(),
                     [&](const Membership& m) {
                       return m.partnership_id == principal.partnership_id && roles.Has(m.role);
                     });
}

std::vector<Transition> AvailableTransitions(const Principal& principal, CaseState state) {
  std::vector<Transition> out;
  for (const auto& rule : kTable) {
    if (rule.from.Has(state) && HasWorkflowRole(principal, rule.transition)) {
      out.push_back(rule.transition);
    }
  }
  return out;
}

core::Status CheckStartState(Transition transition, CaseState state) {
  const auto& rule = RuleOf(transition);
  if (rule.from.Has(state)) return core::Ok();
  if (rule.from.empty()) return core::Error::Conflict("This case has been opened already.");
  return core::Error::Conflict("You cannot " + std::string{rule.phrase} + " while the case is " +
                               std::string{StatePhrase(state)} + ".");
}

core::Result<CaseState> CheckTransition(Transition transition, const Principal& principal,
                                        const CaseRecords& proposed, std::string_view rationale) {
  const auto& rule = RuleOf(transition);
  if (!HasWorkflowRole(principal, transition)) {
    return core::Error::Forbidden("Your role does not allow you to " + std::string{rule.phrase} +
                                  ".");
  }
  const CaseState current = proposed.record.state;
  if (!rule.from.empty()) ASSURE_TRY(CheckStartState(transition, current));
  for (const auto& guard : WorkflowGuards()) {
    if (!rule.guards.Has(guard.guard) || GuardHolds(guard.guard, proposed, rationale)) continue;
    if (guard.code == ErrorCode::kConflict) {
      return core::Error::Conflict(std::string{guard.message}, std::string{guard.field});
    }
    return core::Error::InvalidInput(std::string{guard.field}, std::string{guard.message});
  }
  if (rule.to_by_decision) {
    return proposed.rapid_review && LeadsToFullReview(proposed.rapid_review->decision)
               ? S::kFullReview
               : S::kClosed;
  }
  return rule.to.value_or(current);
}

}  // namespace assure::domain
