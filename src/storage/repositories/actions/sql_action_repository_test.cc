#include "storage/repositories/actions/sql_action_repository.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "security/tokens.h"
#include "storage/repositories/actions/action_test_support.h"
#include "storage/repositories/files/sql_file_content_repository.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::ActionQuery;
using domain::ActionSource;
using domain::ActionStatus;
using domain::ActionUpdate;
using domain::PlanAction;
using domain::Rag;
using domain::SourceKind;

class SqlActionRepositoryTest : public ActionStorageTest {
 protected:
  // The ids of the actions listed by `query` in A, in order; total in `total` when given.
  std::vector<domain::ActionId> Listed(const ActionQuery& query, std::int64_t* total = nullptr) {
    auto page = Actions(partnership_a_, [&](auto& r) { return r.List(query); });
    EXPECT_TRUE(page.ok()) << page.error().message;
    std::vector<domain::ActionId> ids;
    if (!page.ok()) return ids;
    for (const PlanAction& action : page->actions) ids.push_back(action.id);
    if (total != nullptr) *total = page->total;
    return ids;
  }

  ActionUpdate Progress(domain::ActionId action_id, std::string_view on, Rag rag) {
    ActionUpdate update;
    update.action_id = action_id;
    update.on = Day(on);
    update.narrative = "Fictional progress narrative.";
    update.status = ActionStatus::kInProgress;
    update.rag = rag;
    update.evidence = "Fictional evidence of impact.";
    update.recorded_by = lead_;
    update.recorded_at = clock_.Now();
    return update;
  }

  core::Result<ActionUpdate> AddUpdate(domain::PartnershipId partnership,
                                       const ActionUpdate& update) {
    return Actions(partnership, [&](auto& r) { return r.AddUpdate(update); });
  }

  static void ExpectInvalid(const core::Result<PlanAction>& result, const std::string& field) {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(result.error().field, field);
  }
};

// An ActionQuery with the fields `set` sets.
template <typename Set>
ActionQuery Query(Set set) {
  ActionQuery query;
  set(query);
  return query;
}

bool SameSources(const std::vector<ActionSource>& a, const std::vector<ActionSource>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind != b[i].kind || a[i].ref_id != b[i].ref_id || a[i].label != b[i].label) {
      return false;
    }
  }
  return true;
}

TEST_P(SqlActionRepositoryTest, CreatesAnActionWithSeveralSourcesInOrder) {
  domain::NewAction draft = Plan("Train staff on escalation.", police_a_, "2025-09-30",
                                 {Recommendation(recommendation_2_), RapidReview(rapid_case_),
                                  NationalReview(), Recommendation(recommendation_1_)});
  draft.lead_user_id = lead_;
  const PlanAction created = MakeAction(partnership_a_, draft);
  ASSERT_NE(created.id, 0);
  EXPECT_EQ(created.title, "Train staff on escalation.");
  EXPECT_EQ(created.owner_agency_id, police_a_);
  EXPECT_EQ(created.lead_user_id, lead_);
  EXPECT_EQ(created.lead_name, "Sam Lead");
  EXPECT_EQ(created.success_measure, "Audit shows the new practice in use.");
  EXPECT_EQ(created.due_on, Day("2025-09-30"));
  EXPECT_EQ(created.priority, domain::ActionPriority::kHigh);
  EXPECT_EQ(created.status, ActionStatus::kNotStarted);
  EXPECT_FALSE(created.reported_rag.has_value());
  EXPECT_FALSE(created.last_update_on.has_value());
  EXPECT_EQ(created.due_date_changes, 0);
  EXPECT_EQ(created.version, 1);
  EXPECT_EQ(created.created_at, clock_.Now());
  EXPECT_TRUE(SameSources(created.sources, draft.sources));

  auto read = Actions(partnership_a_, [&](auto& r) { return r.Get(created.id); });
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_TRUE(SameSources(read->sources, draft.sources));
  EXPECT_EQ(read->title, created.title);
}

TEST_P(SqlActionRepositoryTest, ASourceNamingAnotherPartnershipsRecordIsRefused) {
  ExpectInvalid(Actions(partnership_a_,
                        [&](auto& r) {
                          return r.Create(Plan("Other area's.", police_a_, "2025-09-30",
                                               {Recommendation(recommendation_b_)}));
                        }),
                "sources");
  // A case of A without a rapid review, and B's case, are not rapid review sources.
  for (domain::CaseId case_id : {reviewed_case_, case_b_}) {
    ExpectInvalid(
        Actions(partnership_a_,
                [&](auto& r) {
                  return r.Create(Plan("No rapid review.", police_a_, "2025-09-30",
                                       {Recommendation(recommendation_1_), RapidReview(case_id)}));
                }),
        "sources");
  }
  std::int64_t total = -1;
  EXPECT_TRUE(Listed({}, &total).empty());
  EXPECT_EQ(total, 0);
}

