#include "domain/learning/recurring/recurring_themes.h"

#include <algorithm>
#include <map>
#include <set>

namespace assure::domain {
namespace {

struct Tally {
  std::map<int, ThemeYear> years;
};

ThemeYear& YearOf(Tally& tally, int year) {
  ThemeYear& entry = tally.years[year];
  entry.year = year;
  return entry;
}

std::size_t YearsWithReviews(const ThemeRecurrence& theme) {
  return static_cast<std::size_t>(std::count_if(theme.years.begin(), theme.years.end(),
                                                [](const ThemeYear& y) { return y.reviews > 0; }));
}

std::int64_t Reviews(const ThemeRecurrence& theme) {
  std::int64_t total = 0;
  for (const ThemeYear& year : theme.years) total += year.reviews;
  return total;
}

}  // namespace

std::vector<ThemeRecurrence> ThemesByYear(const std::vector<std::string>& themes,
                                          const std::vector<ReviewedCase>& cases,
                                          const std::vector<PublishedBriefing>& briefings,
                                          const YearRange& years) {
  std::map<std::string, Tally> tallies;
  for (const std::string& theme : themes) tallies[theme];
  for (const ReviewedCase& reviewed : cases) {
    if (!years.Contains(reviewed.decided_on)) continue;
    const std::set<std::string> distinct(reviewed.themes.begin(), reviewed.themes.end());
    for (const std::string& theme : distinct) {
      const auto found = tallies.find(theme);
      if (found != tallies.end())
        ++YearOf(found->second, FinancialYearOf(reviewed.decided_on)).reviews;
    }
  }
  for (const PublishedBriefing& briefing : briefings) {
    if (!years.Contains(briefing.published_on)) continue;
    const std::set<std::string> distinct(briefing.themes.begin(), briefing.themes.end());
    for (const std::string& theme : distinct) {
      const auto found = tallies.find(theme);
      if (found != tallies.end()) {
        ++YearOf(found->second, FinancialYearOf(briefing.published_on)).briefings;
      }
    }
  }
  std::vector<ThemeRecurrence> out;
  for (auto& [name, tally] : tallies) {
    ThemeRecurrence theme{name, {}, false};
    for (auto& [year, entry] : tally.years) theme.years.push_back(entry);
    theme.recurs = YearsWithReviews(theme) >= 2;
    out.push_back(std::move(theme));
  }
  std::stable_sort(out.begin(), out.end(), [](const ThemeRecurrence& a, const ThemeRecurrence& b) {
    if (a.recurs != b.recurs) return a.recurs;
    const std::size_t years_a = YearsWithReviews(a);
    const std::size_t years_b = YearsWithReviews(b);
    if (years_a != years_b) return years_a > years_b;
    const std::int64_t reviews_a = Reviews(a);
    const std::int64_t reviews_b = Reviews(b);
    if (reviews_a != reviews_b) return reviews_a > reviews_b;
    return a.theme < b.theme;
  });
  return out;
}

}  // namespace assure::domain
