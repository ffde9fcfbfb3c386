// The workflow steps' forms through the whole server, on both backends: a child case from
// notification to publication (each step's happy path and a refusal that names its field and
// changes nothing), an adult SAR with the Care Act s44 answers, the embargo path, closing without
// a review, a stale version (409, nothing changed) and steps the case's state does not allow.
#include <gtest/gtest.h>

#include "http/case_pages_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using testing::HttpReply;

class CaseStepsTest : public testing::CasePagesTest {
 protected:
  static bool Has(const HttpReply& reply, const std::string& needle) {
    return reply.body.find(needle) != std::string::npos;
  }

  // The step was refused with `status`, its error summary linking to `anchor` with a message
  // starting `message`, and the case is as it was (same version, same number of timeline events).
  void ExpectRefused(const core::Result<HttpReply>& reply, int status, const std::string& anchor,
                     const std::string& message, domain::CaseId id, domain::Version version,
                     std::size_t events) {
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(reply->status, status) << reply->body;
    EXPECT_TRUE(Has(*reply, "govuk-error-summary"));
    const std::string item =
        anchor.empty() ? "<li>" + message : "<li><a href=\"" + anchor + "\">" + message;
    EXPECT_TRUE(Has(*reply, item)) << item << "\n" << reply->body;
    EXPECT_EQ(StoredCase(id).version, version);
    EXPECT_EQ(CaseEventCount(id), events);
  }

  // The step succeeded: back to the case page with the step's banner.
  std::string ExpectDone(const core::Result<HttpReply>& reply, domain::CaseId id,
                         const std::string& step, const testing::Browser& browser) {
    EXPECT_TRUE(reply.ok());
    if (!reply.ok()) return {};
    EXPECT_EQ(reply->status, 303) << reply->body;
    const auto location = reply->Header("location").value_or("");
    EXPECT_TRUE(location.starts_with(CasePage(id) + "?done=" + step)) << location;
    auto page = t_->Get(location, browser.cookie);
    EXPECT_EQ(page->status, 200);
    EXPECT_TRUE(Has(*page, "govuk-notification-banner--success"));
    return page->body;
  }

