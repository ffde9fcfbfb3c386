// A survey's results as they may be published: counts by agency and in total for every choice of
// every question, with the groups that suppression.h hides given as no number (shown as "[c]").
// No single answer is ever part of them; a free-text question shows only how many answered it.
// Built from the repository's counts by the survey service, and used by every view of results
// (page, chart, CSV and XLSX, API), so that they all hide the same cells. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/assurance/survey/survey.h"
#include "domain/assurance/survey/survey_repository.h"

namespace assure::domain {

// One taking-part agency: its respondents, or none when hidden.
struct ResultGroup {
  AgencyId agency_id = 0;
  std::string agency_name;
  std::optional<std::int64_t> respondents;
  bool under_minimum = false;  // hidden because it has too few respondents itself
};

// One choice of a question (or, for free text, the one row "Answers").
struct ResultRow {
  std::string label;
  std::optional<std::int64_t> total;                  // every agency together; none when hidden
  std::vector<std::optional<std::int64_t>> by_group;  // per ResultGroup, in order
};

struct QuestionResult {
  int number = 0;
  std::string section;
  QuestionKind kind = QuestionKind::kSingleChoice;
  std::string text;
  std::vector<ResultRow> rows;
  // Every row's total hidden although the survey's are shown: for some row the hidden groups
  // together have none, or all their respondents have it, which would tell what they answered.
  bool totals_hidden = false;
};

struct SurveyResults {
  int minimum_group = kDefaultMinimumGroup;
  std::vector<ResultGroup> groups;                // the survey's agencies, in its order
  std::optional<std::int64_t> total_respondents;  // none when every group is hidden
  bool any_hidden = false;
  std::vector<QuestionResult> questions;  // every question, numbered 1..N
};

// The results of `survey` from its counts. `agency_names` names the survey's agencies (an agency
// missing from it shows its id).
SurveyResults BuildResults(const Survey& survey,
                           const std::map<AgencyId, std::string>& agency_names,
                           std::span<const RespondentCount> respondents,
                           std::span<const ChoiceCount> counts);

}  // namespace assure::domain
