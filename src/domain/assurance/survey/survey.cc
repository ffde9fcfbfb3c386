#include "domain/assurance/survey/survey.h"

#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::size_t kMaxSurveyAgencies = 100;
constexpr std::size_t kMaxSections = 20;
constexpr int kMaxQuestions = 100;
constexpr std::size_t kMinOptions = 2;
constexpr std::size_t kMaxOptions = 20;
constexpr std::size_t kMaxIntroductionCharacters = 5000;
constexpr std::size_t kMaxQuestionCharacters = 500;
constexpr int kHighestMinimumGroup = 1000;

constexpr std::array<std::pair<QuestionKind, std::string_view>, 4> kKinds{{
    {QuestionKind::kSingleChoice, "single_choice"},
    {QuestionKind::kMultipleChoice, "multiple_choice"},
    {QuestionKind::kAgreement, "agreement"},
    {QuestionKind::kFreeText, "free_text"},
}};
constexpr std::array<std::pair<QuestionKind, std::string_view>, 4> kKindLabels{{
    {QuestionKind::kSingleChoice, "Single choice"},
    {QuestionKind::kMultipleChoice, "Multiple choice"},
    {QuestionKind::kAgreement, "Agreement scale"},
    {QuestionKind::kFreeText, "Free text"},
}};

constexpr std::array<std::pair<SurveyState, std::string_view>, 3> kStates{{
    {SurveyState::kDraft, "draft"},
    {SurveyState::kOpen, "open"},
    {SurveyState::kClosed, "closed"},
}};

bool TakesOptions(QuestionKind kind) {
  return kind == QuestionKind::kSingleChoice || kind == QuestionKind::kMultipleChoice;
}

// The status with its error moved to `field`: ValidateName words its message after the name it is
// given, so callers pass a word a person reads ("option") and file the error under the form field.
core::Status UnderField(core::Status status, std::string field) {
  if (status.ok()) return status;
  return core::Error::InvalidInput(std::move(field), status.error().message);
}

core::Status ValidateOptions(const Question& question, const std::string& field) {
  if (!TakesOptions(question.kind)) {
    if (question.options.empty()) return core::Ok();
    return core::Error::InvalidInput(field, question.kind == QuestionKind::kAgreement
                                                ? "An agreement question uses the agreement "
                                                  "scale, so it takes no options."
                                                : "A free-text question takes no options.");
  }
  if (question.options.size() < kMinOptions || question.options.size() > kMaxOptions) {
    return core::Error::InvalidInput(field, "Give a choice question from 2 to 20 options.");
  }
  std::set<std::string_view> seen;
  for (const std::string& option : question.options) {
    ASSURE_TRY(UnderField(ValidateName("option", option), field));
    if (!seen.insert(option).second) {
      return core::Error::InvalidInput(field, "Give each option once.");
    }
  }
  return core::Ok();
}

core::Status ValidateQuestion(const Question& question, const std::string& prefix) {
  if (!ParseQuestionKind(QuestionKindName(question.kind))) {
    return core::Error::InvalidInput(
        prefix + "kind", "Choose single choice, multiple choice, agreement scale or free text.");
  }
  ASSURE_TRY(ValidateLongText(prefix + "text", question.text, kMaxQuestionCharacters, true));
  ASSURE_TRY(ValidateLongText(prefix + "hint", question.hint, kMaxQuestionCharacters, false));
  return ValidateOptions(question, prefix + "options");
}

// How many choices a question offers (the size of ChoicesOf, without copying them).
std::size_t OfferedChoices(const Question& question) {
  switch (question.kind) {
    case QuestionKind::kSingleChoice:
    case QuestionKind::kMultipleChoice:
      return question.options.size();
    case QuestionKind::kAgreement:
      return kAgreementScale.size();
    case QuestionKind::kFreeText:
      return 0;
  }
  return 0;
}

core::Status ValidateAnswer(const Question& question, const SurveyAnswer& answer,
                            const std::string& field) {
  if (question.kind == QuestionKind::kFreeText) {
    if (!answer.choices.empty()) {
      return core::Error::InvalidInput(field, "Write your answer; this question has no options.");
    }
    return ValidateLongText(field, answer.text, kMaxFreeTextCharacters, true);
  }
  if (!answer.text.empty()) {
    return core::Error::InvalidInput(field,
                                     "Choose from the options; this question takes no "
                                     "written answer.");
  }
  const std::size_t offered = OfferedChoices(question);
  int previous = -1;
  for (const int choice : answer.choices) {
    // Ascending from -1 also rules out negative choices, so the cast below is safe.
    if (choice <= previous || static_cast<std::size_t>(choice) >= offered) {
      return core::Error::InvalidInput(field, "Choose from the options given, each once.");
    }
    previous = choice;
  }
  if (question.kind == QuestionKind::kMultipleChoice) {
    if (answer.choices.empty()) {
      return core::Error::InvalidInput(field, "Choose at least one option.");
    }
  } else if (answer.choices.size() != 1) {
    return core::Error::InvalidInput(field, "Choose one option.");
  }
  return core::Ok();
}

}  // namespace