  // A reviewer on the register who declared an interest in the police.
  domain::ReviewerId AddConflictedReviewer() {
    domain::Reviewer reviewer;
    reviewer.partnership_id = north_;
    reviewer.name = "Fictional Conflicted Reviewer";
    reviewer.interests = {police_};
    auto made = t_->store().Write(
        [&](domain::Transaction& tx) { return tx.reviewers(north_).Create(reviewer); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  // A case in full review with the given kind of review, straight into the store.
  domain::CaseId SeedFullReview(const std::string& reference, domain::CaseType type,
                                domain::FullReviewKind kind) {
    const auto id = SeedCase(reference, type, "Adult S", "2025-02-03", "Fictional.");
    auto done = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto record = tx.cases(north_).Get(id);
      if (!record) return record.error();
      record->state = domain::CaseState::kFullReview;
      auto updated = tx.cases(north_).Update(*record);
      if (!updated) return updated.error();
      domain::FullReview review;
      review.case_id = id;
      review.kind = kind;
      review.decided_on = Day("2025-03-03");
      auto put = tx.review_records(north_).PutFullReview(review);
      if (!put) return put.error();
      return core::Ok();
    });
    EXPECT_TRUE(done.ok()) << done.error().message;
    return id;
  }
};

TEST_P(CaseStepsTest, AChildCaseGoesFromNotificationToPublicationOneStepAtATime) {
  const auto id = SeedCase("CR-2025-020", domain::CaseType::kChild, "Child T", "2025-01-06",
                           "Fictional summary.");
  const auto conflicted = AddConflictedReviewer();
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto page = t_->Get(CasePage(id), ada.cookie);
  EXPECT_TRUE(Has(*page, "href=\"" + StepPage(id, "notify-panel") + "\""));
  EXPECT_TRUE(Has(*page, "href=\"" + StepPage(id, "close-without-review") + "\""));
  EXPECT_FALSE(Has(*page, StepPage(id, "publish")));

  // notify_panel
  ExpectRefused(Step(ada, id, "notify-panel", WithDate({}, "sent_on", 1, 1, 2025)), 422,
                "#sent_on-day", "The notification cannot be sent before", id, 1, 0);
  auto body = ExpectDone(Step(ada, id, "notify-panel",
                              WithDate({{"panel_reference", "PANEL-7"}}, "sent_on", 10, 1, 2025)),
                         id, "notify-panel", ada);
  EXPECT_NE(body.find("Serious incident notification recorded"), std::string::npos);
  EXPECT_NE(body.find("PANEL-7"), std::string::npos);
  EXPECT_NE(body.find("You"), std::string::npos);  // the timeline names who did it
  EXPECT_EQ(CountAudit("case.transition.notify_panel", AuditOutcome::kSuccess), 1);

  // request_information
  const Fields ask{{"agency_id", std::to_string(police_)}, {"asked", "A fictional chronology."}};
  ExpectRefused(Step(ada, id, "request-information",
                     WithDate(WithDate(ask, "requested_on", 13, 1, 2025), "due_on", 10, 1, 2025)),
                422, "#due_on-day", "The due date cannot be before", id, 2, 1);
  body =
      ExpectDone(Step(ada, id, "request-information",
                      WithDate(WithDate(ask, "requested_on", 13, 1, 2025), "due_on", 27, 1, 2025)),
                 id, "request-information", ada);
  EXPECT_NE(body.find("A fictional chronology."), std::string::npos);
  EXPECT_NE(body.find("27 January 2025"), std::string::npos);

  // arrange_rapid_review
  ExpectRefused(Step(ada, id, "arrange-rapid-review", {}), 422, "#meeting_on-day",
                "Enter the date of the rapid review meeting", id, 3, 2);
  body = ExpectDone(Step(ada, id, "arrange-rapid-review", WithDate({}, "meeting_on", 20, 1, 2025)),
                    id, "arrange-rapid-review", ada);
  EXPECT_NE(body.find("Rapid review"), std::string::npos);

  // record_rapid_review: a child case has no s44 questions; a SAR does not fit it.
  auto form = t_->Get(StepPage(id, "record-rapid-review"), ada.cookie);
  EXPECT_FALSE(Has(*form, "s44_adult_died"));
  Fields review{{"agencies_present", std::to_string(police_)},
                {"facts", "Fictional facts."},
                {"immediate_actions", "Fictional safety plan."},
                {"learning", "Fictional learning."},
                {"rationale", "Fictional rationale."}};
  review = WithDate(WithDate(review, "meeting_on", 20, 1, 2025), "completed_on", 24, 1, 2025);
  auto sar = review;
  sar.emplace_back("decision", "sar");
  ExpectRefused(Step(ada, id, "record-rapid-review", sar), 422, "#decision",
                "Choose a decision that fits the case", id, 4, 3);
  review.emplace_back("decision", "cspr");
  body = ExpectDone(Step(ada, id, "record-rapid-review", review), id, "record-rapid-review", ada);
  EXPECT_NE(body.find("Child Safeguarding Practice Review (CSPR)"), std::string::npos);
  EXPECT_NE(body.find("Fictional safety plan."), std::string::npos);
  EXPECT_EQ(StoredCase(id).state, domain::CaseState::kFullReview);

  // record_panel_response
  ExpectRefused(Step(ada, id, "record-panel-response",
                     WithDate({{"panel_response", "agree"}}, "sent_to_panel_on", 27, 1, 2025)),
                422, "#response_on-day", "Enter the date the panel responded", id, 5, 4);
  body = ExpectDone(
      Step(ada, id, "record-panel-response",
           WithDate(WithDate({{"panel_response", "agree"}}, "sent_to_panel_on", 27, 1, 2025),
                    "response_on", 10, 2, 2025)),
      id, "record-panel-response", ada);
  EXPECT_NE(body.find("Agrees (10 February 2025)"), std::string::npos);

  // appoint_reviewer: the police were asked for information and were at the rapid review.
  ExpectRefused(Step(ada, id, "appoint-reviewer", {}), 422, "#reviewer_id",
                "Choose a reviewer from the register", id, 6, 5);
  body =
      ExpectDone(Step(ada, id, "appoint-reviewer", {{"reviewer_id", std::to_string(conflicted)}}),
                 id, "appoint-reviewer", ada);
  EXPECT_NE(body.find("declared an interest in agencies involved in this case: Northshire Police"),
            std::string::npos);
  EXPECT_NE(body.find("Fictional Conflicted Reviewer"), std::string::npos);

  // record_stage
  ExpectRefused(Step(ada, id, "record-stage", WithDate({}, "started_on", 1, 1, 2025)), 422,
                "#started_on-day", "The review cannot start before", id, 7, 6);
  Fields stages = WithDate({}, "started_on", 3, 2, 2025);
  stages = WithDate(WithDate(stages, "stages_0_planned_on", 10, 3, 2025), "stages_0_actual_on", 17,
                    3, 2025);
  body = ExpectDone(Step(ada, id, "record-stage", stages), id, "record-stage", ada);
  EXPECT_NE(body.find("17 March 2025 <strong class=\"govuk-tag govuk-tag--orange\">Later than "
                      "planned</strong>"),
            std::string::npos);

  // record_findings: a blank box is left out, and an error names the box it was typed in.
  ExpectRefused(Step(ada, id, "record-findings",
                     {{"findings_0", ""}, {"findings_1", std::string(4001, 'x')}}),
                422, "#findings_1", "", id, 8, 7);
  body = ExpectDone(Step(ada, id, "record-findings",
                         {{"findings_0", "Fictional finding one."},
                          {"findings_1", ""},
                          {"findings_2", "Fictional finding two."},
                          {"recommendations_0", "Fictional recommendation one."}}),
                    id, "record-findings", ada);
  EXPECT_NE(body.find("<li value=\"2\">Fictional finding two.<br></li>"), std::string::npos);
  // The business unit may add an action answering the recommendation.
  EXPECT_NE(body.find("<li value=\"1\">Fictional recommendation one.<br><a "
                      "href=\"/actions/new?recommendation="),
            std::string::npos);

  // send_prepublication_notice: a CSPR needs its planned publication date first.
  ExpectRefused(
      Step(ada, id, "send-prepublication-notice", WithDate({}, "notice_sent_on", 2, 6, 2025)), 422,
      "#planned_publication_on-day", "Enter the planned publication date", id, 9, 8);
  // Both copies of the final report: to the national panel and to the Secretary of State.
  ExpectDone(Step(ada, id, "send-prepublication-notice",
                  WithDate(WithDate(WithDate({}, "notice_sent_on", 2, 6, 2025),
                                    "secretary_of_state_sent_on", 3, 6, 2025),
                           "planned_publication_on", 20, 6, 2025)),
             id, "send-prepublication-notice", ada);
  EXPECT_EQ(StoredFullReview(id).secretary_of_state_notice_on,
            domain::CivilDate{std::chrono::year{2025} / 6 / 3});

  // publish: the business manager's step; an officer is refused.
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  EXPECT_EQ(t_->Get(StepPage(id, "publish"), otto.cookie)->status, 403);
  ExpectRefused(Send(otto, StepPage(id, "publish"),
                     WithDate({{"publication_link", "https://example.org/cspr"},
                               {"version", std::to_string(StoredCase(id).version)}},
                              "published_on", 25, 6, 2025)),
                403, "", "Your role does not allow you to publish", id, 10, 9);
  ExpectRefused(Step(ada, id, "publish", WithDate({}, "published_on", 25, 6, 2025)), 422,
                "#publication_link", "Enter the link to the published review", id, 10, 9);
  body = ExpectDone(Step(ada, id, "publish",
                         WithDate({{"publication_link", "https://example.org/cspr"}},
                                  "published_on", 25, 6, 2025)),
                    id, "publish", ada);
  EXPECT_NE(body.find("https://example.org/cspr"), std::string::npos);
  EXPECT_EQ(StoredCase(id).state, domain::CaseState::kPublished);
  EXPECT_EQ(CaseEventCount(id), 10u);
  EXPECT_EQ(CountAudit("case.transition.publish", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("case.transition.publish", AuditOutcome::kDenied), 1);
}

TEST_P(CaseStepsTest, AStepPostWritesOnlyTheStepsAuditEventAndReadsNothingFirst) {
  const auto id = SeedCase("CR-2025-021", domain::CaseType::kChild, "Child U", "2025-01-06",
                           "Fictional summary.");
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto form = t_->Get(StepPage(id, "notify-panel"), ada.cookie);  // a read, audited
  ASSERT_EQ(form->status, 200);
  const auto reads = CountAudit("case.read", AuditOutcome::kSuccess);
  auto done = Send(
      ada, StepPage(id, "notify-panel"),
      WithDate({{"version", testing::FieldValue(form->body, "version")}}, "sent_on", 10, 1, 2025));
  ASSERT_TRUE(done.ok());
  EXPECT_EQ(done->status, 303) << done->body;
  EXPECT_EQ(CountAudit("case.transition.notify_panel", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("case.read", AuditOutcome::kSuccess), reads);
  // A refused step shows its form again, on the case as it now is: that read is recorded.
  auto refused = Send(
      ada, StepPage(id, "notify-panel"),
      WithDate({{"version", testing::FieldValue(form->body, "version")}}, "sent_on", 10, 1, 2025));
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->status, 409) << refused->body;  // the version is stale now
  EXPECT_EQ(CountAudit("case.read", AuditOutcome::kSuccess), reads + 1);
  EXPECT_EQ(CountAudit("case.transition.notify_panel", AuditOutcome::kSuccess), 1);
}

TEST_P(CaseStepsTest, AnAdultSarRecordsTheCareActAnswersAndShowsItIsMandatory) {
  const auto id =
      SeedCase("CR-2025-030", domain::CaseType::kAdult, "Adult U", "2025-02-03", "Fictional.");
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto page = t_->Get(CasePage(id), ada.cookie);
  EXPECT_FALSE(Has(*page, "notify-panel"));  // adults do not go to the national panel
  auto form = t_->Get(StepPage(id, "record-rapid-review"), ada.cookie);
  ASSERT_EQ(form->status, 200);
  EXPECT_TRUE(Has(*form, "id=\"s44_adult_died\""));
  Fields review{{"decision", "sar"}, {"rationale", "Fictional rationale."}};
  review = WithDate(WithDate(review, "meeting_on", 10, 2, 2025), "completed_on", 12, 2, 2025);
  ExpectRefused(Step(ada, id, "record-rapid-review", review), 422, "#s44_needs_care_and_support",
                "Answer the Care Act section 44", id, 1, 0);
  auto partial = review;
  partial.emplace_back("s44_adult_died", "yes");
  ExpectRefused(Step(ada, id, "record-rapid-review", partial), 422, "#s44_needs_care_and_support",
                "Answer yes or no", id, 1, 0);
  review.insert(review.end(), {{"s44_needs_care_and_support", "yes"},
                               {"s44_concern_about_joint_working", "yes"},
                               {"s44_adult_died", "yes"},
                               {"s44_abuse_or_neglect_caused_death", "yes"},
                               {"s44_serious_abuse_or_neglect", "no"}});
  // s44(1)-(3) are met: a decision of no review is refused, citing section 44.
  auto declined = review;
  declined.front() = {"decision", "none"};
  ExpectRefused(Step(ada, id, "record-rapid-review", declined), 422, "#decision",
                "Care Act section 44(1) to (3) are met", id, 1, 0);
  auto body =
      ExpectDone(Step(ada, id, "record-rapid-review", review), id, "record-rapid-review", ada);
  EXPECT_NE(body.find("SAR mandatory: section 44(1) to (3) are met"), std::string::npos);
  EXPECT_NE(body.find("Safeguarding Adults Review (SAR)"), std::string::npos);
  EXPECT_EQ(StoredCase(id).state, domain::CaseState::kFullReview);
}

TEST_P(CaseStepsTest, AnEmbargoHoldsPublicationBackUntilPublishedAfterIt) {
  const auto id =
      SeedFullReview("CR-2025-040", domain::CaseType::kAdult, domain::FullReviewKind::kSar);
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  ExpectRefused(Step(ada, id, "embargo", {{"embargo_reason", " "}}), 422, "#embargo_reason",
                "Give the reason for the embargo", id, 2, 0);
  auto body =
      ExpectDone(Step(ada, id, "embargo", {{"embargo_reason", "Fictional criminal proceedings."}}),
                 id, "embargo", ada);
  EXPECT_NE(body.find("Fictional criminal proceedings."), std::string::npos);
  EXPECT_EQ(StoredCase(id).state, domain::CaseState::kEmbargoed);
  EXPECT_TRUE(Has(*t_->Get(CasePage(id), ada.cookie),
                  "href=\"" + StepPage(id, "publish-after-embargo") + "\""));
  ExpectDone(
      Step(ada, id, "publish-after-embargo",
           WithDate({{"publication_link", "https://example.org/sar"}}, "published_on", 1, 9, 2025)),
      id, "publish-after-embargo", ada);
  EXPECT_EQ(StoredCase(id).state, domain::CaseState::kPublished);
}

TEST_P(CaseStepsTest, OnlyTheBusinessManagerClosesACaseAndOnlyWithAReason) {
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  auto officer = t_->Get(StepPage(case_a_, "close-without-review"), otto.cookie);
  EXPECT_EQ(officer->status, 403);
  EXPECT_TRUE(Has(*officer, "Your role does not allow you to close the case without a review."));
  EXPECT_FALSE(
      Has(*t_->Get(CasePage(case_a_), otto.cookie), StepPage(case_a_, "close-without-review")));
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  ExpectRefused(Step(ada, case_a_, "close-without-review", {{"rationale", ""}}), 422, "#rationale",
                "Give the reason for closing", case_a_, 1, 0);
  auto body = ExpectDone(Step(ada, case_a_, "close-without-review",
                              {{"rationale", "Fictional: the criteria are not met."}}),
                         case_a_, "close-without-review", ada);
  EXPECT_NE(body.find("<td class=\"govuk-table__cell\">Fictional: the criteria are not met."),
            std::string::npos);
  EXPECT_EQ(StoredCase(case_a_).state, domain::CaseState::kClosed);
  // A closed case cannot have its rapid review arranged: the page says why.
  auto closed = t_->Get(StepPage(case_a_, "arrange-rapid-review"), ada.cookie);
  EXPECT_EQ(closed->status, 409);
  EXPECT_TRUE(Has(*closed, "You cannot arrange the rapid review while the case is"));
}

TEST_P(CaseStepsTest, AStaleVersionIsAConflictAndChangesNothing) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  auto form = t_->Get(StepPage(case_a_, "notify-panel"), ada.cookie);
  ASSERT_EQ(form->status, 200);
  const auto version = testing::FieldValue(form->body, "version");
  EXPECT_EQ(version, "1");
  // Otto arranges the rapid review meanwhile.
  ASSERT_EQ(
      Step(otto, case_a_, "arrange-rapid-review", WithDate({}, "meeting_on", 8, 12, 2025))->status,
      303);
  ExpectRefused(Send(ada, StepPage(case_a_, "notify-panel"),
                     WithDate({{"panel_reference", "PANEL-9"}, {"version", version}}, "sent_on", 2,
                              12, 2025)),
                409, "", "Someone else changed this case; reload", case_a_, 2, 1);
  auto notification = t_->store().Read(
      [&](domain::Transaction& tx) { return tx.review_records(north_).GetNotification(case_a_); });
  ASSERT_TRUE(notification.ok());
  EXPECT_FALSE(notification->has_value());
  EXPECT_EQ(CountAudit("case.transition.notify_panel", AuditOutcome::kSuccess), 0);
  // The form as sent is kept, with the version it was opened on.
  auto again = Send(
      ada, StepPage(case_a_, "notify-panel"),
      WithDate({{"panel_reference", "PANEL-9"}, {"version", version}}, "sent_on", 2, 12, 2025));
  EXPECT_TRUE(Has(*again, "value=\"PANEL-9\""));
  EXPECT_EQ(testing::FieldValue(again->body, "version"), "1");
}

TEST_P(CaseStepsTest, AStepItsEarlierRecordsDoNotAllowShowsTheServicesMessage) {
  // A child case's rapid review needs the notification first.
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  Fields review{{"decision", "none"}, {"rationale", "Fictional rationale."}};
  review = WithDate(WithDate(review, "meeting_on", 8, 12, 2025), "completed_on", 9, 12, 2025);
  ExpectRefused(Step(ada, case_a_, "record-rapid-review", review), 409, "",
                "Record the serious incident notification to the national panel before the rapid "
                "review",
                case_a_, 1, 0);
  EXPECT_EQ(CountAudit("case.transition.record_rapid_review", AuditOutcome::kSuccess), 0);
  // Bad input that is not a version: 400, as for any form.
  EXPECT_EQ(Send(ada, StepPage(case_a_, "notify-panel"), {{"version", "x"}})->status, 400);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CaseStepsTest);

}  // namespace
}  // namespace assure
