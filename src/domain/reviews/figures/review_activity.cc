#include "domain/reviews/figures/review_activity.h"

#include <algorithm>
#include <utility>

namespace assure::domain {

std::optional<double> Timeliness::share_within() const {
  if (assessed == 0) return std::nullopt;
  return static_cast<double>(within) / static_cast<double>(assessed);
}

DatePeriod FinancialYearContaining(CivilDate day) {
  const int year = static_cast<int>(day.year());
  const int start = static_cast<unsigned>(day.month()) >= 4 ? year : year - 1;
  return {CivilDate{std::chrono::year{start}, std::chrono::April, std::chrono::day{1}},
          CivilDate{std::chrono::year{start + 1}, std::chrono::March, std::chrono::day{31}}};
}

core::Status ValidatePeriod(const DatePeriod& period) {
  if (period.to < period.from) {
    return core::Error::InvalidInput("to",
                                     "The end date must be the same as or after the start "
                                     "date.");
  }
  return core::Ok();
}

core::Result<DatePeriod> ParsePeriod(std::string_view from, std::string_view to) {
  const auto first = ParseCivilDate(from);
  if (!first) {
    return core::Error::InvalidInput(
        "from", from.empty() ? "Enter the start date, as YYYY-MM-DD."
                             : "The start date must be a real date, as YYYY-MM-DD.");
  }
  const auto last = ParseCivilDate(to);
  if (!last) {
    return core::Error::InvalidInput(
        "to", to.empty() ? "Enter the end date, as YYYY-MM-DD."
                         : "The end date must be a real date, as YYYY-MM-DD.");
  }
  DatePeriod period{*first, *last};
  ASSURE_TRY(ValidatePeriod(period));
  return period;
}

ReviewColumn FullReviewColumn(FullReviewKind kind) {
  switch (kind) {
    case FullReviewKind::kCspr:
      return ReviewColumn::kChild;
    case FullReviewKind::kJoint:
      return ReviewColumn::kJoint;
    case FullReviewKind::kSar:
      return ReviewColumn::kAdult;
    case FullReviewKind::kDhr:
      return ReviewColumn::kDhr;
  }
  return ReviewColumn::kAdult;
}

FullReviewCounts FullReviewsByColumn(const KindCounts& kinds) {
  FullReviewCounts counts;
  const std::pair<FullReviewKind, std::int64_t> each[] = {{FullReviewKind::kCspr, kinds.cspr},
                                                          {FullReviewKind::kSar, kinds.sar},
                                                          {FullReviewKind::kDhr, kinds.dhr},
                                                          {FullReviewKind::kJoint, kinds.joint}};
  for (const auto& [kind, count] : each) {
    switch (FullReviewColumn(kind)) {
      case ReviewColumn::kAdult:
        counts.adult += count;
        break;
      case ReviewColumn::kChild:
        counts.child += count;
        break;
      case ReviewColumn::kJoint:
        counts.joint += count;
        break;
      case ReviewColumn::kDhr:
        counts.dhr += count;
        break;
    }
  }
  return counts;
}

std::optional<CivilDate> RapidReviewStart(const RapidReviewTiming& timing) {
  if (NotifiesPanel(timing.type)) return timing.notification_sent_on;
  return timing.referral_received_on;
}

std::string_view RapidReviewRuleCode(CaseType type) {
  return NotifiesPanel(type) ? "rapid_review" : "adult_rapid_review";
}

namespace {

// Judges duties one by one and sums them up as a Timeliness.
class TimelinessTally {
 public:
  explicit TimelinessTally(const WorkingCalendar& calendar) : calendar_(calendar) {}

  // A duty that started on `start`, due `rule`'s working days later, done on `done`.
  void Add(std::optional<CivilDate> start, std::optional<CivilDate> done,
           const DeadlineRules& rules, std::string_view code) {
    if (!start) {
      ++result_.no_start;
      return;
    }
    if (!done) {
      ++result_.no_end;
      return;
    }
    const auto due = calendar_.AddWorkingDays(*start, rules.InForceOn(code, *start).amount);
    const auto late = due.ok() ? calendar_.WorkingDaysBetween(*due, *done) : due.error();
    if (!late.ok()) {  // dates outside the verified years: never judged on a guess
      ++result_.no_start;
      return;
    }
    ++result_.assessed;
    if (*late <= 0) {
      ++result_.within;
    } else {
      ++result_.late;
      days_late_.push_back(*late);
    }
  }

