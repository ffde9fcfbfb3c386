// ActionService over a real Store, on both backends: creating and changing actions (the
// business unit only), reading an action with its sources, history, evidence and rating, lists
// narrowed to an agency lead's agencies, progress updates with evidence files in one
// transaction, and who may do what: another agency's lead gets kNotFound, changes nothing and is
// audited; a board member reads but never updates; of two updates from one version, one wins and
// the other is told to reload.
#include "domain/actions/action_service.h"

#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "testing/action_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;

class ActionServiceSuite : public testing::ActionServiceTest {
 protected:
  static ActionQuery Page(std::int64_t offset, std::int64_t limit) {
    ActionQuery query;
    query.offset = offset;
    query.limit = limit;
    return query;
  }

  // The ids of `actions`, in order.
  static std::vector<ActionId> Ids(const std::vector<RatedAction>& actions) {
    std::vector<ActionId> ids;
    for (const RatedAction& rated : actions) ids.push_back(rated.action.id);
    return ids;
  }
};

TEST_P(ActionServiceSuite, CreatingTakesTheLeadsNameFromTheirAccountAndIsAudited) {
  NewAction draft = Plan("  Train staff in the neglect toolkit  ", police_, "2026-06-30");
  draft.lead_user_id = police_lead_.user_id();
  draft.lead_name = "Someone Else";
  auto created = actions_->Create(manager_, draft);
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->title, "Train staff in the neglect toolkit");
  EXPECT_EQ(created->lead_name, "Sam Patel");  // the account's display name
  EXPECT_EQ(created->status, ActionStatus::kNotStarted);
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(Count("action.create", kSuccess, std::to_string(created->id)), 1);
}

TEST_P(ActionServiceSuite, CreatingNamesTheFieldAtFaultAndOnlyTheBusinessUnitCreates) {
  auto foreign = actions_->Create(officer_, Plan("Foreign owner", south_police_, "2026-06-30"));
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().field, "owner_agency_id");
  NewAction outsider = Plan("Outside lead", police_, "2026-06-30");
  outsider.lead_user_id = south_manager_.user_id();
  auto lead = actions_->Create(officer_, outsider);
  ASSERT_FALSE(lead.ok());
  EXPECT_EQ(lead.error().field, "lead_user_id");
  auto blank = actions_->Create(officer_, Plan("   ", police_, "2026-06-30"));
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().field, "title");

  for (const Requester* who : {&police_lead_, &board_, &administrator_}) {
    auto refused = actions_->Create(*who, Plan("Not theirs to plan", police_, "2026-06-30"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  }
  EXPECT_EQ(Count("action.create", kDenied), 3);
  auto listed = actions_->List(officer_, {});
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(listed->total, 0);
}

TEST_P(ActionServiceSuite, EditingChangesThePlanCountsADueDateMoveAndRefusesAStaleVersion) {
  PlanAction action = Make("Audit supervision records", police_, "2026-03-31");
  PlanAction edited = action;
  edited.title = "Audit supervision records twice a year";
  edited.due_on = D("2026-05-29");
  edited.owner_agency_id = health_;
  edited.status = ActionStatus::kCompleted;  // not a plan field: ignored
  auto stored = actions_->Edit(officer_, edited);
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(stored->title, "Audit supervision records twice a year");
  EXPECT_EQ(stored->owner_agency_id, health_);
  EXPECT_EQ(stored->due_on, D("2026-05-29"));
  EXPECT_EQ(stored->due_date_changes, 1);
  EXPECT_EQ(stored->status, ActionStatus::kNotStarted);
  EXPECT_EQ(stored->version, action.version + 1);
  EXPECT_EQ(Count("action.update", kSuccess, std::to_string(action.id)), 1);

  edited.title = "A change from an old page";
  auto stale = actions_->Edit(manager_, edited);  // still at the first version
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message, "Someone else changed this action; reload it and try again.");
  EXPECT_EQ(StoredAction(action.id).title, "Audit supervision records twice a year");

  // The owner agency's lead records progress but does not change the plan.
  PlanAction by_lead = *stored;
  by_lead.due_on = D("2026-12-31");
  auto refused = actions_->Edit(health_lead_, by_lead);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("action.update", kDenied, std::to_string(action.id)), 1);
  EXPECT_EQ(StoredAction(action.id).due_on, D("2026-05-29"));
}

