// The batch reads of the action plan repositories for reports (sql_action_report_reads.cc), on
// both backends: what each returns, in which order, that another partnership's rows never come
// back, and that a long id list (more than one chunk) is read whole.
#include <gtest/gtest.h>

#include <numeric>
#include <vector>

#include "security/tokens.h"
#include "storage/repositories/actions/action_test_support.h"
#include "storage/repositories/files/sql_file_content_repository.h"

namespace assure::storage {
namespace {

class SqlActionReportReadsTest : public ActionStorageTest {
 protected:
  domain::ActionUpdate AddUpdate(domain::PartnershipId partnership, domain::ActionId action,
                                 std::string_view on, domain::ActionStatus status,
                                 const std::string& evidence = {}) {
    domain::ActionUpdate update;
    update.action_id = action;
    update.on = Day(on);
    update.narrative = "Fictional progress.";
    update.status = status;
    update.rag = domain::Rag::kAmber;
    update.evidence = evidence;
    update.recorded_at = clock_.Now();
    auto added = Actions(partnership, [&](auto& r) { return r.AddUpdate(update); });
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? *added : domain::ActionUpdate{};
  }

  // Attaches a fictional file to `update` (its bytes stored first, as the service does).
  void AttachFile(domain::PartnershipId partnership, domain::ActionUpdateId update,
                  const std::string& name) {
    const std::string bytes = "Fictional evidence " + name;
    const std::string sha = security::Sha256Hex(bytes);
    ASSERT_TRUE(
        In<SqlFileContentRepository>(partnership, [&](auto& f) { return f.Put(sha, bytes); }).ok());
    auto added = Actions(partnership, [&](auto& r) {
      return r.AddEvidenceFile({0, update, name, "application/pdf",
                                static_cast<std::int64_t>(bytes.size()), sha, clock_.Now()});
    });
    ASSERT_TRUE(added.ok()) << added.error().message;
  }
};

TEST_P(SqlActionReportReadsTest, UpdateMarksComeUpToTheDateInOrderWithTheirEvidenceFlag) {
  const auto first = MakeAction(
      partnership_a_, Plan("First", police_a_, "2025-12-31", {Recommendation(recommendation_1_)}));
  const auto second =
      MakeAction(partnership_a_, Plan("Second", police_a_, "2025-12-31", {NationalReview()}));
  const auto other = MakeAction(
      partnership_b_, Plan("Other", police_b_, "2025-12-31", {Recommendation(recommendation_b_)}));
  const auto late =
      AddUpdate(partnership_a_, second.id, "2025-09-01", domain::ActionStatus::kInProgress);
  const auto early = AddUpdate(partnership_a_, second.id, "2025-05-01",
                               domain::ActionStatus::kInProgress, "Audit found it in use.");
  const auto filed =
      AddUpdate(partnership_a_, first.id, "2025-06-01", domain::ActionStatus::kCompleted);
  AttachFile(partnership_a_, filed.id, "audit.pdf");
  AddUpdate(partnership_a_, first.id, "2025-10-01", domain::ActionStatus::kCompleted);
  AddUpdate(partnership_b_, other.id, "2025-05-01", domain::ActionStatus::kInProgress);

  auto marks = Actions(partnership_a_, [&](auto& r) { return r.UpdateMarks(Day("2025-09-30")); });
  ASSERT_TRUE(marks.ok()) << marks.error().message;
  ASSERT_EQ(marks->size(), 3u);           // not October's, not B's
  EXPECT_EQ((*marks)[0].id, filed.id);    // by action, then date
  EXPECT_TRUE((*marks)[0].has_evidence);  // a file and no text
  EXPECT_EQ((*marks)[0].status, domain::ActionStatus::kCompleted);
  EXPECT_EQ((*marks)[1].id, early.id);
  EXPECT_TRUE((*marks)[1].has_evidence);  // text
  EXPECT_EQ((*marks)[1].rag, domain::Rag::kAmber);
  EXPECT_EQ((*marks)[2].id, late.id);
  EXPECT_FALSE((*marks)[2].has_evidence);
  EXPECT_EQ((*marks)[2].on, Day("2025-09-01"));
}

TEST_P(SqlActionReportReadsTest, UpdatesAndFilesByIdAcrossChunksAndOnlyThisPartnerships) {
  const auto action = MakeAction(
      partnership_a_, Plan("Action", police_a_, "2025-12-31", {Recommendation(recommendation_1_)}));
  const auto other = MakeAction(
      partnership_b_, Plan("Other", police_b_, "2025-12-31", {Recommendation(recommendation_b_)}));
  const auto one = AddUpdate(partnership_a_, action.id, "2025-05-01",
                             domain::ActionStatus::kInProgress, "Some evidence.");
  const auto two =
      AddUpdate(partnership_a_, action.id, "2025-06-01", domain::ActionStatus::kInProgress);
  const auto theirs =
      AddUpdate(partnership_b_, other.id, "2025-05-01", domain::ActionStatus::kInProgress);
  AttachFile(partnership_a_, one.id, "b.pdf");
  AttachFile(partnership_a_, one.id, "a.pdf");
  AttachFile(partnership_b_, theirs.id, "theirs.pdf");
  // 1,100 ids: three chunks, most naming nothing.
  std::vector<domain::ActionUpdateId> ids(1100);
  std::iota(ids.begin(), ids.end(), 1);
  ids.push_back(two.id + 5000);
  ids.push_back(two.id);
  ids.push_back(one.id);

  auto updates = Actions(partnership_a_, [&](auto& r) { return r.UpdatesByIds(ids); });
  ASSERT_TRUE(updates.ok()) << updates.error().message;
  ASSERT_EQ(updates->size(), 2u);  // B's update is never read, whatever its id
  EXPECT_EQ((*updates)[0].id, one.id);
  EXPECT_EQ((*updates)[0].evidence, "Some evidence.");
  EXPECT_EQ((*updates)[1].id, two.id);

  auto files = Actions(partnership_a_, [&](auto& r) { return r.EvidenceFilesOf(ids); });
  ASSERT_TRUE(files.ok()) << files.error().message;
  ASSERT_EQ(files->size(), 2u);
  EXPECT_EQ((*files)[0].update_id, one.id);
  EXPECT_EQ((*files)[0].file_name, "b.pdf");  // in upload order
  EXPECT_EQ((*files)[1].file_name, "a.pdf");

  auto none = Actions(partnership_a_, [&](auto& r) {
    return r.UpdatesByIds(std::vector<domain::ActionUpdateId>{});
  });
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_P(SqlActionReportReadsTest, SourceCasesGiveTheReferenceAndReviewKindOnly) {
  const std::vector<domain::CaseId> ids{rapid_case_, reviewed_case_, case_b_, 999999};
  auto cases = Actions(partnership_a_, [&](auto& r) { return r.SourceCases(ids); });
  ASSERT_TRUE(cases.ok()) << cases.error().message;
  ASSERT_EQ(cases->size(), 2u);  // B's case and an unknown id are left out
  const auto& reviewed = reviewed_case_ < rapid_case_ ? (*cases)[0] : (*cases)[1];
  const auto& rapid = reviewed_case_ < rapid_case_ ? (*cases)[1] : (*cases)[0];
  EXPECT_EQ(reviewed.reference, "CR-2025-001");
  EXPECT_EQ(reviewed.review_kind, domain::FullReviewKind::kCspr);
  EXPECT_EQ(rapid.reference, "CR-2025-002");
  EXPECT_EQ(rapid.review_kind, std::nullopt);  // a rapid review only
}

TEST_P(SqlActionReportReadsTest, EntriesReviewedBetweenIncludeBothEndsAndOnlyReviewedOnes) {
  const auto first = MakeAction(
      partnership_a_, Plan("First", police_a_, "2025-12-31", {Recommendation(recommendation_1_)}));
  const auto second =
      MakeAction(partnership_a_, Plan("Second", police_a_, "2025-12-31", {NationalReview()}));
  const auto third =
      MakeAction(partnership_a_, Plan("Third", police_a_, "2025-12-31", {NationalReview()}));
  const auto other = MakeAction(
      partnership_b_, Plan("Other", police_b_, "2025-12-31", {Recommendation(recommendation_b_)}));
  const std::vector<domain::ActionId> open{first.id, second.id, third.id};
  auto round = Rounds(partnership_a_, [&](auto& r) {
    return r.Open({0, {2025, 2}, Day("2025-07-01"), std::nullopt, std::nullopt, 0}, open);
  });
  ASSERT_TRUE(round.ok()) << round.error().message;
  const std::vector<domain::ActionId> theirs{other.id};
  auto round_b = Rounds(partnership_b_, [&](auto& r) {
    return r.Open({0, {2025, 2}, Day("2025-07-01"), std::nullopt, std::nullopt, 0}, theirs);
  });
  ASSERT_TRUE(round_b.ok());
  auto review = [&](domain::PartnershipId partnership, domain::ReviewRoundId id,
                    domain::ActionId action, std::string_view on) {
    auto entries = Rounds(partnership, [&](auto& r) { return r.Entries(id); });
    ASSERT_TRUE(entries.ok());
    for (domain::ReviewEntry entry : *entries) {
      if (entry.action_id != action) continue;
      entry.outcome = domain::ReviewOutcome::kOnTrack;
      entry.reviewed_on = Day(on);
      ASSERT_TRUE(Rounds(partnership, [&](auto& r) { return r.UpdateEntry(entry); }).ok());
    }
  };
  review(partnership_a_, round->id, first.id, "2025-07-01");
  review(partnership_a_, round->id, second.id, "2025-09-30");
  review(partnership_b_, round_b->id, other.id, "2025-08-01");
  // third is never reviewed.

  auto entries = Rounds(partnership_a_, [&](auto& r) {
    return r.EntriesReviewedBetween(Day("2025-07-01"), Day("2025-09-30"));
  });
  ASSERT_TRUE(entries.ok()) << entries.error().message;
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].action_id, first.id);
  EXPECT_EQ((*entries)[1].action_id, second.id);
  auto narrower = Rounds(partnership_a_, [&](auto& r) {
    return r.EntriesReviewedBetween(Day("2025-07-02"), Day("2025-09-29"));
  });
  ASSERT_TRUE(narrower.ok());
  EXPECT_TRUE(narrower->empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlActionReportReadsTest);

}  // namespace
}  // namespace assure::storage
