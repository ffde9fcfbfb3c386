// CaseService over a real Store, on both backends: opening a case, every read audited (the
// restricted details separately), each workflow step with its guards, illegal steps and stale
// versions changing nothing, and who sees which case (a reviewer only theirs; an agency lead,
// a board member and another partnership none, as if it did not exist, audited).
#include "domain/reviews/cases/case_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using ::testing::ElementsAre;

class CaseServiceSuite : public testing::CaseServiceTest {
 protected:
  // A child case with its notification recorded.
  Case Notified(const std::string& reference) {
    Case opened = Open(reference);
    auto notified =
        cases_->RecordNotification(officer_, opened.id, opened.version, {D("2025-12-31"), ""});
    EXPECT_TRUE(notified.ok()) << notified.error().message;
    return notified.ok() ? *notified : opened;
  }

  static RapidReviewInput Decision(ReviewDecision decision) {
    RapidReviewInput input;
    input.review.meeting_on = D("2026-01-02");
    input.review.completed_on = D("2026-01-05");
    input.review.decision = decision;
    input.review.rationale = "Concern about how agencies worked together.";
    return input;
  }

  // A child case converted into its CSPR.
  Case InCspr(const std::string& reference) {
    Case notified = Notified(reference);
    auto decided = cases_->RecordRapidReview(officer_, notified.id, notified.version,
                                             Decision(ReviewDecision::kCspr));
    EXPECT_TRUE(decided.ok()) << decided.error().message;
    return decided.ok() ? *decided : notified;
  }

  Reviewer Register(const std::string& name, std::optional<UserId> user,
                    std::vector<AgencyId> interests) {
    Reviewer reviewer;
    reviewer.name = name;
    reviewer.user_id = user;
    reviewer.interests = std::move(interests);
    auto created = reviewers_->Create(officer_, reviewer);
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? *created : reviewer;
  }

  void ExpectNotFoundLikeAMissingCase(const core::Error& error) {
    auto missing = cases_->Get(manager_, 999999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(error.code, core::ErrorCode::kNotFound);
    EXPECT_EQ(error.message, missing.error().message);
  }
};

TEST_P(CaseServiceSuite, OpensACaseFromAReferralInScopingWithItsTimelineAndAudit) {
  const Case opened = Open("CR-2025-001");
  EXPECT_EQ(opened.state, CaseState::kScoping);
  EXPECT_EQ(opened.version, 1);
  EXPECT_THAT(opened.themes, ElementsAre("neglect"));
  EXPECT_EQ(Count("case.create", kSuccess, std::to_string(opened.id)), 1);

  auto view = cases_->Get(officer_, opened.id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->timeline.size(), 1u);
  EXPECT_EQ(view->timeline[0].action, "refer");
  EXPECT_EQ(view->timeline[0].user_id, officer_.user_id());
  EXPECT_EQ(view->timeline[0].to_state, CaseState::kScoping);
  EXPECT_TRUE(view->may_read_restricted);
  ASSERT_FALSE(view->clocks.empty());
  EXPECT_EQ(view->clocks.front().rule_code, "notification");
  EXPECT_EQ(Count("case.read", kSuccess, std::to_string(opened.id)), 1);
}

TEST_P(CaseServiceSuite, OpeningRefusesAnUnknownThemeOrAnotherPartnershipsAgency) {
  auto draft = Draft("CR-2025-002");
  draft.referring_agency_id = south_police_;
  auto refused = cases_->Open(officer_, draft);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "referring_agency_id");
  draft = Draft("CR-2025-002");
  draft.themes = {"astrology"};
  refused = cases_->Open(officer_, draft);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(Count("case.create", kSuccess), 0);
}

