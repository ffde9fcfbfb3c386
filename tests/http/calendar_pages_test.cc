// The working calendar and deadline rules pages through real HTTP on both backends: the
// administrator adds and removes a day off (every reader sees it, and a case's clock counts with
// it), works a bank holiday, sets a new version of a local rule in force from a date (clocks that
// start from then follow it, earlier ones keep theirs); statutory rules have no form and a change
// sent for one is refused naming its source; bad input re-shows the form naming the field and
// writes nothing; a business manager reads but may not change (403, audited); every change needs
// the CSRF token; another partnership's changes stay out of sight.
#include <gtest/gtest.h>

#include <string>

#include "domain/calendar/calendar_service.h"
#include "domain/reviews/cases/case.h"
#include "http/admin_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using testing::Browser;
using testing::Occurrences;

class CalendarPagesTest : public testing::AdminTest {
 protected:
  static domain::CivilDate Day(const char* text) { return *domain::ParseCivilDate(text); }

  // A fictional child case the partnership became aware of on Monday 5 January 2026, straight
  // into the store: its notification clock is due 5 working days later.
  domain::CaseId SeedCase() {
    return SeedCase("CR-2026-001", domain::CaseType::kChild, "2026-01-05");
  }

  // A fictional case of `type` whose referral was received (and the partnership became aware)
  // on `received_on`, straight into the store.
  domain::CaseId SeedCase(const std::string& reference, domain::CaseType type,
                          const char* received_on) {
    domain::NewCase draft;
    draft.reference = reference;
    draft.type = type;
    domain::Subject subject;
    subject.pseudonym = type == domain::CaseType::kAdult ? "Adult K" : "Child H";
    draft.subjects = {subject};
    draft.aware_on = Day(received_on);
    draft.referral.received_on = Day(received_on);
    draft.referral.referrer = "Designated nurse";
    draft.summary = "Fictional summary.";
    auto made =
        t_->store().Write([&](domain::Transaction& tx) { return tx.cases(north_).Create(draft); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  std::string CasePage(const Browser& browser, domain::CaseId id) {
    auto page = t_->Get("/cases/" + std::to_string(id), browser.cookie);
    EXPECT_EQ(page->status, 200);
    return page->body;
  }

  std::vector<domain::StoredCalendarAdjustment> StoredAdjustments(
      domain::PartnershipId partnership) {
    auto stored = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.calendar(partnership).ListAdjustments(); });
    EXPECT_TRUE(stored.ok()) << stored.error().message;
    return stored.ok() ? *stored : std::vector<domain::StoredCalendarAdjustment>{};
  }

  std::size_t RuleVersions() {
    auto stored = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.calendar(north_).ListRuleOverrides(); });
    EXPECT_TRUE(stored.ok()) << stored.error().message;
    return stored.ok() ? stored->size() : 0;
  }

  // A new version of a rule: `amount`, in force from day/month/year.
  static std::string RuleChange(const std::string& amount, const std::string& day,
                                const std::string& month, const std::string& year) {
    return "amount=" + amount + "&effective_from-day=" + day + "&effective_from-month=" + month +
           "&effective_from-year=" + year;
  }

  static std::string DayOff(const std::string& day, const std::string& month,
                            const std::string& year, const std::string& reason) {
    return "date-day=" + day + "&date-month=" + month + "&date-year=" + year +
           "&non_working=yes&reason=" + reason;
  }
};

