// RoundService and ReturnService over a real Store, on both backends: a round of the shipped s11
// framework for two agencies; a lead completes, evidences and submits their own return (locked
// after), the business unit challenges it and agrees a different rating (both kept), reopens it
// with a reason; another agency's lead reads it only after the round is closed and shared, a
// board member only once closed; every read is audited. Fictional data only.
#include <gtest/gtest.h>

#include "domain/actions/action_service.h"
#include "domain/assurance/framework_service.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/assurance/self_evaluation/round_service.h"
#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;

class SelfEvaluationSuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    rounds_ = std::make_unique<RoundService>(store(), clock_);
    returns_ = std::make_unique<ReturnService>(store(), clock_);
    auto framework = FrameworkService(store(), clock_).FromTemplate(officer_, "s11");
    ASSERT_TRUE(framework.ok()) << framework.error().message;
    framework_ = *framework;
    NewRound input;
    input.framework_id = framework_.id;
    input.title = "Fictional s11 round 2025-26";
    input.due_on = D("2026-01-30");
    input.agency_ids = {police_, health_};
    auto round = rounds_->Open(officer_, input);
    ASSERT_TRUE(round.ok()) << round.error().message;
    round_ = *round;
  }

  // Every standard rated `rating` with a narrative, and one text file of evidence each.
  Return Complete(const Requester& lead, AgencyId agency, const std::string& rating) {
    auto view = returns_->Get(lead, round_.id, agency);
    EXPECT_TRUE(view.ok()) << view.error().message;
    std::vector<ReturnAnswer> answers;
    for (const Standard& standard : framework_.standards) {
      answers.push_back({standard.id, rating, "Fictional evidence narrative.", ""});
      auto file = returns_->AddEvidence(lead, round_.id, agency, standard.id, "evidence.txt",
                                        "Fictional minutes of a team meeting.\n");
      EXPECT_TRUE(file.ok()) << file.error().message;
    }
    auto saved = returns_->Save(lead, round_.id, agency, view->ret.version, answers);
    EXPECT_TRUE(saved.ok()) << saved.error().message;
    auto submitted = returns_->Submit(lead, round_.id, agency, saved->version);
    EXPECT_TRUE(submitted.ok()) << submitted.error().message;
    return submitted.ok() ? *submitted : Return{};
  }

  std::unique_ptr<RoundService> rounds_;
  std::unique_ptr<ReturnService> returns_;
  StandardsFramework framework_;
  Round round_;
};

TEST_P(SelfEvaluationSuite, OpeningARoundMakesOneDraftReturnPerAgencyAndItsActivity) {
  EXPECT_EQ(round_.agency_ids, (std::vector<AgencyId>{police_, health_}));
  EXPECT_EQ(round_.state, RoundState::kOpen);
  EXPECT_GT(round_.activity_id, 0);
  auto view = returns_->Get(police_lead_, round_.id, police_);
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(view->ret.state, ReturnState::kDraft);
  EXPECT_EQ(view->ret.answers.size(), framework_.standards.size());
  EXPECT_TRUE(view->may_edit);
  EXPECT_FALSE(view->may_challenge);

  NewRound bad;
  bad.framework_id = framework_.id;
  bad.title = "Fictional";
  bad.due_on = D("2026-01-05");  // today
  bad.agency_ids = {police_};
  EXPECT_EQ(rounds_->Open(officer_, bad).error().field, "due_on");
  bad.due_on = D("2026-02-27");
  bad.agency_ids = {south_police_};
  EXPECT_EQ(rounds_->Open(officer_, bad).error().field, "agency_ids");
  bad.agency_ids = {police_};
  bad.activity_id = round_.activity_id;  // has a round already
  EXPECT_EQ(rounds_->Open(officer_, bad).error().field, "activity_id");
  EXPECT_EQ(rounds_->Open(police_lead_, bad).error().code, ErrorCode::kForbidden);
}

