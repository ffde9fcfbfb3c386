// Staff surveys (DOMAIN.md, area 3): the business unit builds a survey of questions in sections
// (single choice, multiple choice, a 5-point agreement scale, free text), for chosen agencies; on
// opening, each agency gets its own link, a random token, through which its staff answer
// anonymously with no sign-in. Answers keep the agency and the day only. Results are shown in
// aggregate only, with small groups suppressed (suppression.h). A draft may be edited; an open
// survey's questions are frozen, so an answer's question numbers always mean the same thing.
// Plain values and pure functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/civil_date.h"
#include "domain/ids.h"

namespace assure::domain {

using SurveyId = std::int64_t;

enum class QuestionKind { kSingleChoice, kMultipleChoice, kAgreement, kFreeText };
// "single_choice", "multiple_choice", "agreement", "free_text".
std::string_view QuestionKindName(QuestionKind kind);
std::optional<QuestionKind> ParseQuestionKind(std::string_view name);
std::string_view QuestionKindLabel(QuestionKind kind);  // "Single choice"

// The 5-point agreement scale, from "Strongly disagree" (choice 0) to "Strongly agree" (4).
inline constexpr std::array<std::string_view, 5> kAgreementScale = {
    "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};

struct Question {
  QuestionKind kind = QuestionKind::kSingleChoice;
  std::string text;                  // 1..500 characters
  std::string hint;                  // up to 500 characters
  std::vector<std::string> options;  // the choices (2..20); empty for agreement and free text
  bool required = false;
};

struct SurveySection {
  std::string title;  // 1..200 characters
  std::vector<Question> questions;
};

// The choices a question offers: its options, or the agreement scale; none for free text.
std::vector<std::string> ChoicesOf(const Question& question);

// draft -> open -> closed. Only a draft's content changes; only an open survey takes answers.
enum class SurveyState { kDraft, kOpen, kClosed };
std::string_view SurveyStateName(SurveyState state);  // "draft", "open", "closed"
std::optional<SurveyState> ParseSurveyState(std::string_view name);

inline constexpr int kDefaultMinimumGroup = 10;
inline constexpr int kLowestMinimumGroup = 5;

// What the business unit writes.
struct SurveyContent {
  std::string title;         // 1..200 characters
  std::string introduction;  // up to 5,000 characters, shown above the form
  int minimum_group = kDefaultMinimumGroup;
  std::vector<AgencyId> agency_ids;  // taking part: 1..100, no repeats
  std::vector<SurveySection> sections;
};

// One taking-part agency's link: the token is its only key (URL-safe, 43 characters).
struct SurveyLink {
  AgencyId agency_id = 0;
  std::string token;
};

struct Survey {
  SurveyId id = 0;
  PartnershipId partnership_id = 0;
  ActivityId activity_id = 0;  // the staff survey activity of the QA framework
  SurveyContent content;
  SurveyState state = SurveyState::kDraft;
  std::optional<SurveyId> copied_from;
  std::optional<CivilDate> opened_on;
  std::optional<CivilDate> closed_on;
  std::vector<SurveyLink> links;  // made on opening, one per taking-part agency
  UserId created_by = 0;
  core::Instant created_at{};
  core::Instant updated_at{};
  Version version = 0;
};

// Checks what was written. Fields: "title", "introduction", "minimum_group" (5..1,000),
// "agency_ids", "sections" (up to 20, with up to 100 questions in all: a draft may have none yet;
// opening needs one), and by 0-based index as in the JSON "sections[<s>].title" and
// "sections[<s>].questions[<q>].<text|hint|options|kind>": choices need 2..20 distinct options
// of 1..200 characters, agreement and free text none.
core::Status ValidateSurveyContent(const SurveyContent& content);

// The questions numbered 1..N across the sections in order; nullptr when `number` is outside.
const Question* QuestionNumbered(const SurveyContent& content, int number);
int QuestionCount(const SurveyContent& content);

// One question's answer: the chosen choices (indexes into ChoicesOf), or the text of a free-text
// answer. An unanswered question has no SurveyAnswer.
struct SurveyAnswer {
  int question = 0;          // 1..N
  std::vector<int> choices;  // ascending, no repeats
  std::string text;
};

inline constexpr std::size_t kMaxFreeTextCharacters = 2000;

// Checks answers against the survey: each names a question once; a single choice and an agreement
// one choice in range, a multiple choice one or more, a free text 1..2,000 characters; every
// required question answered. Field: "q<number>", the form field of the question.
core::Status ValidateSurveyAnswers(const SurveyContent& content,
                                   std::span<const SurveyAnswer> answers);

// An answer as stored: with the agency whose link it came through and the day only.
struct SurveyResponse {
  SurveyId survey_id = 0;
  AgencyId agency_id = 0;
  CivilDate answered_on;
  std::vector<SurveyAnswer> answers;
};

}  // namespace assure::domain
