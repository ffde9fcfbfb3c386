#include "scenarios/action_verbs.h"

#include <algorithm>
#include <string>

#include "domain/actions/action_rules.h"

namespace assure::scenarios {

namespace {

using domain::CivilDate;
using domain::HalfYear;
using domain::Quarter;

// words[from, to) joined by single spaces; a text wrapped in double quotes loses them.
std::string Join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string joined;
  for (std::size_t i = from; i < to && i < words.size(); ++i) {
    if (i > from) joined += ' ';
    joined += words[i];
  }
  if (joined.size() >= 2 && joined.front() == '"' && joined.back() == '"') {
    joined = joined.substr(1, joined.size() - 2);
  }
  return joined;
}

// The index of the first `word` at or after `from`, or words.size().
std::size_t Find(const std::vector<std::string>& words, std::string_view word,
                 std::size_t from = 0) {
  for (std::size_t i = from; i < words.size(); ++i) {
    if (words[i] == word) return i;
  }
  return words.size();
}

std::optional<CivilDate> DateAt(const Step& step, const std::vector<std::string>& words,
                                std::size_t index) {
  auto date = index < words.size() ? domain::ParseCivilDate(words[index]) : std::nullopt;
  if (!date) Fail(step, "expected a date YYYY-MM-DD at word " + std::to_string(index + 1));
  return date;
}

// ---- Quarters and half-years ----

template <typename P>
struct PeriodKind {
  std::string_view name;     // "quarter"
  std::string_view example;  // "2025-26 Q1"
  std::optional<P> (*parse)(std::string_view);
  std::string (*format)(const P&);
  std::string (*slug)(const P&);
  P (*of)(CivilDate);
};

const PeriodKind<Quarter> kQuarter{
    "quarter",           "2025-26 Q1",     domain::ParseQuarter, domain::FormatQuarter,
    domain::QuarterSlug, domain::QuarterOf};
const PeriodKind<HalfYear> kHalfYear{
    "half year",           "2025-26 H1",
    domain::ParseHalfYear, domain::FormatHalfYear,
    domain::HalfYearSlug,  static_cast<HalfYear (*)(CivilDate)>(domain::HalfYearOf)};

template <typename P>
std::optional<P> PeriodIn(const Step& step, const PeriodKind<P>& kind, std::size_t from,
                          std::size_t to) {
  const std::string text = Join(step.words, from, to);
  auto period = kind.parse(text);
  if (!period) {
    Fail(step, "expected a " + std::string{kind.name} + " like " + std::string{kind.example} +
                   ", not '" + text + "'");
  }
  return period;
}

template <typename P>
void CheckPeriod(const Step& step, const PeriodKind<P>& kind, const P& actual,
                 std::size_t expected_from) {
  auto expected = PeriodIn(step, kind, expected_from, step.words.size());
  if (expected && *expected != actual) Fail(step, "it is " + kind.format(actual));
}

// The words of a period step after its kind: "of DATE = P", "after P = P", "before P = P",
// "P runs DATE to DATE", "P url = SLUG", and for half-years "P quarters = Q Q".
template <typename P>
void PeriodStep(const Step& step, const PeriodKind<P>& kind, std::size_t first) {
  const auto& w = step.words;
  const std::size_t equals = Find(w, "=", first);
  const std::string form = "expected: " + std::string{kind.name} +
                           " of DATE = P | after P = P | before P = P | P runs DATE to DATE | "
                           "P url = SLUG";
  if (first < w.size() && w[first] == "of") {
    auto date = DateAt(step, w, first + 1);
    if (!date || equals != first + 2) return Fail(step, form);
    return CheckPeriod(step, kind, kind.of(*date), equals + 1);
  }
  if (first < w.size() && (w[first] == "after" || w[first] == "before")) {
    if (equals == w.size()) return Fail(step, form);
    auto period = PeriodIn(step, kind, first + 1, equals);
    if (!period) return;
    const P moved = w[first] == "after" ? domain::Next(*period) : domain::Previous(*period);
    return CheckPeriod(step, kind, moved, equals + 1);
  }
  const std::size_t runs = Find(w, "runs", first);
  if (runs < w.size()) {
    if (w.size() != runs + 4 || w[runs + 2] != "to") return Fail(step, form);
    auto period = PeriodIn(step, kind, first, runs);
    auto from = DateAt(step, w, runs + 1);
    auto to = DateAt(step, w, runs + 3);
    if (!period || !from || !to) return;
    if (domain::FirstDay(*period) != *from || domain::LastDay(*period) != *to) {
      Fail(step, "it runs " + domain::FormatCivilDate(domain::FirstDay(*period)) + " to " +
                     domain::FormatCivilDate(domain::LastDay(*period)));
    }
    return;
  }
  const std::size_t url = Find(w, "url", first);
  if (url < w.size() && equals == url + 1 && w.size() == url + 3) {
    auto period = PeriodIn(step, kind, first, url);
    if (period && kind.slug(*period) != w[url + 2]) Fail(step, "its slug is " + kind.slug(*period));
    return;
  }
  Fail(step, form);
}

template <typename P>
void ParseStep(const Step& step, const PeriodKind<P>& kind, std::size_t first) {
  const auto& w = step.words;
  const auto equals = std::find(w.rbegin(), w.rend(), "=");
  if (equals == w.rend()) {
    return Fail(step, "expected: parse " + std::string{kind.name} + " TEXT = P|none");
  }
  const auto at = static_cast<std::size_t>(w.rend() - equals - 1);
  const auto parsed = kind.parse(Join(w, first, at));
  if (at + 2 == w.size() && w[at + 1] == "none") {
    if (parsed) Fail(step, "it parses as " + kind.format(*parsed));
    return;
  }
  if (!parsed) return Fail(step, "it does not parse");
  CheckPeriod(step, kind, *parsed, at + 1);
}

void QuarterVerb(ActionState&, const Step& step) { PeriodStep(step, kQuarter, 1); }

void HalfVerb(ActionState&, const Step& step) {
  const auto& w = step.words;
  if (w.size() < 2 || w[1] != "year") return Fail(step, "expected: half year ...");
  const std::size_t quarters = Find(w, "quarters", 2);
  if (quarters == w.size()) return PeriodStep(step, kHalfYear, 2);
  auto half = PeriodIn(step, kHalfYear, 2, quarters);
  if (!half) return;
  if (quarters + 1 >= w.size() || w[quarters + 1] != "=") {
    return Fail(step, "expected: half year P quarters = Q Q");
  }
  const auto both = domain::QuartersOf(*half);
  const std::string actual = domain::FormatQuarter(both[0]) + " " + domain::FormatQuarter(both[1]);
  if (Join(w, quarters + 2, w.size()) != actual) Fail(step, "its quarters are " + actual);
}

void ParseVerb(ActionState&, const Step& step) {
  const auto& w = step.words;
  if (w.size() > 1 && w[1] == "quarter") return ParseStep(step, kQuarter, 2);
  if (w.size() > 2 && w[1] == "half" && w[2] == "year") return ParseStep(step, kHalfYear, 3);
  Fail(step, "expected: parse quarter TEXT = P|none, or parse half year TEXT = P|none");
}

// ---- Statuses ----

std::string StatusNames(const std::vector<domain::ActionStatus>& statuses) {
  std::string names;
  for (auto status : statuses) {
    names += (names.empty() ? "" : " ") + std::string{domain::ActionStatusName(status)};
  }
  return names;
}

std::optional<domain::ActionStatus> StatusOf(const Step& step, const std::string& word) {
  auto status = domain::ParseActionStatus(word);
  if (!status) Fail(step, "unknown status '" + word + "'");
  return status;
}

void FromVerb(ActionState&, const Step& step) {
  const auto& w = step.words;
  const bool reopen = w.size() > 3 && w[2] == "with" && w[3] == "reopen";
  const std::size_t may = reopen ? 4 : 2;
  if (w.size() < may + 4 || w[may] != "may" || w[may + 1] != "move" || w[may + 2] != "to" ||
      w[may + 3] != "=") {
    return Fail(step, "expected: from STATUS [with reopen] may move to = STATUS ...");
  }
  auto from = StatusOf(step, w[1]);
  if (!from) return;
  const std::string actual = StatusNames(domain::NextStatuses(*from, reopen));
  if (Join(w, may + 4, w.size()) != actual) Fail(step, "it may move to: " + actual);
}

// ---- One action ----

bool Ready(const ActionState& state, const Step& step) {
  if (!state.has_action) {
    Fail(step, "no action yet: start with 'action STATUS due DATE'");
    return false;
  }
  if (!state.today) {
    Fail(step, "no day yet: say 'today DATE' first");
    return false;
  }
  return true;
}

std::string RagText(std::optional<domain::Rag> rag) {
  return rag ? std::string{domain::RagName(*rag)} : "none";
}

void ExpectRag(const ActionState& state, const Step& step, const std::vector<std::string>& w) {
  const domain::WorkingCalendar calendar{state.adjustments};
  const auto actual = domain::EffectiveRag(state.action, *state.today, calendar);
  const bool flagged = domain::RagDisagrees(state.action, *state.today, calendar);
  const bool want_flag = w.size() == 3 && w[2] == "flagged";
  if (w.size() < 2 || w.size() > 3 || (w.size() == 3 && !want_flag)) {
    return Fail(step, "expected: rag RAG [flagged] | rag none");
  }
  const auto expected = w[1] == "none" ? std::nullopt : domain::ParseRag(w[1]);
  if (w[1] != "none" && !expected) return Fail(step, "unknown RAG '" + w[1] + "'");
  if (actual != expected || flagged != want_flag) {
    Fail(step, "rag " + RagText(actual) + (flagged ? " flagged" : " (not flagged)"));
  }
}

void ExpectReminders(const ActionState& state, const Step& step,
                     const std::vector<std::string>& w) {
  const auto reasons = domain::ReasonsToRemind(state.action, *state.today,
                                               domain::WorkingCalendar{state.adjustments},
                                               state.reviewed_this_quarter);
  std::string actual;
  for (auto reason : reasons) {
    actual += (actual.empty() ? "" : " ") + std::string{domain::ReminderReasonName(reason)};
  }
  if (actual.empty()) actual = "nothing";
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (w[i] != "nothing" && !domain::ParseReminderReason(w[i])) {
      return Fail(step, "unknown reminder reason '" + w[i] + "'");
    }
  }
  if (w.size() < 2 || Join(w, 1, w.size()) != actual) Fail(step, "remind " + actual);
}