TEST_P(CalendarPagesTest, AnAdministratorsDayOffIsOnTheCalendarAndMovesTheClocksUntilRemoved) {
  const auto id = SeedCase();
  const auto ada = t_->SignInFully("ada@example.org", kPassword);  // a business manager
  EXPECT_NE(CasePage(ada, id).find("12 January 2026"), std::string::npos);

  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto form = t_->Get("/calendar/adjustments/new", root.cookie);
  ASSERT_EQ(form->status, 200);
  EXPECT_NE(form->body.find("name=\"csrf_token\""), std::string::npos);
  auto added = Send(root, "/calendar/adjustments/new", DayOff("7", "1", "2026", "Office+move"));
  ASSERT_EQ(added->status, 303) << added->body;
  EXPECT_EQ(added->Header("location"), "/calendar?year=2026&done=added");
  EXPECT_EQ(CountEvents(north_, "calendar.adjustment.add", AuditOutcome::kSuccess,
                        "calendar_adjustment", "2026-01-07"),
            1);

  // Everyone in the partnership reads it (this year, in London, is the default).
  auto page = t_->Get("/calendar", ada.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Working calendar 2026"), std::string::npos);
  EXPECT_NE(page->body.find("Wednesday 7 January 2026"), std::string::npos);
  EXPECT_NE(page->body.find("Office move"), std::string::npos);
  EXPECT_NE(page->body.find("Added by the partnership"), std::string::npos);
  EXPECT_NE(page->body.find("Friday 25 December 2026"), std::string::npos);  // national
  EXPECT_EQ(page->body.find("/calendar/adjustments/new"), std::string::npos);
  EXPECT_EQ(page->body.find("/remove"), std::string::npos);

  // The clock counts with it: 5 working days after Monday 5 January skip Wednesday 7.
  const auto moved = CasePage(ada, id);
  EXPECT_NE(moved.find("13 January 2026"), std::string::npos);
  EXPECT_EQ(moved.find("12 January 2026"), std::string::npos);
  auto calendar = t_->store().Read(
      [&](domain::Transaction& tx) { return domain::LoadWorkingCalendar(tx.calendar(north_)); });
  ASSERT_TRUE(calendar.ok());
  EXPECT_EQ(calendar->AddWorkingDays(Day("2026-01-05"), 5).value(), Day("2026-01-13"));

  auto shown = t_->Get("/calendar?year=2026&done=added", root.cookie);
  EXPECT_NE(shown->body.find("The change to the calendar is saved."), std::string::npos);
  EXPECT_NE(shown->body.find("action=\"/calendar/adjustments/2026-01-07/remove\""),
            std::string::npos);
  auto removed = Send(root, "/calendar/adjustments/2026-01-07/remove");
  ASSERT_EQ(removed->status, 303) << removed->body;
  EXPECT_EQ(removed->Header("location"), "/calendar?year=2026&done=removed");
  EXPECT_EQ(CountEvents(north_, "calendar.adjustment.remove", AuditOutcome::kSuccess,
                        "calendar_adjustment", "2026-01-07"),
            1);
  EXPECT_TRUE(StoredAdjustments(north_).empty());
  EXPECT_EQ(t_->Get("/calendar?year=2026", ada.cookie)->body.find("Office move"),
            std::string::npos);
  const auto back = CasePage(ada, id);
  EXPECT_NE(back.find("12 January 2026"), std::string::npos);
  EXPECT_EQ(back.find("13 January 2026"), std::string::npos);
  // Removing it again: there is nothing to remove.
  EXPECT_EQ(Send(root, "/calendar/adjustments/2026-01-07/remove")->status, 404);
}

TEST_P(CalendarPagesTest, ABankHolidayWorkedAsNormalIsNoLongerADayOff) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  EXPECT_NE(t_->Get("/calendar?year=2026", root.cookie)->body.find("Spring bank holiday"),
            std::string::npos);
  auto added = Send(root, "/calendar/adjustments/new",
                    "date-day=25&date-month=5&date-year=2026&non_working=no&reason=Inspection");
  ASSERT_EQ(added->status, 303) << added->body;
  auto page = t_->Get("/calendar?year=2026", root.cookie);
  EXPECT_EQ(page->body.find("Spring bank holiday"), std::string::npos);
  EXPECT_NE(page->body.find("Bank holiday worked as normal"), std::string::npos);
  EXPECT_NE(page->body.find("Monday 25 May 2026"), std::string::npos);
  // Another year shows its own changes only.
  auto next = t_->Get("/calendar?year=2027", root.cookie);
  ASSERT_EQ(next->status, 200);
  EXPECT_NE(next->body.find("Spring bank holiday"), std::string::npos);
  EXPECT_EQ(next->body.find("Inspection"), std::string::npos);
  EXPECT_EQ(t_->Get("/calendar?year=20x6", root.cookie)->status, 422);
  EXPECT_EQ(t_->Get("/calendar?year=1899", root.cookie)->status, 422);
}

