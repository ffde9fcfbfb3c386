#include "domain/reviews/cases/workflow.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace assure::domain {
namespace {

using std::chrono::year;

Principal As(std::initializer_list<Role> roles, PartnershipId partnership = 1) {
  Principal principal;
  principal.user_id = 7;
  principal.partnership_id = 1;
  for (Role role : roles) {
    Membership membership;
    membership.partnership_id = partnership;
    membership.user_id = 7;
    membership.role = role;
    principal.memberships.push_back(membership);
  }
  return principal;
}

const Principal kManager = As({Role::kBusinessManager});
const Principal kOfficer = As({Role::kBusinessOfficer});

CaseRecords CaseIn(CaseState state, CaseType type) {
  CaseRecords records;
  records.record.id = 1;
  records.record.partnership_id = 1;
  records.record.reference = "CR-2025-007";
  records.record.type = type;
  records.record.state = state;
  records.record.aware_on = year{2025} / 1 / 6;
  return records;
}

CaseRecords WithNotification(CaseRecords records) {
  records.notification = Notification{
      .case_id = 1, .sent_on = year{2025} / 1 / 10, .panel_reference = "", .version = 1};
  return records;
}

CaseRecords WithDecision(CaseRecords records, ReviewDecision decision,
                         std::optional<CareActS44> s44 = std::nullopt) {
  RapidReview review;
  review.case_id = 1;
  review.meeting_on = year{2025} / 1 / 20;
  review.completed_on = year{2025} / 1 / 24;
  review.decision = decision;
  review.rationale = "Criteria met.";
  records.record.s44 = s44;
  records.rapid_review = review;
  return records;
}

CaseRecords InFullReview(FullReviewKind kind, CaseState state = CaseState::kFullReview) {
  auto records = CaseIn(state, kind == FullReviewKind::kSar ? CaseType::kAdult : CaseType::kChild);
  FullReview full;
  full.case_id = 1;
  full.kind = kind;
  full.decided_on = year{2025} / 1 / 24;
  records.full_review = full;
  return records;
}

CaseRecords Published(CaseRecords records) {
  records.full_review->published_on = year{2025} / 7 / 1;
  records.full_review->publication_link = "https://example.org/reviews/child-h";
  return records;
}

void ExpectRefused(const core::Result<CaseState>& result, core::ErrorCode code,
                   std::string_view field) {
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, code) << result.error().message;
  EXPECT_EQ(result.error().field, field) << result.error().message;
  EXPECT_FALSE(result.error().message.empty());
}

TEST(WorkflowTest, EveryTransitionAndGuardHasExactlyOneRow) {
  std::set<std::string_view> names;
  for (const auto& rule : WorkflowTable()) {
    EXPECT_TRUE(names.insert(rule.name).second) << rule.name;
    EXPECT_EQ(ParseTransition(rule.name), rule.transition);
    EXPECT_EQ(&RuleOf(rule.transition), &rule);
    EXPECT_FALSE(rule.roles.empty()) << rule.name;
  }
  EXPECT_EQ(names.size(), static_cast<std::size_t>(Transition::kPublishAfterEmbargo) + 1);
  std::set<std::string_view> guards;
  for (const auto& guard : WorkflowGuards()) {
    EXPECT_TRUE(guards.insert(guard.name).second) << guard.name;
    EXPECT_EQ(&GuardOf(guard.guard), &guard);
  }
  EXPECT_EQ(guards.size(), static_cast<std::size_t>(Guard::kEmbargoReason) + 1);
  EXPECT_FALSE(ParseTransition("delete_case").has_value());
}

// A role the workflow lets make a step must also have the policy grant the service checks.
TEST(WorkflowTest, EveryRoleThatMayMakeAStepHasItsPolicyGrant) {
  for (const auto& rule : WorkflowTable()) {
    for (Role role : AllRoles()) {
      if (!rule.roles.Has(role)) continue;
      EXPECT_NE(Grant(role, rule.resource, rule.action), Scope::kNone)
          << rule.name << " by " << RoleName(role);
    }
  }
}

TEST(WorkflowTest, ARapidReviewOfAChildCaseNeedsTheNotificationFirst) {
  for (CaseType type : {CaseType::kChild, CaseType::kJoint}) {
    auto without = WithDecision(CaseIn(CaseState::kRapidReview, type), ReviewDecision::kNone);
    if (type == CaseType::kJoint) without.record.s44 = CareActS44{.needs_care_and_support = true};
    ExpectRefused(CheckTransition(Transition::kRecordRapidReview, kOfficer, without),
                  core::ErrorCode::kConflict, "notification");
    EXPECT_TRUE(
        CheckTransition(Transition::kRecordRapidReview, kOfficer, WithNotification(without)).ok());
  }
}