TEST_P(SelfEvaluationSuite, ALeadSubmitsTheirReturnWhichIsThenLocked) {
  auto view = returns_->Get(police_lead_, round_.id, police_);
  ASSERT_TRUE(view.ok());
  const StandardId first = framework_.standards.front().id;
  auto wrong =
      returns_->Save(police_lead_, round_.id, police_, view->ret.version, {{first, "5", "", ""}});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().field, "answers[1].rating");
  auto partial = returns_->Save(police_lead_, round_.id, police_, view->ret.version,
                                {{first, "3", "Fictional narrative.", ""}});
  ASSERT_TRUE(partial.ok()) << partial.error().message;
  auto early = returns_->Submit(police_lead_, round_.id, police_, partial->version);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().field, "answers[1].evidence");  // s11 asks for evidence

  const Return submitted = Complete(police_lead_, police_, "3");
  EXPECT_EQ(submitted.state, ReturnState::kSubmitted);
  EXPECT_EQ(submitted.first_submitted_on, D("2026-01-05"));
  EXPECT_EQ(Count("assurance.return.submit", kSuccess), 1);
  auto locked = returns_->Save(police_lead_, round_.id, police_, submitted.version,
                               {{first, "4", "Changed.", ""}});
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, ErrorCode::kConflict);
  auto not_theirs = returns_->Save(health_lead_, round_.id, police_, submitted.version, {});
  ASSERT_FALSE(not_theirs.ok());
  EXPECT_EQ(not_theirs.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Count("assurance.return.save", kDenied), 1);  // the locked one is a conflict
}

TEST_P(SelfEvaluationSuite, AChallengeChangesTheAgreedRatingAndKeepsTheAgencysOwn) {
  const Return submitted = Complete(police_lead_, police_, "4");
  const StandardId first = framework_.standards.front().id;
  auto answer_first = returns_->Answer(police_lead_, round_.id, police_, 999999, "Text");
  EXPECT_EQ(answer_first.error().code, ErrorCode::kNotFound);
  auto asked =
      returns_->Ask(officer_, round_.id, police_, first, "What shows this is outstanding?");
  ASSERT_TRUE(asked.ok()) << asked.error().message;
  auto too_soon = returns_->Resolve(manager_, round_.id, police_, asked->id, "3");
  EXPECT_EQ(too_soon.error().code, ErrorCode::kConflict);
  auto answered = returns_->Answer(police_lead_, round_.id, police_, asked->id,
                                   "Fictional: the audit of supervision notes.");
  ASSERT_TRUE(answered.ok()) << answered.error().message;
  auto bad_rating = returns_->Resolve(manager_, round_.id, police_, asked->id, "amber");
  EXPECT_EQ(bad_rating.error().field, "agreed_rating");
  auto resolved = returns_->Resolve(manager_, round_.id, police_, asked->id, "3");
  ASSERT_TRUE(resolved.ok()) << resolved.error().message;
  EXPECT_EQ(resolved->rating_before, "4");
  EXPECT_EQ(resolved->rating_after, "3");

  auto view = returns_->Get(officer_, round_.id, police_);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->ret.answers.front().rating, "4");
  EXPECT_EQ(view->ret.answers.front().agreed_rating, "3");
  ASSERT_EQ(view->challenges.size(), 1u);
  EXPECT_TRUE(view->challenges.front().resolved);
  auto matrix = rounds_->Get(officer_, round_.id);
  ASSERT_TRUE(matrix.ok()) << matrix.error().message;
  ASSERT_EQ(matrix->matrix.size(), 2u);  // by name: ICB, police
  EXPECT_EQ(matrix->matrix[1].cells.front().rating, "3");
  EXPECT_TRUE(matrix->matrix[1].cells.front().challenged);
  EXPECT_EQ(matrix->matrix[1].cells[1].rating, "4");
  EXPECT_EQ(matrix->matrix[0].cells.front().rating, "");  // the ICB has not submitted

  auto no_reason = returns_->Reopen(officer_, round_.id, police_, view->ret.version, " ");
  EXPECT_EQ(no_reason.error().field, "reason");
  auto reopened = returns_->Reopen(officer_, round_.id, police_, view->ret.version,
                                   "Fictional: evidence for standard 2 is missing.");
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ(reopened->state, ReturnState::kDraft);
  EXPECT_EQ(reopened->first_submitted_on, submitted.first_submitted_on);
  EXPECT_EQ(reopened->answers.front().agreed_rating, "3");
}

