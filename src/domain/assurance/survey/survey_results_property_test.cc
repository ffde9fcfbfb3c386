// Properties of published survey results over many generated surveys (a fixed seed, so every run
// checks the same surveys): each respondent's answers are made one by one and counted as the
// repository counts them, then an adversary holding only the published numbers tries to learn
// what a small group answered. Then two worked examples. Fictional data only.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "domain/assurance/survey/survey_results.h"

namespace assure::domain {
namespace {

std::int64_t Uniform(std::mt19937& random, std::int64_t low, std::int64_t high) {
  return std::uniform_int_distribution<std::int64_t>{low, high}(random);
}

bool Chance(std::mt19937& random, double probability) {
  return std::bernoulli_distribution{probability}(random);
}

// Respondent counts biased towards small groups, where suppression happens.
std::int64_t RandomRespondents(std::mt19937& random) {
  const auto bias = random() % 4;
  return bias == 0 ? Uniform(random, 0, 3) : Uniform(random, bias < 3 ? 1 : 0, bias < 3 ? 15 : 40);
}

Question MakeQuestion(QuestionKind kind, std::size_t options, bool required) {
  Question question;
  question.kind = kind;
  question.text = "How well do agencies share information?";
  for (std::size_t o = 0; o < options; ++o) {
    question.options.push_back("Option " + std::to_string(o));
  }
  question.required = required;
  return question;
}

// How one question is answered: a weight (or, for multiple choice, a chance) per choice, some
// near none and some near all, so that choices nobody or everybody in a group picks are common.
struct AnswerModel {
  std::vector<double> weights;
  double skip = 0;  // optional questions only
};

struct Generated {
  Survey survey;
  std::vector<AnswerModel> models;        // per question, numbered from 1
  std::vector<std::int64_t> respondents;  // per agency, in the survey's order
};

constexpr std::array<QuestionKind, 4> kKinds = {
    QuestionKind::kSingleChoice, QuestionKind::kAgreement, QuestionKind::kMultipleChoice,
    QuestionKind::kFreeText};

Generated RandomSurvey(std::mt19937& random) {
  Generated made;
  SurveyContent& content = made.survey.content;
  content.title = "Fictional staff survey";
  content.minimum_group = static_cast<int>(Uniform(random, 5, 15));
  const auto agencies = Uniform(random, 1, 6);
  for (std::int64_t g = 0; g < agencies; ++g) {
    content.agency_ids.push_back(100 + 7 * g);
    made.respondents.push_back(RandomRespondents(random));
  }
  std::shuffle(content.agency_ids.begin(), content.agency_ids.end(), random);  // ids not in order
  const auto sections = Uniform(random, 1, 3);
  for (std::int64_t s = 0; s < sections; ++s) {
    SurveySection section{"Section " + std::to_string(s + 1), {}};
    const auto questions = Uniform(random, 1, 4);
    for (std::int64_t q = 0; q < questions; ++q) {
      const bool required = Chance(random, 0.5);
      const QuestionKind kind = kKinds[random() % kKinds.size()];
      std::int64_t options = kind == QuestionKind::kMultipleChoice ? 3 : 0;
      if (kind == QuestionKind::kSingleChoice) options = Uniform(random, 3, 5);
      Question question = MakeQuestion(kind, static_cast<std::size_t>(options), required);
      AnswerModel model;
      model.skip = required ? 0 : std::vector<double>{0.05, 0.3, 0.8}[random() % 3];
      const std::size_t choices = ChoicesOf(question).size();  // none for free text
      for (std::size_t c = 0; c < choices; ++c) {
        model.weights.push_back(std::vector<double>{0.02, 0.3, 0.6, 0.97}[random() % 4]);
      }
      made.models.push_back(std::move(model));
      section.questions.push_back(std::move(question));
    }
    content.sections.push_back(std::move(section));
  }
  return made;
}

SurveyAnswer RandomAnswer(std::mt19937& random, const Question& question, int number,
                          const AnswerModel& model) {
  SurveyAnswer answer{number, {}, {}};
  switch (question.kind) {
    case QuestionKind::kFreeText:
      answer.text = "Fictional comment on supervision.";
      break;
    case QuestionKind::kMultipleChoice:
      for (std::size_t c = 0; c < model.weights.size(); ++c) {
        if (Chance(random, model.weights[c])) answer.choices.push_back(static_cast<int>(c));
      }
      if (answer.choices.empty()) {
        answer.choices.push_back(static_cast<int>(random() % model.weights.size()));
      }
      break;
    default:
      answer.choices.push_back(static_cast<int>(std::discrete_distribution<std::size_t>{
          model.weights.begin(), model.weights.end()}(random)));
  }
  return answer;
}

std::vector<SurveyResponse> RandomResponses(std::mt19937& random, const Generated& made) {
  std::vector<SurveyResponse> responses;
  const SurveyContent& content = made.survey.content;
  for (std::size_t g = 0; g < content.agency_ids.size(); ++g) {
    for (std::int64_t k = 0; k < made.respondents[g]; ++k) {
      SurveyResponse response;
      response.agency_id = content.agency_ids[g];
      for (int number = 1; number <= QuestionCount(content); ++number) {
        const Question& question = *QuestionNumbered(content, number);
        const AnswerModel& model = made.models[static_cast<std::size_t>(number - 1)];
        if (!question.required && Chance(random, model.skip)) continue;
        response.answers.push_back(RandomAnswer(random, question, number, model));
      }
      responses.push_back(std::move(response));
    }
  }
  return responses;
}

// The true counts, and the repository's rows of them as GROUP BY gives them: one per agency with
// respondents, one per (agency, question, choice) chosen at least once (free text: choice -1).
struct Counted {
  std::map<AgencyId, std::int64_t> respondents;
  std::map<std::tuple<AgencyId, int, int>, std::int64_t> counts;
  std::vector<RespondentCount> respondent_rows;
  std::vector<ChoiceCount> count_rows;

