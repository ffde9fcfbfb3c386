// The quality assurance figures of a period (doc/figures.md, "Quality assurance figures"), each
// defined once here and used by the page /reports/assurance, GET /api/v1/reports/assurance and
// the annual report alike:
//   - activities completed: the QA framework's activities closed in the period (completed_on in
//     it), by kind, every kind listed;
//   - self-evaluation returns on time: for each agency, the returns of rounds due in the period,
//     split into on time (first submitted by the due date), late (first submitted after it, by
//     the period's last day) and not returned (not submitted by then);
//   - survey responses: for each staff survey closed in the period (so its answers are final),
//     its respondents by agency and in total, suppressed exactly as its published results are
//     (suppression.h);
//   - thematic reviews: for each thematic review whose activity's period starts in the period, its
//     findings by strength of evidence, and the recommendations made from them with their
//     actions by status today.
// Pure functions of plain values; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/actions/action.h"
#include "domain/assurance/activity.h"
#include "domain/assurance/self_evaluation/self_evaluation.h"
#include "domain/assurance/survey/survey_results.h"
#include "domain/assurance/thematic/thematic_review.h"
#include "domain/reviews/figures/review_figures_repository.h"

namespace assure::domain {

struct ReturnTimeliness {
  AgencyId agency_id = 0;
  std::string agency_name;
  int due = 0;
  int on_time = 0;
  int late = 0;
  int not_returned = 0;
};

struct SurveyResponses {
  SurveyId survey_id = 0;
  std::string title;
  CivilDate closed_on;
  int minimum_group = kDefaultMinimumGroup;
  std::vector<ResultGroup> groups;    // the survey's agencies, in its order
  std::optional<std::int64_t> total;  // none when suppressed
};

struct ThematicReviewFigures {
  ThematicReviewId review_id = 0;
  std::string title;
  int findings = 0;
  std::vector<std::pair<EvidenceStrength, int>> findings_by_strength;  // strong, moderate, limited
  int recommendations = 0;
  std::vector<std::pair<ActionStatus, int>> actions_by_status;  // every status, in order
};

struct AssuranceFigures {
  DatePeriod period;
  std::vector<std::pair<ActivityKind, int>> completed;  // every kind, in AllActivityKinds order
  int completed_total = 0;
  std::vector<ReturnTimeliness> returns;                // agencies with a return due, by name
  std::vector<SurveyResponses> surveys;                 // by closing date, then id
  std::vector<ThematicReviewFigures> thematic_reviews;  // by the activity's start, then id
};

// `agencies`: (id, name) of the partnership, by name.
AssuranceFigures ComputeAssuranceFigures(
    const DatePeriod& period, std::span<const Activity> activities, std::span<const Round> rounds,
    std::span<const Return> returns, std::span<const std::pair<AgencyId, std::string>> agencies);

// The survey responses figure of `period`: `respondents` as SurveyRepository::AllRespondents
// gives them; `agency_names` names the partnership's agencies.
std::vector<SurveyResponses> ComputeSurveyResponses(
    const DatePeriod& period, std::span<const Survey> surveys,
    std::span<const std::pair<SurveyId, RespondentCount>> respondents,
    const std::map<AgencyId, std::string>& agency_names);

// The thematic review figure of `period`: `reviews` with their findings and recommendations,
// `activities` the framework's, `statuses` the status of each recommendation's action.
std::vector<ThematicReviewFigures> ComputeThematicFigures(
    const DatePeriod& period, std::span<const ThematicReview> reviews,
    std::span<const Activity> activities, const std::map<std::int64_t, ActionStatus>& statuses);

}  // namespace assure::domain