TEST_P(SqlActionRepositoryTest, MalformedSourcesAreRefused) {
  const std::vector<std::vector<ActionSource>> bad{
      {},                                                      // none
      {{SourceKind::kRecommendation, std::nullopt, "Rec 1"}},  // a record kind without its id
      {{SourceKind::kBoardDecision, 7, "Board, May"}},         // an id where no record is named
      {{SourceKind::kNationalReview, std::nullopt, ""}},       // neither id nor label
      {Recommendation(recommendation_1_), Recommendation(recommendation_1_)},  // twice
  };
  for (const auto& sources : bad) {
    ExpectInvalid(Actions(partnership_a_,
                          [&](auto& r) {
                            return r.Create(Plan("Bad sources.", police_a_, "2025-09-30", sources));
                          }),
                  "sources");
  }
}

TEST_P(SqlActionRepositoryTest, TheOwnerAgencyAndLeadMustBeOfThePartnership) {
  ExpectInvalid(
      Actions(partnership_a_,
              [&](auto& r) {
                return r.Create(Plan("B's agency.", police_b_, "2025-09-30", {NationalReview()}));
              }),
      "owner_agency_id");
  domain::NewAction draft = Plan("Outsider.", police_a_, "2025-09-30", {NationalReview()});
  draft.lead_user_id = outsider_;
  ExpectInvalid(Actions(partnership_a_, [&](auto& r) { return r.Create(draft); }), "lead_user_id");
  draft.lead_user_id = lead_;
  draft.title = "";
  ExpectInvalid(Actions(partnership_a_, [&](auto& r) { return r.Create(draft); }), "title");
}

TEST_P(SqlActionRepositoryTest, ListsWithEachFilter) {
  domain::NewAction led = Plan("One", police_a_, "2025-06-30", {Recommendation(recommendation_1_)});
  led.lead_user_id = lead_;
  const PlanAction x1 = MakeAction(partnership_a_, led);
  const PlanAction x2 =
      MakeAction(partnership_a_, Plan("Two", health_a_, "2025-05-31", {RapidReview(rapid_case_)}));
  PlanAction x3 =
      MakeAction(partnership_a_, Plan("Three", health_a_, "2025-07-31", {NationalReview()}));
  const PlanAction x4 = MakeAction(
      partnership_a_,
      Plan("Four", police_a_, "2025-08-31", {Recommendation(recommendation_2_), NationalReview()}));
  MakeAction(partnership_b_,
             Plan("B's", police_b_, "2025-01-31", {Recommendation(recommendation_b_)}));
  x3.status = ActionStatus::kCompleted;
  ASSERT_TRUE(Actions(partnership_a_, [&](auto& r) { return r.Update(x3); }).ok());

  using Ids = std::vector<domain::ActionId>;
  std::int64_t total = 0;
  EXPECT_EQ(Listed({}, &total), (Ids{x2.id, x1.id, x3.id, x4.id}));
  EXPECT_EQ(total, 4);
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.owner_agency_id = police_a_; })),
            (Ids{x1.id, x4.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.owner_agency_id = police_b_; })), Ids{});
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.source_kind = SourceKind::kRecommendation; })),
            (Ids{x1.id, x4.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.source_kind = SourceKind::kNationalReview; })),
            (Ids{x3.id, x4.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.status = ActionStatus::kCompleted; })),
            (Ids{x3.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.open = true; })), (Ids{x2.id, x1.id, x4.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.open = false; })), (Ids{x3.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.due_before = Day("2025-06-30"); })),
            (Ids{x2.id, x1.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.theme = "neglect"; })), (Ids{x1.id, x4.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.theme = "exploitation"; })), (Ids{x2.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.theme = "domestic abuse"; })), Ids{});
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.case_id = reviewed_case_; })),
            (Ids{x1.id, x4.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.case_id = rapid_case_; })), (Ids{x2.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.case_id = case_b_; })), Ids{});
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.lead_user_id = lead_; })), (Ids{x1.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) {
              q.owner_agency_id = health_a_;
              q.open = true;
            })),
            (Ids{x2.id}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) {
              q.owner_agency_id = police_a_;
              q.theme = "neglect";
            })),
            (Ids{x1.id, x4.id}));
}

