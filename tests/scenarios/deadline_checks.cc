#include "scenarios/deadline_checks.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

namespace assure::scenarios::deadlines {

namespace {

using domain::CivilDate;
using domain::ClockStatus;
using domain::StatutoryClock;

std::string ClockName(const StatutoryClock& clock) {
  if (clock.request_id) return "request " + std::to_string(*clock.request_id);
  return clock.rule_code;
}

std::optional<ClockStatus> ParseStatus(std::string_view word) {
  for (ClockStatus status :
       {ClockStatus::kOnTime, ClockStatus::kAtRisk, ClockStatus::kOverdue, ClockStatus::kMet,
        ClockStatus::kMetLate, ClockStatus::kMissed, ClockStatus::kPaused}) {
    if (domain::ClockStatusName(status) == word) return status;
  }
  return std::nullopt;
}

// How `clock`'s working days count, and how many (a paused clock's are late when negative).
std::pair<std::string_view, int> CountOf(const StatutoryClock& clock) {
  switch (clock.status) {
    case ClockStatus::kOnTime:
    case ClockStatus::kAtRisk:
      return {"left", clock.working_days};
    case ClockStatus::kOverdue:
    case ClockStatus::kMetLate:
    case ClockStatus::kMissed:
      return {"late", clock.working_days};
    case ClockStatus::kMet:
      return {"early", clock.working_days};
    case ClockStatus::kPaused:
      if (clock.working_days < 0) return {"late", -clock.working_days};
      return {"left", clock.working_days};
  }
  return {"", 0};
}

// Checks the predicates words[i..] about `clock`.
void CheckClock(const DeadlineState& state, const Step& step, const std::vector<std::string>& w,
                std::size_t i, const StatutoryClock& clock) {
  const std::string name = ClockName(clock);
  while (i < w.size()) {
    const std::string& word = w[i++];
    const auto date = i < w.size() ? domain::ParseCivilDate(w[i]) : std::nullopt;
    if ((word == "due" || word == "met") && date) {
      ++i;
      const auto actual = word == "due" ? std::optional{clock.due_on} : clock.met_on;
      if (actual != date) {
        Fail(step,
             name + " " + word + " " + (actual ? Text(*actual) : "never") + ", not " + Text(*date));
      }
    } else if (word == "version" && i < w.size() && Number(w[i])) {
      const int version = *Number(w[i++]);
      if (clock.rule_version != version) {
        Fail(step, name + " follows version " + std::to_string(clock.rule_version));
      }
    } else if (word == "status") {
      continue;
    } else if (auto status = ParseStatus(word)) {
      if (clock.status != *status) {
        Fail(step, name + " is " + std::string{domain::ClockStatusName(clock.status)} + " (" +
                       std::to_string(clock.working_days) + " working days), not " + word);
      }
      if (domain::IsRunning(clock) && !state.today) {
        Fail(step, "say `today DATE` before checking a status");
      }
      if (i < w.size() && Number(w[i])) {
        const int days = *Number(w[i]);
        if (i + 2 >= w.size() || w[i + 1] != "working" ||
            (w[i + 2] != "days" && w[i + 2] != "day") || i + 3 >= w.size()) {
          Fail(step, "expected: N working days left|late|early");
          return;
        }
        const std::string& direction = w[i + 3];
        i += 4;
        const auto [counted, actual] = CountOf(clock);
        if (direction != counted) {
          Fail(step, "this " + word + " clock counts days " + std::string{counted});
        } else if (actual != days) {
          Fail(step, name + " has " + std::to_string(actual) + " working days " + direction +
                         ", not " + std::to_string(days));
        }
      }
    } else {
      Fail(step, "unknown check '" + word + "' (due, met, version, or a status)");
      return;
    }
  }
}

}  // namespace

std::optional<int> Number(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Matches `words` against `pattern` (space-separated literals and placeholders; the literal
// "days" also matches "day", so "add 1 working day" reads well).
std::optional<Caught> Match(const std::vector<std::string>& words, std::string_view pattern) {
  std::vector<std::string> parts;
  for (std::size_t start = 0; start < pattern.size();) {
    const auto end = std::min(pattern.find(' ', start), pattern.size());
    parts.emplace_back(pattern.substr(start, end - start));
    start = end + 1;
  }
  Caught caught;
  std::size_t i = 0;
  for (const std::string& part : parts) {
    if (part == "*") {
      if (i >= words.size()) return std::nullopt;
      caught.rest = Rest(words, i);
      return caught;
    }
    if (i >= words.size()) return std::nullopt;
    const std::string& word = words[i++];
    if (part == "#") {
      auto number = Number(word);
      if (!number) return std::nullopt;
      caught.numbers.push_back(*number);
    } else if (part == "@") {
      auto date = domain::ParseCivilDate(word);
      if (!date) return std::nullopt;
      caught.dates.push_back(*date);
    } else if (part == "$") {
      caught.words.push_back(word);
    } else if (part != word && !(part == "days" && word == "day")) {
      return std::nullopt;
    }
  }
  if (i != words.size()) return std::nullopt;
  return caught;
}

// Match, reporting the expected form when the step does not fit it.
std::optional<Caught> Expect(const Step& step, std::string_view pattern) {
  auto caught = Match(step.words, pattern);
  if (!caught) Fail(step, "expected the form: " + std::string{pattern});
  return caught;
}

std::string Text(CivilDate date) { return domain::FormatCivilDate(date); }

domain::WorkingCalendar CalendarOf(const DeadlineState& state) {
  return domain::WorkingCalendar{state.adjustments};
}

domain::DeadlineRules RulesOf(const DeadlineState& state) {
  return domain::DeadlineRules{state.overrides};
}

// Starts a child case if no `case` step has yet.
domain::CaseRecords& Records(DeadlineState& state) {
  if (!state.has_case) {
    state.records = {};
    state.records.record.type = domain::CaseType::kChild;
    state.has_case = true;
  }
  return state.records;
}

// Checks an expectation (the words after "->" or "then") against the case's clocks now.
void CheckExpectation(DeadlineState& state, const Step& step, const std::vector<std::string>& w) {
  if (w.empty()) {
    Fail(step, "expected a clock to check");
    return;
  }
  // Without `today`, count from the day the partnership became aware (statuses then need one).
  const domain::CaseRecords& records = Records(state);
  const CivilDate today = state.today.value_or(
      records.record.aware_on ? *records.record.aware_on : *domain::ParseCivilDate("2000-01-01"));
  const auto computed = domain::ComputeClocks(records, RulesOf(state), CalendarOf(state), today);
  if (w.front() == "refused") {  // "-> refused FIELD": no clock can be counted
    if (computed.ok()) {
      Fail(step, "the clocks were counted");
    } else if (w.size() != 2 || computed.error().field != w[1]) {
      Fail(step, "refused naming '" + computed.error().field + "': " + computed.error().message);
    }
    return;
  }
  if (!computed.ok()) {
    Fail(step, "the clocks cannot be counted: " + computed.error().message);
    return;
  }
  const auto& clocks = *computed;
  if (w.front() == "clocks") {
    std::vector<std::string> names;
    for (const auto& clock : clocks) names.push_back(ClockName(clock));
    const std::string actual = Rest(names, 0);
    if (actual != Rest(w, 1)) Fail(step, "the clocks are: " + (actual.empty() ? "none" : actual));
    return;
  }
  std::size_t i = 1;
  std::string name = w.front();
  if (name == "request" && w.size() > 1) name += " " + w[i++];
  const auto found = std::find_if(clocks.begin(), clocks.end(),
                                  [&](const StatutoryClock& c) { return ClockName(c) == name; });
  if (i < w.size() && w[i] == "absent") {
    if (found != clocks.end()) Fail(step, name + " should have no clock, but has one");
    if (i + 1 != w.size()) Fail(step, "nothing may follow 'absent'");
    return;
  }
  if (found == clocks.end()) {
    Fail(step, "there is no " + name + " clock");
    return;
  }
  if (i == w.size()) Fail(step, "say what to check about " + name);
  CheckClock(state, step, w, i, *found);
}

}  // namespace assure::scenarios::deadlines