TEST_P(CaseServiceSuite, EveryReadIsAuditedAndTheRestrictedDetailsSeparately) {
  const Case opened = Open("CR-2025-003");
  ASSERT_TRUE(cases_->Get(officer_, opened.id).ok());
  ASSERT_TRUE(cases_->Get(manager_, opened.id).ok());
  ASSERT_TRUE(lists_->List(officer_, CaseQuery{}, false).ok());
  EXPECT_EQ(Count("case.read", kSuccess, std::to_string(opened.id)), 2);
  EXPECT_EQ(Count("case.list", kSuccess), 1);
  EXPECT_EQ(Count("case.restricted.read", kSuccess), 0);

  auto restricted = cases_->GetRestricted(manager_, opened.id);
  ASSERT_TRUE(restricted.ok()) << restricted.error().message;
  EXPECT_EQ(restricted->circumstances, "Fictional circumstances for a test.");
  ASSERT_EQ(restricted->identities.size(), 1u);
  EXPECT_EQ(restricted->identities[0].name, "Fictional Name");
  EXPECT_EQ(Count("case.restricted.read", kSuccess, std::to_string(opened.id)), 1);
  EXPECT_EQ(Count("case.read", kSuccess, std::to_string(opened.id)), 2);

  auto exported = lists_->Export(manager_, CaseQuery{}, false);
  ASSERT_TRUE(exported.ok());
  EXPECT_EQ(exported->total, 1);
  EXPECT_EQ(Count("case.export", kSuccess), 1);
}

TEST_P(CaseServiceSuite, AChildCaseRunsFromReferralToPublicationAsOneHistory) {
  Case record = Notified("CR-2025-004");
  auto arranged = cases_->ArrangeRapidReview(officer_, record.id, record.version, D("2026-01-02"));
  ASSERT_TRUE(arranged.ok()) << arranged.error().message;
  EXPECT_EQ(arranged->state, CaseState::kRapidReview);

  auto input = Decision(ReviewDecision::kCspr);
  input.decided_on = D("2026-01-06");
  auto decided = cases_->RecordRapidReview(officer_, record.id, arranged->version, input);
  ASSERT_TRUE(decided.ok()) << decided.error().message;
  EXPECT_EQ(decided->state, CaseState::kFullReview);
  auto stored = Stored(record.id);
  ASSERT_TRUE(stored.rapid_review.has_value());  // converted: the rapid review is kept
  EXPECT_EQ(stored.rapid_review->decision, ReviewDecision::kCspr);
  ASSERT_TRUE(stored.full_review.has_value());
  EXPECT_EQ(stored.full_review->kind, FullReviewKind::kCspr);
  EXPECT_EQ(stored.full_review->decided_on, D("2026-01-06"));

  ReviewPlan plan;
  plan.stages = {{"terms of reference", D("2026-01-20"), D("2026-01-21")},
                 {"publication", D("2026-06-30"), std::nullopt}};
  auto planned = cases_->RecordStages(officer_, record.id, decided->version, plan);
  ASSERT_TRUE(planned.ok()) << planned.error().message;
  auto found = cases_->RecordFindings(officer_, record.id, planned->version,
                                      {{"Information was not shared."}, {"Share chronologies."}});
  ASSERT_TRUE(found.ok()) << found.error().message;
  auto noticed = cases_->SendPrepublicationNotice(officer_, record.id, found->version,
                                                  {D("2026-06-19"), D("2026-06-19"), std::nullopt});
  ASSERT_TRUE(noticed.ok()) << noticed.error().message;
  auto published = cases_->Publish(manager_, record.id, noticed->version,
                                   {D("2026-06-30"), "https://example.org/reviews/child-h"});
  ASSERT_TRUE(published.ok()) << published.error().message;
  EXPECT_EQ(published->state, CaseState::kPublished);

  stored = Stored(record.id);
  EXPECT_EQ(stored.full_review->terms_of_reference_on, D("2026-01-21"));
  EXPECT_EQ(stored.full_review->planned_publication_on, D("2026-06-30"));
  EXPECT_EQ(stored.full_review->notice_sent_on, D("2026-06-19"));
  EXPECT_EQ(stored.full_review->published_on, D("2026-06-30"));
  ASSERT_EQ(stored.full_review->recommendations.size(), 1u);
  EXPECT_EQ(stored.full_review->recommendations[0].number, 1);

  std::vector<std::string> actions;
  for (const auto& event : Timeline(record.id)) actions.push_back(event.action);
  EXPECT_THAT(actions, ElementsAre("refer", "notify_panel", "arrange_rapid_review",
                                   "record_rapid_review", "record_stage", "record_findings",
                                   "send_prepublication_notice", "publish"));
  EXPECT_EQ(Count("case.transition.record_rapid_review", kSuccess, std::to_string(record.id)), 1);
  EXPECT_EQ(Count("case.transition.publish", kSuccess, std::to_string(record.id)), 1);
}

