// The thematic review's pure rules: the names of its evidence sources and strengths, what the
// business unit may write (scope, evidence, findings, recommendations), and the report composed
// from them: always a Lessons Learned Briefing with exactly its three sections, ready for review
// whatever headings, code or line breaks the texts hold, listing the questions, findings and
// recommendations but never quoting evidence. Fictional data only.
#include "domain/assurance/thematic/thematic_review.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/learning/briefing.h"

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

std::string FieldOf(const core::Status& status) { return status.ok() ? "" : status.error().field; }

ThematicReviewContent Scope() {
  ThematicReviewContent content;
  content.title = "Fictional review of neglect";
  content.questions = {"How well do agencies share early concerns?",
                       "Do staff know how to escalate?"};
  content.narrative_markdown = "Fictional: the board asked for this review.";
  return content;
}

// Three questions, four pieces of evidence, two findings and two recommendations.
ThematicReview Review() {
  ThematicReview review;
  review.id = 4;
  review.title = "Fictional review of neglect";
  review.questions = {"How well do agencies share early concerns?",
                      "Do staff know how to escalate?", "Is supervision effective?"};
  review.narrative_markdown = "Fictional: the board asked for this review in June.";
  review.evidence = {
      {11, EvidenceSource::kSelfEvaluationStandard, 3, 7, "Round 2025-26, standard 2",
       "EXCERPT-ROUND: supervision is patchy", std::nullopt},
      {12, EvidenceSource::kSurveyQuestion, 5, 1, "Survey 2025, question 1",
       "EXCERPT-SURVEY-1: 61% agree", std::nullopt},
      {13, EvidenceSource::kSurveyQuestion, 5, 2, "Survey 2025, question 2",
       "EXCERPT-SURVEY-2: 40% agree", std::nullopt},
      {14, EvidenceSource::kConversation, 0, 0, "Conversation held on 3 November 2025",
       "EXCERPT-CONVERSATION: staff said the policy is clear", D("2025-11-03")}};
  review.findings = {
      {21, "Fictional: concerns are shared late.", EvidenceStrength::kStrong, {1, 3}, {11, 12, 13}},
      {22, "Fictional: staff know the escalation policy.", EvidenceStrength::kLimited, {2}, {14}}};
  review.recommendations = {{31, "Fictional: agree a weekly triage meeting.", {21}, 41},
                            {32, "Fictional: brief every team on escalation.", {21, 22}, 42}};
  return review;
}

// The report as the briefing it becomes, with an audience chosen.
BriefingContent Report(const ThematicReview& review) {
  BriefingContent content;
  content.kind = BriefingKind::kLessonsLearned;
  content.title = "Thematic review: " + review.title;
  content.body_markdown = ComposeReport(review);
  content.audiences = {Audience::kChildrensWorkforce};
  return content;
}

const std::vector<std::string> kSections{"Summary", "What the review found", "What will change"};

TEST(ThematicReviewTest, SourcesAndStrengthsRoundTripThroughTheirNames) {
  for (const auto source :
       {EvidenceSource::kSelfEvaluationStandard, EvidenceSource::kSurveyQuestion,
        EvidenceSource::kAuditFinding, EvidenceSource::kConversation}) {
    EXPECT_EQ(ParseEvidenceSource(EvidenceSourceName(source)), source);
    EXPECT_FALSE(EvidenceSourceLabel(source).empty());
  }
  EXPECT_EQ(EvidenceSourceName(EvidenceSource::kSelfEvaluationStandard),
            "self_evaluation_standard");
  EXPECT_EQ(EvidenceSourceName(EvidenceSource::kAuditFinding), "audit_finding");
  EXPECT_EQ(EvidenceSourceLabel(EvidenceSource::kSurveyQuestion), "Staff survey question");
  EXPECT_FALSE(ParseEvidenceSource("Conversation"));
  EXPECT_FALSE(ParseEvidenceSource(""));
  for (const auto strength :
       {EvidenceStrength::kStrong, EvidenceStrength::kModerate, EvidenceStrength::kLimited}) {
    EXPECT_EQ(ParseEvidenceStrength(EvidenceStrengthName(strength)), strength);
  }
  EXPECT_EQ(EvidenceStrengthName(EvidenceStrength::kModerate), "moderate");
  EXPECT_EQ(EvidenceStrengthLabel(EvidenceStrength::kStrong), "Strong");
  EXPECT_FALSE(ParseEvidenceStrength("weak"));
}

