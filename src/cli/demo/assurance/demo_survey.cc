// The demo's staff survey (assurance_steps.h): "Exploitation: what staff know and do", two
// sections of eight questions of every kind, answered through each agency's link by about 300
// invented people, drawn from a fixed seed with plausible skews (most agree they can recognise
// exploitation; fewer that their training prepared them, fewer still when it was long ago).
#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/assurance/assurance_steps.h"
#include "domain/assurance/survey/survey_answer_service.h"
#include "domain/assurance/survey/survey_service.h"

namespace assure::cli::demo_assurance {

namespace {

using domain::Question;
using domain::QuestionKind;
using domain::SurveyAnswer;

constexpr std::uint32_t kSeed = 20260401;

// Respondents of each agency in turn; the last agency has only kFewAnswers, under the minimum.
constexpr std::array<int, 5> kAnswers{72, 66, 58, 55, 45};
constexpr int kFewAnswers = 4;

// The days answers came in, working days before today, and how many came on each: most in the
// first days and after each reminder.
struct Wave {
  int days_ago;
  int weight;
};
constexpr std::array<Wave, 15> kWaves{{{50, 22},
                                       {49, 14},
                                       {48, 8},
                                       {45, 6},
                                       {44, 5},
                                       {40, 12},
                                       {39, 6},
                                       {35, 5},
                                       {30, 9},
                                       {29, 5},
                                       {25, 4},
                                       {20, 3},
                                       {15, 8},
                                       {12, 4},
                                       {11, 3}}};

// The question numbers.
constexpr int kRole = 1;
constexpr int kTenure = 2;
constexpr int kRecognise = 3;
constexpr int kShare = 4;
constexpr int kPrepared = 5;
constexpr int kForms = 6;
constexpr int kTrained = 7;
constexpr int kHelp = 8;

constexpr std::array<int, 5> kRoleWeights{55, 20, 7, 12, 6};
constexpr std::array<int, 4> kTenureWeights{14, 30, 33, 23};
constexpr std::array<int, 5> kRecogniseWeights{2, 7, 15, 54, 22};
constexpr std::array<int, 5> kShareWeights{4, 11, 17, 48, 20};
constexpr std::array<int, 5> kPreparedWeights{6, 18, 26, 38, 12};
constexpr std::array<int, 5> kPreparedLongAgoWeights{14, 34, 26, 22, 4};
constexpr std::array<int, 4> kTrainedWeights{46, 31, 15, 8};
constexpr std::array<int, 4> kTrainedSchoolWeights{30, 34, 24, 12};
constexpr std::array<int, 5> kFormPercent{45, 30, 22, 8, 35};  // each form, "None" when none

// Free-text answers, invented; the third quotes a made-up number of the drama range, for the
// publication check to flag.
constexpr std::array<std::string_view, 8> kHelpTexts{
    "Clearer guidance on when to use the exploitation screening tool, and who to send it to.",
    "More joint training with the police and youth services, so that we all hear the same "
    "message.",
    "A direct line to the exploitation hub. At the moment I ring the main switchboard on 01632 "
    "960 123 and wait to be put through.",
    "Feedback after I make a referral; I rarely hear what happened next.",
    "Time in supervision to talk through cases where I am unsure whether it is exploitation.",
    "A short guide for reception and admin staff, who often notice things first.",
    "Knowing which agency leads when a young person turns 18.",
    "Training on the financial exploitation of older adults, not only of children."};
constexpr std::size_t kHelpEvery = 37;  // every 37th answer, from the 12th, has a free text
constexpr std::size_t kHelpFirst = 11;

domain::SurveyContent Content(std::vector<domain::AgencyId> agencies) {
  domain::SurveyContent content;
  content.title = "Exploitation: what staff know and do";
  content.introduction =
      "A short survey for everyone in the partnership's agencies who works with children, young "
      "people or adults at risk. It takes about five minutes. Your answers are anonymous: we "
      "keep only your agency and the day you answered, and publish no group smaller than 10.";
  content.agency_ids = std::move(agencies);
  const auto agreement = [](std::string text, bool required) {
    return Question{QuestionKind::kAgreement, std::move(text), "", {}, required};
  };
  content.sections = {
      {"About you",
       {{QuestionKind::kSingleChoice,
         "Which best describes your role?",
         "",
         {"Front-line practitioner", "Team manager or supervisor", "Senior manager",
          "Support or administrative staff", "Other"},
         true},
        {QuestionKind::kSingleChoice,
         "How long have you worked for your agency?",
         "",
         {"Less than a year", "1 to 3 years", "4 to 10 years", "More than 10 years"},
         false}}},
      {"Exploitation in your work",
       {agreement("I can recognise the signs that a child or adult is being exploited.", true),
        agreement("I know how to share a concern about exploitation with another agency.", true),
        agreement("My agency's training on exploitation prepared me for my role.", false),
        {QuestionKind::kMultipleChoice,
         "Which forms of exploitation have you come across in your work in the last year?",
         "Choose all that apply.",
         {"Criminal exploitation, including county lines", "Sexual exploitation",
          "Financial exploitation", "Labour exploitation", "Online exploitation", "None of these"},
         false},
        {QuestionKind::kSingleChoice,
         "When did you last have training on exploitation?",
         "",
         {"In the last 12 months", "1 to 3 years ago", "More than 3 years ago", "Never"},
         true},
        {QuestionKind::kFreeText,
         "What would help you respond better to exploitation?",
         "Please do not name anyone.",
         {},
         false}}}};
  return content;
}

// Draws from a fixed seed: std::mt19937's output is the same everywhere (unlike the standard
// distributions), so every run writes the same answers.
class Draw {
 public:
  Draw() : engine_(kSeed) {}