TEST_P(CaseServiceSuite, ARapidReviewWithoutTheNotificationIsRefusedAndChangesNothing) {
  const Case opened = Open("CR-2025-005");
  auto refused = cases_->RecordRapidReview(officer_, opened.id, opened.version,
                                           Decision(ReviewDecision::kCspr));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(refused.error().field, "notification");
  const auto stored = Stored(opened.id);
  EXPECT_EQ(stored.record.state, CaseState::kScoping);
  EXPECT_EQ(stored.record.version, opened.version);
  EXPECT_FALSE(stored.rapid_review.has_value());
  EXPECT_FALSE(stored.full_review.has_value());
  EXPECT_EQ(Timeline(opened.id).size(), 1u);
  EXPECT_EQ(Count("case.transition.record_rapid_review", kSuccess), 0);
}

TEST_P(CaseServiceSuite, AnAdultSarDecisionRecordsTheCareActInputs) {
  const Case opened = Open("CR-2025-006", CaseType::kAdult);
  auto refused = cases_->RecordRapidReview(officer_, opened.id, opened.version,
                                           Decision(ReviewDecision::kSar));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "s44");
  auto input = Decision(ReviewDecision::kSar);
  input.s44 = CareActS44{.needs_care_and_support = true,
                         .concern_about_joint_working = true,
                         .adult_died = true,
                         .abuse_or_neglect_caused_death = true,
                         .serious_abuse_or_neglect = false};
  // s44(1)-(3) are met: declining the review is refused, and nothing is stored.
  auto declined = Decision(ReviewDecision::kNone);
  declined.s44 = input.s44;
  auto refused_none = cases_->RecordRapidReview(officer_, opened.id, opened.version, declined);
  ASSERT_FALSE(refused_none.ok());
  EXPECT_EQ(refused_none.error().field, "decision");
  EXPECT_FALSE(Stored(opened.id).record.s44.has_value());
  auto decided = cases_->RecordRapidReview(officer_, opened.id, opened.version, input);
  ASSERT_TRUE(decided.ok()) << decided.error().message;
  EXPECT_EQ(decided->state, CaseState::kFullReview);
  EXPECT_EQ(Stored(opened.id).record.s44, input.s44);
  auto view = cases_->Get(officer_, opened.id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->sar_basis, SarBasis::kMandatory);
  EXPECT_EQ(view->records.full_review->kind, FullReviewKind::kSar);
}

TEST_P(CaseServiceSuite, ADecisionOfNoReviewClosesTheCase) {
  const Case notified = Notified("CR-2025-007");
  auto closed = cases_->RecordRapidReview(officer_, notified.id, notified.version,
                                          Decision(ReviewDecision::kNone));
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_EQ(closed->state, CaseState::kClosed);
  EXPECT_FALSE(Stored(notified.id).full_review.has_value());
  // Closed: no going back to a rapid review.
  auto refused =
      cases_->ArrangeRapidReview(officer_, notified.id, closed->version, D("2026-01-09"));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(Stored(notified.id).record.version, closed->version);
}

TEST_P(CaseServiceSuite, ClosingWithoutAReviewIsTheManagersAndNeedsARationale) {
  const Case opened = Open("CR-2025-008", CaseType::kAdult);
  auto by_officer =
      cases_->CloseWithoutReview(officer_, opened.id, opened.version, {"Not met.", std::nullopt});
  ASSERT_FALSE(by_officer.ok());
  EXPECT_EQ(by_officer.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Count("case.transition.close_without_review", kDenied, std::to_string(opened.id)), 1);
  auto blank =
      cases_->CloseWithoutReview(manager_, opened.id, opened.version, {"  ", std::nullopt});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().field, "rationale");
  EXPECT_EQ(Stored(opened.id).record.state, CaseState::kScoping);

  auto without_s44 = cases_->CloseWithoutReview(manager_, opened.id, opened.version,
                                                {"The SAR criteria are not met.", std::nullopt});
  ASSERT_FALSE(without_s44.ok());
  EXPECT_EQ(without_s44.error().field, "s44");
  auto closed = cases_->CloseWithoutReview(
      manager_, opened.id, opened.version,
      {"The SAR criteria are not met.", CareActS44{.needs_care_and_support = true}});
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_EQ(closed->state, CaseState::kClosed);
  EXPECT_EQ(Timeline(opened.id).back().note, "The SAR criteria are not met.");
}

