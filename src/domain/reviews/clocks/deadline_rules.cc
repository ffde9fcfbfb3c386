#include "domain/reviews/clocks/deadline_rules.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace assure::domain {

namespace {

constexpr int kMaxWorkingDays = 60;
constexpr int kMaxMonths = 24;

DeadlineRule Rule(std::string code, std::string label, int amount, DeadlineUnit unit,
                  std::string basis, bool uncertain) {
  return DeadlineRule{std::move(code),  1,        std::move(label), amount, unit,
                      std::move(basis), uncertain};
}

// Version 1 of every rule: DOMAIN.md, area 1, and doc/deadlines.md (which gives each one's
// source). The order is the order clocks are listed in.
const std::vector<DeadlineRule>& Defaults() {
  static const std::vector<DeadlineRule> kDefaults{
      Rule("notification", "Serious incident notification to the panel", 5,
           DeadlineUnit::kWorkingDays, "from the date the partnership became aware", false),
      Rule("rapid_review", "Rapid review", 15, DeadlineUnit::kWorkingDays,
           "from the date the notification was sent, until it is sent to the panel", true),
      Rule("adult_rapid_review", "Adult rapid review", 15, DeadlineUnit::kWorkingDays,
           "from the date the referral was received", true),
      Rule("agency_response", "Agency information request", 0, DeadlineUnit::kWorkingDays,
           "by the due date set on each request", false),
      Rule("cspr_publication", "Child safeguarding practice review published", 6,
           DeadlineUnit::kCalendarMonths, "from the decision to hold the review", false),
      Rule("sar_publication", "Safeguarding adults review concluded", 6,
           DeadlineUnit::kCalendarMonths, "from the decision to hold the review", true),
      Rule("prepublication_notice", "Pre-publication notice to the panel", 7,
           DeadlineUnit::kWorkingDays, "before the planned publication date", true),
  };
  return kDefaults;
}

}  // namespace

std::span<const DeadlineRule> DefaultDeadlineRules() { return Defaults(); }

core::Status ValidateRuleAmount(std::string_view code, int amount) {
  const auto& defaults = Defaults();
  auto rule = std::find_if(defaults.begin(), defaults.end(),
                           [&](const DeadlineRule& known) { return known.code == code; });
  if (rule == defaults.end()) {
    return core::Error::InvalidInput("code", "Choose one of the deadline rules.");
  }
  if (rule->amount == 0) {
    return core::Error::InvalidInput(
        "code", "This rule has no amount to change: each request carries its own due date.");
  }
  if (rule->unit == DeadlineUnit::kWorkingDays && (amount < 1 || amount > kMaxWorkingDays)) {
    return core::Error::InvalidInput("amount", "Enter a number of working days from 1 to 60.");
  }
  if (rule->unit == DeadlineUnit::kCalendarMonths && (amount < 1 || amount > kMaxMonths)) {
    return core::Error::InvalidInput("amount", "Enter a number of months from 1 to 24.");
  }
  return core::Ok();
}

DeadlineRules::DeadlineRules() : rules_(Defaults()) {}

DeadlineRules::DeadlineRules(std::vector<DeadlineRule> rules) : rules_(Defaults()) {
  for (DeadlineRule& rule : rules) {
    auto it = std::find_if(rules_.begin(), rules_.end(),
                           [&](const DeadlineRule& known) { return known.code == rule.code; });
    if (it != rules_.end()) *it = std::move(rule);
  }
}

const DeadlineRule& DeadlineRules::Get(std::string_view code) const {
  for (const DeadlineRule& rule : rules_) {
    if (rule.code == code) return rule;
  }
  throw std::out_of_range("no deadline rule with that code");  // a bug: codes are constants
}

}  // namespace assure::domain