void ExpectDue(const ActionState& state, const Step& step, const std::vector<std::string>& w) {
  auto due = DateAt(step, w, 1);
  if (!due) return;
  if (w.size() != 2 && (w.size() != 4 || w[2] != "changes")) {
    return Fail(step, "expected: due DATE [changes N]");
  }
  if (state.action.due_on != *due) {
    Fail(step, "due " + domain::FormatCivilDate(state.action.due_on));
  }
  if (w.size() == 4 && std::to_string(state.action.due_date_changes) != w[3]) {
    Fail(step, "the due date moved " + std::to_string(state.action.due_date_changes) + " times");
  }
}

// Checks one expectation (see action_verbs.h) against the state.
void Expect(const ActionState& state, const Step& step, const std::vector<std::string>& w) {
  if (!Ready(state, step)) return;
  const std::string what = w.empty() ? "" : w[0];
  if (what == "rag") return ExpectRag(state, step, w);
  if (what == "remind") return ExpectReminders(state, step, w);
  if (what == "due") return ExpectDue(state, step, w);
  if (what == "status" && w.size() == 2) {
    auto expected = StatusOf(step, w[1]);
    if (expected && *expected != state.action.status) {
      Fail(step, "status " + std::string{domain::ActionStatusName(state.action.status)});
    }
    return;
  }
  const std::string text = Join(w, 0, w.size());
  if (text == "dates moved more than once" || text == "dates not moved more than once") {
    const bool moved = domain::DatesMovedMoreThanOnce(state.action);
    if (moved != (text == "dates moved more than once")) {
      Fail(step, "the due date moved " + std::to_string(state.action.due_date_changes) + " times");
    }
    return;
  }
  Fail(step,
       "expected: rag ... | remind ... | status STATUS | due DATE [changes N] | dates [not] "
       "moved more than once");
}