TEST_P(CalendarPagesTest, BadInputReShowsTheFormNamingTheFieldAndWritesNothing) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto impossible = Send(root, "/calendar/adjustments/new", DayOff("31", "2", "2026", "Closure"));
  EXPECT_EQ(impossible->status, 422);
  EXPECT_NE(impossible->body.find("govuk-error-summary"), std::string::npos);
  EXPECT_NE(impossible->body.find("href=\"#date-day\""), std::string::npos);
  EXPECT_NE(impossible->body.find("The date must be a real date"), std::string::npos);
  EXPECT_NE(impossible->body.find("value=\"Closure\""), std::string::npos);  // kept as typed

  auto no_reason = Send(root, "/calendar/adjustments/new", DayOff("7", "1", "2026", "+"));
  EXPECT_EQ(no_reason->status, 422);
  EXPECT_NE(no_reason->body.find("href=\"#reason\""), std::string::npos);
  EXPECT_EQ(no_reason->body.find("href=\"#date-day\""), std::string::npos);
  EXPECT_NE(no_reason->body.find("value=\"7\""), std::string::npos);

  auto blank = Send(root, "/calendar/adjustments/new", "reason=");
  EXPECT_EQ(blank->status, 422);
  const auto date_at = blank->body.find("href=\"#date-day\"");
  const auto radio_at = blank->body.find("href=\"#non_working\"");
  const auto reason_at = blank->body.find("href=\"#reason\"");
  ASSERT_NE(reason_at, std::string::npos);
  EXPECT_LT(date_at, radio_at);
  EXPECT_LT(radio_at, reason_at);

  auto saturday = Send(root, "/calendar/adjustments/new", DayOff("10", "1", "2026", "Closure"));
  EXPECT_EQ(saturday->status, 422);
  EXPECT_NE(saturday->body.find("href=\"#date-day\""), std::string::npos);
  auto not_a_holiday = Send(root, "/calendar/adjustments/new",
                            "date-day=7&date-month=1&date-year=2026&non_working=no&reason=Open");
  EXPECT_EQ(not_a_holiday->status, 422);
  EXPECT_NE(not_a_holiday->body.find("href=\"#date-day\""), std::string::npos);

  EXPECT_TRUE(StoredAdjustments(north_).empty());
  EXPECT_EQ(t_->CountAudit(north_, "calendar.adjustment.add"), 0);

  // A date that already has a change is refused on the form too.
  ASSERT_EQ(Send(root, "/calendar/adjustments/new", DayOff("7", "1", "2026", "Closure"))->status,
            303);
  auto again = Send(root, "/calendar/adjustments/new", DayOff("7", "1", "2026", "Again"));
  EXPECT_EQ(again->status, 422);
  EXPECT_NE(again->body.find("href=\"#date-day\""), std::string::npos);
  ASSERT_EQ(StoredAdjustments(north_).size(), 1u);
  EXPECT_EQ(StoredAdjustments(north_).front().adjustment.reason, "Closure");
}

