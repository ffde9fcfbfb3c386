#include "domain/reviews/cases/step_input.h"

#include <gtest/gtest.h>

#include <vector>

#include "domain/reviews/cases/involved_agencies.h"

namespace assure::domain {
namespace {

using std::chrono::year;

Case ChildCase() {
  Case record;
  record.id = 4;
  record.partnership_id = 1;
  record.type = CaseType::kChild;
  record.aware_on = year{2025} / 1 / 6;
  record.subjects = {Subject{.id = 11, .pseudonym = "Child H"}};
  return record;
}

RapidReviewInput Decided(ReviewDecision decision) {
  RapidReviewInput input;
  input.review.meeting_on = year{2025} / 1 / 20;
  input.review.completed_on = year{2025} / 1 / 22;
  input.review.decision = decision;
  input.review.rationale = "Agencies' joint working raises concern.";
  return input;
}

FullReview Cspr() { return *ConvertToFullReview(ChildCase(), Decided(ReviewDecision::kCspr)); }

void ExpectField(const core::Status& status, std::string_view field) {
  ASSERT_FALSE(status.ok()) << field;
  EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().field, field);
}

const std::vector<AgencyId> kAgencies{3, 5, 8};

TEST(StepInputTest, ANotificationCannotPrecedeAwareness) {
  ExpectField(ValidateNotification(ChildCase(), {year{2025} / 1 / 5, ""}), "sent_on");
  EXPECT_TRUE(ValidateNotification(ChildCase(), {year{2025} / 1 / 6, "CSPRP-123"}).ok());
  ExpectField(ValidateNotification(ChildCase(), {year{2025} / 1 / 7, std::string(61, 'x')}),
              "panel_reference");
}

TEST(StepInputTest, ARapidReviewNamesEachFieldThatIsWrong) {
  struct Example {
    void (*change)(RapidReviewInput&);
    std::string field;
  };
  const Example examples[] = {
      {[](RapidReviewInput& i) { i.review.meeting_on = year{2025} / 1 / 3; }, "meeting_on"},
      {[](RapidReviewInput& i) { i.review.completed_on = year{2025} / 1 / 19; }, "completed_on"},
      {[](RapidReviewInput& i) {
         i.review.agencies_present = {3, 4};
       },
       "agencies_present"},
      {[](RapidReviewInput& i) {
         i.review.agencies_present = {3, 3};
       },
       "agencies_present"},
      {[](RapidReviewInput& i) { i.review.rationale = " "; }, "rationale"},
      {[](RapidReviewInput& i) { i.review.facts = std::string(8001, 'a'); }, "facts"},
      {[](RapidReviewInput& i) { i.decided_on = year{2025} / 1 / 10; }, "decided_on"},
      {[](RapidReviewInput& i) { i.review.sent_to_panel_on = year{2025} / 1 / 21; },
       "sent_to_panel_on"},
      {[](RapidReviewInput& i) { i.review.panel_response = PanelResponse::kAgree; },
       "sent_to_panel_on"},
      {[](RapidReviewInput& i) {
         i.review.sent_to_panel_on = year{2025} / 1 / 23;
         i.review.panel_response = PanelResponse::kAgree;
       },
       "response_on"},
  };
  EXPECT_TRUE(ValidateRapidReview(ChildCase(), Decided(ReviewDecision::kCspr), kAgencies).ok());
  for (const Example& example : examples) {
    auto input = Decided(ReviewDecision::kCspr);
    example.change(input);
    ExpectField(ValidateRapidReview(ChildCase(), input, kAgencies), example.field);
  }
}

TEST(StepInputTest, ADecisionForAFullReviewConvertsIntoIt) {
  auto input = Decided(ReviewDecision::kSar);
  auto review = ConvertToFullReview(ChildCase(), input);
  ASSERT_TRUE(review.has_value());
  EXPECT_EQ(review->kind, FullReviewKind::kSar);
  EXPECT_EQ(review->case_id, 4);
  // Without a decision date, the rapid review's completion date.
  EXPECT_EQ(review->decided_on, (year{2025} / 1 / 22));
  EXPECT_EQ(review->stages.size(), ReviewStageNames().size());
  input.decided_on = year{2025} / 1 / 27;
  EXPECT_EQ(ConvertToFullReview(ChildCase(), input)->decided_on, (year{2025} / 1 / 27));
  EXPECT_EQ(ConvertToFullReview(ChildCase(), Decided(ReviewDecision::kJoint))->kind,
            FullReviewKind::kJoint);
  EXPECT_FALSE(ConvertToFullReview(ChildCase(), Decided(ReviewDecision::kNone)).has_value());
  EXPECT_FALSE(ConvertToFullReview(ChildCase(), Decided(ReviewDecision::kOther)).has_value());
}

TEST(StepInputTest, APlanSetsStagesAndTheDatesTheClocksRead) {
  ReviewPlan plan;
  plan.started_on = year{2025} / 2 / 3;
  plan.stages = {{"publication", year{2025} / 7 / 1, std::nullopt},
                 {"terms of reference", year{2025} / 2 / 10, year{2025} / 2 / 12}};
  ASSERT_TRUE(ValidatePlan(Cspr(), plan).ok());
  const auto review = WithPlan(Cspr(), plan);
  EXPECT_EQ(review.started_on, (year{2025} / 2 / 3));
  EXPECT_EQ(review.terms_of_reference_on, (year{2025} / 2 / 12));
  EXPECT_EQ(review.planned_publication_on, (year{2025} / 7 / 1));
  ASSERT_EQ(review.stages.size(), ReviewStageNames().size());
  EXPECT_EQ(review.stages.front().name, "terms of reference");
  EXPECT_EQ(review.stages.back().name, "publication");

  plan.stages.push_back({"publication", std::nullopt, std::nullopt});
  ExpectField(ValidatePlan(Cspr(), plan), "stages[2].name");
  plan.stages = {{"lunch", std::nullopt, std::nullopt}};
  ExpectField(ValidatePlan(Cspr(), plan), "stages[0].name");
  ExpectField(ValidatePlan(Cspr(), {year{2025} / 1 / 2, {}}), "started_on");
}

TEST(StepInputTest, FindingsAreNumberedAndRecommendationsKeepTheirIds) {
  auto review = Cspr();
  review.recommendations = {{41, 1, "Old first"}, {42, 2, "Old second"}};
  const auto changed = WithFindings(review, {{"Agencies did not share information."},
                                             {"Share chronologies.", "Train staff.", "Audit."}});
  ASSERT_EQ(changed.findings.size(), 1u);
  EXPECT_EQ(changed.findings[0].number, 1);
  ASSERT_EQ(changed.recommendations.size(), 3u);
  EXPECT_EQ(changed.recommendations[0].id, 41);
  EXPECT_EQ(changed.recommendations[1].id, 42);
  EXPECT_EQ(changed.recommendations[2].id, 0);
  EXPECT_EQ(changed.recommendations[2].number, 3);
  ExpectField(ValidateFindings({{"ok", " "}, {}}), "findings[1]");
  ExpectField(ValidateFindings({{}, {std::string(4001, 'r')}}), "recommendations[0]");
}

TEST(StepInputTest, TheNoticeComesAfterTheDecisionAndBeforePublication) {
  auto review = Cspr();
  review.planned_publication_on = year{2025} / 7 / 1;
  ExpectField(ValidateNotice(review, {year{2025} / 7 / 2, std::nullopt, std::nullopt}),
              "notice_sent_on");
  ExpectField(ValidateNotice(review, {year{2025} / 1 / 2, std::nullopt, std::nullopt}),
              "notice_sent_on");
  ExpectField(ValidateNotice(review, {year{2025} / 6 / 20, year{2025} / 7 / 2, std::nullopt}),
              "secretary_of_state_sent_on");
  const auto noticed =
      WithNotice(review, {year{2025} / 6 / 20, year{2025} / 6 / 23, year{2025} / 7 / 8});
  EXPECT_EQ(noticed.notice_sent_on, (year{2025} / 6 / 20));
  EXPECT_EQ(noticed.secretary_of_state_notice_on, (year{2025} / 6 / 23));
  EXPECT_EQ(noticed.planned_publication_on, (year{2025} / 7 / 8));
  EXPECT_EQ(noticed.notice_for_publication_on, (year{2025} / 7 / 8));
  // Complete once both copies went: the later of the two.
  EXPECT_EQ(NoticeCompletedOn(noticed), (year{2025} / 6 / 23));
  auto panel_only = noticed;
  panel_only.secretary_of_state_notice_on.reset();
  EXPECT_FALSE(NoticeCompletedOn(panel_only).has_value());
}

TEST(StepInputTest, MovingThePlannedPublicationMakesANewNoticeDue) {
  auto review = WithPlan(Cspr(), {std::nullopt, {{"publication", year{2025} / 7 / 8, {}}}});
  review = WithNotice(review, {year{2025} / 6 / 20, year{2025} / 6 / 20, std::nullopt});
  ASSERT_TRUE(NoticeCompletedOn(review).has_value());
  // The same date again: the notice stands.
  auto same = WithPlan(review, {std::nullopt, {{"publication", year{2025} / 7 / 8, {}}}});
  EXPECT_TRUE(NoticeCompletedOn(same).has_value());
  // Moved (after an embargo, say): a new notice is due.
  auto moved = WithPlan(review, {std::nullopt, {{"publication", year{2025} / 10 / 1, {}}}});
  EXPECT_FALSE(NoticeCompletedOn(moved).has_value());
  EXPECT_FALSE(moved.notice_sent_on.has_value());
  EXPECT_EQ(moved.planned_publication_on, (year{2025} / 10 / 1));
}

TEST(StepInputTest, APublicationLinkIsAWebAddress) {
  const auto review = Cspr();
  EXPECT_TRUE(
      ValidatePublication(review, {year{2025} / 7 / 1, "https://example.org/reviews/h"}).ok());
  ExpectField(ValidatePublication(review, {year{2025} / 7 / 1, "javascript:alert(1)"}),
              "publication_link");
  ExpectField(ValidatePublication(review, {year{2025} / 7 / 1, "https://example.org/a b"}),
              "publication_link");
  ExpectField(ValidatePublication(review, {year{2025} / 1 / 1, ""}), "published_on");
  // Missing values are the workflow's guards to refuse, not this check's.
  EXPECT_TRUE(ValidatePublication(review, {std::nullopt, ""}).ok());
}

TEST(StepInputTest, AnInformationRequestNamesAnAgencyAndADueDate) {
  NewInformationRequest request{3, year{2025} / 1 / 7, year{2025} / 1 / 21, "A chronology."};
  EXPECT_TRUE(ValidateInformationRequest(request, kAgencies).ok());
  request.agency_id = 4;
  ExpectField(ValidateInformationRequest(request, kAgencies), "agency_id");
  request.agency_id = 3;
  request.due_on = year{2025} / 1 / 6;
  ExpectField(ValidateInformationRequest(request, kAgencies), "due_on");
  request.due_on = year{2025} / 1 / 21;
  request.asked = "";
  ExpectField(ValidateInformationRequest(request, kAgencies), "asked");
  ExpectField(ValidateResponse("  "), "response");
}

TEST(StepInputTest, RestrictedIdentitiesBelongToTheCasesSubjects) {
  RestrictedDetails details;
  details.identities = {{11, "A Fictional Name", year{2019} / 3 / 2}};
  EXPECT_TRUE(ValidateRestricted(ChildCase(), details).ok());
  details.identities.push_back({11, "Again", std::nullopt});
  ExpectField(ValidateRestricted(ChildCase(), details), "restricted.identities");
  details.identities = {{12, "Not a subject", std::nullopt}};
  ExpectField(ValidateRestricted(ChildCase(), details), "restricted.identities");
}

TEST(InvolvedAgenciesTest, AReviewerConflictsWithAnyInvolvedAgency) {
  CaseRecords records;
  records.record = ChildCase();
  records.record.referring_agency_id = 3;
  InformationRequest request;
  request.agency_id = 5;
  records.requests = {request, request};
  RapidReview rapid;
  rapid.agencies_present = {8, 5};
  records.rapid_review = rapid;
  EXPECT_EQ(InvolvedAgencies(records), (std::vector<AgencyId>{3, 5, 8}));

  Reviewer reviewer;
  reviewer.interests = {9, 8, 3};
  EXPECT_EQ(ReviewerConflicts(reviewer, records), (std::vector<AgencyId>{3, 8}));
  reviewer.interests = {9};
  EXPECT_TRUE(ReviewerConflicts(reviewer, records).empty());
}

}  // namespace
}  // namespace assure::domain
