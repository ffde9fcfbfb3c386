// The repositories of staff surveys. SurveyRepository is bound to one partnership (from
// Transaction, domain/store.h): every query is scoped to it, and an id of another partnership's
// survey is kNotFound; updates are versioned (a stale version is kConflict and changes nothing).
// SurveyLinkDirectory is the one unbound look-up: a link's token to its survey, for the public
// answer form, which has no partnership until the token names one.
//
// Answers are stored without any order: a response's id is random (given by the caller), and
// neither table keeps a row number or a time finer than the day. Counting happens in the
// database, so the results of a large survey read a few hundred rows, never every answer.
// Implemented by storage; used inside one Store transaction, so by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/assurance/survey/survey.h"

namespace assure::domain {

// How many respondents came through one agency's link.
struct RespondentCount {
  AgencyId agency_id = 0;
  std::int64_t respondents = 0;
};

// How many respondents of one agency chose one choice of one question; for a free-text question
// `choice` is -1 and the count is of its answers.
struct ChoiceCount {
  AgencyId agency_id = 0;
  int question = 0;
  int choice = 0;
  std::int64_t count = 0;
};

// A free-text answer without its agency or respondent: only the question and the text.
struct FreeTextAnswer {
  int question = 0;
  std::string text;
};

class SurveyRepository {
 public:
  virtual ~SurveyRepository() = default;

  // Stores a draft at version 1 (links are not stored here). kInvalidInput ("agency_ids",
  // "activity_id") when one names no record of the partnership.
  virtual core::Result<Survey> Create(const Survey& survey) = 0;
  virtual core::Result<Survey> Get(SurveyId id) = 0;
  // Newest first.
  virtual core::Result<std::vector<Survey>> List() = 0;
  // Stores content, state, dates and links if survey.version is current; links are only ever
  // added (on opening).
  virtual core::Result<Survey> Update(const Survey& survey) = 0;

  // Stores one response with its answers under `response_id` (random, from the caller); a
  // response id already used is kConflict.
  virtual core::Status AddResponse(std::int64_t response_id, const SurveyResponse& response) = 0;
  virtual core::Result<std::vector<RespondentCount>> Respondents(SurveyId survey) = 0;
  virtual core::Result<std::vector<ChoiceCount>> ChoiceCounts(SurveyId survey) = 0;
  // Ordered by question, then text: never in the order given.
  virtual core::Result<std::vector<FreeTextAnswer>> FreeText(SurveyId survey) = 0;
  // Respondents of every survey, by survey and agency (the annual report's figure).
  virtual core::Result<std::vector<std::pair<SurveyId, RespondentCount>>> AllRespondents() = 0;
};

// Where a link's token leads.
struct SurveyLinkTarget {
  PartnershipId partnership_id = 0;
  SurveyId survey_id = 0;
  AgencyId agency_id = 0;
};

class SurveyLinkDirectory {
 public:
  virtual ~SurveyLinkDirectory() = default;
  // The link whose token is `token`, or nullopt.
  virtual core::Result<std::optional<SurveyLinkTarget>> Find(std::string_view token) = 0;
};

}  // namespace assure::domain
