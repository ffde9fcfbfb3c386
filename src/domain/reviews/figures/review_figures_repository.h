// ReviewFiguresRepository: the aggregates the review activity figures are made of
// (review_activity.h; each figure's definition is in doc/figures.md), counted by the database
// for one partnership and one period of civil dates, both ends included. Counts are SQL
// aggregates, so they cost the same whether a partnership has ten cases or ten thousand; only the
// timings of the period's rapid reviews come back row by row (a partnership has tens a year).
//
// Bound to one partnership (from Transaction, domain/store.h): another partnership's records are
// never counted. Implemented by storage; used inside one Store transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/ids.h"
#include "domain/reviews/cases/case.h"

namespace assure::domain {

// A period of civil dates, `from` and `to` both included.
struct DatePeriod {
  CivilDate from;
  CivilDate to;
};

// A count split by case type (full reviews are split by kind instead: FullReviewCounts,
// review_activity.h).
struct TypeCounts {
  std::int64_t adult = 0;
  std::int64_t child = 0;
  std::int64_t joint = 0;

  std::int64_t total() const { return adult + child + joint; }
};

// Full reviews by kind; dhr is the Community Safety Partnership's (doc/figures.md).
struct KindCounts {
  std::int64_t cspr = 0;
  std::int64_t sar = 0;
  std::int64_t dhr = 0;
  std::int64_t joint = 0;
};

// What the timeliness figure needs of one rapid review completed in the period.
struct RapidReviewTiming {
  CaseId case_id = 0;
  CaseType type = CaseType::kChild;
  CivilDate referral_received_on;
  std::optional<CivilDate> notification_sent_on;  // none recorded: nullopt
  CivilDate completed_on;
  std::optional<CivilDate> sent_to_panel_on;  // child and joint cases: when sent to the panel
};

// What the notification timeliness figure needs of one notification sent in the period.
struct NotificationTiming {
  CaseId case_id = 0;
  std::optional<CivilDate> aware_on;  // unknown (imported history without it): nullopt
  CivilDate sent_on;
};

// How many of the period's referrals carry a theme.
struct ThemeCount {
  std::string theme;
  std::int64_t cases = 0;
};

class ReviewFiguresRepository {
 public:
  virtual ~ReviewFiguresRepository() = default;
  // Cases whose referral was received in the period, by case type.
  virtual core::Result<TypeCounts> ReferralsReceived(const DatePeriod& period) = 0;
  // Rapid reviews completed in the period, by the case's type.
  virtual core::Result<TypeCounts> RapidReviewsCompleted(const DatePeriod& period) = 0;
  // Full reviews whose decision to hold them falls in the period, by kind.
  virtual core::Result<KindCounts> FullReviewsDecided(const DatePeriod& period) = 0;
  // Serious incident notifications sent in the period.
  virtual core::Result<std::int64_t> NotificationsSent(const DatePeriod& period) = 0;
  // The rapid reviews completed in the period, oldest completion first (then by case id).
  virtual core::Result<std::vector<RapidReviewTiming>> RapidReviewTimings(
      const DatePeriod& period) = 0;
  // The notifications sent in the period, oldest first (then by case id).
  virtual core::Result<std::vector<NotificationTiming>> NotificationTimings(
      const DatePeriod& period) = 0;
  // Each theme carried by at least one case referred in the period, with how many such cases
  // carry it: most cases first, then by name.
  virtual core::Result<std::vector<ThemeCount>> ReferralThemes(const DatePeriod& period) = 0;
};

}  // namespace assure::domain
