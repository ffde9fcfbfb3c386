// How the deadline scenarios read a step and check the case's clocks (deadline_verbs.cc): a
// step's words matched against a verb's pattern, the scenario's calendar and rules, and an
// expectation about the clocks as of the scenario's day (the forms are in deadline_verbs.h).
// Failures are reported through Fail (scenario.h). Not thread-safe: one DeadlineState per file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenarios/deadline_verbs.h"

namespace assure::scenarios::deadlines {

// What a pattern's placeholders caught: '#' a whole number, '@' a date, '$' any one word, '*'
// the rest of the words (one or more).
struct Caught {
  std::vector<int> numbers;
  std::vector<domain::CivilDate> dates;
  std::vector<std::string> words;
  std::string rest;
};

// A whole number, or nullopt.
std::optional<int> Number(std::string_view text);
// Matches `words` against `pattern` (space-separated literals and placeholders; the literal
// "days" also matches "day", so "add 1 working day" reads well).
std::optional<Caught> Match(const std::vector<std::string>& words, std::string_view pattern);
// Match, reporting the expected form when the step does not fit it.
std::optional<Caught> Expect(const Step& step, std::string_view pattern);
std::string Text(domain::CivilDate date);  // YYYY-MM-DD

domain::WorkingCalendar CalendarOf(const DeadlineState& state);
domain::DeadlineRules RulesOf(const DeadlineState& state);
// The case's records, starting a child case if no `case` step has yet.
domain::CaseRecords& Records(DeadlineState& state);

// Checks an expectation (the words after "->" or "then") against the case's clocks now.
void CheckExpectation(DeadlineState& state, const Step& step, const std::vector<std::string>& w);

}  // namespace assure::scenarios::deadlines