TEST_P(CaseServiceSuite, AStaleVersionIsAConflictAndChangesNothing) {
  const Case opened = Open("CR-2025-009");
  Case first = opened;
  first.summary = "Edited by the officer.";
  auto updated = cases_->Update(officer_, first);
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, opened.version + 1);

  Case second = opened;  // loaded before the first edit
  second.summary = "Edited by the manager.";
  auto stale = cases_->Update(manager_, second);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message, "Someone else changed this case; reload it and try again.");
  auto stale_step =
      cases_->RecordNotification(manager_, opened.id, opened.version, {D("2025-12-31"), ""});
  ASSERT_FALSE(stale_step.ok());
  EXPECT_EQ(stale_step.error().code, core::ErrorCode::kConflict);
  const auto stored = Stored(opened.id);
  EXPECT_EQ(stored.record.summary, "Edited by the officer.");
  EXPECT_FALSE(stored.notification.has_value());
}

TEST_P(CaseServiceSuite, PublishingAndEmbargoAreTheManagersWithTheirGuards) {
  const Case cspr = InCspr("CR-2025-010");
  auto by_officer = cases_->Publish(officer_, cspr.id, cspr.version,
                                    {D("2026-06-30"), "https://example.org/reviews/child-h"});
  ASSERT_FALSE(by_officer.ok());
  EXPECT_EQ(by_officer.error().code, core::ErrorCode::kForbidden);
  auto without_notice = cases_->Publish(manager_, cspr.id, cspr.version,
                                        {D("2026-06-30"), "https://example.org/reviews/child-h"});
  ASSERT_FALSE(without_notice.ok());
  EXPECT_EQ(without_notice.error().field, "notice_sent_on");
  EXPECT_EQ(Stored(cspr.id).record.state, CaseState::kFullReview);

  auto no_reason = cases_->Embargo(manager_, cspr.id, cspr.version, {"", std::nullopt});
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "embargo_reason");
  auto held =
      cases_->Embargo(manager_, cspr.id, cspr.version, {"Criminal proceedings.", D("2026-01-05")});
  ASSERT_TRUE(held.ok()) << held.error().message;
  EXPECT_EQ(held->state, CaseState::kEmbargoed);
  // The embargo is dated the day it is recorded, with the day the panel was told why.
  EXPECT_TRUE(Stored(cspr.id).full_review->embargoed_on.has_value());
  EXPECT_EQ(Stored(cspr.id).full_review->delay_notified_on, D("2026-01-05"));
  auto noticed = cases_->PublishAfterEmbargo(manager_, cspr.id, held->version,
                                             {D("2026-09-01"), "https://example.org/r/h"});
  ASSERT_FALSE(noticed.ok());
  EXPECT_EQ(noticed.error().field, "notice_sent_on");
}

TEST_P(CaseServiceSuite, AppointingAReviewerWarnsOfADeclaredInterestInAnInvolvedAgency) {
  const Case cspr = InCspr("CR-2025-011");
  const Reviewer conflicted = Register("Dr Fictional One", std::nullopt, {police_});
  const Reviewer clear = Register("Dr Fictional Two", std::nullopt, {council_});
  auto warned = cases_->AppointReviewer(officer_, cspr.id, cspr.version, conflicted.id);
  ASSERT_TRUE(warned.ok()) << warned.error().message;
  EXPECT_THAT(warned->conflicts, ElementsAre(police_));  // the referring agency
  EXPECT_EQ(Stored(cspr.id).full_review->reviewer_id, conflicted.id);

  auto appointed = cases_->AppointReviewer(officer_, cspr.id, warned->record.version, clear.id);
  ASSERT_TRUE(appointed.ok()) << appointed.error().message;
  EXPECT_TRUE(appointed->conflicts.empty());
  auto unknown = cases_->AppointReviewer(officer_, cspr.id, appointed->record.version, 999999);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "reviewer_id");
}