TEST_P(CalendarPagesTest, ABusinessManagerReadsButEveryChangeIs403AndAudited) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  ASSERT_EQ(Send(root, "/calendar/adjustments/new", DayOff("7", "1", "2026", "Closure"))->status,
            303);
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  EXPECT_NE(t_->Get("/home", ada.cookie)->body.find("href=\"/calendar\""), std::string::npos);
  EXPECT_EQ(t_->Get("/calendar", ada.cookie)->status, 200);
  auto rules = t_->Get("/deadline-rules", ada.cookie);
  ASSERT_EQ(rules->status, 200);
  EXPECT_EQ(rules->body.find("Change a rule"), std::string::npos);
  EXPECT_EQ(rules->body.find("name=\"amount\""), std::string::npos);

  const auto before = t_->CountAudit(north_, "access.denied");
  EXPECT_EQ(t_->Get("/calendar/adjustments/new", ada.cookie)->status, 403);
  EXPECT_EQ(Send(ada, "/calendar/adjustments/new", DayOff("8", "1", "2026", "Mine"))->status, 403);
  EXPECT_EQ(Send(ada, "/calendar/adjustments/2026-01-07/remove")->status, 403);
  EXPECT_EQ(Send(ada, "/deadline-rules/rapid-review", "amount=20")->status, 403);
  EXPECT_EQ(t_->CountAudit(north_, "access.denied"), before + 4);
  ASSERT_EQ(StoredAdjustments(north_).size(), 1u);
  EXPECT_EQ(RuleVersions(), 0u);
}

TEST_P(CalendarPagesTest, OnlyTheLocalRuleWithAnAmountHasAChangeForm) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto page = t_->Get("/deadline-rules", root.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Rapid review"), std::string::npos);
  EXPECT_EQ(Occurrences(page->body, ">Statutory</strong>"), 5);
  EXPECT_EQ(Occurrences(page->body, ">Local</strong>"), 2);
  EXPECT_EQ(Occurrences(page->body, ">Uncertain</strong>"), 1);  // the adult rapid review
  EXPECT_NE(page->body.find("Children Act 2004, s16C(1)"), std::string::npos);
  EXPECT_NE(page->body.find("Care and support statutory guidance, chapter 14"), std::string::npos);
  EXPECT_NE(page->body.find("action=\"/deadline-rules/adult-rapid-review\""), std::string::npos);
  for (const char* statutory : {"notification", "rapid-review", "prepublication-notice",
                                "cspr-publication", "sar-publication", "agency-response"}) {
    EXPECT_EQ(page->body.find(std::string{"action=\"/deadline-rules/"} + statutory + "\""),
              std::string::npos)
        << statutory;
  }
  EXPECT_EQ(Occurrences(page->body, "name=\"amount\""), 1);
  EXPECT_NE(page->body.find("name=\"effective_from-day\""), std::string::npos);
  EXPECT_NE(page->body.find("name=\"effective_from-month\""), std::string::npos);
  EXPECT_NE(page->body.find("name=\"effective_from-year\""), std::string::npos);
  EXPECT_NE(page->body.find("None of the rules has been changed"), std::string::npos);
}

TEST_P(CalendarPagesTest, AStatutoryRuleChangeIsRefusedNamingItsSourceAndWritesNothing) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto refused = Send(root, "/deadline-rules/notification", RuleChange("6", "1", "2", "2026"));
  EXPECT_EQ(refused->status, 422);
  EXPECT_NE(refused->body.find("govuk-error-summary"), std::string::npos);
  EXPECT_NE(refused->body.find("href=\"#rule-notification\""), std::string::npos);
  EXPECT_NE(refused->body.find("Serious incident notification to the panel is a statutory rule "
                               "(Children Act 2004, s16C(1); Working Together to Safeguard "
                               "Children 2023, chapter 5): a partnership cannot change it."),
            std::string::npos);
  auto months = Send(root, "/deadline-rules/cspr-publication", RuleChange("9", "1", "2", "2026"));
  EXPECT_EQ(months->status, 422);
  EXPECT_NE(months->body.find("href=\"#rule-cspr-publication\""), std::string::npos);
  EXPECT_EQ(RuleVersions(), 0u);
  EXPECT_EQ(t_->CountAudit(north_, "deadline_rule.update"), 0);
}

