// Review activity figures for a period (DOMAIN.md area 1): referrals received, rapid
// reviews conducted, referrals progressed to full review (each split adult / child / joint; full
// reviews also count DHRs in a column of their own), serious incident notifications, the
// timeliness of rapid reviews and the themes of referrals.
//
// Each figure has ONE written definition, in doc/figures.md, and ONE function here that computes
// it; the page, the API, the export and (later) the annual report all call ComputeReviewActivity,
// so they cannot disagree. Pure functions over a ReviewFiguresRepository; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/clocks/deadline_rules.h"
#include "domain/reviews/figures/review_figures_repository.h"

namespace assure::domain {

// The timeliness of the rapid reviews completed, or of the notifications sent, in a period
// (doc/figures.md, "Timeliness"). Never judged on a guess: a duty whose start or end is not
// recorded is counted apart, not assessed.
struct Timeliness {
  std::int64_t assessed = 0;  // with a known start and end
  std::int64_t within = 0;    // of those, done within the deadline
  std::int64_t late = 0;      // of those, done after it
  // not assessed, start unknown: a rapid review of a child or joint case with no notification
  // recorded, a notification whose case has no date of becoming aware (imported history); or
  // dates outside the verified years of the working calendar
  std::int64_t no_start = 0;
  // not assessed, end unknown: a rapid review of a child or joint case completed but not yet
  // recorded as sent to the national panel (its clock stops there)
  std::int64_t no_end = 0;
  std::optional<double> median_days_late;  // working days, of the late ones; nullopt if none

  // within / assessed, from 0 to 1; nullopt when none was assessed.
  std::optional<double> share_within() const;
};

// Full reviews split by the column their kind is counted in (doc/figures.md). A DHR (Domestic
// Homicide Review, now Domestic Abuse Related Death Review) is the Community Safety
// Partnership's review (Domestic Violence, Crime and Victims Act 2004 s9), not the safeguarding
// partnership's: it is counted in `dhr` only, never as an adult review and never in total().
struct FullReviewCounts {
  std::int64_t adult = 0;  // SARs
  std::int64_t child = 0;  // CSPRs
  std::int64_t joint = 0;  // joint reviews
  std::int64_t dhr = 0;    // DHRs

  // The safeguarding partnership's full reviews: adult + child + joint, without DHRs.
  std::int64_t total() const { return adult + child + joint; }
  // The same three columns as a TypeCounts (for the rows shown beside referrals).
  TypeCounts by_type() const { return {.adult = adult, .child = child, .joint = joint}; }
};

struct ReviewActivity {
  DatePeriod period;
  TypeCounts referrals;           // ReferralsReceived
  TypeCounts rapid_reviews;       // RapidReviewsConducted
  FullReviewCounts full_reviews;  // ProgressedToFullReview
  std::int64_t notifications = 0;
  Timeliness notification_timeliness;  // of the notifications sent in the period
  Timeliness timeliness;               // of the rapid reviews completed in the period
  std::vector<ThemeCount> themes;
};

// The financial year (1 April to 31 March) that `day` falls in.
DatePeriod FinancialYearContaining(CivilDate day);

// The period from two 'YYYY-MM-DD' texts. kInvalidInput naming "from" or "to" when one is
// missing or not a real date, and "to" when it is before "from".
core::Result<DatePeriod> ParsePeriod(std::string_view from, std::string_view to);
core::Status ValidatePeriod(const DatePeriod& period);

// The columns full reviews are counted in.
enum class ReviewColumn { kAdult, kChild, kJoint, kDhr };

// The column a full review of `kind` is counted in: sar adult, cspr child, joint joint, dhr its
// own column (never adult).
ReviewColumn FullReviewColumn(FullReviewKind kind);
FullReviewCounts FullReviewsByColumn(const KindCounts& kinds);

// When a rapid review's clock started: the notification for a child or joint case (nullopt when
// none is recorded), the referral for an adult case. The rule is rapid_review or
// adult_rapid_review of `rules` accordingly.
std::optional<CivilDate> RapidReviewStart(const RapidReviewTiming& timing);
std::string_view RapidReviewRuleCode(CaseType type);

// The timeliness of these rapid reviews: each is within when its duty was done
// (RapidReviewMetOn: sent to the panel, or for an adult case completed) on or before the date
// its rule's working days after its start (by `calendar`, with the rule's version in force on
// the start date), late otherwise by the working days after that date; the median of an even
// number of late ones is the mean of the middle two.
Timeliness ComputeTimeliness(std::span<const RapidReviewTiming> timings, const DeadlineRules& rules,
                             const WorkingCalendar& calendar);
// The same for notifications: due the `notification` rule's working days after aware_on.
Timeliness ComputeNotificationTimeliness(std::span<const NotificationTiming> timings,
                                         const DeadlineRules& rules,
                                         const WorkingCalendar& calendar);

// Each figure, one function (doc/figures.md).
core::Result<TypeCounts> ReferralsReceived(ReviewFiguresRepository& figures,
                                           const DatePeriod& period);
core::Result<TypeCounts> RapidReviewsConducted(ReviewFiguresRepository& figures,
                                               const DatePeriod& period);
core::Result<FullReviewCounts> ProgressedToFullReview(ReviewFiguresRepository& figures,
                                                      const DatePeriod& period);
core::Result<std::int64_t> NotificationsSent(ReviewFiguresRepository& figures,
                                             const DatePeriod& period);
core::Result<Timeliness> NotificationTimeliness(ReviewFiguresRepository& figures,
                                                const DatePeriod& period,
                                                const DeadlineRules& rules,
                                                const WorkingCalendar& calendar);
core::Result<Timeliness> RapidReviewTimeliness(ReviewFiguresRepository& figures,
                                               const DatePeriod& period, const DeadlineRules& rules,
                                               const WorkingCalendar& calendar);
core::Result<std::vector<ThemeCount>> ReferralThemes(ReviewFiguresRepository& figures,
                                                     const DatePeriod& period);

// Every figure for the period. REQUIRES: ValidatePeriod(period) is ok.
core::Result<ReviewActivity> ComputeReviewActivity(ReviewFiguresRepository& figures,
                                                   const DatePeriod& period,
                                                   const DeadlineRules& rules,
                                                   const WorkingCalendar& calendar);

}  // namespace assure::domain
