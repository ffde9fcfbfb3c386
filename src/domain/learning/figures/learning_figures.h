// The learning figures of the annual report (doc/figures.md, "Learning figures"): briefings
// published in a period by kind, dissemination confirmed by agency with the staff reached, and the
// usefulness rating from the public library's feedback. ComputeLearningFigures is the one
// definition: the page, the API and the annual report call it through LearningFiguresService.
// Pure functions of plain values; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/learning/briefing.h"
#include "domain/learning/dissemination.h"
#include "domain/learning/library_repository.h"
#include "domain/reviews/figures/review_figures_repository.h"

namespace assure::domain {

struct PublishedByKind {
  std::int64_t seven_minute = 0;
  std::int64_t lessons_learned = 0;
  std::int64_t total() const { return seven_minute + lessons_learned; }
};

// One agency's dissemination of the briefings published in the period.
struct AgencyDisseminationFigure {
  AgencyId agency_id = 0;
  std::string agency_name;
  std::int64_t briefings = 0;      // published in the period: the same for every agency
  std::int64_t confirmed = 0;      // of those, shared by the agency on or before the period's end
  std::int64_t staff_reached = 0;  // the staff reached by those sharings
};

// Feedback received in the period, on any briefing.
struct UsefulnessFigure {
  std::int64_t responses = 0;
  std::array<std::int64_t, kFeedbackRatingMax> by_rating{};  // [0] = rating 1 ... [4] = rating 5
  std::optional<double> mean() const;                        // unset without responses
};

struct LearningFigures {
  DatePeriod period;
  PublishedByKind published;
  std::vector<AgencyDisseminationFigure> dissemination;  // every agency, in the order given
  UsefulnessFigure usefulness;
};

// The figures of `period` (both ends included) from every briefing of one partnership, every
// dissemination record of those briefings, its agencies (id, name; in the order to show them)
// and every feedback received on its briefings. A briefing counts as published in the period
// when its publication date is in it, whatever its state now (a withdrawn briefing was
// published). REQUIRES: period.from <= period.to.
LearningFigures ComputeLearningFigures(const DatePeriod& period,
                                       std::span<const Briefing> briefings,
                                       std::span<const Dissemination> records,
                                       std::span<const std::pair<AgencyId, std::string>> agencies,
                                       std::span<const BriefingFeedback> feedback);

}  // namespace assure::domain