// An adult with care and support needs, whose case does not meet s44(1)-(3).
constexpr CareActS44 kDiscretionary{.needs_care_and_support = true};
// s44(1)-(3) met: the adult died, abuse or neglect is suspected, and joint working is a concern.
constexpr CareActS44 kMandatory{.needs_care_and_support = true,
                                .concern_about_joint_working = true,
                                .adult_died = true,
                                .abuse_or_neglect_caused_death = true};

TEST(WorkflowTest, AnAdultCaseHasNoNotificationToWaitFor) {
  auto adult = WithDecision(CaseIn(CaseState::kScoping, CaseType::kAdult), ReviewDecision::kNone,
                            kDiscretionary);
  EXPECT_EQ(CheckTransition(Transition::kRecordRapidReview, kOfficer, adult).value(),
            CaseState::kClosed);
  ExpectRefused(CheckTransition(Transition::kNotifyPanel, kOfficer, adult),
                core::ErrorCode::kConflict, "type");
}

TEST(WorkflowTest, TheRapidReviewDecisionChoosesFullReviewOrClosed) {
  struct Example {
    CaseType type;
    ReviewDecision decision;
    CaseState to;
  };
  for (const Example& example : {
           Example{CaseType::kChild, ReviewDecision::kCspr, CaseState::kFullReview},
           Example{CaseType::kAdult, ReviewDecision::kSar, CaseState::kFullReview},
           Example{CaseType::kJoint, ReviewDecision::kJoint, CaseState::kFullReview},
           Example{CaseType::kJoint, ReviewDecision::kCspr, CaseState::kFullReview},
           Example{CaseType::kChild, ReviewDecision::kNone, CaseState::kClosed},
           Example{CaseType::kAdult, ReviewDecision::kOther, CaseState::kClosed},
       }) {
    const bool sar =
        example.decision == ReviewDecision::kSar || example.decision == ReviewDecision::kJoint;
    auto records =
        WithNotification(WithDecision(CaseIn(CaseState::kRapidReview, example.type),
                                      example.decision, sar ? kMandatory : kDiscretionary));
    auto to = CheckTransition(Transition::kRecordRapidReview, kOfficer, records);
    ASSERT_TRUE(to.ok()) << to.error().message;
    EXPECT_EQ(*to, example.to) << ReviewDecisionName(example.decision);
  }
}

TEST(WorkflowTest, TheDecisionMustFitTheCaseType) {
  auto child = WithNotification(
      WithDecision(CaseIn(CaseState::kRapidReview, CaseType::kChild), ReviewDecision::kSar));
  ExpectRefused(CheckTransition(Transition::kRecordRapidReview, kOfficer, child),
                core::ErrorCode::kInvalidInput, "decision");
  auto adult = WithDecision(CaseIn(CaseState::kRapidReview, CaseType::kAdult),
                            ReviewDecision::kCspr, kDiscretionary);
  ExpectRefused(CheckTransition(Transition::kRecordRapidReview, kOfficer, adult),
                core::ErrorCode::kInvalidInput, "decision");
  // A joint review fits any case: a child's or an adult's case may hold learning for both.
  auto adult_joint = WithDecision(CaseIn(CaseState::kRapidReview, CaseType::kAdult),
                                  ReviewDecision::kJoint, kDiscretionary);
  EXPECT_EQ(CheckTransition(Transition::kRecordRapidReview, kOfficer, adult_joint).value(),
            CaseState::kFullReview);
}

