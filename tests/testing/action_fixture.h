// ActionServiceTest: the fixture of the action plan service tests (action_service_test.cc,
// review_round_service_test.cc), on a real SqlStore of either backend: CaseServiceTest's two
// partnerships, agencies and one person per role, plus in Northshire a case whose full review
// has two recommendations and a case with a rapid review (sources for actions), the two action
// plan services on the national calendar, and helpers to make actions and read what is stored
// without the services (no audit). Today is Monday 5 January 2026 (FakeClock), in 2025-26 Q4.
// Fictional data only. Not thread-safe; one test owns it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"
#include "testing/case_fixture.h"

namespace assure::testing {

class ActionServiceTest : public CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    actions_ = std::make_unique<domain::ActionService>(store(), clock_, national_);
    rounds_ = std::make_unique<domain::ReviewRoundService>(store(), clock_, national_);
    reviewed_case_ = Open("CR-2025-201");
    rapid_case_ = Open("CR-2025-202");
    auto put = store().Write([&](domain::Transaction& tx) -> core::Status {
      domain::FullReview review;
      review.case_id = reviewed_case_.id;
      review.kind = domain::FullReviewKind::kCspr;
      review.decided_on = D("2025-06-02");
      review.recommendations = {{0, 1, "Fictional recommendation on information sharing."},
                                {0, 2, "Fictional recommendation on supervision."}};
      auto full = tx.review_records(north_).PutFullReview(review);
      if (!full.ok()) return full.error();
      for (const auto& recommendation : full->recommendations) {
        recommendations_.push_back(recommendation.id);
      }
      domain::RapidReview rapid;
      rapid.case_id = rapid_case_.id;
      rapid.meeting_on = D("2025-11-03");
      rapid.completed_on = D("2025-11-04");
      rapid.learning = "Fictional learning about escalation.";
      auto stored = tx.review_records(north_).PutRapidReview(rapid);
      if (!stored.ok()) return stored.error();
      return core::Ok();
    });
    ASSERT_TRUE(put.ok()) << put.error().message;
    ASSERT_EQ(recommendations_.size(), 2u);
  }

  static domain::ActionSource NationalReview() {
    return {domain::SourceKind::kNationalReview, std::nullopt, "Fictional national review, 2024"};
  }

  // A fictional action owned by `agency`, due on `due_on`, answering a national review.
  static domain::NewAction Plan(const std::string& title, domain::AgencyId agency,
                                const char* due_on) {
    domain::NewAction draft;
    draft.title = title;
    draft.owner_agency_id = agency;
    draft.lead_name = "Alex Lead";
    draft.success_measure = "An audit shows the new practice in use.";
    draft.due_on = D(due_on);
    draft.priority = domain::ActionPriority::kHigh;
    draft.sources = {NationalReview()};
    return draft;
  }

  // Creates the action as the business officer, or fails the test.
  domain::PlanAction Make(const std::string& title, domain::AgencyId agency, const char* due_on) {
    auto made = actions_->Create(officer_, Plan(title, agency, due_on));
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : domain::PlanAction{};
  }

  // A progress update form at `version`, dated today.
  static domain::ActionUpdateInput Progress(
      domain::Version version, domain::ActionStatus status = domain::ActionStatus::kInProgress,
      domain::Rag rag = domain::Rag::kGreen) {
    domain::ActionUpdateInput input;
    input.version = version;
    input.on = D("2026-01-05");
    input.narrative = "Fictional progress: the first training session took place.";
    input.status = status;
    input.rag = rag;
    return input;
  }

  // Records an update as `who`, or fails the test; returns the action as it left it.
  domain::PlanAction Update(const domain::Requester& who, const domain::PlanAction& action,
                            domain::ActionUpdateInput input) {
    input.version = action.version;
    auto recorded = actions_->RecordUpdate(who, action.id, std::move(input));
    EXPECT_TRUE(recorded.ok()) << recorded.error().message;
    return recorded.ok() ? recorded->action : action;
  }

  // Completes the action (with evidence of impact) as the business officer.
  domain::PlanAction Complete(const domain::PlanAction& action) {
    domain::ActionUpdateInput input = Progress(action.version, domain::ActionStatus::kCompleted);
    input.evidence = "Fictional evidence: a re-audit found the practice in use in all cases.";
    return Update(officer_, action, std::move(input));
  }

  // The action and its updates as stored, read without the services (no audit).
  domain::PlanAction StoredAction(domain::ActionId id) {
    auto action = store().Read([&](domain::Transaction& tx) { return tx.actions(north_).Get(id); });
    EXPECT_TRUE(action.ok()) << action.error().message;
    return action.ok() ? *action : domain::PlanAction{};
  }
  std::vector<domain::ActionUpdate> StoredUpdates(domain::ActionId id) {
    auto updates =
        store().Read([&](domain::Transaction& tx) { return tx.actions(north_).Updates(id); });
    EXPECT_TRUE(updates.ok()) << updates.error().message;
    return updates.ok() ? *updates : std::vector<domain::ActionUpdate>{};
  }

  std::unique_ptr<domain::ActionService> actions_;
  std::unique_ptr<domain::ReviewRoundService> rounds_;
  domain::Case reviewed_case_;  // CR-2025-201: a CSPR with two recommendations
  domain::Case rapid_case_;     // CR-2025-202: a rapid review
  std::vector<domain::RecommendationId> recommendations_;  // 1 and 2, in order
};

}  // namespace assure::testing