  Timeliness Result() {
    if (!days_late_.empty()) {
      std::sort(days_late_.begin(), days_late_.end());
      const std::size_t middle = days_late_.size() / 2;
      result_.median_days_late = days_late_.size() % 2 == 1
                                     ? static_cast<double>(days_late_[middle])
                                     : (static_cast<double>(days_late_[middle - 1]) +
                                        static_cast<double>(days_late_[middle])) /
                                           2.0;
    }
    return result_;
  }

 private:
  const WorkingCalendar& calendar_;
  Timeliness result_;
  std::vector<int> days_late_;
};

}  // namespace

Timeliness ComputeTimeliness(std::span<const RapidReviewTiming> timings, const DeadlineRules& rules,
                             const WorkingCalendar& calendar) {
  TimelinessTally tally(calendar);
  for (const RapidReviewTiming& timing : timings) {
    tally.Add(RapidReviewStart(timing),
              RapidReviewMetOn(timing.type, timing.completed_on, timing.sent_to_panel_on), rules,
              RapidReviewRuleCode(timing.type));
  }
  return tally.Result();
}

Timeliness ComputeNotificationTimeliness(std::span<const NotificationTiming> timings,
                                         const DeadlineRules& rules,
                                         const WorkingCalendar& calendar) {
  TimelinessTally tally(calendar);
  for (const NotificationTiming& timing : timings) {
    tally.Add(timing.aware_on, timing.sent_on, rules, "notification");
  }
  return tally.Result();
}

core::Result<TypeCounts> ReferralsReceived(ReviewFiguresRepository& figures,
                                           const DatePeriod& period) {
  return figures.ReferralsReceived(period);
}

core::Result<TypeCounts> RapidReviewsConducted(ReviewFiguresRepository& figures,
                                               const DatePeriod& period) {
  return figures.RapidReviewsCompleted(period);
}

core::Result<FullReviewCounts> ProgressedToFullReview(ReviewFiguresRepository& figures,
                                                      const DatePeriod& period) {
  ASSURE_ASSIGN_OR_RETURN(auto kinds, figures.FullReviewsDecided(period));
  return FullReviewsByColumn(kinds);
}

core::Result<std::int64_t> NotificationsSent(ReviewFiguresRepository& figures,
                                             const DatePeriod& period) {
  return figures.NotificationsSent(period);
}

core::Result<Timeliness> NotificationTimeliness(ReviewFiguresRepository& figures,
                                                const DatePeriod& period,
                                                const DeadlineRules& rules,
                                                const WorkingCalendar& calendar) {
  ASSURE_ASSIGN_OR_RETURN(auto timings, figures.NotificationTimings(period));
  return ComputeNotificationTimeliness(timings, rules, calendar);
}

core::Result<Timeliness> RapidReviewTimeliness(ReviewFiguresRepository& figures,
                                               const DatePeriod& period, const DeadlineRules& rules,
                                               const WorkingCalendar& calendar) {
  ASSURE_ASSIGN_OR_RETURN(auto timings, figures.RapidReviewTimings(period));
  return ComputeTimeliness(timings, rules, calendar);
}

core::Result<std::vector<ThemeCount>> ReferralThemes(ReviewFiguresRepository& figures,
                                                     const DatePeriod& period) {
  return figures.ReferralThemes(period);
}

core::Result<ReviewActivity> ComputeReviewActivity(ReviewFiguresRepository& figures,
                                                   const DatePeriod& period,
                                                   const DeadlineRules& rules,
                                                   const WorkingCalendar& calendar) {
  ReviewActivity activity;
  activity.period = period;
  ASSURE_ASSIGN_OR_RETURN(auto referrals, ReferralsReceived(figures, period));
  activity.referrals = referrals;
  ASSURE_ASSIGN_OR_RETURN(auto rapid_reviews, RapidReviewsConducted(figures, period));
  activity.rapid_reviews = rapid_reviews;
  ASSURE_ASSIGN_OR_RETURN(auto full_reviews, ProgressedToFullReview(figures, period));
  activity.full_reviews = full_reviews;
  ASSURE_ASSIGN_OR_RETURN(auto notifications, NotificationsSent(figures, period));
  activity.notifications = notifications;
  ASSURE_ASSIGN_OR_RETURN(auto notification_timeliness,
                          NotificationTimeliness(figures, period, rules, calendar));
  activity.notification_timeliness = notification_timeliness;
  ASSURE_ASSIGN_OR_RETURN(auto timeliness, RapidReviewTimeliness(figures, period, rules, calendar));
  activity.timeliness = timeliness;
  ASSURE_ASSIGN_OR_RETURN(auto themes, ReferralThemes(figures, period));
  activity.themes = std::move(themes);
  return activity;
}

}  // namespace assure::domain
