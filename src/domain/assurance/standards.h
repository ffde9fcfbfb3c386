// Standards frameworks: what an agency evaluates itself against in a self-evaluation round
// (DOMAIN.md, area 3). A framework is data: its standards (a short code, a heading, a statement
// and what good looks like), its rating scale and whether each rating needs evidence. It is
// versioned: editing a framework stores a new version (same family, version_number + 1), so a
// round always shows the standards its returns answered. Codes are kept across versions, so one
// agency's ratings can be followed from round to round (the trend). The enum names and rating
// values are the storage, wire and URL form. Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/user.h"
#include "domain/ids.h"

namespace assure::domain {

using FrameworkId = std::int64_t;
using StandardId = std::int64_t;

inline constexpr std::size_t kMaxStandards = 60;

// kFourPoint rates "1".."4" (inadequate, requires improvement, good, outstanding);
// kRedAmberGreen rates "red", "amber", "green".
enum class RatingScale { kFourPoint, kRedAmberGreen };
std::string_view RatingScaleName(RatingScale scale);  // "four_point", "rag"
std::optional<RatingScale> ParseRatingScale(std::string_view name);
std::string_view RatingScaleLabel(RatingScale scale);  // "4-point", "Red, amber, green"

// The ratings of `scale`, best first.
std::span<const std::string_view> RatingsOf(RatingScale scale);
bool IsRating(RatingScale scale, std::string_view rating);
// "4 Outstanding", "Amber"; "Not rated" for "".
std::string RatingLabel(RatingScale scale, std::string_view rating);
// The colour band of a rating for the matrix: "green", "amber", "red", or "none" when unrated.
// A 4-point "4" and "3" are green, "2" amber, "1" red.
std::string_view RatingBand(RatingScale scale, std::string_view rating);

// One standard as written (no id yet).
struct StandardDraft {
  std::string code;     // "1", "2a": unique in its framework, kept across versions
  std::string heading;  // "Leadership and accountability"
  std::string statement;
  std::string good_looks_like;
};

struct Standard {
  StandardId id = 0;
  int position = 0;  // 1, 2, ... in the framework's order
  StandardDraft text;
};

// What the business unit writes: a new framework, or the next version of one.
struct FrameworkDraft {
  std::string name;
  std::string description;
  RatingScale scale = RatingScale::kFourPoint;
  bool evidence_required = false;
  std::vector<StandardDraft> standards;
};

struct StandardsFramework {
  FrameworkId id = 0;
  PartnershipId partnership_id = 0;
  FrameworkId family_id = 0;  // the first version's id (its own, for version 1)
  int version_number = 1;
  std::string template_key;  // the shipped template it started from ("s11"), or ""
  FrameworkDraft content;
  std::vector<Standard> standards;  // in position order; content.standards is left empty
  UserId created_by = 0;
  core::Instant created_at{};
};

// Checks a draft: "name" 1..200 characters, "description" up to 2,000, 1..kMaxStandards
// standards, each with a "code" (1..10 letters, digits, '.' or '-', unique), a "heading" (1..200)
// and a "statement" (1..2,000); "good_looks_like" up to 4,000. The field of a standard's error
// is "standards[<index>].<field>".
core::Status ValidateFramework(const FrameworkDraft& draft);

}  // namespace assure::domain