TEST_P(SqlActionRepositoryTest, PagesDueDateFirstWithTheTotal) {
  std::vector<domain::ActionId> ids;
  for (const char* due : {"2025-05-01", "2025-06-01", "2025-07-01", "2025-08-01", "2025-09-01"}) {
    ids.push_back(MakeAction(partnership_a_, Plan("Paged", police_a_, due, {NationalReview()})).id);
  }
  using Ids = std::vector<domain::ActionId>;
  std::int64_t total = 0;
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) {
                     q.offset = 2;
                     q.limit = 2;
                   }),
                   &total),
            (Ids{ids[2], ids[3]}));
  EXPECT_EQ(total, 5);
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) {
                     q.offset = 4;
                     q.limit = 2;
                   }),
                   &total),
            (Ids{ids[4]}));
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) {
                     q.offset = 10;
                     q.limit = 2;
                   }),
                   &total),
            Ids{});
  EXPECT_EQ(total, 5);
  EXPECT_EQ(Listed(Query([&](ActionQuery& q) { q.limit = 0; })).size(), 5u);
  auto negative = Actions(partnership_a_, [&](auto& r) {
    return r.List(Query([&](ActionQuery& q) { q.offset = -1; }));
  });
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().field, "offset");
}

TEST_P(SqlActionRepositoryTest, UpdateStoresEveryFieldAndAStaleVersionIsAConflict) {
  const PlanAction created = MakeAction(
      partnership_a_, Plan("Before", police_a_, "2025-06-30", {Recommendation(recommendation_1_)}));
  PlanAction changed = created;
  changed.title = "After";
  changed.owner_agency_id = health_a_;
  changed.lead_user_id = lead_;
  changed.lead_name = "Alex Lead";
  changed.success_measure = "Fewer repeat referrals.";
  changed.priority = domain::ActionPriority::kLow;
  changed.status = ActionStatus::kNotImplemented;
  changed.status_reason = "Superseded by national guidance (fictional).";
  changed.reported_rag = Rag::kAmber;
  changed.last_update_on = Day("2025-05-15");
  changed.sources = {NationalReview(), Recommendation(recommendation_2_)};
  auto updated = Actions(partnership_a_, [&](auto& r) { return r.Update(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);

  auto read = Actions(partnership_a_, [&](auto& r) { return r.Get(created.id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->title, "After");
  EXPECT_EQ(read->owner_agency_id, health_a_);
  EXPECT_EQ(read->lead_user_id, lead_);
  EXPECT_EQ(read->lead_name, "Alex Lead");
  EXPECT_EQ(read->success_measure, "Fewer repeat referrals.");
  EXPECT_EQ(read->priority, domain::ActionPriority::kLow);
  EXPECT_EQ(read->status, ActionStatus::kNotImplemented);
  EXPECT_EQ(read->status_reason, "Superseded by national guidance (fictional).");
  EXPECT_EQ(read->reported_rag, Rag::kAmber);
  EXPECT_EQ(read->last_update_on, Day("2025-05-15"));
  EXPECT_TRUE(SameSources(read->sources, changed.sources));
  EXPECT_EQ(read->created_at, created.created_at);

  PlanAction stale = created;
  stale.title = "Stale";
  auto conflict = Actions(partnership_a_, [&](auto& r) { return r.Update(stale); });
  ASSERT_FALSE(conflict.ok());
  EXPECT_EQ(conflict.error().code, ErrorCode::kConflict);
  auto after = Actions(partnership_a_, [&](auto& r) { return r.Get(created.id); });
  EXPECT_EQ(after->title, "After");
  EXPECT_EQ(after->version, 2);
  EXPECT_TRUE(SameSources(after->sources, changed.sources));

  PlanAction unexplained = *after;
  unexplained.status_reason = "";
  ExpectInvalid(Actions(partnership_a_, [&](auto& r) { return r.Update(unexplained); }),
                "status_reason");
}

TEST_P(SqlActionRepositoryTest, CountsEachMoveOfTheDueDate) {
  PlanAction action =
      MakeAction(partnership_a_, Plan("Moving", police_a_, "2025-06-30", {NationalReview()}));
  auto save = [&](std::string_view due_on) {
    action.due_on = Day(due_on);
    auto saved = Actions(partnership_a_, [&](auto& r) { return r.Update(action); });
    EXPECT_TRUE(saved.ok()) << saved.error().message;
    if (saved.ok()) action = *saved;
    return action.due_date_changes;
  };
  EXPECT_EQ(save("2025-06-30"), 0);
  EXPECT_EQ(save("2025-09-30"), 1);
  EXPECT_EQ(save("2025-09-30"), 1);
  EXPECT_EQ(save("2025-12-31"), 2);
  EXPECT_EQ(action.version, 5);
}

TEST_P(SqlActionRepositoryTest, UpdatesAreKeptAsHistoryOldestFirst) {
  const PlanAction action =
      MakeAction(partnership_a_, Plan("Tracked", police_a_, "2025-09-30", {NationalReview()}));
  auto june = AddUpdate(partnership_a_, Progress(action.id, "2025-06-01", Rag::kAmber));
  ASSERT_TRUE(june.ok()) << june.error().message;
  EXPECT_EQ(june->action_id, action.id);
  EXPECT_EQ(june->on, Day("2025-06-01"));
  EXPECT_EQ(june->narrative, "Fictional progress narrative.");
  EXPECT_EQ(june->status, ActionStatus::kInProgress);
  EXPECT_EQ(june->rag, Rag::kAmber);
  EXPECT_EQ(june->evidence, "Fictional evidence of impact.");
  EXPECT_EQ(june->recorded_by, lead_);
  EXPECT_EQ(june->recorded_at, clock_.Now());
  ASSERT_TRUE(AddUpdate(partnership_a_, Progress(action.id, "2025-05-01", Rag::kRed)).ok());
  ActionUpdate done = Progress(action.id, "2025-07-01", Rag::kGreen);
  done.status = ActionStatus::kCompleted;
  ASSERT_TRUE(AddUpdate(partnership_a_, done).ok());

  auto history = Actions(partnership_a_, [&](auto& r) { return r.Updates(action.id); });
  ASSERT_TRUE(history.ok()) << history.error().message;
  ASSERT_EQ(history->size(), 3u);
  EXPECT_EQ((*history)[0].rag, Rag::kRed);
  EXPECT_EQ((*history)[1].rag, Rag::kAmber);
  EXPECT_EQ((*history)[2].status, ActionStatus::kCompleted);

  ActionUpdate unexplained = Progress(action.id, "2025-07-02", Rag::kGreen);
  unexplained.status = ActionStatus::kSuperseded;
  auto refused = AddUpdate(partnership_a_, unexplained);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "status_reason");
  ActionUpdate stranger = Progress(action.id, "2025-07-02", Rag::kGreen);
  stranger.recorded_by = 999999;
  refused = AddUpdate(partnership_a_, stranger);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "recorded_by");

  // The history cannot be rewritten, even by SQL that bypasses the repository.
  auto rewritten = db().Write([&](sql::Connection& c) {
    return c.Execute("UPDATE action_updates SET narrative = 'Rewritten' WHERE id = ?", {june->id});
  });
  ASSERT_FALSE(rewritten.ok());
  EXPECT_EQ(rewritten.error().code, ErrorCode::kInternal);
}

TEST_P(SqlActionRepositoryTest, EvidenceFilesShareContentStoredOnceBySha256) {
  const PlanAction action =
      MakeAction(partnership_a_, Plan("Evidenced", police_a_, "2025-09-30", {NationalReview()}));
  auto first = AddUpdate(partnership_a_, Progress(action.id, "2025-06-01", Rag::kGreen));
  auto second = AddUpdate(partnership_a_, Progress(action.id, "2025-07-01", Rag::kGreen));
  ASSERT_TRUE(first.ok() && second.ok());
  const std::string bytes = "%PDF-1.7 fictional audit report";
  const std::string sha256 = security::Sha256Hex(bytes);
  for (bool expected_new : {true, false}) {
    auto put = In<SqlFileContentRepository>(
        partnership_a_, [&](auto& contents) { return contents.Put(sha256, bytes); });
    ASSERT_TRUE(put.ok()) << put.error().message;
    EXPECT_EQ(*put, expected_new);
  }
  domain::EvidenceFile file;
  file.file_name = "audit.pdf";
  file.content_type = "application/pdf";
  file.size = static_cast<std::int64_t>(bytes.size());
  file.sha256 = sha256;
  file.uploaded_at = clock_.Now();
  for (domain::ActionUpdateId update_id : {first->id, second->id}) {
    file.update_id = update_id;
    auto added = Actions(partnership_a_, [&](auto& r) { return r.AddEvidenceFile(file); });
    ASSERT_TRUE(added.ok()) << added.error().message;
    EXPECT_EQ(added->update_id, update_id);
  }
  auto files = Actions(partnership_a_, [&](auto& r) { return r.EvidenceFiles(first->id); });
  ASSERT_TRUE(files.ok()) << files.error().message;
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ((*files)[0].file_name, "audit.pdf");
  EXPECT_EQ((*files)[0].content_type, "application/pdf");
  EXPECT_EQ((*files)[0].size, static_cast<std::int64_t>(bytes.size()));
  EXPECT_EQ((*files)[0].sha256, sha256);
  EXPECT_EQ((*files)[0].uploaded_at, clock_.Now());

  auto stored = db().Read([&](sql::Connection& c) {
    return c.Query("SELECT count(*) FROM file_contents WHERE partnership_id = ?", {partnership_a_});
  });
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->rows.front().Int64(0), 1);

  // A record cannot name bytes that were never stored.
  file.sha256 = std::string(64, 'b');
  auto unstored = Actions(partnership_a_, [&](auto& r) { return r.AddEvidenceFile(file); });
  ASSERT_FALSE(unstored.ok());
  EXPECT_EQ(unstored.error().code, ErrorCode::kInvalidInput);
}

TEST_P(SqlActionRepositoryTest, AnotherPartnershipsActionIsNotFound) {
  const PlanAction theirs = MakeAction(
      partnership_b_, Plan("B's", police_b_, "2025-09-30", {Recommendation(recommendation_b_)}));
  auto update = AddUpdate(partnership_b_, Progress(theirs.id, "2025-06-01", Rag::kGreen));
  ASSERT_TRUE(update.ok()) << update.error().message;

  auto expect_not_found = [](const auto& result) {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::kNotFound);
  };
  expect_not_found(Actions(partnership_a_, [&](auto& r) { return r.Get(theirs.id); }));
  PlanAction changed = theirs;
  changed.owner_agency_id = police_a_;
  changed.sources = {NationalReview()};
  expect_not_found(Actions(partnership_a_, [&](auto& r) { return r.Update(changed); }));
  expect_not_found(AddUpdate(partnership_a_, Progress(theirs.id, "2025-06-02", Rag::kRed)));
  expect_not_found(Actions(partnership_a_, [&](auto& r) { return r.Updates(theirs.id); }));
  expect_not_found(Actions(partnership_a_, [&](auto& r) { return r.EvidenceFiles(update->id); }));
  expect_not_found(
      Actions(partnership_a_, [&](auto& r) { return r.ForRecommendation(recommendation_b_); }));
  EXPECT_TRUE(Listed({}).empty());

  auto still = Actions(partnership_b_, [&](auto& r) { return r.Get(theirs.id); });
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->version, 1);
  EXPECT_EQ(still->owner_agency_id, police_b_);
}