  // An index of `weights`, each in proportion to its weight.
  int Pick(std::span<const int> weights) {
    int total = 0;
    for (const int weight : weights) total += weight;
    int roll = static_cast<int>(engine_() % static_cast<std::uint32_t>(total));
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (roll < weights[i]) return static_cast<int>(i);
      roll -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
  }

  bool Chance(int percent) { return engine_() % 100U < static_cast<std::uint32_t>(percent); }

 private:
  std::mt19937 engine_;
};

// One person's answers; `place` is their agency's place, `text` a free text or "".
std::vector<SurveyAnswer> Answers(Draw& draw, std::size_t place, std::string_view text) {
  std::vector<SurveyAnswer> answers;
  const auto one = [&](int question, int choice) { answers.push_back({question, {choice}, ""}); };
  one(kRole, draw.Pick(kRoleWeights));
  if (!draw.Chance(4)) one(kTenure, draw.Pick(kTenureWeights));
  one(kRecognise, draw.Pick(kRecogniseWeights));
  one(kShare, draw.Pick(kShareWeights));
  // The fourth agency (the demo's school trust) had less training of late.
  const int trained = draw.Pick(place == 3 ? std::span<const int>{kTrainedSchoolWeights}
                                           : std::span<const int>{kTrainedWeights});
  if (!draw.Chance(3)) {
    one(kPrepared, draw.Pick(trained >= 2 ? std::span<const int>{kPreparedLongAgoWeights}
                                          : std::span<const int>{kPreparedWeights}));
  }
  if (!draw.Chance(6)) {
    SurveyAnswer forms{kForms, {}, ""};
    for (std::size_t i = 0; i < kFormPercent.size(); ++i) {
      if (draw.Chance(kFormPercent[i])) forms.choices.push_back(static_cast<int>(i));
    }
    if (forms.choices.empty()) forms.choices.push_back(static_cast<int>(kFormPercent.size()));
    answers.push_back(std::move(forms));
  }
  one(kTrained, trained);
  if (!text.empty()) answers.push_back({kHelp, {}, std::string{text}});
  std::sort(answers.begin(), answers.end(),
            [](const SurveyAnswer& a, const SurveyAnswer& b) { return a.question < b.question; });
  return answers;
}

// One person to answer: through which agency's link, on which day.
struct Respondent {
  int days_ago = 0;
  std::size_t place = 0;  // of the agency among the survey's
};

// Every respondent, earliest day first.
std::vector<Respondent> Respondents(Draw& draw, std::size_t agencies) {
  std::array<int, kWaves.size()> weights{};
  for (std::size_t i = 0; i < kWaves.size(); ++i) weights[i] = kWaves[i].weight;
  std::vector<Respondent> respondents;
  for (std::size_t place = 0; place < agencies; ++place) {
    const int count = place + 1 == agencies ? kFewAnswers : kAnswers[place % kAnswers.size()];
    for (int i = 0; i < count; ++i) {
      const auto wave = static_cast<std::size_t>(draw.Pick(weights));
      respondents.push_back({kWaves[wave].days_ago, place});
    }
  }
  std::stable_sort(
      respondents.begin(), respondents.end(),
      [](const Respondent& a, const Respondent& b) { return a.days_ago > b.days_ago; });
  return respondents;
}

core::Instant Noon(domain::CivilDate day) {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::sys_days{day} +
                                                                 std::chrono::hours{12});
}

}  // namespace