TEST(WorkflowTest, AnAdultOrJointCaseRecordsTheSection44AnswersBeforeAnyDecision) {
  for (CaseType type : {CaseType::kAdult, CaseType::kJoint}) {
    for (ReviewDecision decision : {ReviewDecision::kSar, ReviewDecision::kJoint,
                                    ReviewDecision::kNone, ReviewDecision::kOther}) {
      auto records =
          WithNotification(WithDecision(CaseIn(CaseState::kRapidReview, type), decision));
      ExpectRefused(CheckTransition(Transition::kRecordRapidReview, kOfficer, records),
                    core::ErrorCode::kInvalidInput, "s44");
      records.record.s44 = kDiscretionary;
      EXPECT_TRUE(CheckTransition(Transition::kRecordRapidReview, kOfficer, records).ok())
          << CaseTypeName(type) << " " << ReviewDecisionName(decision);
    }
    auto scoping = CaseIn(CaseState::kScoping, type);
    ExpectRefused(CheckTransition(Transition::kCloseWithoutReview, kManager, scoping, "Not met."),
                  core::ErrorCode::kInvalidInput, "s44");
  }
  // A child's case has no s44 questions.
  auto child = WithNotification(
      WithDecision(CaseIn(CaseState::kRapidReview, CaseType::kChild), ReviewDecision::kNone));
  EXPECT_TRUE(CheckTransition(Transition::kRecordRapidReview, kOfficer, child).ok());
}

TEST(WorkflowTest, Section44AppliesOnlyToAnAdultWithCareAndSupportNeeds) {
  EXPECT_EQ(EvaluateS44(CareActS44{}), SarBasis::kNotApplicable);
  // Without care and support needs, even death by suspected neglect with poor joint working is
  // not a s44 case.
  CareActS44 no_needs = kMandatory;
  no_needs.needs_care_and_support = false;
  EXPECT_EQ(EvaluateS44(no_needs), SarBasis::kNotApplicable);
  EXPECT_EQ(EvaluateS44(kMandatory), SarBasis::kMandatory);
  EXPECT_EQ(EvaluateS44(kDiscretionary), SarBasis::kDiscretionary);
  // Alive: serious abuse or neglect counts, whatever is answered about a death.
  EXPECT_EQ(EvaluateS44({.needs_care_and_support = true,
                         .concern_about_joint_working = true,
                         .serious_abuse_or_neglect = true}),
            SarBasis::kMandatory);
  // No concern about joint working: discretionary (s44(4)).
  CareActS44 no_concern = kMandatory;
  no_concern.concern_about_joint_working = false;
  EXPECT_EQ(EvaluateS44(no_concern), SarBasis::kDiscretionary);

  auto sar = WithDecision(CaseIn(CaseState::kRapidReview, CaseType::kAdult), ReviewDecision::kSar,
                          no_needs);
  ExpectRefused(CheckTransition(Transition::kRecordRapidReview, kOfficer, sar),
                core::ErrorCode::kInvalidInput, "decision");
  sar.record.s44 = kDiscretionary;
  EXPECT_TRUE(CheckTransition(Transition::kRecordRapidReview, kOfficer, sar).ok());
}

TEST(WorkflowTest, AMandatoryReviewCannotBeDeclined) {
  for (ReviewDecision declined : {ReviewDecision::kNone, ReviewDecision::kOther}) {
    auto records =
        WithDecision(CaseIn(CaseState::kRapidReview, CaseType::kAdult), declined, kMandatory);
    ExpectRefused(CheckTransition(Transition::kRecordRapidReview, kOfficer, records),
                  core::ErrorCode::kInvalidInput, "decision");
    EXPECT_NE(CheckTransition(Transition::kRecordRapidReview, kOfficer, records)
                  .error()
                  .message.find("section 44(1) to (3)"),
              std::string::npos);
  }
  for (ReviewDecision review : {ReviewDecision::kSar, ReviewDecision::kJoint}) {
    auto records =
        WithDecision(CaseIn(CaseState::kRapidReview, CaseType::kAdult), review, kMandatory);
    EXPECT_TRUE(CheckTransition(Transition::kRecordRapidReview, kOfficer, records).ok());
  }
  auto scoping = CaseIn(CaseState::kScoping, CaseType::kAdult);
  scoping.record.s44 = kMandatory;
  ExpectRefused(CheckTransition(Transition::kCloseWithoutReview, kManager, scoping, "Not met."),
                core::ErrorCode::kConflict, "s44");
  scoping.record.s44 = kDiscretionary;
  EXPECT_TRUE(CheckTransition(Transition::kCloseWithoutReview, kManager, scoping, "Not met.").ok());
}

