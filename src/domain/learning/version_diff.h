// Line-by-line comparison of two texts (two saved versions of a briefing): the longest common
// subsequence of their lines, as the lines kept, removed and added in reading order. Pure
// function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace assure::domain {

enum class DiffKind { kSame, kRemoved, kAdded };
// "same", "removed", "added".
std::string_view DiffKindName(DiffKind kind);

struct DiffLine {
  DiffKind kind = DiffKind::kSame;
  std::string text;  // the line without its line break
  friend bool operator==(const DiffLine&, const DiffLine&) = default;
};

// The lines of `before` and `after` in reading order: each line of both is in the result once,
// as kSame (in both), kRemoved (only before) or kAdded (only after); a removed line comes before
// the added line that replaced it. Texts longer than 4,000 lines are compared as whole blocks.
std::vector<DiffLine> CompareLines(std::string_view before, std::string_view after);

}  // namespace assure::domain