TEST(ThematicReviewTest, TheScopeNeedsATitleAndOneToTwentyQuestions) {
  EXPECT_TRUE(ValidateReviewContent(Scope()).ok());
  auto untitled = Scope();
  untitled.title = "";
  EXPECT_EQ(FieldOf(ValidateReviewContent(untitled)), "title");
  auto none = Scope();
  none.questions.clear();
  EXPECT_EQ(FieldOf(ValidateReviewContent(none)), "questions");
  auto twenty = Scope();
  twenty.questions.assign(20, "Fictional question?");
  EXPECT_TRUE(ValidateReviewContent(twenty).ok());
  auto too_many = twenty;
  too_many.questions.push_back("One more?");
  EXPECT_EQ(FieldOf(ValidateReviewContent(too_many)), "questions");
}

TEST(ThematicReviewTest, EachQuestionIsWrittenAndTheNarrativeIsAtMostFiftyThousandCharacters) {
  auto blank = Scope();
  blank.questions[0] = "  ";
  EXPECT_EQ(FieldOf(ValidateReviewContent(blank)), "questions[0]");
  auto long_question = Scope();
  long_question.questions[1] = std::string(501, 'q');
  EXPECT_EQ(FieldOf(ValidateReviewContent(long_question)), "questions[1]");
  long_question.questions[1] = std::string(500, 'q');
  EXPECT_TRUE(ValidateReviewContent(long_question).ok());
  auto no_narrative = Scope();
  no_narrative.narrative_markdown.clear();
  EXPECT_TRUE(ValidateReviewContent(no_narrative).ok());
  auto long_narrative = Scope();
  long_narrative.narrative_markdown = std::string(50000, 'n');
  EXPECT_TRUE(ValidateReviewContent(long_narrative).ok());
  long_narrative.narrative_markdown += "n";
  EXPECT_EQ(FieldOf(ValidateReviewContent(long_narrative)), "narrative_markdown");
}

TEST(ThematicReviewTest, OnlyAConversationHasADateAndItMustHaveOne) {
  ReviewEvidence conversation{
      0, EvidenceSource::kConversation, 0, 0, "", "Fictional notes.", D("2025-11-03")};
  EXPECT_TRUE(ValidateEvidence(conversation).ok());
  conversation.held_on.reset();
  EXPECT_EQ(FieldOf(ValidateEvidence(conversation)), "held_on");
  for (const auto source : {EvidenceSource::kSelfEvaluationStandard,
                            EvidenceSource::kSurveyQuestion, EvidenceSource::kAuditFinding}) {
    ReviewEvidence piece{0, source, 3, 1, "", "Fictional excerpt.", std::nullopt};
    EXPECT_TRUE(ValidateEvidence(piece).ok()) << EvidenceSourceName(source);
    piece.held_on = D("2025-11-03");
    EXPECT_EQ(FieldOf(ValidateEvidence(piece)), "held_on") << EvidenceSourceName(source);
  }
}

TEST(ThematicReviewTest, AnExcerptIsWrittenAndAtMostFiveThousandCharacters) {
  ReviewEvidence piece{0, EvidenceSource::kSurveyQuestion, 5, 1, "", " \n ", std::nullopt};
  EXPECT_EQ(FieldOf(ValidateEvidence(piece)), "excerpt");
  piece.excerpt = std::string(5000, 'e');
  EXPECT_TRUE(ValidateEvidence(piece).ok());
  piece.excerpt += "e";
  EXPECT_EQ(FieldOf(ValidateEvidence(piece)), "excerpt");
}

