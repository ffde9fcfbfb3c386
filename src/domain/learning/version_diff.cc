#include "domain/learning/version_diff.h"

#include <algorithm>
#include <cstddef>

namespace assure::domain {

namespace {

constexpr std::size_t kMaxLines = 4000;

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace

std::string_view DiffKindName(DiffKind kind) {
  switch (kind) {
    case DiffKind::kSame:
      return "same";
    case DiffKind::kRemoved:
      return "removed";
    case DiffKind::kAdded:
      return "added";
  }
  return "same";
}

std::vector<DiffLine> CompareLines(std::string_view before, std::string_view after) {
  const auto a = SplitLines(before);
  const auto b = SplitLines(after);
  std::vector<DiffLine> result;
  if (a.size() > kMaxLines || b.size() > kMaxLines) {
    if (before == after) {
      for (auto line : a) result.push_back({DiffKind::kSame, std::string{line}});
      return result;
    }
    for (auto line : a) result.push_back({DiffKind::kRemoved, std::string{line}});
    for (auto line : b) result.push_back({DiffKind::kAdded, std::string{line}});
    return result;
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      result.push_back({DiffKind::kSame, std::string{a[i]}});
      ++i;
      ++j;
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      result.push_back({DiffKind::kRemoved, std::string{a[i]}});
      ++i;
    } else {
      result.push_back({DiffKind::kAdded, std::string{b[j]}});
      ++j;
    }
  }
  return result;
}

}  // namespace assure::domain
