// CalendarService over a real Store (part of the storage suite, so it runs on both backends):
// who may read and change the calendar and rules, what each change writes to the audit trail,
// and that refusals change nothing.
#include "domain/calendar/calendar_service.h"

#include <gtest/gtest.h>

#include <string>

#include "testing/store_fixture.h"

namespace assure::domain {
namespace {

using core::ErrorCode;

CivilDate D(const char* text) { return *ParseCivilDate(text); }

class CalendarServiceTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a_ = MakePartnership("area-a");
    b_ = MakePartnership("area-b");
    admin_ = Member(a_, "admin@example.org", Role::kAdministrator);
    officer_ = Member(a_, "officer@example.org", Role::kBusinessOfficer);
    other_admin_ = Member(b_, "admin-b@example.org", Role::kAdministrator);
    service_ = std::make_unique<CalendarService>(store(), clock_);
  }

  std::vector<AuditEvent> Audit(PartnershipId partnership) {
    auto events = store().Read([&](Transaction& tx) { return tx.audit().Query(partnership, {}); });
    EXPECT_TRUE(events.ok());
    return events.ok() ? *events : std::vector<AuditEvent>{};
  }

  CalendarService& service() { return *service_; }

  PartnershipId a_ = 0;
  PartnershipId b_ = 0;
  Requester admin_;
  Requester officer_;
  Requester other_admin_;
  std::unique_ptr<CalendarService> service_;
};

TEST_P(CalendarServiceTest, AnAdministratorAddsAndRemovesADayEachAudited) {
  auto added = service().AddAdjustment(admin_, {D("2025-12-24"), true, "  Office closed  "});
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added->adjustment.reason, "Office closed");
  EXPECT_EQ(added->created_by, admin_.user_id());

  auto calendar = service().Calendar(officer_);
  ASSERT_TRUE(calendar.ok());
  EXPECT_FALSE(calendar->IsWorkingDay(D("2025-12-24")).value());
  EXPECT_TRUE(WorkingCalendar{}.IsWorkingDay(D("2025-12-24")).value());

  auto events = Audit(a_);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().action, "calendar.adjustment.add");
  EXPECT_EQ(events.front().resource_id, "2025-12-24");
  EXPECT_EQ(events.front().outcome, AuditOutcome::kSuccess);

  ASSERT_TRUE(service().RemoveAdjustment(admin_, D("2025-12-24")).ok());
  calendar = service().Calendar(officer_);
  ASSERT_TRUE(calendar.ok());
  EXPECT_TRUE(calendar->IsWorkingDay(D("2025-12-24")).value());
  EXPECT_EQ(Audit(a_).front().action, "calendar.adjustment.remove");
}

TEST_P(CalendarServiceTest, OnlyTheAdministratorChangesTheCalendarAndRefusalsAreAudited) {
  auto added = service().AddAdjustment(officer_, {D("2025-12-24"), true, "Office closed"});
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.error().code, ErrorCode::kForbidden);
  auto events = Audit(a_);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().action, "calendar.adjustment.add");
  EXPECT_EQ(events.front().outcome, AuditOutcome::kDenied);
  EXPECT_TRUE(service().Adjustments(admin_)->empty());

  auto rule = service().AdjustRule(officer_, "adult_rapid_review", 20, D("2026-02-01"));
  ASSERT_FALSE(rule.ok());
  EXPECT_EQ(rule.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Audit(a_).front().action, "deadline_rule.update");
  EXPECT_EQ(Audit(a_).front().outcome, AuditOutcome::kDenied);
  EXPECT_EQ(service().Rules(admin_)->Get("adult_rapid_review").amount, 15);

  auto removed = service().RemoveAdjustment(officer_, D("2025-12-24"));
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().code, ErrorCode::kForbidden);
}

