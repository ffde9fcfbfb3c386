// Deadline rules as data (DOMAIN.md): each has a code, a version, an amount in working
// days or calendar months, and whether DOMAIN.md marks it as uncertain ("check"). An administrator
// may adjust a partnership's amounts; each change makes a new version, and every clock names the
// version it followed. Pure values; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace assure::domain {

enum class DeadlineUnit { kWorkingDays, kCalendarMonths };

struct DeadlineRule {
  std::string code;  // "notification", "rapid_review", "adult_rapid_review", "agency_response",
                     // "cspr_publication", "sar_publication", "prepublication_notice"
  int version = 1;
  std::string label;
  int amount = 0;
  DeadlineUnit unit = DeadlineUnit::kWorkingDays;
  std::string basis;       // "from the date the partnership became aware"
  bool uncertain = false;  // DOMAIN.md marks it "check"
};

// The national defaults, version 1 (doc/deadlines.md).
std::span<const DeadlineRule> DefaultDeadlineRules();

// Whether an administrator may set rule `code` to `amount`: kInvalidInput naming "code" for an
// unknown code or agency_response (each request carries its own due date), or "amount" outside
// 1..60 working days or 1..24 calendar months.
core::Status ValidateRuleAmount(std::string_view code, int amount);

class DeadlineRules {
 public:
  DeadlineRules();                                          // the defaults
  explicit DeadlineRules(std::vector<DeadlineRule> rules);  // overrides by code
  // REQUIRES: code is one of the codes above (an unknown one throws std::out_of_range).
  const DeadlineRule& Get(std::string_view code) const;
  std::span<const DeadlineRule> All() const { return rules_; }

 private:
  std::vector<DeadlineRule> rules_;
};

}  // namespace assure::domain