TEST_P(ActionServiceSuite, ReadingShowsSourcesHistoryRatingAndWhatTheAskerMayDo) {
  NewAction draft = Plan("Share information at the front door", police_, "2026-01-16");
  draft.sources = {{SourceKind::kRecommendation, recommendations_[1], ""},
                   {SourceKind::kRapidReview, rapid_case_.id, ""},
                   NationalReview()};
  auto created = actions_->Create(officer_, draft);
  ASSERT_TRUE(created.ok()) << created.error().message;
  const PlanAction updated = Update(police_lead_, *created, Progress(created->version));

  auto view = actions_->Get(officer_, created->id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->sources.size(), 3u);
  EXPECT_EQ(view->sources[0].description, "CR-2025-201, recommendation 2");
  EXPECT_EQ(view->sources[0].case_id, reviewed_case_.id);
  EXPECT_EQ(view->sources[0].recommendation_number, 2);
  EXPECT_EQ(view->sources[0].recommendation_text, "Fictional recommendation on supervision.");
  EXPECT_EQ(view->sources[1].description, "CR-2025-202, rapid review");
  EXPECT_EQ(view->sources[1].case_reference, "CR-2025-202");
  EXPECT_EQ(view->sources[2].description, "Fictional national review, 2024");
  EXPECT_FALSE(view->sources[2].case_id);
  ASSERT_EQ(view->updates.size(), 1u);
  EXPECT_EQ(view->updates[0].update.recorded_by, police_lead_.user_id());
  // Reported green, due in 9 working days: shown amber, and flagged.
  EXPECT_EQ(view->rated.action.version, updated.version);
  EXPECT_EQ(view->rated.effective_rag, Rag::kAmber);
  EXPECT_TRUE(view->rated.rag_disagrees);
  EXPECT_TRUE(view->may_update);
  EXPECT_TRUE(view->may_edit);
  EXPECT_EQ(view->next_statuses,
            (std::vector<ActionStatus>{ActionStatus::kInProgress, ActionStatus::kCompleted,
                                       ActionStatus::kNotImplemented, ActionStatus::kSuperseded}));
  EXPECT_EQ(Count("action.read", kSuccess, std::to_string(created->id)), 1);

  auto by_board = actions_->Get(board_, created->id);
  ASSERT_TRUE(by_board.ok()) << by_board.error().message;
  EXPECT_FALSE(by_board->may_update);
  EXPECT_FALSE(by_board->may_edit);
  EXPECT_TRUE(by_board->next_statuses.empty());
}