  std::int64_t Respondents(AgencyId agency) const { return At(respondents, agency); }
  std::int64_t Count(AgencyId agency, int question, int choice) const {
    return At(counts, {agency, question, choice});
  }
  template <typename Map>
  static std::int64_t At(const Map& map, const typename Map::key_type& key) {
    const auto found = map.find(key);
    return found == map.end() ? 0 : found->second;
  }
};

Counted Count(const std::vector<SurveyResponse>& responses) {
  Counted counted;
  for (const SurveyResponse& response : responses) {
    ++counted.respondents[response.agency_id];
    for (const SurveyAnswer& answer : response.answers) {
      if (answer.choices.empty()) ++counted.counts[{response.agency_id, answer.question, -1}];
      for (const int choice : answer.choices) {
        ++counted.counts[{response.agency_id, answer.question, choice}];
      }
    }
  }
  for (const auto& [agency, n] : counted.respondents) {
    counted.respondent_rows.push_back({agency, n});
  }
  for (const auto& [key, n] : counted.counts) {
    counted.count_rows.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
  }
  return counted;
}

// The adversary, with only the published numbers: (d) no row total without the survey's total;
// (b) the hidden groups' respondents come to at least the minimum, and no row shown in total
// tells that the hidden groups together had none, or all, of it.
struct Seen {
  int rows_checked = 0;
  int questions_hidden = 0;
};

void ExpectNothingLearnt(const SurveyResults& results, const std::string& context, Seen& seen) {
  if (!results.total_respondents) {
    for (const QuestionResult& question : results.questions) {
      for (const ResultRow& row : question.rows) EXPECT_FALSE(row.total) << context;
    }
    return;
  }
  std::int64_t hidden = *results.total_respondents;
  bool any_hidden = false;
  bool small_hidden = false;
  for (const ResultGroup& group : results.groups) {
    if (group.respondents) {
      hidden -= *group.respondents;
    } else {
      any_hidden = true;
      small_hidden = small_hidden || group.under_minimum;
    }
  }
  if (!any_hidden) return;
  EXPECT_GE(hidden, results.minimum_group) << "hidden respondents derivable: " << context;
  if (!small_hidden) return;
  for (const QuestionResult& question : results.questions) {
    if (question.totals_hidden) ++seen.questions_hidden;
    for (const ResultRow& row : question.rows) {
      if (!row.total) continue;
      ++seen.rows_checked;
      std::int64_t residual = *row.total;
      for (const auto& cell : row.by_group) residual -= cell.value_or(0);
      const std::string where = "q" + std::to_string(question.number) + " " + row.label + ": ";
      EXPECT_NE(residual, 0) << where << "nobody hidden chose it: " << context;
      EXPECT_NE(residual, hidden) << where << "every hidden respondent chose it: " << context;
    }
  }
}

// (a) No group of 1..minimum-1 respondents shows a number, and a hidden group shows no cell.
// (c) Every published number is right, and (e) a question's totals are hidden only when needed.
void ExpectNumbersRight(const Survey& survey, const Counted& truth, const SurveyResults& results,
                        const std::string& context) {
  const auto& agencies = survey.content.agency_ids;
  ASSERT_EQ(results.groups.size(), agencies.size()) << context;
  ASSERT_EQ(results.questions.size(), static_cast<std::size_t>(QuestionCount(survey.content)));
  std::int64_t total = 0;
  std::int64_t hidden = 0;
  for (std::size_t g = 0; g < agencies.size(); ++g) {
    EXPECT_EQ(results.groups[g].agency_id, agencies[g]) << context;
    const std::int64_t n = truth.Respondents(agencies[g]);
    const bool small = n >= 1 && n < survey.content.minimum_group;
    EXPECT_EQ(results.groups[g].under_minimum, small) << "group " << g << ": " << context;
    EXPECT_FALSE(small && results.groups[g].respondents) << "group " << g << ": " << context;
    total += n;
    if (results.groups[g].respondents) {
      EXPECT_EQ(*results.groups[g].respondents, n) << "group " << g << ": " << context;
    } else {
      hidden += n;
    }
  }
  EXPECT_EQ(results.total_respondents.value_or(total), total) << context;
  for (const QuestionResult& question : results.questions) {
    const Question& asked = *QuestionNumbered(survey.content, question.number);
    const std::size_t rows = asked.kind == QuestionKind::kFreeText ? 1 : ChoicesOf(asked).size();
    ASSERT_EQ(question.rows.size(), rows) << "q" << question.number << ": " << context;
    bool telling = false;
    for (std::size_t r = 0; r < rows; ++r) {
      const ResultRow& row = question.rows[r];
      const int choice = asked.kind == QuestionKind::kFreeText ? -1 : static_cast<int>(r);
      const std::string where = "q" + std::to_string(question.number) + " " + row.label;
      ASSERT_EQ(row.by_group.size(), agencies.size()) << context;
      std::int64_t row_total = 0;
      std::int64_t row_hidden = 0;
      for (std::size_t g = 0; g < agencies.size(); ++g) {
        const std::int64_t n = truth.Count(agencies[g], question.number, choice);
        row_total += n;
        EXPECT_EQ(row.by_group[g].has_value(), results.groups[g].respondents.has_value())
            << where << ", group " << g << ": " << context;
        if (row.by_group[g]) {
          EXPECT_EQ(*row.by_group[g], n) << where << ": " << context;
        } else {
          row_hidden += n;
        }
      }
      EXPECT_EQ(row.total.value_or(row_total), row_total) << where << ": " << context;
      if (hidden > 0 && (row_hidden == 0 || row_hidden == hidden)) telling = true;
      EXPECT_EQ(row.total.has_value(), results.total_respondents && !question.totals_hidden)
          << where << ": " << context;
    }
    if (question.totals_hidden) {
      EXPECT_TRUE(telling) << "q" << question.number << " totals hidden needlessly: " << context;
    }
  }
}

TEST(SurveyResultsPropertyTest, NothingPublishedTellsWhatASmallGroupAnswered) {
  std::mt19937 random{20250612};
  Seen seen;
  for (int round = 0; round < 5000; ++round) {
    const Generated made = RandomSurvey(random);
    std::string context = "round " + std::to_string(round) + ", minimum " +
                          std::to_string(made.survey.content.minimum_group) + ", respondents";
    for (const std::int64_t n : made.respondents) context += " " + std::to_string(n);
    ASSERT_TRUE(ValidateSurveyContent(made.survey.content).ok()) << context;
    const std::vector<SurveyResponse> responses = RandomResponses(random, made);
    for (const SurveyResponse& response : responses) {
      ASSERT_TRUE(ValidateSurveyAnswers(made.survey.content, response.answers).ok()) << context;
    }
    const Counted truth = Count(responses);
    const SurveyResults results =
        BuildResults(made.survey, {}, truth.respondent_rows, truth.count_rows);
    ExpectNothingLearnt(results, context, seen);
    ExpectNumbersRight(made.survey, truth, results, context);
    if (testing::Test::HasFailure()) return;  // one counterexample is enough to read
  }
  // The adversary met both kinds of question many times.
  EXPECT_GT(seen.rows_checked, 1000);
  EXPECT_GT(seen.questions_hidden, 1000);
}

// Worked examples: respondents answer in turn by a rule of their number within their agency.
using Cells = std::vector<std::optional<std::int64_t>>;

struct Example {
  Survey survey;
  std::vector<SurveyResponse> responses;