void ExpectAfter(const ActionState& state, const Step& step) {
  if (!step.then.empty()) Expect(state, step, step.then);
}

void ActionVerb(ActionState& state, const Step& step) {
  const auto& w = step.words;
  if ((w.size() != 4 && w.size() != 6) || w[2] != "due" || (w.size() == 6 && w[4] != "reported")) {
    return Fail(step, "expected: action STATUS due DATE [reported RAG]");
  }
  auto status = StatusOf(step, w[1]);
  auto due = DateAt(step, w, 3);
  if (!status || !due) return;
  domain::PlanAction action;
  action.id = 1;
  action.title = "Scenario action";
  action.owner_agency_id = 3;
  action.lead_name = "Lead";
  action.status = *status;
  action.due_on = *due;
  action.sources = {domain::ActionSource{domain::SourceKind::kRecommendation, 1, ""}};
  if (domain::NeedsReason(*status)) action.status_reason = "Scenario reason";
  if (w.size() == 6) {
    action.reported_rag = domain::ParseRag(w[5]);
    if (!action.reported_rag) return Fail(step, "unknown RAG '" + w[5] + "'");
  }
  state.action = std::move(action);
  state.has_action = true;
  state.reviewed_this_quarter = true;
  ExpectAfter(state, step);
}

void ReportedVerb(ActionState& state, const Step& step) {
  if (step.words.size() != 2) return Fail(step, "expected: reported RAG|none");
  if (step.words[1] == "none") {
    state.action.reported_rag.reset();
  } else {
    state.action.reported_rag = domain::ParseRag(step.words[1]);
    if (!state.action.reported_rag) return Fail(step, "unknown RAG '" + step.words[1] + "'");
  }
  ExpectAfter(state, step);
}