TEST_P(CaseServiceSuite, AReviewerSeesOnlyTheCasesTheyAreAppointedTo) {
  const Case theirs = InCspr("CR-2025-012");
  const Case other = InCspr("CR-2025-013");
  const Reviewer reviewer = Register("Dr Fictional Three", reviewer_.user_id(), {});
  ASSERT_TRUE(cases_->AppointReviewer(officer_, theirs.id, theirs.version, reviewer.id).ok());

  auto page = lists_->List(reviewer_, CaseQuery{}, false);
  ASSERT_TRUE(page.ok()) << page.error().message;
  ASSERT_EQ(page->cases.size(), 1u);
  EXPECT_EQ(page->cases[0].record.id, theirs.id);
  EXPECT_TRUE(cases_->Get(reviewer_, theirs.id).ok());

  auto hidden = cases_->Get(reviewer_, other.id);
  ASSERT_FALSE(hidden.ok());
  ExpectNotFoundLikeAMissingCase(hidden.error());
  EXPECT_EQ(Count("case.read", kDenied, std::to_string(other.id)), 1);

  // Not their identifying details, and no step, even on their own case.
  auto restricted = cases_->GetRestricted(reviewer_, theirs.id);
  ASSERT_FALSE(restricted.ok());
  EXPECT_EQ(restricted.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Count("case.restricted.read", kDenied, std::to_string(theirs.id)), 1);
  const auto before = Stored(theirs.id);
  auto step =
      cases_->RecordFindings(reviewer_, theirs.id, before.record.version, {{"A finding."}, {}});
  ASSERT_FALSE(step.ok());
  EXPECT_EQ(step.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Count("case.transition.record_findings", kDenied, std::to_string(theirs.id)), 1);
  EXPECT_TRUE(Stored(theirs.id).full_review->findings.empty());

  // A reviewer with no appointment sees an empty list.
  auto none = lists_->List(other_reviewer_, CaseQuery{}, false);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->cases.empty());
}

TEST_P(CaseServiceSuite, AgencyLeadsBoardMembersAndOtherPartnershipsSeeNoCase) {
  const Case opened = Open("CR-2025-014");
  for (const Requester* asker : {&police_lead_, &board_, &administrator_}) {
    auto read = cases_->Get(*asker, opened.id);
    ASSERT_FALSE(read.ok());
    ExpectNotFoundLikeAMissingCase(read.error());
    auto listed = lists_->List(*asker, CaseQuery{}, false);
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.error().code, core::ErrorCode::kForbidden);
    auto restricted = cases_->GetRestricted(*asker, opened.id);
    ASSERT_FALSE(restricted.ok());
    EXPECT_EQ(restricted.error().code, core::ErrorCode::kNotFound);
  }
  EXPECT_EQ(Count("case.read", kDenied, std::to_string(opened.id)), 3);
  EXPECT_EQ(Count("case.list", kDenied), 3);
  EXPECT_EQ(Count("case.restricted.read", kDenied, std::to_string(opened.id)), 3);

  auto across = cases_->Get(south_manager_, opened.id);
  ASSERT_FALSE(across.ok());
  ExpectNotFoundLikeAMissingCase(across.error());
  EXPECT_EQ(Count("case.read", kDenied, std::to_string(opened.id), south_), 1);
  auto step =
      cases_->RecordNotification(south_manager_, opened.id, opened.version, {D("2025-12-31"), ""});
  ASSERT_FALSE(step.ok());
  EXPECT_EQ(step.error().code, core::ErrorCode::kNotFound);
  EXPECT_FALSE(Stored(opened.id).notification.has_value());
}

TEST_P(CaseServiceSuite, ListsFilterByState) {
  Open("CR-2025-015");
  const Case closing = Open("CR-2025-016", CaseType::kAdult);
  ASSERT_TRUE(cases_
                  ->CloseWithoutReview(manager_, closing.id, closing.version,
                                       {"Not met.", CareActS44{.needs_care_and_support = true}})
                  .ok());
  CaseQuery query;
  query.state = CaseState::kClosed;
  auto page = lists_->List(manager_, query, false);
  ASSERT_TRUE(page.ok()) << page.error().message;
  ASSERT_EQ(page->cases.size(), 1u);
  EXPECT_EQ(page->cases[0].record.reference, "CR-2025-016");
}

TEST_P(CaseServiceSuite, ThemesAreListedForCaseWorkOnly) {
  auto themes = cases_->Themes(officer_);
  ASSERT_TRUE(themes.ok()) << themes.error().message;
  EXPECT_THAT(*themes, ElementsAre("exploitation", "neglect"));
  EXPECT_THAT(*cases_->Themes(manager_), ElementsAre("exploitation", "neglect"));
  EXPECT_FALSE(cases_->Themes(board_).ok());
  EXPECT_EQ(Count("theme.list", kDenied), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CaseServiceSuite);

}  // namespace
}  // namespace assure::domain