TEST_P(CalendarServiceTest, ChangesThatChangeNothingAreInvalidAndNotStored) {
  auto christmas = service().AddAdjustment(admin_, {D("2025-12-25"), true, "Christmas"});
  ASSERT_FALSE(christmas.ok());
  EXPECT_EQ(christmas.error().field, "date");
  auto blank = service().AddAdjustment(admin_, {D("2025-12-24"), true, "   "});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().field, "reason");
  EXPECT_TRUE(service().Adjustments(admin_)->empty());
  ASSERT_TRUE(service().AddAdjustment(admin_, {D("2025-12-24"), true, "Closed"}).ok());
  auto twice = service().AddAdjustment(admin_, {D("2025-12-24"), true, "Closed again"});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
  EXPECT_EQ(twice.error().field, "date");
}

TEST_P(CalendarServiceTest, ARuleChangeIsANewVersionThatTheRulesThenCarry) {
  // Today is Monday 5 January 2026 in London (the fake clock).
  auto changed = service().AdjustRule(admin_, "adult_rapid_review", 20, D("2026-01-05"));
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  EXPECT_EQ(changed->version, 2);
  EXPECT_EQ(changed->amount, 20);
  EXPECT_EQ(changed->effective_from, D("2026-01-05"));
  EXPECT_EQ(changed->label, "Adult rapid review");
  ASSERT_TRUE(service().AdjustRule(admin_, "adult_rapid_review", 18, D("2026-01-06")).ok());

  auto rules = service().Rules(officer_);
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(rules->Get("adult_rapid_review").version, 3);
  EXPECT_EQ(rules->Get("adult_rapid_review").amount, 18);
  EXPECT_EQ(rules->Versions("adult_rapid_review").size(), 3u);
  EXPECT_EQ(rules->Get("notification").version, 1);
  EXPECT_EQ(service().RuleHistory(officer_)->size(), 2u);

  // Another partnership keeps the defaults.
  EXPECT_EQ(service().Rules(other_admin_)->Get("adult_rapid_review").amount, 15);
}

TEST_P(CalendarServiceTest, AnAcceptedChangeIsAuditedWithItsVersionAndEffectiveDate) {
  ASSERT_TRUE(service().AdjustRule(admin_, "adult_rapid_review", 20, D("2026-02-01")).ok());
  const auto events = Audit(a_);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().action, "deadline_rule.update");
  EXPECT_EQ(events.front().outcome, AuditOutcome::kSuccess);
  EXPECT_EQ(events.front().resource_type, "deadline_rule");
  EXPECT_EQ(events.front().resource_id, "adult_rapid_review");
  EXPECT_EQ(events.front().user_id, admin_.user_id());
  EXPECT_EQ(events.front().reason, "version 2, amount 20, in force from 2026-02-01");
}

TEST_P(CalendarServiceTest, AChangeEffectiveLaterLeavesEarlierDaysOnTheOldVersion) {
  ASSERT_TRUE(service().AdjustRule(admin_, "adult_rapid_review", 20, D("2026-02-01")).ok());
  auto rules = service().Rules(officer_);
  ASSERT_TRUE(rules.ok());
  // A referral received before 1 February keeps the 15 working days of version 1.
  EXPECT_EQ(rules->InForceOn("adult_rapid_review", D("2026-01-05")).amount, 15);
  EXPECT_EQ(rules->InForceOn("adult_rapid_review", D("2026-01-31")).version, 1);
  EXPECT_EQ(rules->InForceOn("adult_rapid_review", D("2025-06-01")).amount, 15);
  // From 1 February, version 2.
  EXPECT_EQ(rules->InForceOn("adult_rapid_review", D("2026-02-01")).amount, 20);
  EXPECT_EQ(rules->InForceOn("adult_rapid_review", D("2026-02-01")).version, 2);
  EXPECT_EQ(rules->Get("adult_rapid_review").version, 2);
}