TEST(WorkflowTest, ClosingWithoutAReviewNeedsARationaleAndTheManager) {
  auto scoping = CaseIn(CaseState::kScoping, CaseType::kAdult);
  scoping.record.s44 = kDiscretionary;
  ExpectRefused(CheckTransition(Transition::kCloseWithoutReview, kManager, scoping, "  \n"),
                core::ErrorCode::kInvalidInput, "rationale");
  ExpectRefused(CheckTransition(Transition::kCloseWithoutReview, kOfficer, scoping, "Not met."),
                core::ErrorCode::kForbidden, "");
  EXPECT_EQ(CheckTransition(Transition::kCloseWithoutReview, kManager, scoping, "Not met.").value(),
            CaseState::kClosed);
}

TEST(WorkflowTest, PublishingNeedsADateALinkAndForACsprTheNotice) {
  auto cspr = InFullReview(FullReviewKind::kCspr);
  ExpectRefused(CheckTransition(Transition::kPublish, kManager, cspr),
                core::ErrorCode::kInvalidInput, "published_on");
  cspr.full_review->published_on = year{2025} / 7 / 1;
  ExpectRefused(CheckTransition(Transition::kPublish, kManager, cspr),
                core::ErrorCode::kInvalidInput, "publication_link");
  cspr = Published(cspr);
  ExpectRefused(CheckTransition(Transition::kPublish, kManager, cspr), core::ErrorCode::kConflict,
                "notice_sent_on");
  cspr.full_review->notice_sent_on = year{2025} / 6 / 20;
  EXPECT_EQ(CheckTransition(Transition::kPublish, kManager, cspr).value(), CaseState::kPublished);
  // A SAR goes to no panel, so no notice.
  EXPECT_EQ(
      CheckTransition(Transition::kPublish, kManager, Published(InFullReview(FullReviewKind::kSar)))
          .value(),
      CaseState::kPublished);
}

TEST(WorkflowTest, AnEmbargoNeedsAReasonAndEndsInPublication) {
  auto sar = InFullReview(FullReviewKind::kSar);
  ExpectRefused(CheckTransition(Transition::kEmbargo, kManager, sar),
                core::ErrorCode::kInvalidInput, "embargo_reason");
  sar.full_review->embargo_reason = "Criminal proceedings are under way.";
  EXPECT_EQ(CheckTransition(Transition::kEmbargo, kManager, sar).value(), CaseState::kEmbargoed);
  auto held = Published(InFullReview(FullReviewKind::kSar, CaseState::kEmbargoed));
  EXPECT_EQ(CheckTransition(Transition::kPublishAfterEmbargo, kManager, held).value(),
            CaseState::kPublished);
  ExpectRefused(CheckTransition(Transition::kPublish, kManager, held), core::ErrorCode::kConflict,
                "");
}

TEST(WorkflowTest, ThePrepublicationNoticeNeedsAPlannedPublicationDate) {
  auto cspr = InFullReview(FullReviewKind::kCspr);
  ExpectRefused(CheckTransition(Transition::kSendPrepublicationNotice, kOfficer, cspr),
                core::ErrorCode::kInvalidInput, "planned_publication_on");
  cspr.full_review->planned_publication_on = year{2025} / 7 / 1;
  EXPECT_EQ(CheckTransition(Transition::kSendPrepublicationNotice, kOfficer, cspr).value(),
            CaseState::kFullReview);
}

TEST(WorkflowTest, AStepFromTheWrongStateIsAConflictThatNamesTheState) {
  auto closed = CaseIn(CaseState::kClosed, CaseType::kAdult);
  auto refused = CheckTransition(Transition::kArrangeRapidReview, kOfficer, closed);
  ExpectRefused(refused, core::ErrorCode::kConflict, "");
  EXPECT_EQ(refused.error().message,
            "You cannot arrange the rapid review while the case is closed.");
  ExpectRefused(CheckTransition(Transition::kAppointReviewer, kOfficer,
                                CaseIn(CaseState::kScoping, CaseType::kChild)),
                core::ErrorCode::kConflict, "");
}

TEST(WorkflowTest, RolesOutsideTheBusinessUnitMakeNoCaseStep) {
  auto scoping = CaseIn(CaseState::kScoping, CaseType::kChild);
  for (Role role : {Role::kAgencyLead, Role::kReviewer, Role::kBoardMember, Role::kAuditor,
                    Role::kAdministrator}) {
    ExpectRefused(CheckTransition(Transition::kArrangeRapidReview, As({role}), scoping),
                  core::ErrorCode::kForbidden, "");
  }
  EXPECT_TRUE(HasWorkflowRole(As({Role::kAgencyLead}), Transition::kRespondToRequest));
  // A role held in another partnership counts for nothing here.
  EXPECT_FALSE(HasWorkflowRole(As({Role::kBusinessManager}, 2), Transition::kArrangeRapidReview));
}