void TodayVerb(ActionState& state, const Step& step) {
  if (step.words.size() != 2) return Fail(step, "expected: today DATE");
  auto today = DateAt(step, step.words, 1);
  if (!today) return;
  state.today = today;
  ExpectAfter(state, step);
}

void DayOffVerb(ActionState& state, const Step& step) {
  if (step.words.size() != 3 || step.words[1] != "off") return Fail(step, "expected: day off DATE");
  auto date = DateAt(step, step.words, 2);
  if (!date) return;
  const domain::CalendarAdjustment adjustment{*date, true, "Office closed"};
  auto valid = domain::ValidateCalendarAdjustment(adjustment);
  if (!valid.ok()) return Fail(step, valid.error().message);
  state.adjustments.push_back(adjustment);
}

// The words from `from` up to the next of `stops` (or the end), joined; `from` moves past them.
std::string Clause(const std::vector<std::string>& w, std::size_t& i,
                   std::initializer_list<std::string_view> stops) {
  const std::size_t from = i + 1;
  std::size_t to = from;
  while (to < w.size() && std::find(stops.begin(), stops.end(), w[to]) == stops.end()) ++to;
  i = to - 1;
  return Join(w, from, to);
}

void UpdateVerb(ActionState& state, const Step& step) {
  if (!Ready(state, step)) return;
  const auto& w = step.words;
  if (w.size() < 2) return Fail(step, "expected: update STATUS [RAG] [on DATE] [reopen] ...");
  auto status = StatusOf(step, w[1]);
  if (!status) return;
  domain::ActionUpdate update;
  update.action_id = state.action.id;
  update.on = *state.today;
  update.narrative = "Progress reported.";
  update.status = *status;
  bool reopen = false;
  for (std::size_t i = 2; i < w.size(); ++i) {
    if (auto rag = domain::ParseRag(w[i])) {
      update.rag = *rag;
    } else if (w[i] == "on") {
      auto on = DateAt(step, w, ++i);
      if (!on) return;
      update.on = *on;
    } else if (w[i] == "reopen") {
      reopen = true;
    } else if (w[i] == "because") {
      update.status_reason = Clause(w, i, {"evidence"});
    } else if (w[i] == "evidence") {
      update.evidence = Clause(w, i, {"because"});
    } else {
      return Fail(step, "unexpected word '" + w[i] + "'");
    }
  }
  if (Outcome(step, domain::ValidateUpdate(update, state.action, *state.today, reopen))) {
    state.action = domain::ApplyUpdate(state.action, update);
  }
}

