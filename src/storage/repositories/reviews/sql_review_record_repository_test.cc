#include "storage/repositories/reviews/sql_review_record_repository.h"

#include <gtest/gtest.h>

#include <vector>

#include "storage/repositories/reviews/case_test_support.h"
#include "storage/repositories/reviews/sql_reviewer_repository.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::FullReview;
using domain::Notification;
using domain::RapidReview;

class SqlReviewRecordRepositoryTest : public CaseStorageTest {
 protected:
  void SetUp() override {
    CaseStorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    case_a_ = MakeCase(partnership_a_, Draft("CR-2025-001", "2025-03-01"));
    case_b_ = MakeCase(partnership_b_, Draft("CR-2025-002", "2025-03-01"));
  }

  template <typename Fn>
  auto Records(domain::PartnershipId partnership, Fn fn) {
    return In<SqlReviewRecordRepository>(partnership, fn);
  }

  domain::ReviewerId MakeReviewer(domain::PartnershipId partnership, const std::string& name) {
    domain::Reviewer reviewer;
    reviewer.name = name;
    auto made = In<SqlReviewerRepository>(partnership, [&](auto& r) { return r.Create(reviewer); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  RapidReview FullRapidReview(domain::CaseId case_id) {
    RapidReview review;
    review.case_id = case_id;
    review.meeting_on = Day("2025-03-20");
    review.completed_on = Day("2025-03-21");
    review.agencies_present = {health_a_, police_a_};
    review.facts = "Fictional facts.";
    review.immediate_actions = "Sibling's plan reviewed.";
    review.learning = "Information sharing between agencies.";
    review.decision = domain::ReviewDecision::kSar;
    review.rationale = "Criteria met.";
    review.sent_to_panel_on = Day("2025-03-24");
    review.panel_response = domain::PanelResponse::kAgree;
    review.panel_response_on = Day("2025-04-02");
    return review;
  }

  FullReview FullFullReview(domain::CaseId case_id, domain::ReviewerId reviewer_id) {
    FullReview review;
    review.case_id = case_id;
    review.kind = domain::FullReviewKind::kCspr;
    review.decided_on = Day("2025-03-21");
    review.started_on = Day("2025-04-01");
    review.reviewer_id = reviewer_id;
    review.terms_of_reference_on = Day("2025-04-15");
    review.planned_publication_on = Day("2025-09-30");
    review.notice_sent_on = Day("2025-09-01");
    review.published_on = Day("2025-10-02");
    review.publication_link = "https://example.org/reviews/child-h";
    review.embargo_reason = "";
    review.stages = {{"terms of reference", Day("2025-04-10"), Day("2025-04-15")},
                     {"drafting", Day("2025-06-30"), std::nullopt}};
    review.findings = {{1, "Finding one."}, {2, "Finding two."}};
    review.recommendations = {{0, 1, "Recommendation one."}, {0, 2, "Recommendation two."}};
    return review;
  }

  domain::CaseId case_a_ = 0;
  domain::CaseId case_b_ = 0;
};

TEST_P(SqlReviewRecordRepositoryTest, ACaseWithoutRecordsReadsAsNone) {
  auto notification = Records(partnership_a_, [&](auto& r) { return r.GetNotification(case_a_); });
  ASSERT_TRUE(notification.ok()) << notification.error().message;
  EXPECT_FALSE(notification->has_value());
  auto rapid = Records(partnership_a_, [&](auto& r) { return r.GetRapidReview(case_a_); });
  ASSERT_TRUE(rapid.ok());
  EXPECT_FALSE(rapid->has_value());
  auto full = Records(partnership_a_, [&](auto& r) { return r.GetFullReview(case_a_); });
  ASSERT_TRUE(full.ok());
  EXPECT_FALSE(full->has_value());
}

TEST_P(SqlReviewRecordRepositoryTest, NotificationIsInsertedThenUpdatedByVersion) {
  Notification notification{case_a_, Day("2025-03-05"), "", 0};
  auto stored = Records(partnership_a_, [&](auto& r) { return r.PutNotification(notification); });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(stored->version, 1);
  EXPECT_EQ(stored->sent_on, Day("2025-03-05"));

  // Another person, who also saw none, records it too: a conflict.
  auto twice = Records(partnership_a_, [&](auto& r) { return r.PutNotification(notification); });
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);

  Notification answered = *stored;
  answered.panel_reference = "PANEL-123";
  auto updated = Records(partnership_a_, [&](auto& r) { return r.PutNotification(answered); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->panel_reference, "PANEL-123");

  Notification stale = *stored;  // version 1
  stale.sent_on = Day("2025-03-06");
  auto conflict = Records(partnership_a_, [&](auto& r) { return r.PutNotification(stale); });
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  auto read = Records(partnership_a_, [&](auto& r) { return r.GetNotification(case_a_); });
  ASSERT_TRUE(read.ok() && read->has_value());
  EXPECT_EQ((*read)->sent_on, Day("2025-03-05"));
  EXPECT_EQ((*read)->panel_reference, "PANEL-123");
  EXPECT_EQ((*read)->version, 2);
}

TEST_P(SqlReviewRecordRepositoryTest, RapidReviewRoundTripsEveryField) {
  auto stored =
      Records(partnership_a_, [&](auto& r) { return r.PutRapidReview(FullRapidReview(case_a_)); });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  auto read = Records(partnership_a_, [&](auto& r) { return r.GetRapidReview(case_a_); });
  ASSERT_TRUE(read.ok() && read->has_value());
  const RapidReview& review = **read;
  EXPECT_EQ(review.case_id, case_a_);
  EXPECT_EQ(review.meeting_on, Day("2025-03-20"));
  EXPECT_EQ(review.completed_on, Day("2025-03-21"));
  std::vector<domain::AgencyId> expected{police_a_, health_a_};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(review.agencies_present, expected);
  EXPECT_EQ(review.facts, "Fictional facts.");
  EXPECT_EQ(review.immediate_actions, "Sibling's plan reviewed.");
  EXPECT_EQ(review.learning, "Information sharing between agencies.");
  EXPECT_EQ(review.decision, domain::ReviewDecision::kSar);
  EXPECT_EQ(review.rationale, "Criteria met.");
  EXPECT_EQ(review.sent_to_panel_on, Day("2025-03-24"));
  EXPECT_EQ(review.panel_response, domain::PanelResponse::kAgree);
  EXPECT_EQ(review.panel_response_on, Day("2025-04-02"));
  EXPECT_EQ(review.version, 1);

  RapidReview changed = review;
  changed.sent_to_panel_on = std::nullopt;
  changed.panel_response = domain::PanelResponse::kNone;
  changed.panel_response_on = std::nullopt;
  changed.agencies_present = {police_a_};
  changed.decision = domain::ReviewDecision::kNone;
  auto updated = Records(partnership_a_, [&](auto& r) { return r.PutRapidReview(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_FALSE(updated->sent_to_panel_on.has_value());
  EXPECT_EQ(updated->panel_response, domain::PanelResponse::kNone);
  EXPECT_EQ(updated->agencies_present, std::vector<domain::AgencyId>{police_a_});
  EXPECT_EQ(updated->decision, domain::ReviewDecision::kNone);

  auto stale = Records(partnership_a_, [&](auto& r) { return r.PutRapidReview(review); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
}

TEST_P(SqlReviewRecordRepositoryTest, AgenciesPresentMustBeThePartnerships) {
  RapidReview review = FullRapidReview(case_a_);
  review.agencies_present = {police_a_, police_b_};
  auto stored = Records(partnership_a_, [&](auto& r) { return r.PutRapidReview(review); });
  ASSERT_FALSE(stored.ok());
  EXPECT_EQ(stored.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(stored.error().field, "agencies_present");
}

TEST_P(SqlReviewRecordRepositoryTest, FullReviewRoundTripsStagesFindingsAndRecommendations) {
  const domain::ReviewerId reviewer = MakeReviewer(partnership_a_, "Independent Reviewer");
  auto stored = Records(
      partnership_a_, [&](auto& r) { return r.PutFullReview(FullFullReview(case_a_, reviewer)); });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  auto read = Records(partnership_a_, [&](auto& r) { return r.GetFullReview(case_a_); });
  ASSERT_TRUE(read.ok() && read->has_value());
  const FullReview& review = **read;
  EXPECT_EQ(review.kind, domain::FullReviewKind::kCspr);
  EXPECT_EQ(review.decided_on, Day("2025-03-21"));
  EXPECT_EQ(review.started_on, Day("2025-04-01"));
  EXPECT_EQ(review.reviewer_id, reviewer);
  EXPECT_EQ(review.terms_of_reference_on, Day("2025-04-15"));
  EXPECT_EQ(review.planned_publication_on, Day("2025-09-30"));
  EXPECT_EQ(review.notice_sent_on, Day("2025-09-01"));
  EXPECT_EQ(review.published_on, Day("2025-10-02"));
  EXPECT_EQ(review.publication_link, "https://example.org/reviews/child-h");
  EXPECT_EQ(review.version, 1);
  ASSERT_EQ(review.stages.size(), 2u);
  EXPECT_EQ(review.stages[0].name, "terms of reference");
  EXPECT_EQ(review.stages[0].planned_on, Day("2025-04-10"));
  EXPECT_EQ(review.stages[0].actual_on, Day("2025-04-15"));
  EXPECT_EQ(review.stages[1].name, "drafting");
  EXPECT_FALSE(review.stages[1].actual_on.has_value());
  ASSERT_EQ(review.findings.size(), 2u);
  EXPECT_EQ(review.findings[1].number, 2);
  EXPECT_EQ(review.findings[1].text, "Finding two.");
  ASSERT_EQ(review.recommendations.size(), 2u);
  EXPECT_NE(review.recommendations[0].id, 0);
  EXPECT_EQ(review.recommendations[0].number, 1);
  EXPECT_EQ(review.recommendations[1].text, "Recommendation two.");
}

TEST_P(SqlReviewRecordRepositoryTest, PutFullReviewKeepsRecommendationIdsByNumber) {
  auto first =
      Records(partnership_a_, [&](auto& r) { return r.PutFullReview(FullFullReview(case_a_, 0)); });
  // reviewer 0 is not a reviewer: refused before anything is stored.
  ASSERT_FALSE(first.ok());
  FullReview draft = FullFullReview(case_a_, 0);
  draft.reviewer_id = std::nullopt;
  first = Records(partnership_a_, [&](auto& r) { return r.PutFullReview(draft); });
  ASSERT_TRUE(first.ok()) << first.error().message;
  const domain::RecommendationId one = first->recommendations[0].id;
  const domain::RecommendationId two = first->recommendations[1].id;

  FullReview changed = *first;
  changed.recommendations = {{0, 1, "Recommendation one, reworded."}, {0, 3, "A third."}};
  changed.findings = {{1, "Only finding."}};
  changed.stages = {};
  changed.embargo_reason = "Criminal proceedings";
  auto second = Records(partnership_a_, [&](auto& r) { return r.PutFullReview(changed); });
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->version, 2);
  ASSERT_EQ(second->recommendations.size(), 2u);
  EXPECT_EQ(second->recommendations[0].id, one);
  EXPECT_EQ(second->recommendations[0].text, "Recommendation one, reworded.");
  EXPECT_EQ(second->recommendations[1].number, 3);
  EXPECT_NE(second->recommendations[1].id, one);
  EXPECT_NE(second->recommendations[1].id, two);
  EXPECT_EQ(second->findings.size(), 1u);
  EXPECT_TRUE(second->stages.empty());
  EXPECT_EQ(second->embargo_reason, "Criminal proceedings");
}

TEST_P(SqlReviewRecordRepositoryTest, RepeatedNumbersAndUnknownStagesAreInvalidInput) {
  FullReview review = FullFullReview(case_a_, 0);
  review.reviewer_id = std::nullopt;
  review.recommendations = {{0, 1, "One."}, {0, 1, "Also one."}};
  auto repeated = Records(partnership_a_, [&](auto& r) { return r.PutFullReview(review); });
  ASSERT_FALSE(repeated.ok());
  EXPECT_EQ(repeated.error().field, "recommendations");
  review.recommendations = {};
  review.stages = {{"not a stage", std::nullopt, std::nullopt}};
  auto stage = Records(partnership_a_, [&](auto& r) { return r.PutFullReview(review); });
  ASSERT_FALSE(stage.ok());
  EXPECT_EQ(stage.error().field, "stages");
}

TEST_P(SqlReviewRecordRepositoryTest, CasesReviewedByListsTheReviewersCases) {
  const domain::ReviewerId reviewer = MakeReviewer(partnership_a_, "Independent Reviewer");
  const domain::ReviewerId other = MakeReviewer(partnership_a_, "Another Reviewer");
  const domain::CaseId second = MakeCase(partnership_a_, Draft("CR-2025-003", "2025-04-01"));
  const domain::CaseId third = MakeCase(partnership_a_, Draft("CR-2025-004", "2025-04-01"));
  for (auto [case_id, reviewer_id] :
       {std::pair{case_a_, reviewer}, std::pair{second, other}, std::pair{third, reviewer}}) {
    ASSERT_TRUE(Records(partnership_a_, [&](auto& r) {
                  return r.PutFullReview(FullFullReview(case_id, reviewer_id));
                }).ok());
  }
  auto cases = Records(partnership_a_, [&](auto& r) { return r.CasesReviewedBy(reviewer); });
  ASSERT_TRUE(cases.ok()) << cases.error().message;
  EXPECT_EQ(*cases, (std::vector<domain::CaseId>{case_a_, third}));
  EXPECT_EQ(
      Records(partnership_b_, [&](auto& r) { return r.CasesReviewedBy(reviewer); }).error().code,
      ErrorCode::kNotFound);
}

TEST_P(SqlReviewRecordRepositoryTest, AReviewerOfAnotherPartnershipCannotBeAppointed) {
  const domain::ReviewerId theirs = MakeReviewer(partnership_b_, "B's Reviewer");
  auto stored = Records(partnership_a_,
                        [&](auto& r) { return r.PutFullReview(FullFullReview(case_a_, theirs)); });
  ASSERT_FALSE(stored.ok());
  EXPECT_EQ(stored.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(stored.error().field, "reviewer_id");
}

// The batch reads equal the single reads field by field (without the child rows they document).
void ExpectSame(const Notification& batch, const Notification& single) {
  EXPECT_EQ(batch.case_id, single.case_id);
  EXPECT_EQ(batch.sent_on, single.sent_on);
  EXPECT_EQ(batch.panel_reference, single.panel_reference);
  EXPECT_EQ(batch.version, single.version);
}

void ExpectSame(const RapidReview& batch, const RapidReview& single) {
  EXPECT_EQ(batch.case_id, single.case_id);
  EXPECT_EQ(batch.meeting_on, single.meeting_on);
  EXPECT_EQ(batch.completed_on, single.completed_on);
  EXPECT_TRUE(batch.agencies_present.empty());
  EXPECT_EQ(batch.facts, single.facts);
  EXPECT_EQ(batch.immediate_actions, single.immediate_actions);
  EXPECT_EQ(batch.learning, single.learning);
  EXPECT_EQ(batch.decision, single.decision);
  EXPECT_EQ(batch.rationale, single.rationale);
  EXPECT_EQ(batch.sent_to_panel_on, single.sent_to_panel_on);
  EXPECT_EQ(batch.panel_response, single.panel_response);
  EXPECT_EQ(batch.panel_response_on, single.panel_response_on);
  EXPECT_EQ(batch.version, single.version);
}

void ExpectSame(const FullReview& batch, const FullReview& single) {
  EXPECT_EQ(batch.case_id, single.case_id);
  EXPECT_EQ(batch.kind, single.kind);
  EXPECT_EQ(batch.decided_on, single.decided_on);
  EXPECT_EQ(batch.started_on, single.started_on);
  EXPECT_EQ(batch.reviewer_id, single.reviewer_id);
  EXPECT_EQ(batch.terms_of_reference_on, single.terms_of_reference_on);
  EXPECT_EQ(batch.planned_publication_on, single.planned_publication_on);
  EXPECT_EQ(batch.notice_sent_on, single.notice_sent_on);
  EXPECT_EQ(batch.published_on, single.published_on);
  EXPECT_EQ(batch.publication_link, single.publication_link);
  EXPECT_EQ(batch.embargo_reason, single.embargo_reason);
  EXPECT_TRUE(batch.stages.empty());
  EXPECT_TRUE(batch.findings.empty());
  EXPECT_TRUE(batch.recommendations.empty());
  EXPECT_EQ(batch.version, single.version);
}

// Each batch record equals the single read of its case; the cases read are exactly `expected`.
template <typename Record, typename Single>
void ExpectBatchMatchesSingles(const std::vector<Record>& batch,
                               const std::vector<domain::CaseId>& expected, Single single) {
  std::vector<domain::CaseId> read;
  for (const Record& record : batch) {
    read.push_back(record.case_id);
    auto one = single(record.case_id);
    ASSERT_TRUE(one.ok() && one->has_value()) << "case " << record.case_id;
    ExpectSame(record, **one);
  }
  EXPECT_EQ(read, expected);
}

TEST_P(SqlReviewRecordRepositoryTest, BatchReadsEqualTheSingleReadsOfThePartnershipsCases) {
  const domain::CaseId second = MakeCase(partnership_a_, Draft("CR-2025-003", "2025-04-01"));
  const domain::CaseId third = MakeCase(partnership_a_, Draft("CR-2025-004", "2025-04-02"));
  const domain::CaseId bare = MakeCase(partnership_a_, Draft("CR-2025-005", "2025-04-03"));
  const domain::ReviewerId reviewer = MakeReviewer(partnership_a_, "Independent Reviewer");
  auto put = [&](domain::PartnershipId partnership, auto fn) {
    auto stored = Records(partnership, fn);
    ASSERT_TRUE(stored.ok()) << stored.error().message;
  };
  put(partnership_a_, [&](auto& r) {
    return r.PutNotification({case_a_, Day("2025-03-05"), "", 0});
  });
  put(partnership_a_, [&](auto& r) {
    return r.PutNotification({third, Day("2025-04-04"), "PANEL-9", 0});
  });
  put(partnership_a_, [&](auto& r) { return r.PutRapidReview(FullRapidReview(case_a_)); });
  RapidReview plain;
  plain.case_id = second;
  plain.meeting_on = Day("2025-04-10");
  plain.completed_on = Day("2025-04-11");
  plain.decision = domain::ReviewDecision::kCspr;
  put(partnership_a_, [&](auto& r) { return r.PutRapidReview(plain); });
  put(partnership_a_, [&](auto& r) { return r.PutFullReview(FullFullReview(second, reviewer)); });
  FullReview sar = FullFullReview(third, reviewer);
  sar.kind = domain::FullReviewKind::kSar;
  sar.published_on = std::nullopt;
  sar.embargo_reason = "Criminal proceedings";
  put(partnership_a_, [&](auto& r) { return r.PutFullReview(sar); });
  // B's case has every record too; A's batch reads must never return them.
  put(partnership_b_, [&](auto& r) {
    return r.PutNotification({case_b_, Day("2025-03-05"), "", 0});
  });
  RapidReview theirs = FullRapidReview(case_b_);
  theirs.agencies_present = {police_b_};
  put(partnership_b_, [&](auto& r) { return r.PutRapidReview(theirs); });
  const domain::ReviewerId their_reviewer = MakeReviewer(partnership_b_, "B's Reviewer");
  put(partnership_b_,
      [&](auto& r) { return r.PutFullReview(FullFullReview(case_b_, their_reviewer)); });

  const std::vector<domain::CaseId> ids{third, case_b_, bare, case_a_, second, case_a_};
  auto notifications = Records(partnership_a_, [&](auto& r) { return r.NotificationsFor(ids); });
  ASSERT_TRUE(notifications.ok()) << notifications.error().message;
  ExpectBatchMatchesSingles(*notifications, {case_a_, third}, [&](domain::CaseId id) {
    return Records(partnership_a_, [&](auto& r) { return r.GetNotification(id); });
  });
  auto rapid = Records(partnership_a_, [&](auto& r) { return r.RapidReviewsFor(ids); });
  ASSERT_TRUE(rapid.ok()) << rapid.error().message;
  ExpectBatchMatchesSingles(*rapid, {case_a_, second}, [&](domain::CaseId id) {
    return Records(partnership_a_, [&](auto& r) { return r.GetRapidReview(id); });
  });
  auto full = Records(partnership_a_, [&](auto& r) { return r.FullReviewsFor(ids); });
  ASSERT_TRUE(full.ok()) << full.error().message;
  ExpectBatchMatchesSingles(*full, {second, third}, [&](domain::CaseId id) {
    return Records(partnership_a_, [&](auto& r) { return r.GetFullReview(id); });
  });

  // Only B's case asked of A: nothing, not kNotFound.
  const std::vector<domain::CaseId> only_theirs{case_b_};
  auto none = Records(partnership_a_, [&](auto& r) { return r.FullReviewsFor(only_theirs); });
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_TRUE(none->empty());
}

TEST_P(SqlReviewRecordRepositoryTest, BatchReadsOfNoCasesAreEmpty) {
  ASSERT_TRUE(Records(partnership_a_, [&](auto& r) {
                return r.PutNotification({case_a_, Day("2025-03-05"), "", 0});
              }).ok());
  const std::vector<domain::CaseId> none;
  auto notifications = Records(partnership_a_, [&](auto& r) { return r.NotificationsFor(none); });
  ASSERT_TRUE(notifications.ok()) << notifications.error().message;
  EXPECT_TRUE(notifications->empty());
  auto rapid = Records(partnership_a_, [&](auto& r) { return r.RapidReviewsFor(none); });
  ASSERT_TRUE(rapid.ok()) << rapid.error().message;
  EXPECT_TRUE(rapid->empty());
  auto full = Records(partnership_a_, [&](auto& r) { return r.FullReviewsFor(none); });
  ASSERT_TRUE(full.ok()) << full.error().message;
  EXPECT_TRUE(full->empty());
}

TEST_P(SqlReviewRecordRepositoryTest, OnePartnershipCannotReachAnothersRecords) {
  ASSERT_TRUE(Records(partnership_b_, [&](auto& r) {
                return r.PutNotification({case_b_, Day("2025-03-05"), "", 0});
              }).ok());
  EXPECT_EQ(
      Records(partnership_a_, [&](auto& r) { return r.GetNotification(case_b_); }).error().code,
      ErrorCode::kNotFound);
  EXPECT_EQ(Records(partnership_a_,
                    [&](auto& r) {
                      return r.PutNotification({case_b_, Day("2025-03-06"), "X", 1});
                    })
                .error()
                .code,
            ErrorCode::kNotFound);
  EXPECT_EQ(
      Records(partnership_a_, [&](auto& r) { return r.GetRapidReview(case_b_); }).error().code,
      ErrorCode::kNotFound);
  RapidReview rapid = FullRapidReview(case_b_);
  rapid.agencies_present = {police_b_};
  EXPECT_EQ(Records(partnership_a_, [&](auto& r) { return r.PutRapidReview(rapid); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Records(partnership_a_, [&](auto& r) { return r.GetFullReview(case_b_); }).error().code,
            ErrorCode::kNotFound);
  FullReview full = FullFullReview(case_b_, MakeReviewer(partnership_b_, "B's Reviewer"));
  EXPECT_EQ(Records(partnership_a_, [&](auto& r) { return r.PutFullReview(full); }).error().code,
            ErrorCode::kNotFound);

  auto still = Records(partnership_b_, [&](auto& r) { return r.GetNotification(case_b_); });
  ASSERT_TRUE(still.ok() && still->has_value());
  EXPECT_EQ((*still)->version, 1);
  EXPECT_EQ((*still)->panel_reference, "");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlReviewRecordRepositoryTest);

}  // namespace
}  // namespace assure::storage