TEST_P(SqlActionRepositoryTest, ForRecommendationListsTheActionsAnsweringIt) {
  const PlanAction one = MakeAction(
      partnership_a_, Plan("One", police_a_, "2025-08-31", {Recommendation(recommendation_1_)}));
  const PlanAction both = MakeAction(
      partnership_a_, Plan("Both", health_a_, "2025-07-31",
                           {Recommendation(recommendation_2_), Recommendation(recommendation_1_)}));
  MakeAction(partnership_a_, Plan("Neither", health_a_, "2025-06-30", {NationalReview()}));

  auto first =
      Actions(partnership_a_, [&](auto& r) { return r.ForRecommendation(recommendation_1_); });
  ASSERT_TRUE(first.ok()) << first.error().message;
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[0].id, both.id);
  EXPECT_EQ((*first)[1].id, one.id);
  EXPECT_EQ((*first)[0].sources.size(), 2u);
  auto second =
      Actions(partnership_a_, [&](auto& r) { return r.ForRecommendation(recommendation_2_); });
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->size(), 1u);
  EXPECT_EQ((*second)[0].id, both.id);
}

TEST_P(SqlActionRepositoryTest, RecommendationsComeWithTheirCaseAndOnlyFromThisPartnership) {
  const std::vector<domain::RecommendationId> ids{recommendation_2_, recommendation_b_,
                                                  recommendation_1_, recommendation_2_};
  auto found = Actions(partnership_a_, [&](auto& r) { return r.Recommendations(ids); });
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_EQ(found->size(), 2u);  // B's recommendation is left out; the repeated id comes once
  EXPECT_EQ((*found)[0].id, recommendation_1_);
  EXPECT_EQ((*found)[0].case_id, reviewed_case_);
  EXPECT_EQ((*found)[0].case_reference, "CR-2025-001");
  EXPECT_EQ((*found)[0].number, 1);
  EXPECT_EQ((*found)[0].text, "Fictional recommendation.");
  EXPECT_EQ((*found)[1].id, recommendation_2_);
  EXPECT_EQ((*found)[1].number, 2);

  auto none = Actions(partnership_a_, [&](auto& r) {
    return r.Recommendations(std::vector<domain::RecommendationId>{});
  });
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlActionRepositoryTest);

}  // namespace
}  // namespace assure::storage
