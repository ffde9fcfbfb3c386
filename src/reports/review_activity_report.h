// The review activity figures (domain/reviews/review_activity.h) as the rows people read: the
// DOMAIN.md table (referrals received, rapid reviews conducted, progressed to full review; total,
// adult, children, joint, and dhr for full reviews only), the funnel's stages, and the export
// table (CSV and XLSX, through table.h). The page, the API and the export take their labels and
// numbers from here and from ComputeReviewActivity, so they say the same thing. Pure;
// thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/reviews/figures/review_activity.h"
#include "reports/funnel_chart.h"
#include "reports/table.h"

namespace assure::reports {

struct FigureRow {
  std::string_view key;             // "referrals": the API's name for the figure
  std::string_view label;           // "Referrals received"
  domain::TypeCounts counts;        // total() is without DHRs
  std::optional<std::int64_t> dhr;  // full reviews only: the DHRs, never in counts
};

// referrals, rapid_reviews, full_reviews: in the DOMAIN.md order.
std::vector<FigureRow> ReviewActivityRows(const domain::ReviewActivity& activity);

// The same three, as the funnel's stages (their totals).
std::vector<FunnelStage> ReviewActivityFunnel(const domain::ReviewActivity& activity);

// "71.4%" (one decimal place) of a share from 0 to 1; "Not applicable" when there is none.
std::string FormatShare(const std::optional<double>& share);
// "2" or "3.5" working days; "None late" when there is none.
std::string FormatDaysLate(const std::optional<double>& days);

// Every figure of the period as one sheet (columns figure, total, adult, children, joint, dhr;
// dhr is empty but for full reviews): the table's rows, then notifications, the timeliness
// figures and each theme, with the period in the title.
Table ReviewActivityTable(const domain::ReviewActivity& activity);

}  // namespace assure::reports