TEST_P(CalendarPagesTest, ALocalRuleChangeAppliesToClocksStartingFromItsDate) {
  const auto before = SeedCase("AR-2026-001", domain::CaseType::kAdult, "2026-01-02");
  const auto from = SeedCase("AR-2026-002", domain::CaseType::kAdult, "2026-01-05");
  const auto root = t_->SignInFully("root@example.org", kPassword);
  // Today (the fake clock) is Monday 5 January 2026.
  auto changed =
      Send(root, "/deadline-rules/adult-rapid-review", RuleChange("20", "5", "1", "2026"));
  ASSERT_EQ(changed->status, 303) << changed->body;
  EXPECT_EQ(changed->Header("location"), "/deadline-rules?done=adult-rapid-review");
  EXPECT_EQ(CountEvents(north_, "deadline_rule.update", AuditOutcome::kSuccess, "deadline_rule",
                        "adult_rapid_review"),
            1);
  auto shown = t_->Get("/deadline-rules?done=adult-rapid-review", root.cookie);
  EXPECT_NE(shown->body.find("Adult rapid review: version 2, 20 working days, in force from 5 "
                             "January 2026."),
            std::string::npos);

  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto rules = t_->Get("/deadline-rules", ada.cookie)->body;
  EXPECT_NE(rules.find("20 working days (version 2)"), std::string::npos);
  EXPECT_EQ(rules.find("None of the rules has been changed"), std::string::npos);
  // Referral Monday 5 January 2026 + 20 working days, following version 2.
  const auto following = CasePage(ada, from);
  EXPECT_NE(following.find("2 February 2026"), std::string::npos);
  EXPECT_NE(following.find("adult_rapid_review v2"), std::string::npos);
  // Referral Friday 2 January, before the change: still 15 working days, version 1.
  const auto earlier = CasePage(ada, before);
  EXPECT_NE(earlier.find("23 January 2026"), std::string::npos);
  EXPECT_NE(earlier.find("adult_rapid_review v1"), std::string::npos);
}

TEST_P(CalendarPagesTest, AVersionInForceLaterIsListedAndWaitsForItsDate) {
  const auto id = SeedCase("AR-2026-001", domain::CaseType::kAdult, "2026-01-05");
  const auto root = t_->SignInFully("root@example.org", kPassword);
  ASSERT_EQ(
      Send(root, "/deadline-rules/adult-rapid-review", RuleChange("18", "1", "3", "2026"))->status,
      303);
  const auto page = t_->Get("/deadline-rules", root.cookie)->body;
  EXPECT_NE(page.find("1 March 2026"), std::string::npos);
  EXPECT_NE(page.find("18 working days"), std::string::npos);
  EXPECT_NE(page.find("Comes into force later"), std::string::npos);
  EXPECT_NE(page.find("15 working days (version 1)"), std::string::npos);  // in force today
  // A clock started today keeps version 1: 15 working days from Monday 5 January (the business
  // manager reads the case; the administrator may not).
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto case_page = CasePage(ada, id);
  EXPECT_NE(case_page.find("26 January 2026"), std::string::npos);
  EXPECT_NE(case_page.find("adult_rapid_review v1"), std::string::npos);
}