TEST(WorkflowTest, AvailableTransitionsFollowStateAndRole) {
  auto officer = AvailableTransitions(kOfficer, CaseState::kScoping);
  auto has = [](const std::vector<Transition>& list, Transition t) {
    return std::find(list.begin(), list.end(), t) != list.end();
  };
  EXPECT_TRUE(has(officer, Transition::kRecordRapidReview));
  EXPECT_TRUE(has(officer, Transition::kArrangeRapidReview));
  EXPECT_FALSE(has(officer, Transition::kCloseWithoutReview));
  EXPECT_FALSE(has(officer, Transition::kPublish));
  EXPECT_TRUE(
      has(AvailableTransitions(kManager, CaseState::kScoping), Transition::kCloseWithoutReview));
  EXPECT_TRUE(AvailableTransitions(As({Role::kBoardMember}), CaseState::kScoping).empty());
}

TEST(WorkflowTest, LabelsReadAsButtons) {
  EXPECT_EQ(TransitionLabel(Transition::kRecordRapidReview), "Record the rapid review");
  EXPECT_EQ(TransitionName(Transition::kRecordRapidReview), "record_rapid_review");
}

// ---- doc/workflow.md carries the same tables people read ----

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out.empty() ? "—" : out;
}

std::string TransitionRow(const TransitionRule& rule) {
  std::vector<std::string> from;
  std::vector<std::string> roles;
  std::vector<std::string> guards;
  for (CaseState state : AllCaseStates()) {
    if (rule.from.Has(state)) from.emplace_back(CaseStateName(state));
  }
  for (Role role : AllRoles()) {
    if (rule.roles.Has(role)) roles.emplace_back(RoleName(role));
  }
  for (const auto& guard : WorkflowGuards()) {
    if (rule.guards.Has(guard.guard)) guards.emplace_back(guard.name);
  }
  std::string to = rule.to_by_decision ? "full_review (decision cspr, sar, joint) or closed"
                   : rule.to           ? std::string{CaseStateName(*rule.to)}
                                       : "(unchanged)";
  return "| " + std::string{rule.name} + " | " + (from.empty() ? "(new case)" : Join(from)) +
         " | " + to + " | " + Join(roles) + " | " + std::string{ResourceName(rule.resource)} + ":" +
         std::string{ActionName(rule.action)} + " | " + Join(guards) + " |";
}

std::string GuardRow(const GuardRule& guard) {
  return "| " + std::string{guard.name} + " | " + std::string{core::ErrorCodeName(guard.code)} +
         " | " + std::string{guard.field} + " | " + std::string{guard.message} + " |";
}

std::string ReadDoc() {
  std::ifstream in(std::string{ASSURE_SOURCE_DIR} + "/doc/workflow.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The rows between the markers `<!-- name:start -->` and `<!-- name:end -->` that start "| x".
int CountRows(const std::string& doc, const std::string& name) {
  const auto start = doc.find("<!-- " + name + ":start -->");
  const auto end = doc.find("<!-- " + name + ":end -->");
  if (start == std::string::npos || end == std::string::npos) return -1;
  std::istringstream lines(doc.substr(start, end - start));
  int rows = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("| ") && !line.starts_with("| transition |") &&
        !line.starts_with("| guard |")) {
      ++rows;
    }
  }
  return rows;
}

TEST(WorkflowTest, TheWorkflowDocumentMatchesTheTable) {
  const std::string doc = ReadDoc();
  ASSERT_FALSE(doc.empty()) << "doc/workflow.md is missing";
  for (const auto& rule : WorkflowTable()) {
    const auto row = TransitionRow(rule);
    EXPECT_NE(doc.find(row + "\n"), std::string::npos) << "doc/workflow.md lacks:\n" << row;
  }
  for (const auto& guard : WorkflowGuards()) {
    const auto row = GuardRow(guard);
    EXPECT_NE(doc.find(row + "\n"), std::string::npos) << "doc/workflow.md lacks:\n" << row;
  }
  EXPECT_EQ(CountRows(doc, "workflow-table"), static_cast<int>(WorkflowTable().size()));
  EXPECT_EQ(CountRows(doc, "guard-table"), static_cast<int>(WorkflowGuards().size()));
}

}  // namespace
}  // namespace assure::domain