TEST(ThematicReviewTest, AFindingAnswersTheReviewsQuestionsWithItsOwnEvidenceEachOnce) {
  const ThematicReview review = Review();
  const ThematicFinding good{0, "Fictional finding.", EvidenceStrength::kModerate, {2, 3}, {14}};
  EXPECT_TRUE(ValidateFinding(review, good).ok());
  auto unsupported = good;
  unsupported.evidence_ids.clear();  // a finding may wait for its evidence
  EXPECT_TRUE(ValidateFinding(review, unsupported).ok());
  auto blank = good;
  blank.text = " ";
  EXPECT_EQ(FieldOf(ValidateFinding(review, blank)), "text");
  auto long_text = good;
  long_text.text = std::string(5001, 'f');
  EXPECT_EQ(FieldOf(ValidateFinding(review, long_text)), "text");
  for (const std::vector<int>& questions :
       std::vector<std::vector<int>>{{}, {0}, {4}, {-1}, {2, 2}}) {
    auto wrong = good;
    wrong.questions = questions;
    EXPECT_EQ(FieldOf(ValidateFinding(review, wrong)), "questions") << questions.size();
  }
  for (const std::vector<EvidenceId>& evidence :
       std::vector<std::vector<EvidenceId>>{{99}, {0}, {11, 11}, {12, 99}}) {
    auto wrong = good;
    wrong.evidence_ids = evidence;
    EXPECT_EQ(FieldOf(ValidateFinding(review, wrong)), "evidence_ids") << evidence.size();
  }
}

TEST(ThematicReviewTest, ARecommendationAnswersAtLeastOneOfTheReviewsFindingsEachOnce) {
  const ThematicReview review = Review();
  const ReviewRecommendation good{0, "Fictional recommendation.", {22}, 0};
  EXPECT_TRUE(ValidateRecommendation(review, good).ok());
  auto blank = good;
  blank.text = "";
  EXPECT_EQ(FieldOf(ValidateRecommendation(review, blank)), "text");
  auto long_text = good;
  long_text.text = std::string(2000, 'r');
  EXPECT_TRUE(ValidateRecommendation(review, long_text).ok());
  long_text.text += "r";
  EXPECT_EQ(FieldOf(ValidateRecommendation(review, long_text)), "text");
  for (const std::vector<FindingId>& findings :
       std::vector<std::vector<FindingId>>{{}, {99}, {21, 21}, {14}}) {
    auto wrong = good;
    wrong.finding_ids = findings;
    EXPECT_EQ(FieldOf(ValidateRecommendation(review, wrong)), "finding_ids") << findings.size();
  }
}

TEST(ThematicReviewTest, TheReportIsALessonsLearnedBriefingReadyForReview) {
  const BriefingContent report = Report(Review());
  const auto ready = ValidateReadyForReview(report);
  EXPECT_TRUE(ready.ok()) << ready.error().message;
  EXPECT_EQ(SectionsOf(report.body_markdown), kSections);
}

TEST(ThematicReviewTest, TheNarrativesLevelOneAndTwoHeadingsReadAsTextAndDeeperOnesStay) {
  ThematicReview review = Review();
  review.narrative_markdown =
      "# Fictional background\n\nWhy we looked.\n\n  ## Fictional method\n\nHow we looked.\n"
      "### Fictional detail\nMore.\n#hashtag\n";
  const BriefingContent report = Report(review);
  const auto ready = ValidateReadyForReview(report);
  EXPECT_TRUE(ready.ok()) << ready.error().message;
  EXPECT_EQ(SectionsOf(report.body_markdown), kSections);
  EXPECT_NE(report.body_markdown.find("\n\\# Fictional background\n"), std::string::npos);
  EXPECT_NE(report.body_markdown.find("\n\\## Fictional method\n"), std::string::npos);
  EXPECT_NE(report.body_markdown.find("\n### Fictional detail\n"), std::string::npos);
  EXPECT_NE(report.body_markdown.find("\n\\#hashtag\n"), std::string::npos);
  EXPECT_NE(report.body_markdown.find("How we looked."), std::string::npos);
}

