// Survey content and answer checks: every rule that can fail names its form field, and content
// and answers within the rules pass. Fictional data only.
#include "domain/assurance/survey/survey.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace assure::domain {
namespace {

Question Choice(QuestionKind kind, std::vector<std::string> options, bool required = false) {
  Question question;
  question.kind = kind;
  question.text = "How confident are you making a referral?";
  question.options = std::move(options);
  question.required = required;
  return question;
}

Question Scale(QuestionKind kind, bool required = false) { return Choice(kind, {}, required); }

// Two sections: q1 single choice (required), q2 multiple choice; q3 agreement (required), q4 free
// text.
SurveyContent ValidContent() {
  SurveyContent content;
  content.title = "Multi-agency staff survey 2025";
  content.introduction = "Your answers are anonymous.\nIt takes about ten minutes.";
  content.agency_ids = {10, 20, 30};
  content.sections = {
      {"About you",
       {Choice(QuestionKind::kSingleChoice, {"Police", "Health", "Council"}, true),
        Choice(QuestionKind::kMultipleChoice, {"Training", "Supervision", "Guidance"})}},
      {"Working together",
       {Scale(QuestionKind::kAgreement, true), Scale(QuestionKind::kFreeText)}}};
  return content;
}

std::string FieldOf(const core::Status& status) {
  return status.ok() ? "ok" : status.error().field;
}

std::string FieldOf(const SurveyContent& content) {
  return FieldOf(ValidateSurveyContent(content));
}

TEST(SurveyKindTest, NamesLabelsAndStatesReadBothWays) {
  for (const QuestionKind kind : {QuestionKind::kSingleChoice, QuestionKind::kMultipleChoice,
                                  QuestionKind::kAgreement, QuestionKind::kFreeText}) {
    EXPECT_EQ(ParseQuestionKind(QuestionKindName(kind)), kind);
  }
  EXPECT_EQ(QuestionKindName(QuestionKind::kMultipleChoice), "multiple_choice");
  EXPECT_EQ(QuestionKindLabel(QuestionKind::kSingleChoice), "Single choice");
  EXPECT_EQ(QuestionKindLabel(QuestionKind::kAgreement), "Agreement scale");
  EXPECT_EQ(QuestionKindLabel(QuestionKind::kFreeText), "Free text");
  EXPECT_FALSE(ParseQuestionKind("Single choice"));
  for (const SurveyState state : {SurveyState::kDraft, SurveyState::kOpen, SurveyState::kClosed}) {
    EXPECT_EQ(ParseSurveyState(SurveyStateName(state)), state);
  }
  EXPECT_FALSE(ParseSurveyState("archived"));
}

TEST(SurveyContentTest, AcceptsValidContent) {
  EXPECT_TRUE(ValidateSurveyContent(ValidContent()).ok());
}

TEST(SurveyContentTest, NamesTheSurveyLevelFieldAtFault) {
  SurveyContent content = ValidContent();
  content.title = "";
  EXPECT_EQ(FieldOf(content), "title");
  content = ValidContent();
  content.introduction = std::string(5001, 'a');
  EXPECT_EQ(FieldOf(content), "introduction");
  content = ValidContent();
  content.minimum_group = 4;
  EXPECT_EQ(FieldOf(content), "minimum_group");
  content.minimum_group = 1001;
  EXPECT_EQ(FieldOf(content), "minimum_group");
  content.minimum_group = 5;
  EXPECT_EQ(FieldOf(content), "ok");
  content.agency_ids = {};
  EXPECT_EQ(FieldOf(content), "agency_ids");
  content.agency_ids = {10, 20, 10};
  EXPECT_EQ(FieldOf(content), "agency_ids");
  content.agency_ids.assign(101, 0);
  for (std::size_t i = 0; i < content.agency_ids.size(); ++i) {
    content.agency_ids[i] = static_cast<AgencyId>(i + 1);
  }
  EXPECT_EQ(FieldOf(content), "agency_ids");
}

TEST(SurveyContentTest, TakesUpToTwentySectionsAndAHundredQuestionsAndADraftMayHaveNone) {
  SurveyContent content = ValidContent();
  content.sections = {};
  EXPECT_EQ(FieldOf(content), "ok");
  content.sections.assign(21, {"Part", {Scale(QuestionKind::kAgreement)}});
  EXPECT_EQ(FieldOf(content), "sections");
  content.sections.resize(20);
  EXPECT_EQ(FieldOf(content), "ok");
  content.sections = {{"Empty", {}}};
  EXPECT_EQ(FieldOf(content), "ok");
  content.sections = {{"Long", std::vector<Question>(100, Scale(QuestionKind::kAgreement))}};
  EXPECT_EQ(FieldOf(content), "ok");
  content.sections.push_back({"One more", {Scale(QuestionKind::kFreeText)}});
  EXPECT_EQ(FieldOf(content), "sections");
}

TEST(SurveyContentTest, NamesTheQuestionFieldByZeroBasedIndexesAsTheApiSendsThem) {
  SurveyContent content = ValidContent();
  content.sections[1].title = " Working together";
  EXPECT_EQ(FieldOf(content), "sections[1].title");
  content = ValidContent();
  content.sections[1].questions[0].text = "  ";
  EXPECT_EQ(FieldOf(content), "sections[1].questions[0].text");
  content.sections[1].questions[0].text = std::string(501, 'x');
  EXPECT_EQ(FieldOf(content), "sections[1].questions[0].text");
  content.sections[1].questions[0].text = std::string(500, 'x');
  EXPECT_EQ(FieldOf(content), "ok");
  content.sections[0].questions[1].hint = std::string(501, 'x');
  EXPECT_EQ(FieldOf(content), "sections[0].questions[1].hint");
  content = ValidContent();
  content.sections[0].questions[1].kind = static_cast<QuestionKind>(9);
  EXPECT_EQ(FieldOf(content), "sections[0].questions[1].kind");
}

TEST(SurveyContentTest, ChoiceQuestionsNeedTwoToTwentyDistinctOptions) {
  SurveyContent content = ValidContent();
  std::vector<std::string>& options = content.sections[0].questions[1].options;
  const std::string field = "sections[0].questions[1].options";
  options = {"Only one"};
  EXPECT_EQ(FieldOf(content), field);
  options.assign(21, "");
  for (std::size_t i = 0; i < options.size(); ++i) options[i] = "Option " + std::to_string(i);
  EXPECT_EQ(FieldOf(content), field);
  options.resize(20);
  EXPECT_EQ(FieldOf(content), "ok");
  options = {"Yes", "No", "Yes"};
  EXPECT_EQ(FieldOf(content), field);
  options = {"Yes", "yes"};  // exact comparison: a different option
  EXPECT_EQ(FieldOf(content), "ok");
  options = {"Yes", ""};
  EXPECT_EQ(FieldOf(content), field);
  options = {"Yes", "No "};
  EXPECT_EQ(FieldOf(content), field);
  options = {"Yes", std::string(201, 'n')};
  EXPECT_EQ(FieldOf(content), field);
  options = {"Yes", std::string(200, 'n')};
  EXPECT_EQ(FieldOf(content), "ok");
}

TEST(SurveyContentTest, CountsOptionCharactersAsCodePoints) {
  SurveyContent content = ValidContent();
  std::string option;
  for (int i = 0; i < 200; ++i) option += "\u00e9";  // 400 bytes, 200 characters
  content.sections[0].questions[0].options = {"Yes", option};
  EXPECT_EQ(FieldOf(content), "ok");
  content.sections[0].questions[0].options = {"Yes", option + "\u00e9"};
  EXPECT_EQ(FieldOf(content), "sections[0].questions[0].options");
}

TEST(SurveyContentTest, AgreementAndFreeTextTakeNoOptions) {
  SurveyContent content = ValidContent();
  content.sections[1].questions[0].options = {"Yes", "No"};
  EXPECT_EQ(FieldOf(content), "sections[1].questions[0].options");
  content = ValidContent();
  content.sections[1].questions[1].options = {"Yes", "No"};
  EXPECT_EQ(FieldOf(content), "sections[1].questions[1].options");
}

TEST(SurveyContentTest, ErrorMessagesNeverRepeatTheRejectedValue) {
  SurveyContent content = ValidContent();
  content.sections[0].questions[0].options = {"Zebra", "Zebra"};
  const core::Status status = ValidateSurveyContent(content);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message.find("Zebra"), std::string::npos);
}