void ReviewVerb(ActionState& state, const Step& step) {
  if (!Ready(state, step)) return;
  const auto& w = step.words;
  auto outcome = w.size() > 1 ? domain::ParseReviewOutcome(w[1]) : std::nullopt;
  if (!outcome && (w.size() < 2 || w[1] != "nothing")) {
    return Fail(step, "expected: review OUTCOME|nothing [to DATE] [on DATE] [because NOTE...]");
  }
  domain::ReviewEntry entry;
  entry.action_id = state.action.id;
  entry.outcome = outcome;
  entry.reviewed_on = state.today;
  for (std::size_t i = 2; i < w.size(); ++i) {
    if (w[i] == "to" || w[i] == "on") {
      auto date = DateAt(step, w, i + 1);
      if (!date) return;
      (w[i] == "to" ? entry.new_due_on : entry.reviewed_on) = *date;
      ++i;
    } else if (w[i] == "because") {
      entry.note = Clause(w, i, {});
    } else {
      return Fail(step, "unexpected word '" + w[i] + "'");
    }
  }
  if (Outcome(step, domain::ValidateReviewEntry(entry, state.action, *state.today))) {
    const domain::PlanAction moved = domain::ApplyReviewOutcome(state.action, entry);
    // Storing the action counts a move of its due date (ActionRepository::Update); so does this.
    const int counted = moved.due_on != state.action.due_on ? 1 : 0;
    state.action = moved;
    state.action.due_date_changes += counted;
    state.reviewed_this_quarter = true;
  }
}

void ReviewedVerb(ActionState& state, const Step& step) {
  const std::string text = Join(step.words, 0, step.words.size());
  if (text == "reviewed this quarter") {
    state.reviewed_this_quarter = true;
  } else if (text == "not reviewed this quarter") {
    state.reviewed_this_quarter = false;
  } else {
    Fail(step, "expected: reviewed this quarter | not reviewed this quarter");
  }
}

}  // namespace

Verbs<ActionState> ActionVerbs() {
  Verbs<ActionState> verbs;
  verbs.Add("quarter", QuarterVerb);
  verbs.Add("half", HalfVerb);
  verbs.Add("parse", ParseVerb);
  verbs.Add("from", FromVerb);
  verbs.Add("action", ActionVerb, /*takes_then=*/true);
  verbs.Add("reported", ReportedVerb, /*takes_then=*/true);
  verbs.Add("today", TodayVerb, /*takes_then=*/true);
  verbs.Add("day", DayOffVerb);
  verbs.Add("reviewed", ReviewedVerb);
  verbs.Add("not", ReviewedVerb);
  verbs.Add("update", UpdateVerb, /*takes_then=*/true);
  verbs.Add("review", ReviewVerb, /*takes_then=*/true);
  verbs.Add("then", [](ActionState& state, const Step& step) {
    Expect(state, step, std::vector<std::string>(step.words.begin() + 1, step.words.end()));
  });
  return verbs;
}

}  // namespace assure::scenarios
