#include "domain/reviews/case_access.h"

#include <optional>
#include <unordered_map>
#include <utility>

#include "domain/reviews/clock_marks.h"

namespace assure::domain {

core::Error NoSuchCase() { return core::Error::NotFound("There is no such case."); }

core::Error StaleCase() {
  return core::Error::Conflict("Someone else changed this case; reload it and try again.");
}

AuditSubject CaseSubject(CaseId id) { return {"case", std::to_string(id)}; }

core::Result<CaseRecords> LoadCaseRecords(Transaction& tx, PartnershipId partnership_id,
                                          CaseId id) {
  CaseRecords records;
  auto record = tx.cases(partnership_id).Get(id);
  if (!record.ok()) return record.error();
  records.record = std::move(*record);
  auto& reviews = tx.review_records(partnership_id);
  auto notification = reviews.GetNotification(id);
  if (!notification.ok()) return notification.error();
  records.notification = std::move(*notification);
  auto rapid = reviews.GetRapidReview(id);
  if (!rapid.ok()) return rapid.error();
  records.rapid_review = std::move(*rapid);
  auto full = reviews.GetFullReview(id);
  if (!full.ok()) return full.error();
  records.full_review = std::move(*full);
  auto requests = tx.information_requests(partnership_id).ForCase(id);
  if (!requests.ok()) return requests.error();
  records.requests = std::move(*requests);
  return records;
}

core::Result<std::vector<CaseRecords>> RecordsOfCases(Transaction& tx, PartnershipId partnership_id,
                                                      std::vector<Case> cases) {
  std::vector<CaseRecords> all;
  if (cases.empty()) return all;
  std::vector<CaseId> ids;
  ids.reserve(cases.size());
  for (const Case& record : cases) ids.push_back(record.id);
  auto& reviews = tx.review_records(partnership_id);
  auto notifications = reviews.NotificationsFor(ids);
  if (!notifications.ok()) return notifications.error();
  auto rapid_reviews = reviews.RapidReviewsFor(ids);
  if (!rapid_reviews.ok()) return rapid_reviews.error();
  auto full_reviews = reviews.FullReviewsFor(ids);
  if (!full_reviews.ok()) return full_reviews.error();
  auto requests = tx.information_requests(partnership_id).ForCases(ids);
  if (!requests.ok()) return requests.error();

  std::unordered_map<CaseId, CaseRecords> by_case;
  for (auto& notification : *notifications) {
    by_case[notification.case_id].notification = std::move(notification);
  }
  for (auto& review : *rapid_reviews) by_case[review.case_id].rapid_review = std::move(review);
  for (auto& review : *full_reviews) by_case[review.case_id].full_review = std::move(review);
  for (auto& request : *requests) by_case[request.case_id].requests.push_back(std::move(request));
  all.reserve(cases.size());
  for (Case& record : cases) {
    CaseRecords records;
    if (auto found = by_case.find(record.id); found != by_case.end()) {
      records = std::move(found->second);
      by_case.erase(found);
    }
    records.record = std::move(record);
    all.push_back(std::move(records));
  }
  return all;
}

core::Result<ReadableCase> LoadReadableCase(Transaction& tx, const Requester& requester, CaseId id,
                                            std::optional<std::string>& refused) {
  const PartnershipId partnership = requester.partnership_id();
  auto records = LoadCaseRecords(tx, partnership, id);
  if (!records.ok()) {
    if (records.error().code != core::ErrorCode::kNotFound) return records.error();
    refused = "no such case in this partnership";
    return NoSuchCase();
  }
  auto scope = CaseScope(tx, partnership, *records);
  if (!scope.ok()) return scope.error();
  if (!Permits(requester.principal, Resource::kCase, Action::kRead, *scope)) {
    refused = "role does not allow case:read";
    return NoSuchCase();
  }
  return ReadableCase{std::move(*records), std::move(*scope)};
}

core::Result<std::optional<Reviewer>> AppointedReviewer(Transaction& tx,
                                                        PartnershipId partnership_id,
                                                        const CaseRecords& records) {
  if (!records.full_review || !records.full_review->reviewer_id) {
    return std::optional<Reviewer>{};
  }
  auto reviewer = tx.reviewers(partnership_id).Get(*records.full_review->reviewer_id);
  if (!reviewer.ok()) return reviewer.error();
  return std::optional<Reviewer>{std::move(*reviewer)};
}

core::Result<RecordScope> CaseScope(Transaction& tx, PartnershipId partnership_id,
                                    const CaseRecords& records) {
  RecordScope scope;
  scope.partnership_id = records.record.partnership_id;
  auto reviewer = AppointedReviewer(tx, partnership_id, records);
  if (!reviewer.ok()) return reviewer.error();
  if (*reviewer && (*reviewer)->user_id) scope.assigned_user_ids.push_back(*(*reviewer)->user_id);
  return scope;
}

core::Result<std::vector<AgencyId>> PartnershipAgencies(Transaction& tx,
                                                        PartnershipId partnership_id) {
  auto agencies = tx.agencies(partnership_id).List();
  if (!agencies.ok()) return agencies.error();
  std::vector<AgencyId> ids;
  for (const auto& agency : *agencies) ids.push_back(agency.id);
  return ids;
}

core::Status WriteAudit(Transaction& tx, const Requester& requester, core::Instant at,
                        std::string action, AuditSubject subject) {
  return Record(tx.audit(), MakeAuditEvent(requester.actor, std::move(action),
                                           AuditOutcome::kSuccess, at, std::move(subject)));
}

core::Status AppendTimeline(Transaction& tx, const Requester& requester, core::Instant at,
                            Transition transition, const Case& record, std::string note) {
  CaseEvent event;
  event.case_id = record.id;
  event.at = at;
  event.user_id = requester.user_id();
  event.action = std::string{TransitionName(transition)};
  event.from_state = record.state;
  event.to_state = record.state;
  event.note = std::move(note);
  auto appended = tx.cases(requester.partnership_id()).AppendEvent(event);
  if (!appended.ok()) return appended.error();
  return core::Ok();
}

core::Result<Case> CommitStep(Transaction& tx, const Requester& requester, core::Instant at,
                              Transition transition, Case record, CaseState to, std::string note) {
  auto& cases = tx.cases(requester.partnership_id());
  const CaseState from = record.state;
  record.state = to;
  auto stored = cases.Update(record);
  if (!stored.ok()) {
    if (stored.error().code == core::ErrorCode::kConflict && stored.error().field.empty()) {
      return StaleCase();
    }
    return stored.error();
  }
  CaseEvent event;
  event.case_id = record.id;
  event.at = at;
  event.user_id = requester.user_id();
  event.action = std::string{TransitionName(transition)};
  event.from_state = from;
  event.to_state = to;
  event.note = std::move(note);
  auto appended = cases.AppendEvent(event);
  if (!appended.ok()) return appended.error();
  return stored;
}

core::Result<CaseRecords> RunCaseStep(Store& store, const core::Clock& clock,
                                      const DeadlineSettingsSource& deadlines,
                                      const Requester& requester, const CaseStep& step) {
  const auto& rule = RuleOf(step.transition);
  const std::string action =
      step.audit_action.empty() ? "case.transition." + std::string{rule.name} : step.audit_action;
  std::optional<std::string> refused;  // why, when the transaction refuses the requester
  auto done = store.Write([&](Transaction& tx) -> core::Result<CaseRecords> {
    auto readable = LoadReadableCase(tx, requester, step.case_id, refused);
    if (!readable.ok()) return readable.error();
    auto* records = &readable->records;
    const RecordScope* scope = &readable->scope;
    if (!Permits(requester.principal, rule.resource, rule.action, *scope) ||
        !HasWorkflowRole(requester.principal, step.transition)) {
      refused = "role may not " + std::string{rule.name};
      return core::Error::Forbidden("Your role does not allow you to " + std::string{rule.phrase} +
                                    ".");
    }
    if (records->record.version != step.expected_version) return StaleCase();
    ASSURE_TRY(CheckStartState(step.transition, records->record.state));
    CaseRecords proposed = *records;
    std::string note;
    if (step.change) ASSURE_TRY(step.change(tx, proposed, note));
    auto to = CheckTransition(step.transition, requester.principal, proposed, step.rationale);
    if (!to.ok()) return to.error();
    if (step.store) ASSURE_TRY(step.store(tx, proposed));
    const auto now = clock.Now();
    auto stored =
        CommitStep(tx, requester, now, step.transition, proposed.record, *to, std::move(note));
    if (!stored.ok()) return stored.error();
    proposed.record = std::move(*stored);
    ASSURE_TRY(MarkCase(tx, requester.partnership_id(), step.case_id, deadlines));
    ASSURE_TRY(WriteAudit(tx, requester, now, action, CaseSubject(step.case_id)));
    return proposed;
  });
  if (!done.ok() && refused) {
    return RecordRefusal(store, clock, requester, action, CaseSubject(step.case_id), *refused,
                         done.error());
  }
  return done;
}

}  // namespace assure::domain
