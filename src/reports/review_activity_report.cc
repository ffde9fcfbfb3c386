#include "reports/review_activity_report.h"

#include <cmath>
#include <cstdio>

namespace assure::reports {

std::vector<FigureRow> ReviewActivityRows(const domain::ReviewActivity& activity) {
  return {{"referrals", "Referrals received", activity.referrals, std::nullopt},
          {"rapid_reviews", "Rapid reviews conducted", activity.rapid_reviews, std::nullopt},
          {"full_reviews", "Progressed to full review", activity.full_reviews.by_type(),
           activity.full_reviews.dhr}};
}

std::vector<FunnelStage> ReviewActivityFunnel(const domain::ReviewActivity& activity) {
  std::vector<FunnelStage> stages;
  for (const FigureRow& row : ReviewActivityRows(activity)) {
    stages.push_back({std::string{row.label}, row.counts.total()});
  }
  return stages;
}

std::string FormatShare(const std::optional<double>& share) {
  if (!share) return "Not applicable";
  char text[16];
  std::snprintf(text, sizeof text, "%.1f%%", *share * 100.0);
  return text;
}

std::string FormatDaysLate(const std::optional<double>& days) {
  if (!days) return "None late";
  if (std::floor(*days) == *days) return std::to_string(static_cast<long long>(*days));
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", *days);
  return text;
}

Table ReviewActivityTable(const domain::ReviewActivity& activity) {
  Table table;
  table.title = "Review activity";
  table.headers = {"figure", "total", "adult", "children", "joint", "dhr"};
  for (const FigureRow& row : ReviewActivityRows(activity)) {
    table.rows.push_back({std::string{row.label}, row.counts.total(), row.counts.adult,
                          row.counts.child, row.counts.joint,
                          row.dhr ? Cell{*row.dhr} : Cell{std::string{}}});
  }
  const auto single = [&](std::string label, Cell value) {
    table.rows.push_back({std::move(label), std::move(value), std::string{}, std::string{},
                          std::string{}, std::string{}});
  };
  single("Period from", domain::FormatCivilDate(activity.period.from));
  single("Period to", domain::FormatCivilDate(activity.period.to));
  single("Serious incident notifications sent", activity.notifications);
  const domain::Timeliness& notified = activity.notification_timeliness;
  single("Notifications assessed for timeliness", notified.assessed);
  single("Notifications within the deadline", notified.within);
  single("Notifications late", notified.late);
  single("Notifications with timeliness unknown", notified.no_start);
  const domain::Timeliness& timeliness = activity.timeliness;
  single("Rapid reviews assessed for timeliness", timeliness.assessed);
  single("Rapid reviews within the deadline", timeliness.within);
  single("Rapid reviews late", timeliness.late);
  single("Share within the deadline", FormatShare(timeliness.share_within()));
  single("Median working days late", FormatDaysLate(timeliness.median_days_late));
  single("Rapid reviews without a start date", timeliness.no_start);
  single("Rapid reviews not yet sent to the national panel", timeliness.no_end);
  for (const domain::ThemeCount& theme : activity.themes) {
    single("Theme: " + theme.theme, theme.cases);
  }
  return table;
}

}  // namespace assure::reports