TEST_P(ActionServiceSuite, AnAgencyLeadReadsOnlyTheirAgencysActionsAndSeesNoReviewRound) {
  const PlanAction ours = Make("Police action", police_, "2026-04-30");
  const PlanAction theirs = Make("Health action", health_, "2026-04-30");
  ASSERT_TRUE(rounds_->Open(manager_, {2025, 4}).ok());

  auto read = actions_->Get(police_lead_, ours.id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_TRUE(read->may_update);
  EXPECT_FALSE(read->may_edit);
  EXPECT_TRUE(read->reviews.empty());  // review rounds are the business unit's and the board's
  auto by_officer = actions_->Get(officer_, ours.id);
  ASSERT_TRUE(by_officer.ok());
  ASSERT_EQ(by_officer->reviews.size(), 1u);
  EXPECT_EQ(by_officer->reviews[0].quarter, (Quarter{2025, 4}));

  auto other = actions_->Get(police_lead_, theirs.id);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
  auto missing = actions_->Get(police_lead_, 999999);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(other.error().message, "There is no such action.");
  EXPECT_EQ(missing.error().message, other.error().message);
  EXPECT_EQ(Count("action.read", kDenied, std::to_string(theirs.id)), 1);
}

TEST_P(ActionServiceSuite, ListsAreNarrowedToTheLeadsAgenciesWhateverTheQuerySays) {
  const PlanAction late = Make("Police, due later", police_, "2026-09-30");
  const PlanAction soon = Make("Police, due sooner", police_, "2026-02-27");
  const PlanAction health = Make("Health action", health_, "2026-03-31");
  const PlanAction done = Complete(Make("Police, completed", police_, "2026-01-30"));

  auto lead = actions_->List(police_lead_, {});
  ASSERT_TRUE(lead.ok()) << lead.error().message;
  EXPECT_EQ(lead->total, 3);
  EXPECT_EQ(Ids(lead->actions), (std::vector<ActionId>{done.id, soon.id, late.id}));
  ActionQuery asks_for_health;
  asks_for_health.owner_agency_id = health_;
  auto narrowed = actions_->List(police_lead_, asks_for_health);
  ASSERT_TRUE(narrowed.ok());
  EXPECT_EQ(narrowed->total, 0);
  EXPECT_TRUE(narrowed->actions.empty());

  auto board = actions_->List(board_, {});
  ASSERT_TRUE(board.ok());
  EXPECT_EQ(board->total, 4);
  auto paged = actions_->List(officer_, Page(1, 2));
  ASSERT_TRUE(paged.ok());
  EXPECT_EQ(Ids(paged->actions), (std::vector<ActionId>{soon.id, health.id}));
  EXPECT_EQ(Count("action.list", kSuccess), 4);

  auto mine = actions_->MyActions(police_lead_);
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  EXPECT_EQ(Ids(*mine), (std::vector<ActionId>{soon.id, late.id}));  // open only, due first
  auto not_a_lead = actions_->MyActions(officer_);
  ASSERT_FALSE(not_a_lead.ok());
  EXPECT_EQ(not_a_lead.error().code, ErrorCode::kForbidden);
}

// The store holds one agency lead membership per person and partnership today; the policy does
// not assume it, so a principal leading two agencies sees both merged in the list's order.
TEST_P(ActionServiceSuite, ALeadOfSeveralAgenciesSeesTheirsMergedAndPaged) {
  Requester both = police_lead_;
  ASSERT_EQ(both.principal.memberships.size(), 1u);
  Membership health_lead = both.principal.memberships[0];
  health_lead.agency_id = health_;
  both.principal.memberships.push_back(health_lead);
  const PlanAction police = Make("Police action", police_, "2026-05-29");
  const PlanAction health = Make("Health action", health_, "2026-02-27");
  Make("Council action", council_, "2026-01-30");

  auto all = actions_->List(both, {});
  ASSERT_TRUE(all.ok()) << all.error().message;
  EXPECT_EQ(all->total, 2);
  EXPECT_EQ(Ids(all->actions), (std::vector<ActionId>{health.id, police.id}));
  auto second = actions_->List(both, Page(1, 1));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->total, 2);
  EXPECT_EQ(Ids(second->actions), (std::vector<ActionId>{police.id}));
}

