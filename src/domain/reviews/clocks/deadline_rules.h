// Deadline rules as data (DOMAIN.md, doc/deadlines.md): each has a code, a version, an amount in
// working days or calendar months, the date its version comes into force, whether it is statutory
// (set by an Act or statutory guidance, so read-only for a partnership) or local, and its source.
// A partnership's administrator may set a new version of a local rule, in force from a date on or
// after the day it is set; a clock follows the version in force on its start date
// (DeadlineRules::InForceOn), so a change never reaches back to clocks already started or to past
// figures. Every clock names the version it followed. Pure values; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"

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
  bool uncertain = false;  // a sensible reading of guidance that should be checked
  // The first day this version is in force; nullopt: from the beginning (the national default,
  // version 1).
  std::optional<CivilDate> effective_from;
  bool statutory = false;  // set by an Act or statutory guidance: a partnership cannot change it
  std::string source;      // the legal source, or the local practice the rule records
};

// The national defaults, version 1 (doc/deadlines.md), in the order clocks are listed in.
std::span<const DeadlineRule> DefaultDeadlineRules();
// The national default (version 1) of rule `code`; nullptr for a code this version does not know.
const DeadlineRule* DefaultDeadlineRule(std::string_view code);

// Whether an administrator may set rule `code` to `amount`: kInvalidInput naming "code" for an
// unknown code, a statutory rule (the message names the rule and its source) or agency_response
// (each request carries its own due date); "amount" outside 1..60 working days or 1..24 calendar
// months.
core::Status ValidateRuleAmount(std::string_view code, int amount);

// ValidateRuleAmount, then whether the new version may come into force on `effective_from` when
// it is set on `today` (a London date): kInvalidInput naming "effective_from" when it is earlier.
core::Status ValidateRuleChange(std::string_view code, int amount, CivilDate effective_from,
                                CivilDate today);

class DeadlineRules {
 public:
  DeadlineRules();  // the defaults
  // The defaults with `rules` among their versions: a rule with the code and version of one
  // already there replaces it; any other is added as a further version of its code. A rule of an
  // unknown code is ignored.
  explicit DeadlineRules(std::vector<DeadlineRule> rules);

  // The latest version of rule `code` (the highest version number), whatever its effective_from.
  // REQUIRES: code is one of the codes above (an unknown one throws std::out_of_range), here and
  // in InForceOn and Versions.
  const DeadlineRule& Get(std::string_view code) const;
  // The version in force on `day`: the one whose effective_from is the latest on or before it
  // (nullopt counting as the earliest); among equal effective_from, the highest version. The
  // lowest version when none is in force yet.
  const DeadlineRule& InForceOn(std::string_view code, CivilDate day) const;
  // Every version of rule `code`, by version.
  std::span<const DeadlineRule> Versions(std::string_view code) const;
  // The latest version of each rule, in the order of the defaults.
  std::vector<DeadlineRule> All() const;

 private:
  const std::vector<DeadlineRule>& VersionsOf(std::string_view code) const;

  std::vector<std::vector<DeadlineRule>> versions_;  // one list per code, each by version
};

}  // namespace assure::domain
