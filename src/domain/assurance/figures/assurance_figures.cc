#include "domain/assurance/figures/assurance_figures.h"

#include <map>

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

}  // namespace assure::domain