std::string_view QuestionKindName(QuestionKind kind) { return NameOf<QuestionKind>(kKinds, kind); }
std::optional<QuestionKind> ParseQuestionKind(std::string_view name) {
  return ParseName<QuestionKind>(kKinds, name);
}
std::string_view QuestionKindLabel(QuestionKind kind) {
  return NameOf<QuestionKind>(kKindLabels, kind);
}

std::vector<std::string> ChoicesOf(const Question& question) {
  if (TakesOptions(question.kind)) return question.options;
  if (question.kind == QuestionKind::kAgreement) {
    return {kAgreementScale.begin(), kAgreementScale.end()};
  }
  return {};
}

std::string_view SurveyStateName(SurveyState state) { return NameOf<SurveyState>(kStates, state); }
std::optional<SurveyState> ParseSurveyState(std::string_view name) {
  return ParseName<SurveyState>(kStates, name);
}

core::Status ValidateSurveyContent(const SurveyContent& content) {
  ASSURE_TRY(ValidateName("title", content.title));
  ASSURE_TRY(
      ValidateLongText("introduction", content.introduction, kMaxIntroductionCharacters, false));
  if (content.minimum_group < kLowestMinimumGroup || content.minimum_group > kHighestMinimumGroup) {
    return core::Error::InvalidInput("minimum_group",
                                     "Choose a minimum group of 5 to 1,000 respondents.");
  }
  if (content.agency_ids.empty() || content.agency_ids.size() > kMaxSurveyAgencies) {
    return core::Error::InvalidInput("agency_ids", "Choose from 1 to 100 agencies.");
  }
  const std::set<AgencyId> agencies(content.agency_ids.begin(), content.agency_ids.end());
  if (agencies.size() != content.agency_ids.size()) {
    return core::Error::InvalidInput("agency_ids", "Choose each agency once.");
  }
  if (content.sections.size() > kMaxSections) {
    return core::Error::InvalidInput("sections", "Add at most 20 sections.");
  }
  if (QuestionCount(content) > kMaxQuestions) {
    return core::Error::InvalidInput("sections", "Add at most 100 questions in all.");
  }
  for (std::size_t s = 0; s < content.sections.size(); ++s) {
    const SurveySection& section = content.sections[s];
    const std::string prefix = "sections[" + std::to_string(s) + "].";
    ASSURE_TRY(UnderField(ValidateName("section title", section.title), prefix + "title"));
    for (std::size_t q = 0; q < section.questions.size(); ++q) {
      ASSURE_TRY(
          ValidateQuestion(section.questions[q], prefix + "questions[" + std::to_string(q) + "]."));
    }
  }
  return core::Ok();
}

const Question* QuestionNumbered(const SurveyContent& content, int number) {
  if (number < 1) return nullptr;
  auto remaining = static_cast<std::size_t>(number - 1);
  for (const SurveySection& section : content.sections) {
    if (remaining < section.questions.size()) return &section.questions[remaining];
    remaining -= section.questions.size();
  }
  return nullptr;
}

int QuestionCount(const SurveyContent& content) {
  std::size_t count = 0;
  for (const SurveySection& section : content.sections) count += section.questions.size();
  return static_cast<int>(count);
}

core::Status ValidateSurveyAnswers(const SurveyContent& content,
                                   std::span<const SurveyAnswer> answers) {
  const int count = QuestionCount(content);
  std::vector<bool> answered(static_cast<std::size_t>(count), false);
  for (const SurveyAnswer& answer : answers) {
    const std::string field = "q" + std::to_string(answer.question);
    const Question* question = QuestionNumbered(content, answer.question);
    if (question == nullptr) {
      return core::Error::InvalidInput(field, "Answer only the questions of this survey.");
    }
    const auto index = static_cast<std::size_t>(answer.question - 1);
    if (answered[index]) return core::Error::InvalidInput(field, "Answer each question once.");
    answered[index] = true;
    ASSURE_TRY(ValidateAnswer(*question, answer, field));
  }
  std::size_t index = 0;  // the question numbered index + 1
  for (const SurveySection& section : content.sections) {
    for (const Question& question : section.questions) {
      if (question.required && !answered[index]) {
        const std::string number = std::to_string(index + 1);
        return core::Error::InvalidInput("q" + number, "Answer question " + number + ".");
      }
      ++index;
    }
  }
  return core::Ok();
}

}  // namespace assure::domain
