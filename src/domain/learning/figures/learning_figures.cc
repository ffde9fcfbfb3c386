#include "domain/learning/figures/learning_figures.h"

#include <map>
#include <set>

namespace assure::domain {

namespace {

bool InPeriod(const DatePeriod& period, CivilDate date) {
  return !(date < period.from) && !(period.to < date);
}

}  // namespace

std::optional<double> UsefulnessFigure::mean() const {
  if (responses == 0) return std::nullopt;
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < by_rating.size(); ++i) {
    sum += static_cast<std::int64_t>(i + 1) * by_rating[i];
  }
  return static_cast<double>(sum) / static_cast<double>(responses);
}

LearningFigures ComputeLearningFigures(const DatePeriod& period,
                                       std::span<const Briefing> briefings,
                                       std::span<const Dissemination> records,
                                       std::span<const std::pair<AgencyId, std::string>> agencies,
                                       std::span<const BriefingFeedback> feedback) {
  LearningFigures figures;
  figures.period = period;
  std::set<BriefingId> published;
  for (const Briefing& briefing : briefings) {
    if (!briefing.published_on || !InPeriod(period, *briefing.published_on)) continue;
    published.insert(briefing.id);
    switch (briefing.content.kind) {
      case BriefingKind::kSevenMinute:
        ++figures.published.seven_minute;
        break;
      case BriefingKind::kLessonsLearned:
        ++figures.published.lessons_learned;
        break;
    }
  }

  std::map<AgencyId, std::set<BriefingId>> confirmed;
  std::map<AgencyId, std::int64_t> staff;
  for (const Dissemination& record : records) {
    if (!published.contains(record.briefing_id) || period.to < record.shared_on) continue;
    confirmed[record.agency_id].insert(record.briefing_id);
    staff[record.agency_id] += record.staff_reached;
  }
  for (const auto& [id, name] : agencies) {
    AgencyDisseminationFigure line;
    line.agency_id = id;
    line.agency_name = name;
    line.briefings = static_cast<std::int64_t>(published.size());
    if (const auto found = confirmed.find(id); found != confirmed.end()) {
      line.confirmed = static_cast<std::int64_t>(found->second.size());
    }
    if (const auto found = staff.find(id); found != staff.end()) line.staff_reached = found->second;
    figures.dissemination.push_back(std::move(line));
  }

  for (const BriefingFeedback& answer : feedback) {
    if (!InPeriod(period, answer.received_on)) continue;
    if (answer.rating < kFeedbackRatingMin || answer.rating > kFeedbackRatingMax) continue;
    ++figures.usefulness.responses;
    ++figures.usefulness.by_rating[static_cast<std::size_t>(answer.rating - kFeedbackRatingMin)];
  }
  return figures;
}

}  // namespace assure::domain
