#include "domain/reviews/clocks/deadline_rules.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace assure::domain {

namespace {

constexpr int kMaxWorkingDays = 60;
constexpr int kMaxMonths = 24;

constexpr std::string_view kWorkingTogether =
    "Working Together to Safeguard Children 2023, chapter 5";

enum class Kind { kStatutory, kLocal };

DeadlineRule Rule(std::string code, std::string label, int amount, DeadlineUnit unit,
                  std::string basis, Kind kind, std::string source, bool uncertain = false) {
  DeadlineRule rule;
  rule.code = std::move(code);
  rule.label = std::move(label);
  rule.amount = amount;
  rule.unit = unit;
  rule.basis = std::move(basis);
  rule.uncertain = uncertain;
  rule.statutory = kind == Kind::kStatutory;
  rule.source = std::move(source);
  return rule;
}

// Version 1 of every rule, in force from the beginning: DOMAIN.md, area 1, and doc/deadlines.md.
// The order is the order clocks are listed in.
const std::vector<DeadlineRule>& Defaults() {
  static const std::vector<DeadlineRule> kDefaults{
      Rule("notification", "Serious incident notification to the panel", 5,
           DeadlineUnit::kWorkingDays, "from the date the partnership became aware",
           Kind::kStatutory, "Children Act 2004, s16C(1); " + std::string{kWorkingTogether}),
      Rule("rapid_review", "Rapid review", 15, DeadlineUnit::kWorkingDays,
           "from the date the notification was sent, until it is sent to the panel",
           Kind::kStatutory, std::string{kWorkingTogether}),
      Rule("adult_rapid_review", "Adult rapid review", 15, DeadlineUnit::kWorkingDays,
           "from the date the referral was received", Kind::kLocal,
           "The partnership's local practice: there is no statutory timescale", true),
      Rule("agency_response", "Agency information request", 0, DeadlineUnit::kWorkingDays,
           "by the due date set on each request", Kind::kLocal,
           "The due date the partnership sets on each request"),
      Rule("cspr_publication", "Child safeguarding practice review published", 6,
           DeadlineUnit::kCalendarMonths, "from the decision to hold the review", Kind::kStatutory,
           std::string{kWorkingTogether}),
      Rule("sar_publication", "Safeguarding adults review concluded", 6,
           DeadlineUnit::kCalendarMonths, "from the decision to hold the review", Kind::kStatutory,
           "Care and support statutory guidance, chapter 14, issued under the Care Act 2014"),
      Rule("prepublication_notice", "Pre-publication notice to the panel", 7,
           DeadlineUnit::kWorkingDays, "before the planned publication date", Kind::kStatutory,
           std::string{kWorkingTogether} +
               ": copies to the national panel and the Secretary of State at least 7 working "
               "days before publication"),
  };
  return kDefaults;
}

// Whether `rule` comes into force after `other`, or on the same day as a higher version.
bool SupersedesOnItsDay(const DeadlineRule& rule, const DeadlineRule& other) {
  if (rule.effective_from != other.effective_from) {
    return rule.effective_from > other.effective_from;  // nullopt is the earliest
  }
  return rule.version > other.version;
}

}  // namespace

std::span<const DeadlineRule> DefaultDeadlineRules() { return Defaults(); }

const DeadlineRule* DefaultDeadlineRule(std::string_view code) {
  const auto& defaults = Defaults();
  auto rule = std::find_if(defaults.begin(), defaults.end(),
                           [&](const DeadlineRule& known) { return known.code == code; });
  return rule == defaults.end() ? nullptr : &*rule;
}

core::Status ValidateRuleAmount(std::string_view code, int amount) {
  const DeadlineRule* rule = DefaultDeadlineRule(code);
  if (!rule) return core::Error::InvalidInput("code", "Choose one of the deadline rules.");
  if (rule->statutory) {
    return core::Error::InvalidInput("code", rule->label + " is a statutory rule (" + rule->source +
                                                 "): a partnership cannot change it.");
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

core::Status ValidateRuleChange(std::string_view code, int amount, CivilDate effective_from,
                                CivilDate today) {
  ASSURE_TRY(ValidateRuleAmount(code, amount));
  if (effective_from < today) {
    return core::Error::InvalidInput(
        "effective_from",
        "The date the new amount takes effect must be today or later: a change never reaches "
        "back to clocks already started.");
  }
  return core::Ok();
}

DeadlineRules::DeadlineRules() {
  for (const DeadlineRule& rule : Defaults()) versions_.push_back({rule});
}

DeadlineRules::DeadlineRules(std::vector<DeadlineRule> rules) : DeadlineRules() {
  for (DeadlineRule& rule : rules) {
    auto list = std::find_if(versions_.begin(), versions_.end(),
                             [&](const auto& each) { return each.front().code == rule.code; });
    if (list == versions_.end()) continue;
    auto same = std::find_if(list->begin(), list->end(), [&](const DeadlineRule& known) {
      return known.version == rule.version;
    });
    if (same != list->end()) {
      *same = std::move(rule);
      continue;
    }
    auto after = std::upper_bound(
        list->begin(), list->end(), rule.version,
        [](int version, const DeadlineRule& known) { return version < known.version; });
    list->insert(after, std::move(rule));
  }
}

const std::vector<DeadlineRule>& DeadlineRules::VersionsOf(std::string_view code) const {
  for (const auto& list : versions_) {
    if (list.front().code == code) return list;
  }
  throw std::out_of_range("no deadline rule with that code");  // a bug: codes are constants
}

const DeadlineRule& DeadlineRules::Get(std::string_view code) const {
  return VersionsOf(code).back();
}

const DeadlineRule& DeadlineRules::InForceOn(std::string_view code, CivilDate day) const {
  const auto& list = VersionsOf(code);
  const DeadlineRule* chosen = nullptr;
  for (const DeadlineRule& rule : list) {
    if (rule.effective_from && *rule.effective_from > day) continue;
    if (!chosen || SupersedesOnItsDay(rule, *chosen)) chosen = &rule;
  }
  return chosen ? *chosen : list.front();
}

std::span<const DeadlineRule> DeadlineRules::Versions(std::string_view code) const {
  return VersionsOf(code);
}

std::vector<DeadlineRule> DeadlineRules::All() const {
  std::vector<DeadlineRule> latest;
  latest.reserve(versions_.size());
  for (const auto& list : versions_) latest.push_back(list.back());
  return latest;
}

}  // namespace assure::domain
