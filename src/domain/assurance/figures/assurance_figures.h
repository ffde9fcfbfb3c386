// The quality assurance figures of a period (doc/figures.md, "Quality assurance figures"), each
// defined once here and used by the page /reports/assurance, GET /api/v1/reports/assurance and
// the annual report alike:
//   - activities completed: the QA framework's activities closed in the period (completed_on in
//     it), by kind, every kind listed;
//   - self-evaluation returns on time: for each agency, the returns of rounds due in the period,
//     split into on time (first submitted by the due date), late (first submitted after it, by
//     the period's last day) and not returned (not submitted by then).
// Pure functions of plain values; thread-safe.
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/activity.h"
#include "domain/assurance/self_evaluation/self_evaluation.h"
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

struct AssuranceFigures {
  DatePeriod period;
  std::vector<std::pair<ActivityKind, int>> completed;  // every kind, in AllActivityKinds order
  int completed_total = 0;
  std::vector<ReturnTimeliness> returns;  // agencies with a return due, by name
};

// `agencies`: (id, name) of the partnership, by name.
AssuranceFigures ComputeAssuranceFigures(
    const DatePeriod& period, std::span<const Activity> activities, std::span<const Round> rounds,
    std::span<const Return> returns, std::span<const std::pair<AgencyId, std::string>> agencies);

}  // namespace assure::domain
