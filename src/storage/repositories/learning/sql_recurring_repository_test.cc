// SqlRecurringLearningRepository and migration 0018 on both backends: the documents the review
// record repository writes and the migration fills, the full-text candidate search (prefixes,
// other cases only, one partnership, the limit), and the actions read with each piece of learning.
#include "storage/repositories/learning/sql_recurring_repository.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/clock.h"
#include "storage/migrations/migrator.h"
#include "storage/sql/full_text.h"
#include "testing/board_fixture.h"
#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using domain::LearningSource;
using testing::board_fixture::Day;
using Match = std::pair<LearningSource, std::int64_t>;  // a candidate: its source and record

// Text with what FullTextDocument takes apart: case, punctuation, tabs, line breaks, non-ASCII.
constexpr const char* kAwkward =
    "Record the CHILD'S voice\u2014every visit; (see 2.1)\te-mail\r\nNew line \"quoted\" Zo\u00eb";

class SqlRecurringRepositoryTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    police_ = MakeAgency(north_, "Northshire Police");
  }

  // A case with a full review holding `recommendations` (numbered from 1); its id.
  domain::CaseId Reviewed(domain::PartnershipId partnership, const std::string& reference,
                          std::vector<std::string> recommendations) {
    auto made = store().Write([&](domain::Transaction& tx) -> core::Result<domain::CaseId> {
      ASSURE_ASSIGN_OR_RETURN(const domain::CaseId id,
                              testing::board_fixture::AddCase(tx, partnership, reference,
                                                              domain::CaseType::kChild, "Child A"));
      domain::FullReview review;
      review.case_id = id;
      review.decided_on = Day("2025-02-01");
      for (std::size_t i = 0; i < recommendations.size(); ++i) {
        review.recommendations.push_back({0, static_cast<int>(i + 1), recommendations[i]});
      }
      ASSURE_TRY(tx.review_records(partnership).PutFullReview(review));
      return id;
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : 0;
  }

  domain::CaseId Rapid(domain::PartnershipId partnership, const std::string& reference,
                       const std::string& learning) {
    auto made = store().Write([&](domain::Transaction& tx) -> core::Result<domain::CaseId> {
      ASSURE_ASSIGN_OR_RETURN(const domain::CaseId id,
                              testing::board_fixture::AddCase(tx, partnership, reference,
                                                              domain::CaseType::kChild, "Child B"));
      domain::RapidReview rapid;
      rapid.case_id = id;
      rapid.meeting_on = Day("2025-02-10");
      rapid.completed_on = Day("2025-02-11");
      rapid.learning = learning;
      rapid.decision = domain::ReviewDecision::kNone;
      ASSURE_TRY(tx.review_records(partnership).PutRapidReview(rapid));
      return id;
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : 0;
  }

  // The matches of one query, as (source, record) pairs.
  std::set<Match> Found(std::vector<std::string> terms, std::size_t limit = 200,
                        domain::PartnershipId partnership = 0) {
    const std::vector<domain::CandidateQuery> queries{{7, std::move(terms)}};
    auto matches = store().Read([&](domain::Transaction& tx) {
      return tx.recurring_learning(partnership == 0 ? north_ : partnership)
          .Candidates(queries, limit);
    });
    EXPECT_TRUE(matches.ok()) << matches.error().message;
    std::set<Match> found;
    for (const auto& match : matches.ok() ? *matches : std::vector<domain::CandidateMatch>{}) {
      EXPECT_EQ(match.key, 7u);
      found.insert({match.source, match.record_id});
    }
    return found;
  }

  std::vector<domain::LearningRecord> Records(domain::PartnershipId partnership = 0) {
    auto records = store().Read([&](domain::Transaction& tx) {
      return tx.recurring_learning(partnership == 0 ? north_ : partnership).LearningRecords();
    });
    EXPECT_TRUE(records.ok()) << records.error().message;
    return records.ok() ? *records : std::vector<domain::LearningRecord>{};
  }

  std::string Column(const std::string& sql, std::int64_t id) {
    auto rows = db().Read([&](sql::Connection& c) { return c.Query(sql, {id}); });
    EXPECT_TRUE(rows.ok() && rows->size() == 1u);
    return rows.ok() && rows->size() == 1u ? rows->rows[0].Text(0) : "";
  }

  domain::PartnershipId north_ = 0;
  domain::AgencyId police_ = 0;
};

TEST_P(SqlRecurringRepositoryTest, EveryWriteKeepsTheWordsAsFullTextDocumentWritesThem) {
  const domain::CaseId reviewed = Reviewed(north_, "NS-2025-01", {kAwkward});
  const domain::CaseId rapid = Rapid(north_, "NS-2025-02", kAwkward);
  const std::string expected = sql::FullTextDocument({kAwkward});
  EXPECT_EQ(expected,
            "record the child s voice\xE2\x80\x94"
            "every visit see 2 1 e mail new line "
            "quoted zo\xC3\xAB");
  EXPECT_EQ(Column("SELECT search_text FROM review_recommendations WHERE case_id = ?", reviewed),
            expected);
  EXPECT_EQ(Column("SELECT learning_search_text FROM rapid_reviews WHERE case_id = ?", rapid),
            expected);
  // A changed text changes its document, and so what the index finds.
  const domain::RecommendationId recommendation = Records()[0].record_id;
  EXPECT_EQ(Found({"voic"}), (std::set<Match>{{LearningSource::kRecommendation, recommendation},
                                              {LearningSource::kRapidReview, rapid}}));
  auto changed = store().Write([&](domain::Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto review, tx.review_records(north_).GetFullReview(reviewed));
    review->recommendations[0].text = "Safe sleep advice for fathers.";
    ASSURE_TRY(tx.review_records(north_).PutFullReview(*review));
    return core::Ok();
  });
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  EXPECT_EQ(Column("SELECT search_text FROM review_recommendations WHERE case_id = ?", reviewed),
            "safe sleep advice for fathers");
  EXPECT_EQ(Found({"voic"}), (std::set<Match>{{LearningSource::kRapidReview, rapid}}));
  EXPECT_EQ(Found({"fathe"}), (std::set<Match>{{LearningSource::kRecommendation, recommendation}}));
}

TEST_P(SqlRecurringRepositoryTest, CandidatesAreTheLearningHoldingAWordStartingWithATerm) {
  Reviewed(north_, "NS-2025-01", {"Record the voice of the child."});
  const domain::CaseId other =
      Reviewed(north_, "NS-2025-02", {"Recorded voices of children.", "Safe sleep advice."});
  const domain::CaseId rapid = Rapid(north_, "NS-2025-03", "- The child's voice was not heard.");
  const auto records = Records();
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[1].case_id, other);
  EXPECT_EQ(Found({"voic", "recor"}),
            (std::set<Match>{{LearningSource::kRecommendation, records[0].record_id},
                             {LearningSource::kRecommendation, records[1].record_id},
                             {LearningSource::kRapidReview, rapid}}));
  EXPECT_EQ(Found({"sleep"}),
            (std::set<Match>{{LearningSource::kRecommendation, records[2].record_id}}));
  EXPECT_TRUE(Found({"bruis"}).empty());
  // At most `limit` of each kind.
  EXPECT_EQ(Found({"voic"}, 1).size(), 2u);
  EXPECT_EQ(Found({"child", "voic", "sleep"}, 1).size(), 2u);
  // Terms are words only: query syntax is never passed through.
  EXPECT_TRUE(Found({"\"", "*", " OR "}).empty());
}

TEST_P(SqlRecurringRepositoryTest, CandidatesNeverComeFromAnotherPartnership) {
  const domain::PartnershipId south = MakePartnership("southshire");
  Reviewed(south, "SS-2025-01", {"Record the voice of the child."});
  Reviewed(north_, "NS-2025-01", {"Record the voice of the child."});
  const auto north_records = Records();
  const auto south_records = Records(south);
  ASSERT_EQ(north_records.size(), 1u);
  ASSERT_EQ(south_records.size(), 1u);
  EXPECT_EQ(Found({"voic"}),
            (std::set<Match>{{LearningSource::kRecommendation, north_records[0].record_id}}));
  EXPECT_EQ(Found({"voic"}, 200, south),
            (std::set<Match>{{LearningSource::kRecommendation, south_records[0].record_id}}));
}

TEST_P(SqlRecurringRepositoryTest, LearningCarriesItsActionsAndTheDayEachWasLastCompleted) {
  const domain::CaseId reviewed = Reviewed(north_, "NS-2025-01", {"Record the voice."});
  const domain::CaseId rapid = Rapid(north_, "NS-2025-02", "Share with the GP.");
  const auto before = Records();
  ASSERT_EQ(before.size(), 2u);
  const domain::RecommendationId recommendation = before[0].record_id;
  auto made = store().Write([&](domain::Transaction& tx) -> core::Status {
    using domain::ActionStatus;
    namespace bf = testing::board_fixture;
    const domain::ActionSource rec{domain::SourceKind::kRecommendation, recommendation, ""};
    const domain::ActionSource review{domain::SourceKind::kRapidReview, rapid, ""};
    ASSURE_ASSIGN_OR_RETURN(const auto done,
                            tx.actions(north_).Create(bf::Plan("A", police_, "2026-03-31", {rec})));
    ASSURE_TRY(bf::Record(tx, north_, done.id, "2025-03-01", ActionStatus::kCompleted,
                          domain::Rag::kGreen, "Done.", "Audit."));
    ASSURE_TRY(bf::Record(tx, north_, done.id, "2025-04-01", ActionStatus::kInProgress,
                          domain::Rag::kAmber, "Reopened."));
    ASSURE_TRY(bf::Record(tx, north_, done.id, "2025-05-02", ActionStatus::kCompleted,
                          domain::Rag::kGreen, "Done again.", "Audit."));
    ASSURE_TRY(tx.actions(north_).Create(bf::Plan("B", police_, "2026-03-31", {rec, review})));
    return core::Ok();
  });
  ASSERT_TRUE(made.ok()) << made.error().message;
  const auto records = Records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].source, LearningSource::kRecommendation);
  EXPECT_EQ(records[0].case_id, reviewed);
  ASSERT_EQ(records[0].actions.size(), 2u);
  EXPECT_EQ(records[0].actions[0].status, domain::ActionStatus::kCompleted);
  EXPECT_EQ(records[0].actions[0].completed_on, Day("2025-05-02"));
  EXPECT_EQ(records[0].actions[1].status, domain::ActionStatus::kNotStarted);
  EXPECT_FALSE(records[0].actions[1].completed_on.has_value());
  EXPECT_EQ(records[1].source, LearningSource::kRapidReview);
  EXPECT_EQ(records[1].record_id, rapid);
  EXPECT_EQ(records[1].text, "Share with the GP.");
  ASSERT_EQ(records[1].actions.size(), 1u);
  EXPECT_EQ(records[1].actions[0].id, records[0].actions[1].id);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlRecurringRepositoryTest);