TEST(ThematicReviewTest, NoFenceOrHeadingOfTheNarrativeCanChangeTheReportsSections) {
  ThematicReview review = Review();
  review.narrative_markdown =
      "Fictional:\n```\n## a heading in a fence\n```\n\n~~~\nleft open\n    ```\n##\ttab\r\n"
      "##\r\n";
  const BriefingContent report = Report(review);
  const auto ready = ValidateReadyForReview(report);
  EXPECT_TRUE(ready.ok()) << ready.error().message;
  EXPECT_EQ(SectionsOf(report.body_markdown), kSections);
  EXPECT_NE(report.body_markdown.find("\\```\n\\## a heading in a fence\n\\```\n"),
            std::string::npos);
  EXPECT_NE(report.body_markdown.find("\\~~~\nleft open\n\\```\n\\##\ttab\n\\##\n"),
            std::string::npos);
  EXPECT_EQ(report.body_markdown.find('\r'), std::string::npos);
}

TEST(ThematicReviewTest, LineBreaksInQuestionsFindingsOrRecommendationsStartNoSection) {
  ThematicReview review = Review();
  review.questions[0] = "Fictional question,\n## not a section?";
  review.findings[0].text = "Fictional finding.\r\n## Not a section either";
  review.recommendations[1].text = "Fictional recommendation.\n\n## Nor this";
  const BriefingContent report = Report(review);
  const auto ready = ValidateReadyForReview(report);
  EXPECT_TRUE(ready.ok()) << ready.error().message;
  EXPECT_EQ(SectionsOf(report.body_markdown), kSections);
  EXPECT_NE(report.body_markdown.find("\n1. Fictional question, ## not a section?\n"),
            std::string::npos);
}

TEST(ThematicReviewTest, AReviewWithNothingFoundYetStillHasTextInEverySection) {
  ThematicReview review = Review();
  review.narrative_markdown.clear();
  review.evidence.clear();
  review.findings.clear();
  review.recommendations.clear();
  const BriefingContent report = Report(review);
  const auto ready = ValidateReadyForReview(report);
  EXPECT_TRUE(ready.ok()) << ready.error().message;
  EXPECT_EQ(SectionsOf(report.body_markdown), kSections);
  EXPECT_NE(report.body_markdown.find("No findings yet."), std::string::npos);
  EXPECT_NE(report.body_markdown.find("No recommendations yet."), std::string::npos);
}

TEST(ThematicReviewTest, TheReportListsQuestionsFindingsWithTheirSupportAndRecommendations) {
  const std::string body = ComposeReport(Review());
  const auto at = [&](const std::string& text) {
    const auto position = body.find(text);
    EXPECT_NE(position, std::string::npos) << text << "\nin:\n" << body;
    return position;
  };
  const auto narrative = at("Fictional: the board asked for this review in June.\n");
  const auto first_question = at("\n1. How well do agencies share early concerns?\n");
  at("\n2. Do staff know how to escalate?\n");
  const auto last_question = at("\n3. Is supervision effective?\n");
  const auto found = at("\n## What the review found\n");
  const auto strong =
      at("\n- Fictional: concerns are shared late. (Strong evidence; answers questions 1 and 3; "
         "Self-evaluation standard: 1; Staff survey question: 2)\n");
  const auto limited =
      at("\n- Fictional: staff know the escalation policy. (Limited evidence; answers question 2; "
         "Notes of a conversation: 1)\n");
  const auto change = at("\n## What will change\n");
  const auto first = at("\n1. Fictional: agree a weekly triage meeting.\n");
  const auto second = at("\n2. Fictional: brief every team on escalation.\n");
  EXPECT_LT(narrative, first_question);
  EXPECT_LT(last_question, found);
  EXPECT_LT(found, strong);
  EXPECT_LT(strong, limited);
  EXPECT_LT(limited, change);
  EXPECT_LT(change, first);
  EXPECT_LT(first, second);
}

TEST(ThematicReviewTest, TheReportNeverQuotesAnEvidenceExcerpt) {
  const ThematicReview review = Review();
  const std::string body = ComposeReport(review);
  for (const ReviewEvidence& piece : review.evidence) {
    EXPECT_EQ(body.find(piece.excerpt), std::string::npos) << piece.excerpt;
  }
  EXPECT_EQ(body.find("EXCERPT"), std::string::npos);
}

}  // namespace
}  // namespace assure::domain
