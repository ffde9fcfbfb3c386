#include "scenarios/deadline_verbs.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include "domain/calendar/bank_holidays.h"

namespace assure::scenarios {

namespace {

using domain::CivilDate;
using domain::ClockStatus;
using domain::StatutoryClock;

// What a pattern's placeholders caught: '#' a whole number, '@' a date, '$' any one word, '*'
// the rest of the words (one or more).
struct Caught {
  std::vector<int> numbers;
  std::vector<CivilDate> dates;
  std::vector<std::string> words;
  std::string rest;
};

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

// Checks an expectation (the words after "->" or "then") against the case's clocks now.
void CheckExpectation(DeadlineState& state, const Step& step, const std::vector<std::string>& w) {
  if (w.empty()) {
    Fail(step, "expected a clock to check");
    return;
  }
  // Without `today`, count from the day the partnership became aware (statuses then need one).
  const domain::CaseRecords& records = Records(state);
  const CivilDate today =
      state.today.value_or(records.record.aware_on.ok() ? records.record.aware_on
                                                        : *domain::ParseCivilDate("2000-01-01"));
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

// A verb about the case: runs `change`, then checks the expectation after the arrow, if any.
template <typename Change>
Verbs<DeadlineState>::Fn CaseVerb(std::string pattern, Change change) {
  return [pattern = std::move(pattern), change](DeadlineState& state, const Step& step) {
    auto caught = Expect(step, pattern);
    if (!caught) return;
    change(state, Records(state), *caught, step);
    if (!step.then.empty()) CheckExpectation(state, step, step.then);
  };
}

void AddCalendarVerbs(Verbs<DeadlineState>& verbs) {
  // "add 5 working days to 2035-12-28 = refused": a count the calendar must refuse.
  const auto check_date = [](const Step& step, const core::Result<CivilDate>& got,
                             std::optional<CivilDate> expected) {
    if (!expected) {
      if (got.ok()) Fail(step, "the calendar says " + Text(*got) + ", not refused");
    } else if (!got.ok()) {
      Fail(step, "the calendar refused: " + got.error().message);
    } else if (*got != *expected) {
      Fail(step, "the calendar says " + Text(*got));
    }
  };
  verbs.Add("add", [check_date](DeadlineState& state, const Step& step) {
    if (auto refused = Match(step.words, "add # working days to @ = refused")) {
      check_date(step, CalendarOf(state).AddWorkingDays(refused->dates[0], refused->numbers[0]),
                 std::nullopt);
      return;
    }
    auto c = Expect(step, "add # working days to @ = @");
    if (!c) return;
    check_date(step, CalendarOf(state).AddWorkingDays(c->dates[0], c->numbers[0]), c->dates[1]);
  });
  verbs.Add("subtract", [check_date](DeadlineState& state, const Step& step) {
    if (auto refused = Match(step.words, "subtract # working days from @ = refused")) {
      check_date(step,
                 CalendarOf(state).SubtractWorkingDays(refused->dates[0], refused->numbers[0]),
                 std::nullopt);
      return;
    }
    auto c = Expect(step, "subtract # working days from @ = @");
    if (!c) return;
    check_date(step, CalendarOf(state).SubtractWorkingDays(c->dates[0], c->numbers[0]),
               c->dates[1]);
  });
  verbs.Add("working", [](DeadlineState& state, const Step& step) {
    if (auto between = Match(step.words, "working days from @ to @ = #")) {
      const auto got = CalendarOf(state).WorkingDaysBetween(between->dates[0], between->dates[1]);
      if (!got.ok()) {
        Fail(step, "the calendar refused: " + got.error().message);
      } else if (*got != between->numbers[0]) {
        Fail(step, "the calendar counts " + std::to_string(*got));
      }
      return;
    }
    auto c = Expect(step, "working @");
    if (!c) return;
    const auto working = CalendarOf(state).IsWorkingDay(c->dates[0]);
    if (!working.ok() || !*working) Fail(step, "not a working day");
  });
  verbs.Add("holiday", [](DeadlineState& state, const Step& step) {
    auto c = Expect(step, "holiday @");
    if (!c) return;
    const auto calendar = CalendarOf(state);
    const auto holidays = calendar.Holidays(static_cast<int>(c->dates[0].year()));
    const auto working = calendar.IsWorkingDay(c->dates[0]);
    if (!holidays.ok() || !working.ok()) {
      Fail(step, "the calendar refused the year");
      return;
    }
    if (*working) Fail(step, "it is a working day");
    if (std::find(holidays->begin(), holidays->end(), c->dates[0]) == holidays->end()) {
      Fail(step, "it is not in its year's holidays");
    }
  });
  verbs.Add("holidays", [](DeadlineState& state, const Step& step) {
    if (auto refused = Match(step.words, "holidays # = refused")) {
      if (CalendarOf(state).Holidays(refused->numbers[0]).ok()) Fail(step, "listed, not refused");
      return;
    }
    auto c = Expect(step, "holidays # = *");
    if (!c) return;
    const auto holidays = CalendarOf(state).Holidays(c->numbers[0]);
    if (!holidays.ok()) {
      Fail(step, "the calendar refused: " + holidays.error().message);
      return;
    }
    std::vector<std::string> got;
    for (const CivilDate& date : *holidays) got.push_back(Text(date));
    if (Rest(got, 0) != c->rest) Fail(step, "the calendar lists " + Rest(got, 0));
  });
  verbs.Add("easter", [](DeadlineState&, const Step& step) {
    auto c = Expect(step, "easter # = @");
    if (!c) return;
    const CivilDate got = domain::EasterSunday(c->numbers[0]);
    if (got != c->dates[0]) Fail(step, "the computus gives " + Text(got));
  });
}

// `adjust` and `rule`: what an administrator may change, with "-> refused FIELD" when the change
// must be refused (the service refuses it the same way).
void AddPartnershipVerbs(Verbs<DeadlineState>& verbs) {
  const auto outcome = [](const Step& step, const core::Status& status) {
    const bool expect_refusal = !step.then.empty() && step.then.front() == "refused";
    if (!step.then.empty() && (!expect_refusal || step.then.size() != 2)) {
      Fail(step, "the only expectation here is '-> refused FIELD'");
      return false;
    }
    if (expect_refusal) {
      if (status.ok()) Fail(step, "the change was allowed");
      if (!status.ok() && status.error().field != step.then[1]) {
        Fail(step, "refused for field '" + status.error().field + "'");
      }
      return false;
    }
    if (!status.ok()) Fail(step, "refused: " + status.error().message);
    return status.ok();
  };
  verbs.Add(
      "adjust",
      [outcome](DeadlineState& state, const Step& step) {
        auto c = Expect(step, "adjust @ $ *");
        if (!c) return;
        if (c->words[0] != "non-working" && c->words[0] != "working") {
          Fail(step, "say non-working or working");
          return;
        }
        const domain::CalendarAdjustment adjustment{c->dates[0], c->words[0] == "non-working",
                                                    c->rest};
        core::Status status = domain::ValidateCalendarAdjustment(adjustment);
        const bool taken = std::any_of(state.adjustments.begin(), state.adjustments.end(),
                                       [&](const auto& a) { return a.date == adjustment.date; });
        if (status.ok() && taken) status = core::Error::Conflict("already adjusted", "date");
        if (outcome(step, status)) state.adjustments.push_back(adjustment);
      },
      true);
  verbs.Add(
      "rule",
      [outcome](DeadlineState& state, const Step& step) {
        auto c = Expect(step, "rule $ #");
        if (!c) return;
        const std::string& code = c->words[0];
        if (!outcome(step, domain::ValidateRuleAmount(code, c->numbers[0]))) return;
        auto existing = std::find_if(state.overrides.begin(), state.overrides.end(),
                                     [&](const auto& rule) { return rule.code == code; });
        if (existing == state.overrides.end()) {
          state.overrides.push_back(domain::DeadlineRules{}.Get(code));
          existing = state.overrides.end() - 1;
        }
        existing->version += 1;
        existing->amount = c->numbers[0];
      },
      true);
}

void AddCaseVerbs(Verbs<DeadlineState>& verbs) {
  using domain::CaseRecords;
  verbs.Add("case", [](DeadlineState& state, const Step& step) {
    auto c = Expect(step, "case $");
    if (!c) return;
    auto type = domain::ParseCaseType(c->words[0]);
    if (!type) {
      Fail(step, "a case is child, adult or joint");
      return;
    }
    state.records = {};
    state.records.record.type = *type;
    state.has_case = true;
  });
  verbs.Add("state",
            CaseVerb("state $",
                     [](DeadlineState&, CaseRecords& r, const Caught& c, const Step& step) {
                       auto parsed = domain::ParseCaseState(c.words[0]);
                       if (!parsed) Fail(step, "unknown case state");
                       if (parsed) r.record.state = *parsed;
                     }),
            true);
  verbs.Add("aware",
            CaseVerb("aware @",
                     [](DeadlineState&, CaseRecords& r, const Caught& c, const Step&) {
                       r.record.aware_on = c.dates[0];
                       if (!r.record.referral.received_on.ok())
                         r.record.referral.received_on = c.dates[0];
                     }),
            true);
  verbs.Add("referral",
            CaseVerb("referral received @",
                     [](DeadlineState&, CaseRecords& r, const Caught& c, const Step&) {
                       r.record.referral.received_on = c.dates[0];
                       if (!r.record.aware_on.ok()) r.record.aware_on = c.dates[0];
                     }),
            true);
  verbs.Add("today",
            CaseVerb("today @", [](DeadlineState& state, CaseRecords&, const Caught& c,
                                   const Step&) { state.today = c.dates[0]; }),
            true);
  verbs.Add("notification",
            CaseVerb("notification sent @",
                     [](DeadlineState&, CaseRecords& r, const Caught& c, const Step&) {
                       r.notification = domain::Notification{0, c.dates[0], "", 1};
                     }),
            true);
  verbs.Add(
      "rapid",
      [](DeadlineState& state, const Step& step) {
        // "rapid review sent to panel DATE": the date it reached the national panel (a rapid review
        // completed that day when none was recorded).
        const bool sent = Match(step.words, "rapid review sent to panel @").has_value();
        CaseVerb(sent ? "rapid review sent to panel @" : "rapid review completed @",
                 [sent](DeadlineState&, CaseRecords& r, const Caught& c, const Step&) {
                   if (!sent || !r.rapid_review) {
                     r.rapid_review = domain::RapidReview{};
                     r.rapid_review->meeting_on = c.dates[0];
                     r.rapid_review->completed_on = c.dates[0];
                   }
                   if (sent) r.rapid_review->sent_to_panel_on = c.dates[0];
                 })(state, step);
      },
      true);
  verbs.Add("full",
            CaseVerb("full review $ decided @",
                     [](DeadlineState&, CaseRecords& r, const Caught& c, const Step& step) {
                       auto kind = domain::ParseFullReviewKind(c.words[0]);
                       if (!kind) {
                         Fail(step, "a full review is cspr, sar, dhr or joint");
                         return;
                       }
                       r.full_review = domain::FullReview{};
                       r.full_review->kind = *kind;
                       r.full_review->decided_on = c.dates[0];
                     }),
            true);
  // The full review's later dates; each needs a `full review` step first.
  const auto review_date = [](std::string pattern, auto set) {
    return CaseVerb(std::move(pattern),
                    [set](DeadlineState&, CaseRecords& r, const Caught& c, const Step& step) {
                      if (!r.full_review) {
                        Fail(step, "say `full review KIND decided DATE` first");
                        return;
                      }
                      set(*r.full_review, c.dates[0]);
                    });
  };
  verbs.Add(
      "review",
      review_date("review started @", [](domain::FullReview& f, CivilDate d) { f.started_on = d; }),
      true);
  verbs.Add("closed",
            CaseVerb("closed on @",
                     [](DeadlineState&, CaseRecords& r, const Caught& c, const Step&) {
                       r.record.state = domain::CaseState::kClosed;
                       r.record.closed_on = c.dates[0];
                     }),
            true);
  verbs.Add("embargoed",
            review_date("embargoed on @",
                        [](domain::FullReview& f, CivilDate d) {
                          f.embargoed_on = d;
                          f.embargo_reason = "Criminal proceedings.";
                        }),
            true);
  verbs.Add(
      "concluded",
      review_date("concluded @", [](domain::FullReview& f, CivilDate d) { f.concluded_on = d; }),
      true);
  verbs.Add("planned",
            review_date("planned publication @",
                        [](domain::FullReview& f, CivilDate d) { f.planned_publication_on = d; }),
            true);
  // "notice sent DATE": both copies that day; "notice to panel sent DATE" and "notice to
  // secretary of state sent DATE" one each. The notice is for the planned publication date.
  verbs.Add(
      "notice",
      [review_date](DeadlineState& state, const Step& step) {
        const bool panel = Match(step.words, "notice to panel sent @").has_value();
        const bool minister = Match(step.words, "notice to secretary of state sent @").has_value();
        const std::string pattern = panel      ? "notice to panel sent @"
                                    : minister ? "notice to secretary of state sent @"
                                               : "notice sent @";
        review_date(pattern, [panel, minister](domain::FullReview& f, CivilDate d) {
          if (!minister) f.notice_sent_on = d;
          if (!panel) f.secretary_of_state_notice_on = d;
          f.notice_for_publication_on = f.planned_publication_on;
        })(state, step);
      },
      true);
  verbs.Add(
      "published",
      review_date("published @", [](domain::FullReview& f, CivilDate d) { f.published_on = d; }),
      true);
  verbs.Add(
      "request",
      [](DeadlineState& state, const Step& step) {
        CaseRecords& r = Records(state);
        const auto find = [&](int id) {
          auto it = std::find_if(r.requests.begin(), r.requests.end(),
                                 [&](const auto& request) { return request.id == id; });
          if (it == r.requests.end()) Fail(step, "no request " + std::to_string(id) + " yet");
          return it;
        };
        if (auto c = Match(step.words, "request # requested @ due @")) {
          domain::InformationRequest request;
          request.id = c->numbers[0];
          request.requested_on = c->dates[0];
          request.due_on = c->dates[1];
          r.requests.push_back(request);
        } else if (auto submitted = Match(step.words, "request # submitted @ $ UTC")) {
          auto it = find(submitted->numbers[0]);
          const std::string& time = submitted->words[0];
          const auto hours = time.size() == 5 ? Number(time.substr(0, 2)) : std::nullopt;
          const auto minutes = time.size() == 5 ? Number(time.substr(3, 2)) : std::nullopt;
          if (!hours || !minutes || time[2] != ':') {
            Fail(step, "a time is HH:MM");
            return;
          }
          if (it == r.requests.end()) return;
          it->status = domain::RequestStatus::kSubmitted;
          it->submitted_at =
              core::Instant{std::chrono::sys_days{submitted->dates[0]} +
                            std::chrono::hours{*hours} + std::chrono::minutes{*minutes}};
        } else if (auto withdrawn = Match(step.words, "request # withdrawn")) {
          auto it = find(withdrawn->numbers[0]);
          if (it != r.requests.end()) it->status = domain::RequestStatus::kWithdrawn;
        } else {
          Fail(step,
               "expected: request N requested DATE due DATE | request N submitted DATE HH:MM UTC"
               " | request N withdrawn");
          return;
        }
        if (!step.then.empty()) CheckExpectation(state, step, step.then);
      },
      true);
  verbs.Add("then", [](DeadlineState& state, const Step& step) {
    CheckExpectation(state, step, {step.words.begin() + 1, step.words.end()});
  });
}

}  // namespace

Verbs<DeadlineState> DeadlineVerbs() {
  Verbs<DeadlineState> verbs;
  AddCalendarVerbs(verbs);
  AddPartnershipVerbs(verbs);
  AddCaseVerbs(verbs);
  return verbs;
}

}  // namespace assure::scenarios