TEST_P(ActionServiceSuite, OnlyTheBusinessUnitExportsAndEachExportIsAudited) {
  Make("Police action", police_, "2026-04-30");
  Make("Health action", health_, "2026-03-31");
  auto exported = actions_->Export(manager_, Page(0, 1));
  ASSERT_TRUE(exported.ok()) << exported.error().message;
  EXPECT_EQ(exported->actions.size(), 2u);  // every matching action, not a page
  EXPECT_EQ(Count("action.export", kSuccess), 1);
  for (const Requester* who : {&board_, &police_lead_}) {
    auto refused = actions_->Export(*who, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  }
  EXPECT_EQ(Count("action.export", kDenied), 2);
}

TEST_P(ActionServiceSuite, AnUpdateKeepsHistorySetsStatusAndRatingAndStoresItsEvidenceFile) {
  const PlanAction action = Make("Train staff", police_, "2026-06-30");
  const PlanAction amber = Update(police_lead_, action,
                                  Progress(action.version, ActionStatus::kInProgress, Rag::kAmber));
  EXPECT_EQ(amber.status, ActionStatus::kInProgress);
  EXPECT_EQ(amber.reported_rag, Rag::kAmber);
  EXPECT_EQ(amber.last_update_on, D("2026-01-05"));
  EXPECT_EQ(amber.version, action.version + 1);

  ActionUpdateInput completed = Progress(amber.version, ActionStatus::kCompleted);
  completed.evidence = "Fictional evidence: every team has used the toolkit.";
  completed.file = NewEvidenceFile{"audit.txt", "Fictional audit results, line one.\n"};
  auto recorded = actions_->RecordUpdate(police_lead_, action.id, completed);
  ASSERT_TRUE(recorded.ok()) << recorded.error().message;
  EXPECT_EQ(recorded->action.status, ActionStatus::kCompleted);
  ASSERT_EQ(recorded->update.files.size(), 1u);
  EXPECT_EQ(recorded->update.files[0].file_name, "audit.txt");
  EXPECT_EQ(Count("action.update.record", kSuccess, std::to_string(action.id)), 2);

  const auto history = StoredUpdates(action.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].rag, Rag::kAmber);
  EXPECT_EQ(history[1].status, ActionStatus::kCompleted);
  auto view = actions_->Get(police_lead_, action.id);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->updates.size(), 2u);
  EXPECT_TRUE(view->updates[0].files.empty());
  ASSERT_EQ(view->updates[1].files.size(), 1u);

  const EvidenceFileId file_id = recorded->update.files[0].id;
  auto download = actions_->GetEvidenceFile(board_, action.id, file_id);
  ASSERT_TRUE(download.ok()) << download.error().message;
  EXPECT_EQ(download->bytes, "Fictional audit results, line one.\n");
  EXPECT_EQ(Count("action.evidence.read", kSuccess, std::to_string(action.id)), 1);
  auto other = actions_->GetEvidenceFile(health_lead_, action.id, file_id);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Count("action.evidence.read", kDenied, std::to_string(action.id)), 1);
}

TEST_P(ActionServiceSuite, ARefusedUpdateOrFileStoresNothing) {
  const PlanAction action = Make("Train staff", police_, "2026-06-30");
  auto no_evidence = actions_->RecordUpdate(police_lead_, action.id,
                                            Progress(action.version, ActionStatus::kCompleted));
  ASSERT_FALSE(no_evidence.ok());
  EXPECT_EQ(no_evidence.error().field, "evidence");

  ActionUpdateInput with_bad_file = Progress(action.version);
  with_bad_file.file = NewEvidenceFile{"tool.exe", std::string("MZ\x90\x00\x03", 5)};
  auto bad_file = actions_->RecordUpdate(police_lead_, action.id, with_bad_file);
  ASSERT_FALSE(bad_file.ok());
  EXPECT_EQ(bad_file.error().field, "file");

  EXPECT_TRUE(StoredUpdates(action.id).empty());
  EXPECT_EQ(StoredAction(action.id).version, action.version);
  EXPECT_EQ(StoredAction(action.id).status, ActionStatus::kNotStarted);
}

TEST_P(ActionServiceSuite, OnlyTheBusinessUnitReopensAClosedAction) {
  const PlanAction done = Complete(Make("Train staff", police_, "2026-06-30"));
  auto by_lead = actions_->RecordUpdate(police_lead_, done.id, Progress(done.version));
  ASSERT_FALSE(by_lead.ok());
  EXPECT_EQ(by_lead.error().field, "status");
  auto view = actions_->Get(police_lead_, done.id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->next_statuses, (std::vector<ActionStatus>{ActionStatus::kCompleted}));

  auto reopened = actions_->RecordUpdate(officer_, done.id, Progress(done.version));
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ(reopened->action.status, ActionStatus::kInProgress);
}

