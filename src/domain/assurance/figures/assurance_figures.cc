#include "domain/assurance/figures/assurance_figures.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace assure::domain {

namespace {

bool Within(const DatePeriod& period, CivilDate day) {
  return !(day < period.from) && !(period.to < day);
}

}  // namespace

AssuranceFigures ComputeAssuranceFigures(
    const DatePeriod& period, std::span<const Activity> activities, std::span<const Round> rounds,
    std::span<const Return> returns, std::span<const std::pair<AgencyId, std::string>> agencies) {
  AssuranceFigures figures;
  figures.period = period;
  std::map<ActivityKind, int> completed;
  for (const Activity& activity : activities) {
    if (activity.state != ActivityState::kClosed || !activity.completed_on) continue;
    if (!Within(period, *activity.completed_on) || !activity.content.kind) continue;
    ++completed[*activity.content.kind];
    ++figures.completed_total;
  }
  for (const ActivityKind kind : AllActivityKinds()) {
    figures.completed.emplace_back(kind, completed[kind]);
  }

  std::map<RoundId, const Round*> due_in_period;
  for (const Round& round : rounds) {
    if (Within(period, round.due_on)) due_in_period.emplace(round.id, &round);
  }
  std::map<AgencyId, ReturnTimeliness> by_agency;
  for (const Return& ret : returns) {
    const auto round = due_in_period.find(ret.round_id);
    if (round == due_in_period.end()) continue;
    ReturnTimeliness& line = by_agency[ret.agency_id];
    ++line.due;
    const auto& first = ret.first_submitted_on;
    if (first && !(round->second->due_on < *first)) {
      ++line.on_time;
    } else if (first && !(period.to < *first)) {
      ++line.late;
    } else {
      ++line.not_returned;
    }
  }
  for (const auto& [id, name] : agencies) {
    const auto found = by_agency.find(id);
    if (found == by_agency.end()) continue;
    ReturnTimeliness line = found->second;
    line.agency_id = id;
    line.agency_name = name;
    figures.returns.push_back(std::move(line));
  }
  return figures;
}

std::vector<SurveyResponses> ComputeSurveyResponses(
    const DatePeriod& period, std::span<const Survey> surveys,
    std::span<const std::pair<SurveyId, RespondentCount>> respondents,
    const std::map<AgencyId, std::string>& agency_names) {
  std::vector<SurveyResponses> figures;
  for (const Survey& survey : surveys) {
    if (!survey.closed_on || !Within(period, *survey.closed_on)) continue;
    std::vector<RespondentCount> counts;
    for (const auto& [survey_id, count] : respondents) {
      if (survey_id == survey.id) counts.push_back(count);
    }
    // The respondents alone: the same groups and totals as the survey's published results.
    Survey groups_only = survey;
    groups_only.content.sections.clear();
    SurveyResults results = BuildResults(groups_only, agency_names, counts, {});
    SurveyResponses line;
    line.survey_id = survey.id;
    line.title = survey.content.title;
    line.closed_on = *survey.closed_on;
    line.minimum_group = survey.content.minimum_group;
    line.groups = std::move(results.groups);
    line.total = results.total_respondents;
    figures.push_back(std::move(line));
  }
  std::sort(figures.begin(), figures.end(), [](const auto& a, const auto& b) {
    return std::tie(a.closed_on, a.survey_id) < std::tie(b.closed_on, b.survey_id);
  });
  return figures;
}

std::vector<ThematicReviewFigures> ComputeThematicFigures(
    const DatePeriod& period, std::span<const ThematicReview> reviews,
    std::span<const Activity> activities, const std::map<std::int64_t, ActionStatus>& statuses) {
  std::vector<std::pair<CivilDate, ThematicReviewFigures>> lines;
  for (const ThematicReview& review : reviews) {
    const auto activity =
        std::find_if(activities.begin(), activities.end(),
                     [&](const Activity& a) { return a.id == review.activity_id; });
    if (activity == activities.end() || !activity->content.starts_on ||
        !Within(period, *activity->content.starts_on)) {
      continue;
    }
    ThematicReviewFigures line;
    line.review_id = review.id;
    line.title = review.title;
    line.findings = static_cast<int>(review.findings.size());
    for (const auto strength :
         {EvidenceStrength::kStrong, EvidenceStrength::kModerate, EvidenceStrength::kLimited}) {
      const auto count =
          std::count_if(review.findings.begin(), review.findings.end(),
                        [&](const ThematicFinding& f) { return f.strength == strength; });
      line.findings_by_strength.emplace_back(strength, static_cast<int>(count));
    }
    line.recommendations = static_cast<int>(review.recommendations.size());
    for (const auto status :
         {ActionStatus::kNotStarted, ActionStatus::kInProgress, ActionStatus::kCompleted,
          ActionStatus::kNotImplemented, ActionStatus::kSuperseded}) {
      int count = 0;
      for (const ReviewRecommendation& recommendation : review.recommendations) {
        const auto found = statuses.find(recommendation.action_id);
        if (found != statuses.end() && found->second == status) ++count;
      }
      line.actions_by_status.emplace_back(status, count);
    }
    lines.emplace_back(*activity->content.starts_on, std::move(line));
  }
  std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.review_id) < std::tie(b.first, b.second.review_id);
  });
  std::vector<ThematicReviewFigures> figures;
  for (auto& [starts, line] : lines) figures.push_back(std::move(line));
  return figures;
}

}  // namespace assure::domain
