#include "domain/learning/recurring/recurring_learning.h"

#include <charconv>
#include <cstdio>
#include <system_error>

#include "domain/actions/financial_year.h"

namespace assure::domain {
namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2198;
constexpr std::string_view kHowToGiveAYear =
    "Give a financial year as the year it starts in, from 1900 to 2198: 2023 for 2023-24.";

// One end of a range asked for: nullopt when absent or empty; kInvalidInput naming `field`
// unless it is at most four decimal digits (no sign, no space) from kFirstYear to kLastYear.
core::Result<std::optional<int>> ParseYearEnd(const char* field,
                                              std::optional<std::string_view> text) {
  if (!text || text->empty()) return std::optional<int>{};
  int year = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, year);
  if (text->size() > 4 || ec != std::errc{} || ptr != end || year < kFirstYear ||
      year > kLastYear) {
    return core::Error::InvalidInput(field, std::string{kHowToGiveAYear});
  }
  return std::optional<int>{year};
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

// `line` without a leading "-", "*", "•" or "12." / "12)" and the spaces after it.
std::string_view WithoutBullet(std::string_view line) {
  constexpr std::string_view kDot = "\xE2\x80\xA2";  // •
  if (line.starts_with("-") || line.starts_with("*")) {
    line.remove_prefix(1);
  } else if (line.starts_with(kDot)) {
    line.remove_prefix(kDot.size());
  } else {
    std::size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') {
      ++digits;
    }
    if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
      line.remove_prefix(digits + 1);
    }
  }
  return Trimmed(line);
}

}  // namespace

std::string_view LearningSourceName(LearningSource source) {
  switch (source) {
    case LearningSource::kRecommendation:
      return "recommendation";
    case LearningSource::kRapidReview:
      return "rapid_review";
  }
  return "recommendation";
}

int FinancialYearOf(CivilDate date) { return QuarterOf(date).year; }

std::string FinancialYearName(int year) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", year, (year + 1) % 100);
  return text;
}

bool YearRange::Contains(CivilDate date) const {
  const int year = FinancialYearOf(date);
  return (!from || year >= *from) && (!to || year <= *to);
}

core::Status ValidateYearRange(const YearRange& range) {
  const auto valid = [](const std::optional<int>& year) {
    return !year || (*year >= kFirstYear && *year <= kLastYear);
  };
  if (!valid(range.from)) return core::Error::InvalidInput("from", std::string{kHowToGiveAYear});
  if (!valid(range.to)) return core::Error::InvalidInput("to", std::string{kHowToGiveAYear});
  if (range.from && range.to && *range.to < *range.from) {
    return core::Error::InvalidInput("to", "The last financial year cannot be before the first.");
  }
  return core::Ok();
}

core::Result<YearRange> ParseYearRange(std::optional<std::string_view> from,
                                       std::optional<std::string_view> to) {
  YearRange range;
  ASSURE_ASSIGN_OR_RETURN(range.from, ParseYearEnd("from", from));
  ASSURE_ASSIGN_OR_RETURN(range.to, ParseYearEnd("to", to));
  ASSURE_TRY(ValidateYearRange(range));
  return range;
}

std::vector<std::string> LearningPoints(std::string_view learning) {
  std::vector<std::string> points;
  std::size_t start = 0;
  while (start <= learning.size()) {
    std::size_t end = learning.find('\n', start);
    if (end == std::string_view::npos) end = learning.size();
    const std::string_view point = WithoutBullet(Trimmed(learning.substr(start, end - start)));
    if (!point.empty()) points.emplace_back(point);
    start = end + 1;
  }
  return points;
}

std::vector<LearningItem> LearningItems(const std::vector<LearningRecord>& records) {
  std::vector<LearningItem> items;
  for (const LearningRecord& record : records) {
    switch (record.source) {
      case LearningSource::kRecommendation:
        items.push_back({record.source, record.record_id, record.case_id, record.number,
                         record.text, record.actions});
        break;
      case LearningSource::kRapidReview: {
        int number = 0;
        for (std::string& point : LearningPoints(record.text)) {
          items.push_back({record.source, record.record_id, record.case_id, ++number,
                           std::move(point), record.actions});
        }
        break;
      }
    }
  }
  return items;
}

std::string GroupSummary(const std::vector<std::string>& references) {
  std::string summary = "recommended in ";
  for (std::size_t i = 0; i < references.size(); ++i) {
    if (i > 0) summary += i + 1 == references.size() ? " and " : ", ";
    summary += references[i];
  }
  return summary;
}

}  // namespace assure::domain