// The access test: 404, nothing changed, audited.
TEST_P(ActionServiceSuite, AnotherAgencysLeadUpdatingAnActionGetsNotFoundChangesNothingAudited) {
  const PlanAction action = Make("Police action", police_, "2026-06-30");
  ActionUpdateInput input = Progress(action.version);
  input.file = NewEvidenceFile{"notes.txt", "Fictional notes.\n"};
  auto refused = actions_->RecordUpdate(health_lead_, action.id, input);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(refused.error().message, "There is no such action.");

  const PlanAction stored = StoredAction(action.id);
  EXPECT_EQ(stored.version, action.version);
  EXPECT_EQ(stored.status, ActionStatus::kNotStarted);
  EXPECT_FALSE(stored.last_update_on);
  EXPECT_TRUE(StoredUpdates(action.id).empty());

  int denied = 0;
  for (const AuditEvent& event : Trail(north_)) {
    if (event.action != "action.update.record") continue;
    EXPECT_EQ(event.outcome, kDenied);
    EXPECT_EQ(event.user_id, health_lead_.user_id());
    EXPECT_EQ(event.resource_type, "action");
    EXPECT_EQ(event.resource_id, std::to_string(action.id));
    EXPECT_EQ(event.reason, "role does not allow action:read");
    ++denied;
  }
  EXPECT_EQ(denied, 1);
}

TEST_P(ActionServiceSuite, ABoardMemberCannotUpdateAnAction) {
  const PlanAction action = Make("Police action", police_, "2026-06-30");
  auto refused = actions_->RecordUpdate(board_, action.id, Progress(action.version));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("action.update.record", kDenied, std::to_string(action.id)), 1);
  EXPECT_TRUE(StoredUpdates(action.id).empty());
  EXPECT_EQ(StoredAction(action.id).version, action.version);
}

// The concurrency test: both load version N; the first update wins, the second is told to
// reload, and the action has exactly one new update.
TEST_P(ActionServiceSuite, OfTwoUpdatesFromTheSameVersionTheFirstWinsAndTheSecondIsToldToReload) {
  const PlanAction action = Make("Police action", police_, "2026-06-30");
  auto lead_page = actions_->Get(police_lead_, action.id);
  auto officer_page = actions_->Get(officer_, action.id);
  ASSERT_TRUE(lead_page.ok() && officer_page.ok());
  const Version seen = lead_page->rated.action.version;
  ASSERT_EQ(officer_page->rated.action.version, seen);

  auto first = actions_->RecordUpdate(police_lead_, action.id,
                                      Progress(seen, ActionStatus::kInProgress, Rag::kGreen));
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = actions_->RecordUpdate(officer_, action.id,
                                       Progress(seen, ActionStatus::kInProgress, Rag::kRed));
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kConflict);
  EXPECT_EQ(second.error().message, "Someone else changed this action; reload it and try again.");

  const auto history = StoredUpdates(action.id);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0].recorded_by, police_lead_.user_id());
  const PlanAction stored = StoredAction(action.id);
  EXPECT_EQ(stored.version, seen + 1);
  EXPECT_EQ(stored.reported_rag, Rag::kGreen);
}

TEST_P(ActionServiceSuite, OfTwoUpdatesRacingFromTheSameVersionExactlyOneIsStored) {
  const PlanAction action = Make("Police action", police_, "2026-06-30");
  std::latch start{2};
  core::Result<RecordedUpdate> results[2] = {core::Error::Internal("not run"),
                                             core::Error::Internal("not run")};
  const Requester* who[2] = {&police_lead_, &officer_};
  std::thread threads[2];
  for (int t = 0; t < 2; ++t) {
    threads[t] = std::thread([&, t] {
      start.arrive_and_wait();
      results[t] = actions_->RecordUpdate(*who[t], action.id, Progress(action.version));
    });
  }
  for (auto& thread : threads) thread.join();
  const int wins = (results[0].ok() ? 1 : 0) + (results[1].ok() ? 1 : 0);
  ASSERT_EQ(wins, 1);
  const core::Result<RecordedUpdate>& loser = results[0].ok() ? results[1] : results[0];
  EXPECT_EQ(loser.error().code, ErrorCode::kConflict) << loser.error().message;
  EXPECT_EQ(StoredUpdates(action.id).size(), 1u);
  EXPECT_EQ(StoredAction(action.id).version, action.version + 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ActionServiceSuite);

}  // namespace
}  // namespace assure::domain