TEST_P(SelfEvaluationSuite, OtherAgenciesReadAReturnOnlyOnceTheRoundIsClosedAndShared) {
  Complete(police_lead_, police_, "3");
  auto before = returns_->Get(health_lead_, round_.id, police_);
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Count("assurance.return.read", kDenied), 1);
  EXPECT_EQ(returns_->Get(board_, round_.id, police_).error().code, ErrorCode::kNotFound);
  auto partial = rounds_->Get(health_lead_, round_.id);
  ASSERT_TRUE(partial.ok());
  ASSERT_EQ(partial->matrix.size(), 1u);  // only their own agency's row
  EXPECT_EQ(partial->matrix.front().agency_id, health_);

  EXPECT_EQ(rounds_->Close(police_lead_, round_.id, round_.version).error().code,
            ErrorCode::kForbidden);
  auto closed = rounds_->Close(officer_, round_.id, round_.version);
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_TRUE(returns_->Get(board_, round_.id, police_).ok());
  EXPECT_FALSE(returns_->Get(health_lead_, round_.id, police_).ok());
  EXPECT_EQ(rounds_->Share(officer_, round_.id, closed->version).error().code,
            ErrorCode::kForbidden);  // the business manager shares
  auto shared = rounds_->Share(manager_, round_.id, closed->version);
  ASSERT_TRUE(shared.ok()) << shared.error().message;
  auto after = returns_->Get(health_lead_, round_.id, police_);
  ASSERT_TRUE(after.ok()) << after.error().message;
  EXPECT_FALSE(after->may_edit);
  EXPECT_FALSE(returns_->Get(south_manager_, round_.id, police_).ok());

  auto trend = rounds_->Trend(health_lead_, police_);
  ASSERT_TRUE(trend.ok()) << trend.error().message;
  ASSERT_EQ(trend->size(), 1u);
  EXPECT_EQ(trend->front().ratings.front(), (std::pair<std::string, std::string>{"1", "3"}));
}

TEST_P(SelfEvaluationSuite, AnImprovementActionIsTheAgencysActionFromTheSelfEvaluation) {
  const StandardId first = framework_.standards.front().id;
  ImprovementAction input{first, "Fictional: audit supervision files each quarter",
                          "Every team audited by June.", D("2026-06-30")};
  auto missing = input;
  missing.due_on.reset();
  EXPECT_EQ(returns_->AddImprovementAction(police_lead_, round_.id, police_, missing).error().field,
            "due_on");
  EXPECT_EQ(returns_->AddImprovementAction(health_lead_, round_.id, police_, input).error().code,
            ErrorCode::kNotFound);
  auto added = returns_->AddImprovementAction(police_lead_, round_.id, police_, input);
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added->owner_agency_id, police_);
  EXPECT_EQ(added->lead_user_id, police_lead_.user_id());
  ASSERT_EQ(added->sources.size(), 1u);
  EXPECT_EQ(added->sources.front().kind, SourceKind::kSelfEvaluation);
  EXPECT_EQ(added->sources.front().label,
            "Self-evaluation: Fictional s11 round 2025-26, standard 1");
  auto view = returns_->Get(police_lead_, round_.id, police_);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->actions.size(), 1u);
  EXPECT_EQ(view->actions.front().id, added->id);
  EXPECT_EQ(added->sources.front().ref_id, view->ret.id);

  // The business unit changes the plan: the self-evaluation source stays with it.
  const ActionService actions(store(), clock_);
  PlanAction changed = *added;
  changed.title = "Fictional: audit supervision files every month";
  changed.sources = {{SourceKind::kBoardDecision, std::nullopt, "Fictional board, May"}};
  auto edited = actions.Edit(officer_, changed);
  ASSERT_TRUE(edited.ok()) << edited.error().message;
  ASSERT_EQ(edited->sources.size(), 2u);
  EXPECT_EQ(edited->sources[1].kind, SourceKind::kSelfEvaluation);
  changed = *edited;
  changed.sources.clear();  // the form shows none: the kept one is enough
  auto only_kept = actions.Edit(officer_, changed);
  ASSERT_TRUE(only_kept.ok()) << only_kept.error().message;
  ASSERT_EQ(only_kept->sources.size(), 1u);
  EXPECT_EQ(only_kept->sources.front().kind, SourceKind::kSelfEvaluation);
}

TEST_P(SelfEvaluationSuite, TheToDoListShowsDraftsToLeadsAndSubmittedReturnsToTheBusinessUnit) {
  auto police_due = rounds_->Due(police_lead_);
  ASSERT_TRUE(police_due.ok());
  ASSERT_EQ(police_due->size(), 1u);
  EXPECT_EQ(police_due->front().agency_id, police_);
  EXPECT_FALSE(police_due->front().overdue);
  auto nothing = rounds_->Due(officer_);
  ASSERT_TRUE(nothing.ok());
  EXPECT_TRUE(nothing->empty());  // drafts not yet overdue are the agencies' to do

  Complete(police_lead_, police_, "2");
  clock_.Advance(std::chrono::hours(24 * 30));  // 4 February: past the due date
  auto business = rounds_->Due(officer_);
  ASSERT_TRUE(business.ok());
  ASSERT_EQ(business->size(), 2u);  // police to challenge, the ICB overdue
  EXPECT_EQ(business->front().agency_id, health_);
  EXPECT_TRUE(business->front().overdue);
  EXPECT_EQ(business->back().state, ReturnState::kSubmitted);
  EXPECT_TRUE(rounds_->Due(board_)->empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SelfEvaluationSuite);

}  // namespace
}  // namespace assure::domain