TEST_P(CalendarPagesTest, ABadChangeNamesItsFieldAndWritesNothing) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto words =
      Send(root, "/deadline-rules/adult-rapid-review", RuleChange("twenty", "1", "2", "2026"));
  EXPECT_EQ(words->status, 422);
  EXPECT_NE(words->body.find("href=\"#amount-adult-rapid-review\""), std::string::npos);
  EXPECT_NE(words->body.find("Enter a number of working days from 1 to 60."), std::string::npos);
  EXPECT_NE(words->body.find("value=\"twenty\""), std::string::npos);  // kept as typed
  EXPECT_EQ(words->body.find("href=\"#effective_from-day\""), std::string::npos);
  auto zero = Send(root, "/deadline-rules/adult-rapid-review", RuleChange("0", "1", "2", "2026"));
  EXPECT_EQ(zero->status, 422);
  EXPECT_NE(zero->body.find("href=\"#amount-adult-rapid-review\""), std::string::npos);

  // Before today (Monday 5 January 2026): a change never reaches back.
  auto past = Send(root, "/deadline-rules/adult-rapid-review", RuleChange("20", "2", "1", "2026"));
  EXPECT_EQ(past->status, 422);
  EXPECT_NE(past->body.find("href=\"#effective_from-day\""), std::string::npos);
  EXPECT_NE(past->body.find("never reaches back to clocks already started"), std::string::npos);
  EXPECT_NE(past->body.find("value=\"20\""), std::string::npos);
  auto no_date = Send(root, "/deadline-rules/adult-rapid-review", "amount=20");
  EXPECT_EQ(no_date->status, 422);
  EXPECT_NE(no_date->body.find("Enter the date the new amount takes effect"), std::string::npos);
  auto impossible =
      Send(root, "/deadline-rules/adult-rapid-review", RuleChange("20", "31", "2", "2026"));
  EXPECT_EQ(impossible->status, 422);
  EXPECT_NE(impossible->body.find("href=\"#effective_from-day\""), std::string::npos);

  EXPECT_EQ(
      Send(root, "/deadline-rules/agency-response", RuleChange("5", "1", "2", "2026"))->status,
      422);
  EXPECT_EQ(Send(root, "/deadline-rules/no-such-rule", RuleChange("5", "1", "2", "2026"))->status,
            404);
  EXPECT_EQ(RuleVersions(), 0u);
  EXPECT_EQ(t_->CountAudit(north_, "deadline_rule.update"), 0);
}

TEST_P(CalendarPagesTest, EveryChangeNeedsTheCsrfToken) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  ASSERT_EQ(Send(root, "/calendar/adjustments/new", DayOff("7", "1", "2026", "Closure"))->status,
            303);
  EXPECT_EQ(t_->Post("/calendar/adjustments/new", DayOff("8", "1", "2026", "Forged"), root.cookie)
                ->status,
            403);
  EXPECT_EQ(t_->Post("/calendar/adjustments/2026-01-07/remove", "", root.cookie)->status, 403);
  EXPECT_EQ(t_->Post("/deadline-rules/rapid-review", "amount=20", root.cookie)->status, 403);
  EXPECT_EQ(
      t_->Post("/deadline-rules/rapid-review", "csrf_token=wrong&amount=20", root.cookie)->status,
      403);
  ASSERT_EQ(StoredAdjustments(north_).size(), 1u);
  EXPECT_EQ(StoredAdjustments(north_).front().adjustment.reason, "Closure");
  EXPECT_EQ(RuleVersions(), 0u);
}

TEST_P(CalendarPagesTest, AnotherPartnershipsChangesStayOutOfSight) {
  const auto sol = t_->SignInFully("sol@example.org", kPassword);  // Southshire's administrator
  ASSERT_EQ(Send(sol, "/calendar/adjustments/new", DayOff("7", "1", "2026", "Southshire+closure"))
                ->status,
            303);
  ASSERT_EQ(
      Send(sol, "/deadline-rules/adult-rapid-review", RuleChange("30", "5", "1", "2026"))->status,
      303);
  const auto root = t_->SignInFully("root@example.org", kPassword);
  const auto page = t_->Get("/calendar?year=2026", root.cookie)->body;
  EXPECT_EQ(page.find("Southshire closure"), std::string::npos);
  EXPECT_EQ(page.find("Wednesday 7 January 2026"), std::string::npos);
  EXPECT_EQ(t_->Get("/deadline-rules", root.cookie)->body.find("30 working days"),
            std::string::npos);
  // Nor can Northshire's administrator remove it.
  EXPECT_EQ(Send(root, "/calendar/adjustments/2026-01-07/remove")->status, 404);
  EXPECT_EQ(StoredAdjustments(south_).size(), 1u);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CalendarPagesTest);

}  // namespace
}  // namespace assure