core::Result<int> WriteSurvey(domain::Store& store, const People& people, StepTimes& times,
                              domain::ActivityId activity_id, security::Random& random) {
  std::vector<domain::AgencyId> agencies;
  for (const auto& [agency, lead] : people.agencies) agencies.push_back(agency);
  if (agencies.size() < 2) return core::Error::Internal("The demo survey needs two agencies.");
  const domain::Requester& officer = people.officer;

  StepClock draft_clock(times.At(times.Day(kSurveyOpened + 3)));
  ASSURE_ASSIGN_OR_RETURN(const domain::Survey draft,
                          domain::SurveyService(store, draft_clock, random)
                              .Create(officer, Content(agencies), activity_id));
  StepClock open_clock(times.At(times.Day(kSurveyOpened)));
  ASSURE_ASSIGN_OR_RETURN(
      const domain::Survey opened,
      domain::SurveyService(store, open_clock, random).Open(officer, draft.id, draft.version));
  std::vector<std::string> tokens(agencies.size());
  for (const domain::SurveyLink& link : opened.links) {
    const auto at = std::find(agencies.begin(), agencies.end(), link.agency_id);
    if (at != agencies.end()) tokens[static_cast<std::size_t>(at - agencies.begin())] = link.token;
  }

  Draw draw;
  const std::vector<Respondent> respondents = Respondents(draw, agencies.size());
  int answered = 0;
  for (std::size_t i = 0; i < respondents.size(); ++i) {
    const Respondent& respondent = respondents[i];
    std::string_view text;
    if (i >= kHelpFirst && (i - kHelpFirst) % kHelpEvery == 0) {
      const std::size_t help = (i - kHelpFirst) / kHelpEvery;
      if (help < kHelpTexts.size()) text = kHelpTexts[help];
    }
    StepClock clock(Noon(times.Day(respondent.days_ago)));
    ASSURE_TRY(domain::SurveyAnswerService(store, clock, random)
                   .Answer(tokens[respondent.place], Answers(draw, respondent.place, text)));
    ++answered;
  }

  ASSURE_ASSIGN_OR_RETURN(const domain::Survey current, store.Read([&](domain::Transaction& tx) {
    return tx.surveys(officer.partnership_id()).Get(opened.id);
  }));
  StepClock close_clock(times.At(times.Day(kSurveyClosed)));
  ASSURE_TRY(domain::SurveyService(store, close_clock, random)
                 .Close(officer, current.id, current.version));
  const ActivityMove analysing[] = {{domain::ActivityState::kAnalysing, kSurveyClosed - 2}};
  ASSURE_TRY(MoveActivity(store, officer, times, activity_id, analysing));
  return answered;
}

}  // namespace assure::cli::demo_assurance
