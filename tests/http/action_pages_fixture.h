// ActionPagesTest: the action plan pages through the whole server, on both backends. On top of
// CasePagesTest (Northshire with police and health agencies and their leads, Ada the business
// manager, Otto a business officer, a board member, a reviewer appointed to CR-2025-002, the
// themes "neglect" and "exploitation") it gives CR-2025-002's full review two recommendations
// and the theme "neglect", CR-2025-001 a rapid review, and seeds three actions straight into the
// store (no audit events):
//   police_action_   the police's, due 31 March 2026, answering recommendation 1;
//   health_action_   the health agency's, due 15 December 2025: overdue today (Monday 5 January
//                    2026), so rated red; answering a national review;
//   formula_action_  the police's, due 30 June 2026, titled like a spreadsheet formula, answering
//                    a board decision.
// Helpers post the update form (multipart) and read what the store holds. Fictional data only.
// Not thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/actions/action.h"
#include "http/case_pages_fixture.h"

namespace assure::testing {

class ActionPagesTest : public CasePagesTest {
 protected:
  static constexpr const char* kPoliceTitle =
      "Fictional: train call handlers to share chronologies";
  static constexpr const char* kHealthTitle = "Fictional: audit GP safeguarding records";
  static constexpr const char* kFormulaTitle = "=2+3 fictional formula title";
  static constexpr const char* kRecommendation1 =
      "Share chronologies at the first strategy meeting.";
  static constexpr const char* kRecommendation2 = "Supervise every closed referral.";

  void SetUp() override {
    CasePagesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto put = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto& records = tx.review_records(north_);
      auto review = records.GetFullReview(case_b_);
      if (!review.ok()) return review.error();
      auto full = **review;
      full.recommendations = {{0, 1, kRecommendation1}, {0, 2, kRecommendation2}};
      auto stored = records.PutFullReview(full);
      if (!stored.ok()) return stored.error();
      for (const auto& recommendation : stored->recommendations) {
        recommendations_.push_back(recommendation.id);
      }
      auto record = tx.cases(north_).Get(case_b_);
      if (!record.ok()) return record.error();
      record->themes = {"neglect"};
      auto updated = tx.cases(north_).Update(*record);
      if (!updated.ok()) return updated.error();
      domain::RapidReview rapid;
      rapid.case_id = case_a_;
      rapid.meeting_on = Day("2025-12-10");
      rapid.completed_on = Day("2025-12-10");
      rapid.learning = "Fictional learning about escalation.";
      auto put_rapid = records.PutRapidReview(rapid);
      if (!put_rapid.ok()) return put_rapid.error();
      return core::Ok();
    });
    ASSERT_TRUE(put.ok()) << put.error().message;
    ASSERT_EQ(recommendations_.size(), 2u);
    police_action_ = Seed(kPoliceTitle, police_, "2026-03-31",
                          {domain::SourceKind::kRecommendation, recommendations_[0], ""});
    health_action_ = Seed(
        kHealthTitle, health_, "2025-12-15",
        {domain::SourceKind::kNationalReview, std::nullopt, "Fictional national review, 2024"});
    formula_action_ = Seed(kFormulaTitle, police_, "2026-06-30",
                           {domain::SourceKind::kBoardDecision, std::nullopt,
                            "Fictional board decision of 1 December 2025"});
  }

  // An action straight into the store (no audit event).
  domain::ActionId Seed(const std::string& title, domain::AgencyId agency, const char* due_on,
                        domain::ActionSource source) {
    domain::NewAction draft;
    draft.title = title;
    draft.owner_agency_id = agency;
    draft.lead_name = "Fictional Lead";
    draft.success_measure = "A fictional audit shows the change.";
    draft.due_on = Day(due_on);
    draft.priority = domain::ActionPriority::kHigh;
    draft.sources = {std::move(source)};
    auto made = t_->store().Write(
        [&](domain::Transaction& tx) { return tx.actions(north_).Create(draft); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  domain::PlanAction StoredAction(domain::ActionId id) {
    auto action =
        t_->store().Read([&](domain::Transaction& tx) { return tx.actions(north_).Get(id); });
    EXPECT_TRUE(action.ok()) << action.error().message;
    return action.ok() ? *action : domain::PlanAction{};
  }

  std::vector<domain::ActionUpdate> StoredUpdates(domain::ActionId id) {
    auto updates =
        t_->store().Read([&](domain::Transaction& tx) { return tx.actions(north_).Updates(id); });
    EXPECT_TRUE(updates.ok()) << updates.error().message;
    return updates.ok() ? *updates : std::vector<domain::ActionUpdate>{};
  }

  static std::string ActionPage(domain::ActionId id) { return "/actions/" + std::to_string(id); }

  // The update form's fields for a progress update dated today (Monday 5 January 2026).
  static std::vector<Part> UpdateParts(const Browser& browser, const std::string& version,
                                       const std::string& narrative,
                                       const std::string& status = "in_progress",
                                       const std::string& rag = "green") {
    return {{"csrf_token", browser.csrf_token},
            {"version", version},
            {"on-day", "5"},
            {"on-month", "1"},
            {"on-year", "2026"},
            {"narrative", narrative},
            {"status", status},
            {"status_reason", ""},
            {"rag", rag},
            {"evidence", ""}};
  }

  // Opens the update form as `browser` and returns the version it carries.
  std::string UpdateFormVersion(const Browser& browser, domain::ActionId id) {
    auto form = t_->Get(ActionPage(id) + "/update", browser.cookie);
    EXPECT_EQ(form->status, 200) << form->body;
    return FieldValue(form->body, "version");
  }

  std::vector<domain::RecommendationId> recommendations_;
  domain::ActionId police_action_ = 0;
  domain::ActionId health_action_ = 0;
  domain::ActionId formula_action_ = 0;
};

}  // namespace assure::testing