  void Answer(AgencyId agency, std::int64_t respondents,
              std::vector<SurveyAnswer> (*answers)(std::int64_t k)) {
    for (std::int64_t k = 0; k < respondents; ++k) {
      responses.push_back({survey.id, agency, {}, answers(k)});
    }
  }
  SurveyResults Results() const {
    const Counted counted = Count(responses);
    return BuildResults(survey, {{1, "Fictional Police"}}, counted.respondent_rows,
                        counted.count_rows);
  }
};

Example TwoAgreementQuestions(std::vector<AgencyId> agencies) {
  Example example;
  example.survey.content.title = "Fictional staff survey";
  example.survey.content.agency_ids = std::move(agencies);
  example.survey.content.sections = {{"Working together",
                                      {MakeQuestion(QuestionKind::kAgreement, 0, true),
                                       MakeQuestion(QuestionKind::kAgreement, 0, true)}}};
  return example;
}

TEST(SurveyResultsExampleTest, OneSmallAgencyAmongFiveHidesItAndTheSmallestOther) {
  Example example = TwoAgreementQuestions({1, 2, 3, 4, 5});
  const auto spread = [](std::int64_t k) {
    const int choice = static_cast<int>(k % 5);
    return std::vector<SurveyAnswer>{{1, {choice}, {}}, {2, {4 - choice}, {}}};
  };
  const std::int64_t respondents[] = {120, 4, 30, 21, 125};  // 300 in all
  for (std::size_t g = 0; g < 5; ++g) {
    example.Answer(static_cast<AgencyId>(g + 1), respondents[g], spread);
  }
  const SurveyResults results = example.Results();
  ASSERT_EQ(results.groups.size(), 5u);
  EXPECT_EQ(results.groups[0].agency_name, "Fictional Police");
  EXPECT_EQ(results.groups[1].agency_name, "Agency 2");
  Cells shown;
  std::vector<bool> small;
  for (const ResultGroup& group : results.groups) {
    shown.push_back(group.respondents);
    small.push_back(group.under_minimum);
  }
  EXPECT_EQ(shown, (Cells{120, {}, 30, {}, 125}));  // 21, the smallest other, hidden too
  EXPECT_EQ(small, (std::vector<bool>{false, true, false, false, false}));
  EXPECT_EQ(results.total_respondents, 300);
  EXPECT_TRUE(results.any_hidden);
  const ResultRow& row = results.questions[0].rows[0];  // strongly disagree: 24 + 1 + 6 + 5 + 25
  EXPECT_EQ(row.total, 61);
  EXPECT_EQ(row.by_group, (Cells{24, {}, 6, {}, 25}));
}

TEST(SurveyResultsExampleTest, AChoiceNobodyHiddenMadeHidesOnlyItsQuestionsTotals) {
  Example example = TwoAgreementQuestions({1, 2, 3});  // minimum 10, the default
  // q1: the hidden groups never strongly disagree; q2: they spread over all five choices.
  const auto never = [](std::int64_t k) {
    return std::vector<SurveyAnswer>{{1, {static_cast<int>(1 + k % 4)}, {}},
                                     {2, {static_cast<int>(k % 5)}, {}}};
  };
  const auto all = [](std::int64_t k) {
    const int choice = static_cast<int>(k % 5);
    return std::vector<SurveyAnswer>{{1, {choice}, {}}, {2, {choice}, {}}};
  };
  example.Answer(1, 4, never);   // small
  example.Answer(2, 12, never);  // hidden with it: 16 hidden, each choice of q2 by 2 to 4
  example.Answer(3, 30, all);
  const SurveyResults results = example.Results();
  EXPECT_EQ(results.questions[1].rows[0].by_group, (Cells{{}, {}, 6}));
  EXPECT_EQ(results.total_respondents, 46);
  ASSERT_EQ(results.questions.size(), 2u);
  EXPECT_TRUE(results.questions[0].totals_hidden);
  for (const ResultRow& row : results.questions[0].rows) {
    EXPECT_FALSE(row.total) << row.label;
    EXPECT_EQ(row.by_group[2], 6) << row.label;  // the shown agency still shows
  }
  EXPECT_FALSE(results.questions[1].totals_hidden);
  for (const ResultRow& row : results.questions[1].rows) {
    ASSERT_TRUE(row.total) << row.label;
    EXPECT_TRUE(*row.total - 6 >= 1 && *row.total - 6 <= 15) << row.label << " " << *row.total;
  }
}

}  // namespace
}  // namespace assure::domain
