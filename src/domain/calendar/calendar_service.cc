#include "domain/calendar/calendar_service.h"

#include <optional>
#include <string>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/clocks/clock_marks.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

// Every case's next clock under the changed calendar or rules, in the change's transaction.
core::Status MarkAll(Transaction& tx, PartnershipId partnership_id) {
  ASSURE_TRY(MarkCases(tx, partnership_id, PartnershipDeadlines(), false));
  return core::Ok();
}

AuditSubject AdjustmentSubject(CivilDate date) {
  return {"calendar_adjustment", FormatCivilDate(date)};
}
AuditSubject RuleSubject(const std::string& code) { return {"deadline_rule", code}; }

core::Error NotAllowed() {
  return core::Error::Forbidden("Your role does not allow this change to the calendar.");
}
core::Error NotReadable() {
  return core::Error::Forbidden("Your role does not allow reading the calendar.");
}

bool Allows(const Requester& requester, Action action) {
  return Permits(requester.principal, Resource::kCalendar, action, InPartnership(requester));
}

// REQUIRES: DefaultDeadlineRule(change.code) is not null.
DeadlineRule Applied(const DeadlineRuleOverride& change) {
  DeadlineRule rule = *DefaultDeadlineRule(change.code);
  rule.version = change.version;
  rule.amount = change.amount;
  rule.effective_from = change.effective_from;
  return rule;
}

// The audit event's reason: what the new version is, never who made it.
std::string Described(const DeadlineRule& rule) {
  return "version " + std::to_string(rule.version) + ", amount " + std::to_string(rule.amount) +
         ", in force from " + (rule.effective_from ? FormatCivilDate(*rule.effective_from) : "");
}

}  // namespace

core::Result<WorkingCalendar> LoadWorkingCalendar(CalendarRepository& calendar) {
  ASSURE_ASSIGN_OR_RETURN(auto stored, calendar.ListAdjustments());
  std::vector<CalendarAdjustment> adjustments;
  adjustments.reserve(stored.size());
  for (const auto& each : stored) adjustments.push_back(each.adjustment);
  return WorkingCalendar{adjustments};
}

core::Result<DeadlineRules> LoadDeadlineRules(CalendarRepository& calendar) {
  ASSURE_ASSIGN_OR_RETURN(auto overrides, calendar.ListRuleOverrides());
  std::vector<DeadlineRule> rules;
  rules.reserve(overrides.size());
  for (const auto& change : overrides) {
    const DeadlineRule* known = DefaultDeadlineRule(change.code);
    // A statutory rule's stored versions are history: the law's amount always applies.
    if (known && !known->statutory) rules.push_back(Applied(change));
  }
  return DeadlineRules{std::move(rules)};
}

CalendarService::CalendarService(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Result<std::vector<StoredCalendarAdjustment>> CalendarService::Adjustments(
    const Requester& requester) const {
  if (!Allows(requester, Action::kRead)) {
    return RecordRefusal(store_, clock_, requester, "calendar.read", {"calendar", ""},
                         "role does not allow calendar:read", NotReadable());
  }
  return store_.Read(
      [&](Transaction& tx) { return tx.calendar(requester.partnership_id()).ListAdjustments(); });
}

core::Result<WorkingCalendar> CalendarService::Calendar(const Requester& requester) const {
  if (!Allows(requester, Action::kRead)) {
    return RecordRefusal(store_, clock_, requester, "calendar.read", {"calendar", ""},
                         "role does not allow calendar:read", NotReadable());
  }
  return store_.Read([&](Transaction& tx) {
    return LoadWorkingCalendar(tx.calendar(requester.partnership_id()));
  });
}

core::Result<DeadlineRules> CalendarService::Rules(const Requester& requester) const {
  if (!Allows(requester, Action::kRead)) {
    return RecordRefusal(store_, clock_, requester, "deadline_rule.read", {"deadline_rule", ""},
                         "role does not allow calendar:read", NotReadable());
  }
  return store_.Read(
      [&](Transaction& tx) { return LoadDeadlineRules(tx.calendar(requester.partnership_id())); });
}

core::Result<std::vector<DeadlineRuleOverride>> CalendarService::RuleHistory(
    const Requester& requester) const {
  if (!Allows(requester, Action::kRead)) {
    return RecordRefusal(store_, clock_, requester, "deadline_rule.read", {"deadline_rule", ""},
                         "role does not allow calendar:read", NotReadable());
  }
  return store_.Read(
      [&](Transaction& tx) { return tx.calendar(requester.partnership_id()).ListRuleOverrides(); });
}

core::Result<StoredCalendarAdjustment> CalendarService::AddAdjustment(
    const Requester& requester, CalendarAdjustment adjustment) const {
  if (!Allows(requester, Action::kCreate)) {
    return RecordRefusal(store_, clock_, requester, "calendar.adjustment.add",
                         AdjustmentSubject(adjustment.date), "role does not allow calendar:create",
                         NotAllowed());
  }
  adjustment.reason = TrimName(adjustment.reason);
  ASSURE_TRY(ValidateCalendarAdjustment(adjustment));
  return store_.Write([&](Transaction& tx) -> core::Result<StoredCalendarAdjustment> {
    ASSURE_ASSIGN_OR_RETURN(
        auto added,
        tx.calendar(requester.partnership_id()).AddAdjustment(adjustment, requester.actor.user_id));
    ASSURE_TRY(MarkAll(tx, requester.partnership_id()));
    ASSURE_TRY(Record(tx.audit(), MakeAuditEvent(requester.actor, "calendar.adjustment.add",
                                                 AuditOutcome::kSuccess, clock_.Now(),
                                                 AdjustmentSubject(adjustment.date))));
    return added;
  });
}

core::Status CalendarService::RemoveAdjustment(const Requester& requester, CivilDate date) const {
  if (!Allows(requester, Action::kDelete)) {
    return RecordRefusal(store_, clock_, requester, "calendar.adjustment.remove",
                         AdjustmentSubject(date), "role does not allow calendar:delete",
                         NotAllowed());
  }
  return store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_TRY(tx.calendar(requester.partnership_id()).RemoveAdjustment(date));
    ASSURE_TRY(MarkAll(tx, requester.partnership_id()));
    return Record(tx.audit(),
                  MakeAuditEvent(requester.actor, "calendar.adjustment.remove",
                                 AuditOutcome::kSuccess, clock_.Now(), AdjustmentSubject(date)));
  });
}

core::Result<DeadlineRule> CalendarService::AdjustRule(const Requester& requester,
                                                       const std::string& code, int amount,
                                                       CivilDate effective_from) const {
  ASSURE_TRY(ValidateRuleChange(code, amount, effective_from, LondonDate(clock_.Now())));
  if (!Allows(requester, Action::kUpdate)) {
    return RecordRefusal(store_, clock_, requester, "deadline_rule.update", RuleSubject(code),
                         "role does not allow calendar:update", NotAllowed());
  }
  return store_.Write([&](Transaction& tx) -> core::Result<DeadlineRule> {
    ASSURE_ASSIGN_OR_RETURN(
        auto stored, tx.calendar(requester.partnership_id())
                         .PutRuleOverride(code, amount, effective_from, requester.actor.user_id));
    const DeadlineRule version = Applied(stored);
    ASSURE_TRY(MarkAll(tx, requester.partnership_id()));
    ASSURE_TRY(Record(
        tx.audit(), MakeAuditEvent(requester.actor, "deadline_rule.update", AuditOutcome::kSuccess,
                                   clock_.Now(), RuleSubject(code), Described(version))));
    return version;
  });
}

}  // namespace assure::domain
