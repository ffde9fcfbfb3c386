#include "scenarios/deadline_verbs.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include "domain/calendar/bank_holidays.h"
#include "scenarios/deadline_checks.h"

namespace assure::scenarios {

namespace {

using deadlines::CalendarOf;
using deadlines::Caught;
using deadlines::CheckExpectation;
using deadlines::Expect;
using deadlines::Match;
using deadlines::Number;
using deadlines::Records;
using deadlines::Text;
using domain::CivilDate;
using domain::ClockStatus;
using domain::StatutoryClock;

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
        auto c = Match(step.words, "rule $ # from @");
        if (!c) c = Expect(step, "rule $ #");
        if (!c) return;
        const std::string& code = c->words[0];
        if (!outcome(step, domain::ValidateRuleAmount(code, c->numbers[0]))) return;
        // The next version, in force from the date given (from the beginning without one).
        domain::DeadlineRule rule = domain::DeadlineRules{state.overrides}.Get(code);
        rule.version += 1;
        rule.amount = c->numbers[0];
        rule.effective_from = c->dates.empty() ? std::nullopt : std::optional{c->dates[0]};
        state.overrides.push_back(std::move(rule));
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
  // "date aware not recorded": history imported without it (a referral step sets it otherwise).
  verbs.Add("date",
            CaseVerb("date aware not recorded", [](DeadlineState&, CaseRecords& r, const Caught&,
                                                   const Step&) { r.record.aware_on.reset(); }),
            true);
  verbs.Add("screened",
            CaseVerb("screened not notifiable",
                     [](DeadlineState&, CaseRecords& r, const Caught&, const Step&) {
                       r.record.screening = domain::NotificationScreening{
                           false, false, false, "Fictional reason.", r.record.referral.received_on};
                     }),
            true);
  verbs.Add("referral",
            CaseVerb("referral received @",
                     [](DeadlineState&, CaseRecords& r, const Caught& c, const Step&) {
                       r.record.referral.received_on = c.dates[0];
                       if (!r.record.aware_on) r.record.aware_on = c.dates[0];
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