TEST(SurveyChoicesTest, AgreementOffersTheFivePointScale) {
  const std::vector<std::string> expected{"Strongly disagree", "Disagree",
                                          "Neither agree nor disagree", "Agree", "Strongly agree"};
  EXPECT_EQ(ChoicesOf(Scale(QuestionKind::kAgreement)), expected);
  EXPECT_TRUE(ChoicesOf(Scale(QuestionKind::kFreeText)).empty());
  const std::vector<std::string> options{"Police", "Health"};
  EXPECT_EQ(ChoicesOf(Choice(QuestionKind::kMultipleChoice, options)), options);
}

TEST(SurveyNumberingTest, NumbersQuestionsAcrossSections) {
  const SurveyContent content = ValidContent();
  EXPECT_EQ(QuestionCount(content), 4);
  EXPECT_EQ(QuestionNumbered(content, 0), nullptr);
  EXPECT_EQ(QuestionNumbered(content, 1), &content.sections[0].questions[0]);
  EXPECT_EQ(QuestionNumbered(content, 2), &content.sections[0].questions[1]);
  EXPECT_EQ(QuestionNumbered(content, 3), &content.sections[1].questions[0]);
  EXPECT_EQ(QuestionNumbered(content, 4), &content.sections[1].questions[1]);
  EXPECT_EQ(QuestionNumbered(content, 5), nullptr);
  EXPECT_EQ(QuestionNumbered(content, -1), nullptr);
}

TEST(SurveyNumberingTest, SkipsEmptySections) {
  SurveyContent content = ValidContent();
  content.sections.insert(content.sections.begin() + 1, SurveySection{"Nothing yet", {}});
  EXPECT_EQ(QuestionCount(content), 4);
  EXPECT_EQ(QuestionNumbered(content, 3), &content.sections[2].questions[0]);
}

