// Test support for the action plan repositories' storage tests: CaseStorageTest's two
// partnerships (A and B) plus, in A, a case with a full review of two recommendations (theme
// neglect) and a case with a rapid review (theme exploitation), a full review with one
// recommendation in B, a member of A who can lead actions and an account with no membership;
// helpers to make fictional actions. Header-only; used by sql_action_repository_test.cc and
// sql_review_round_repository_test.cc. Not thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/actions/action.h"
#include "storage/repositories/actions/sql_action_repository.h"
#include "storage/repositories/actions/sql_review_round_repository.h"
#include "storage/repositories/identity/sql_membership_repository.h"
#include "storage/repositories/reviews/case_test_support.h"
#include "storage/repositories/reviews/sql_review_record_repository.h"

namespace assure::storage {

class ActionStorageTest : public CaseStorageTest {
 protected:
  void SetUp() override {
    CaseStorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    domain::NewCase neglect = Draft("CR-2025-001", "2025-03-01");
    neglect.themes = {"neglect"};
    reviewed_case_ = MakeCase(partnership_a_, neglect);
    domain::NewCase exploitation = Draft("CR-2025-002", "2025-04-01");
    exploitation.themes = {"exploitation"};
    rapid_case_ = MakeCase(partnership_a_, exploitation);
    domain::NewCase other = Draft("CR-2025-003", "2025-03-01");
    other.themes = {"neglect"};
    case_b_ = MakeCase(partnership_b_, other);

    std::vector<domain::RecommendationId> a = PutFullReview(partnership_a_, reviewed_case_, 2);
    ASSERT_EQ(a.size(), 2u);
    recommendation_1_ = a[0];
    recommendation_2_ = a[1];
    std::vector<domain::RecommendationId> b = PutFullReview(partnership_b_, case_b_, 1);
    ASSERT_EQ(b.size(), 1u);
    recommendation_b_ = b[0];
    domain::RapidReview rapid;
    rapid.case_id = rapid_case_;
    rapid.meeting_on = Day("2025-04-10");
    rapid.completed_on = Day("2025-04-11");
    rapid.learning = "Fictional learning about information sharing.";
    rapid.decision = domain::ReviewDecision::kNone;
    ASSERT_TRUE(In<SqlReviewRecordRepository>(partnership_a_, [&](auto& r) {
                  return r.PutRapidReview(rapid);
                }).ok());

    lead_ = MakeUser("lead@example.org");
    outsider_ = MakeUser("outsider@example.org");
    ASSERT_TRUE(In<SqlMembershipRepository>(partnership_a_, [&](auto& m) {
                  return m.Add({0, partnership_a_, lead_, domain::Role::kAgencyLead, police_a_, 0});
                }).ok());
  }

  template <typename Fn>
  auto Actions(domain::PartnershipId partnership, Fn fn) {
    return In<SqlActionRepository>(partnership, fn);
  }

  template <typename Fn>
  auto Rounds(domain::PartnershipId partnership, Fn fn) {
    return In<SqlReviewRoundRepository>(partnership, fn);
  }

  static domain::ActionSource Recommendation(domain::RecommendationId id) {
    return {domain::SourceKind::kRecommendation, id, ""};
  }
  static domain::ActionSource RapidReview(domain::CaseId id) {
    return {domain::SourceKind::kRapidReview, id, ""};
  }
  static domain::ActionSource NationalReview() {
    return {domain::SourceKind::kNationalReview, std::nullopt, "Fictional national review, 2024"};
  }

  // A fictional action for `agency`, due on `due_on`, answering `sources`.
  static domain::NewAction Plan(const std::string& title, domain::AgencyId agency,
                                std::string_view due_on,
                                std::vector<domain::ActionSource> sources) {
    domain::NewAction draft;
    draft.title = title;
    draft.owner_agency_id = agency;
    draft.lead_name = "Sam Lead";
    draft.success_measure = "Audit shows the new practice in use.";
    draft.due_on = Day(due_on);
    draft.priority = domain::ActionPriority::kHigh;
    draft.sources = std::move(sources);
    return draft;
  }

  // Creates the action in `partnership` or fails the test; returns it (id 0 on failure).
  domain::PlanAction MakeAction(domain::PartnershipId partnership, const domain::NewAction& draft) {
    auto made = Actions(partnership, [&](auto& r) { return r.Create(draft); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : domain::PlanAction{};
  }

  domain::CaseId reviewed_case_ = 0;  // A: full review, recommendations 1 and 2, theme neglect
  domain::CaseId rapid_case_ = 0;     // A: rapid review, theme exploitation
  domain::CaseId case_b_ = 0;         // B: full review, one recommendation, theme neglect
  domain::RecommendationId recommendation_1_ = 0;
  domain::RecommendationId recommendation_2_ = 0;
  domain::RecommendationId recommendation_b_ = 0;
  domain::UserId lead_ = 0;      // an agency lead of A (police A)
  domain::UserId outsider_ = 0;  // an account with no membership

 private:
  // Records a full review of `count` recommendations on the case; returns their ids in order.
  std::vector<domain::RecommendationId> PutFullReview(domain::PartnershipId partnership,
                                                      domain::CaseId case_id, int count) {
    domain::FullReview review;
    review.case_id = case_id;
    review.kind = domain::FullReviewKind::kCspr;
    review.decided_on = Day("2025-04-01");
    for (int number = 1; number <= count; ++number) {
      review.recommendations.push_back({0, number, "Fictional recommendation."});
    }
    auto stored = In<SqlReviewRecordRepository>(partnership,
                                                [&](auto& r) { return r.PutFullReview(review); });
    EXPECT_TRUE(stored.ok()) << stored.error().message;
    std::vector<domain::RecommendationId> ids;
    if (!stored.ok()) return ids;
    for (const domain::Recommendation& recommendation : stored->recommendations) {
      ids.push_back(recommendation.id);
    }
    return ids;
  }
};

}  // namespace assure::storage