// Migration 0018 on a database that already holds recommendations and rapid reviews.
class RecurringMigrationTest : public SqlRecurringRepositoryTest {
 protected:
  bool MigrateFirst() const override { return false; }
  void SetUp() override { testing::StoreTest::SetUp(); }
};

TEST_P(RecurringMigrationTest, FillsTheDocumentsOfTheRowsAlreadyThereAndIndexesThem) {
  const auto all = EmbeddedMigrations();
  const auto before = static_cast<std::size_t>(
      std::find_if(all.begin(), all.end(), [](const Migration& m) { return m.version >= 18; }) -
      all.begin());
  ASSERT_TRUE(Migrate(db(), clock_, all.first(before)).ok());
  north_ = MakePartnership("northshire");
  domain::CaseId first = 0;
  domain::CaseId second = 0;
  auto made = store().Write([&](domain::Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(
        first, testing::board_fixture::AddCase(tx, north_, "NS-2024-01", domain::CaseType::kChild,
                                               "Child A"));
    ASSURE_ASSIGN_OR_RETURN(
        second, testing::board_fixture::AddCase(tx, north_, "NS-2024-02", domain::CaseType::kChild,
                                                "Child B"));
    return core::Ok();
  });
  ASSERT_TRUE(made.ok()) << made.error().message;
  const std::string at = core::FormatInstant(clock_.Now());
  auto inserted = db().Write([&](sql::Connection& c) -> core::Status {
    ASSURE_TRY(
        c.Execute("INSERT INTO full_reviews (partnership_id, case_id, kind, decided_on,"
                  " created_at) VALUES (?, ?, 'cspr', '2024-06-01', ?)",
                  {north_, first, at}));
    ASSURE_TRY(
        c.Execute("INSERT INTO review_recommendations (partnership_id, case_id, number, text)"
                  " VALUES (?, ?, 1, ?)",
                  {north_, first, std::string{kAwkward}}));
    ASSURE_TRY(
        c.Execute("INSERT INTO rapid_reviews (partnership_id, case_id, meeting_on,"
                  " completed_on, learning, decision, created_at)"
                  " VALUES (?, ?, '2024-07-01', '2024-07-02', ?, 'none', ?)",
                  {north_, second, std::string{"Every visit should hear the child."}, at}));
    return core::Ok();
  });
  ASSERT_TRUE(inserted.ok()) << inserted.error().message;

  ASSERT_TRUE(Migrate(db(), clock_).ok());
  EXPECT_EQ(Column("SELECT search_text FROM review_recommendations WHERE case_id = ?", first),
            sql::FullTextDocument({kAwkward}));
  EXPECT_EQ(Column("SELECT learning_search_text FROM rapid_reviews WHERE case_id = ?", second),
            "every visit should hear the child");
  const auto records = Records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(Found({"zo\xC3\xAB"}),
            (std::set<Match>{{LearningSource::kRecommendation, records[0].record_id}}));
  EXPECT_EQ(Found({"hear"}), (std::set<Match>{{LearningSource::kRapidReview, second}}));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RecurringMigrationTest);

}  // namespace
}  // namespace assure::storage