// Valid answers to every question of ValidContent.
std::vector<SurveyAnswer> ValidAnswers() {
  return {{1, {2}, ""}, {2, {0, 2}, ""}, {3, {4}, ""}, {4, {}, "More joint training, please."}};
}

std::string AnswerFieldOf(const std::vector<SurveyAnswer>& answers) {
  return FieldOf(ValidateSurveyAnswers(ValidContent(), answers));
}

TEST(SurveyAnswersTest, AcceptsAValidSetInAnyOrder) {
  EXPECT_EQ(AnswerFieldOf(ValidAnswers()), "ok");
  std::vector<SurveyAnswer> answers = ValidAnswers();
  std::swap(answers[0], answers[3]);
  EXPECT_EQ(AnswerFieldOf(answers), "ok");
}

TEST(SurveyAnswersTest, OptionalQuestionsMayBeLeftUnanswered) {
  EXPECT_EQ(AnswerFieldOf({{1, {0}, ""}, {3, {0}, ""}}), "ok");
}

TEST(SurveyAnswersTest, NamesTheFirstRequiredQuestionLeftUnanswered) {
  const core::Status status = ValidateSurveyAnswers(ValidContent(), {});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().field, "q1");
  const core::Status third =
      ValidateSurveyAnswers(ValidContent(), std::vector<SurveyAnswer>{{1, {0}, ""}});
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().field, "q3");
  EXPECT_EQ(third.error().message, "Answer question 3.");
}

TEST(SurveyAnswersTest, RejectsAChoiceOutOfRange) {
  std::vector<SurveyAnswer> answers = ValidAnswers();
  answers[0].choices = {3};  // q1 has three options
  EXPECT_EQ(AnswerFieldOf(answers), "q1");
  answers[0].choices = {-1};
  EXPECT_EQ(AnswerFieldOf(answers), "q1");
  answers = ValidAnswers();
  answers[2].choices = {5};  // the scale has five points
  EXPECT_EQ(AnswerFieldOf(answers), "q3");
}

TEST(SurveyAnswersTest, RejectsTwoChoicesForASingleChoiceOrAgreement) {
  std::vector<SurveyAnswer> answers = ValidAnswers();
  answers[0].choices = {0, 1};
  EXPECT_EQ(AnswerFieldOf(answers), "q1");
  answers = ValidAnswers();
  answers[2].choices = {3, 4};
  EXPECT_EQ(AnswerFieldOf(answers), "q3");
  answers = ValidAnswers();
  answers[2].choices = {};
  EXPECT_EQ(AnswerFieldOf(answers), "q3");
}

TEST(SurveyAnswersTest, MultipleChoicesMustBeAscendingWithoutRepeats) {
  std::vector<SurveyAnswer> answers = ValidAnswers();
  answers[1].choices = {0, 1, 2};
  EXPECT_EQ(AnswerFieldOf(answers), "ok");
  answers[1].choices = {2, 0};
  EXPECT_EQ(AnswerFieldOf(answers), "q2");
  answers[1].choices = {1, 1};
  EXPECT_EQ(AnswerFieldOf(answers), "q2");
  answers[1].choices = {};
  EXPECT_EQ(AnswerFieldOf(answers), "q2");
}

TEST(SurveyAnswersTest, ChoiceAnswersTakeNoTextAndFreeTextNoChoices) {
  std::vector<SurveyAnswer> answers = ValidAnswers();
  answers[0].text = "Other";
  EXPECT_EQ(AnswerFieldOf(answers), "q1");
  answers = ValidAnswers();
  answers[3].choices = {0};
  EXPECT_EQ(AnswerFieldOf(answers), "q4");
  answers = ValidAnswers();
  answers[3].text = " \n ";
  EXPECT_EQ(AnswerFieldOf(answers), "q4");
}

TEST(SurveyAnswersTest, FreeTextIsAtMostTwoThousandCharacters) {
  std::vector<SurveyAnswer> answers = ValidAnswers();
  answers[3].text = std::string(2001, 'a');
  EXPECT_EQ(AnswerFieldOf(answers), "q4");
  answers[3].text = std::string(2000, 'a');
  EXPECT_EQ(AnswerFieldOf(answers), "ok");
  answers[3].text.clear();
  for (int i = 0; i < 2000; ++i) answers[3].text += "\u2019";  // 6,000 bytes
  EXPECT_EQ(AnswerFieldOf(answers), "ok");
}

TEST(SurveyAnswersTest, RejectsAnUnknownQuestionNumber) {
  std::vector<SurveyAnswer> answers = ValidAnswers();
  answers.push_back({5, {0}, ""});
  EXPECT_EQ(AnswerFieldOf(answers), "q5");
  answers.back().question = 0;
  EXPECT_EQ(AnswerFieldOf(answers), "q0");
}

TEST(SurveyAnswersTest, RejectsARepeatedQuestion) {
  std::vector<SurveyAnswer> answers = ValidAnswers();
  answers.push_back({2, {1}, ""});
  EXPECT_EQ(AnswerFieldOf(answers), "q2");
}

}  // namespace
}  // namespace assure::domain