TEST_P(CalendarServiceTest, AChangeCannotReachBackBeforeToday) {
  const auto audited = Audit(a_).size();
  auto earlier = service().AdjustRule(admin_, "adult_rapid_review", 20, D("2026-01-04"));
  ASSERT_FALSE(earlier.ok());
  EXPECT_EQ(earlier.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(earlier.error().field, "effective_from");
  EXPECT_NE(earlier.error().message.find("never reaches back to clocks already started"),
            std::string::npos);
  EXPECT_TRUE(service().RuleHistory(admin_)->empty());
  EXPECT_EQ(service().Rules(admin_)->Versions("adult_rapid_review").size(), 1u);
  EXPECT_EQ(Audit(a_).size(), audited);
}

TEST_P(CalendarServiceTest, AStatutoryRuleCannotBeChangedAndNothingIsStored) {
  const auto audited = Audit(a_).size();
  for (const char* code : {"notification", "rapid_review", "prepublication_notice",
                           "cspr_publication", "sar_publication"}) {
    auto refused = service().AdjustRule(admin_, code, 6, D("2026-02-01"));
    ASSERT_FALSE(refused.ok()) << code;
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput) << code;
    EXPECT_EQ(refused.error().field, "code") << code;
    EXPECT_NE(refused.error().message.find("a partnership cannot change it"), std::string::npos);
  }
  EXPECT_TRUE(service().RuleHistory(admin_)->empty());
  EXPECT_EQ(service().Rules(admin_)->Get("notification").amount, 5);
  EXPECT_EQ(Audit(a_).size(), audited);
}

TEST_P(CalendarServiceTest, AStatutoryVersionStoredEarlierIsKeptButNeverApplied) {
  // As a database written before the statutory rules became read-only may hold.
  auto stored = store().Write([&](Transaction& tx) {
    return tx.calendar(a_).PutRuleOverride("notification", 8, D("2025-03-01"), std::nullopt);
  });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(service().RuleHistory(officer_)->size(), 1u);
  auto rules = service().Rules(officer_);
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(rules->Get("notification").amount, 5);
  EXPECT_EQ(rules->InForceOn("notification", D("2026-01-05")).version, 1);
  EXPECT_EQ(rules->Versions("notification").size(), 1u);
}

TEST_P(CalendarServiceTest, BadRuleChangesNameTheField) {
  EXPECT_EQ(service().AdjustRule(admin_, "no_such_rule", 5, D("2026-02-01")).error().field, "code");
  EXPECT_EQ(service().AdjustRule(admin_, "agency_response", 5, D("2026-02-01")).error().field,
            "code");
  EXPECT_EQ(service().AdjustRule(admin_, "adult_rapid_review", 0, D("2026-02-01")).error().field,
            "amount");
  EXPECT_EQ(service().AdjustRule(admin_, "adult_rapid_review", 61, D("2026-02-01")).error().field,
            "amount");
  EXPECT_TRUE(service().RuleHistory(admin_)->empty());
}

TEST_P(CalendarServiceTest, OnePartnershipsChangesDoNotReachAnother) {
  ASSERT_TRUE(service().AddAdjustment(other_admin_, {D("2025-12-24"), true, "B closed"}).ok());
  EXPECT_TRUE(service().Calendar(admin_)->IsWorkingDay(D("2025-12-24")).value());
  EXPECT_FALSE(service().Calendar(other_admin_)->IsWorkingDay(D("2025-12-24")).value());
  auto removed = service().RemoveAdjustment(admin_, D("2025-12-24"));
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(service().Calendar(other_admin_)->IsWorkingDay(D("2025-12-24")).value());
}

TEST_P(CalendarServiceTest, SomeoneWithNoRoleInThePartnershipCannotReadIt) {
  Requester stranger = admin_;
  stranger.principal.memberships.clear();
  auto calendar = service().Calendar(stranger);
  ASSERT_FALSE(calendar.ok());
  EXPECT_EQ(calendar.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Audit(a_).front().action, "calendar.read");
  EXPECT_EQ(Audit(a_).front().outcome, AuditOutcome::kDenied);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CalendarServiceTest);

}  // namespace
}  // namespace assure::domain
