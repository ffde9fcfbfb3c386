#include "domain/reviews/cases/case_access.h"

#include <algorithm>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/clocks/clock_marks.h"

namespace assure::domain {

core::Error NoSuchCase() { return core::Error::NotFound("There is no such case."); }

core::Error NoCases() {
  return core::Error::Forbidden("Your role does not allow you to see cases.");
}

core::Result<CasePage> ListPermittedCases(Transaction& tx, const Requester& requester,
                                          CaseQuery query, Action action) {
  const PartnershipId partnership = requester.partnership_id();
  if (!Permits(requester.principal, Resource::kCase, action, InPartnership(requester))) {
    // Not partnership-wide: a reviewer, who sees the cases they are appointed to.
    std::vector<CaseId> theirs;
    ASSURE_ASSIGN_OR_RETURN(const auto reviewer,
                            tx.reviewers(partnership).FindByUser(requester.user_id()));
    if (reviewer) {
      ASSURE_ASSIGN_OR_RETURN(theirs, tx.review_records(partnership).CasesReviewedBy(reviewer->id));
    }
    if (query.only) {
      std::erase_if(theirs, [&](CaseId id) {
        return std::find(query.only->begin(), query.only->end(), id) == query.only->end();
      });
    }
    query.only = std::move(theirs);
  }
  return tx.cases(partnership).List(query);
}

core::Error StaleCase() {
  return core::Error::Conflict("Someone else changed this case; reload it and try again.");
}

AuditSubject CaseSubject(CaseId id) { return {"case", std::to_string(id)}; }

core::Result<CaseRecords> LoadCaseRecords(Transaction& tx, PartnershipId partnership_id,
                                          CaseId id) {
  CaseRecords records;
  ASSURE_ASSIGN_OR_RETURN(auto record, tx.cases(partnership_id).Get(id));
  records.record = std::move(record);
  auto& reviews = tx.review_records(partnership_id);
  ASSURE_ASSIGN_OR_RETURN(auto notification, reviews.GetNotification(id));
  records.notification = std::move(notification);
  ASSURE_ASSIGN_OR_RETURN(auto rapid, reviews.GetRapidReview(id));
  records.rapid_review = std::move(rapid);
  ASSURE_ASSIGN_OR_RETURN(auto full, reviews.GetFullReview(id));
  records.full_review = std::move(full);
  ASSURE_ASSIGN_OR_RETURN(auto requests, tx.information_requests(partnership_id).ForCase(id));
  records.requests = std::move(requests);
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
  ASSURE_ASSIGN_OR_RETURN(auto notifications, reviews.NotificationsFor(ids));
  ASSURE_ASSIGN_OR_RETURN(auto rapid_reviews, reviews.RapidReviewsFor(ids));
  ASSURE_ASSIGN_OR_RETURN(auto full_reviews, reviews.FullReviewsFor(ids));
  ASSURE_ASSIGN_OR_RETURN(auto requests, tx.information_requests(partnership_id).ForCases(ids));

  std::unordered_map<CaseId, CaseRecords> by_case;
  for (auto& notification : notifications) {
    by_case[notification.case_id].notification = std::move(notification);
  }
  for (auto& review : rapid_reviews) by_case[review.case_id].rapid_review = std::move(review);
  for (auto& review : full_reviews) by_case[review.case_id].full_review = std::move(review);
  for (auto& request : requests) by_case[request.case_id].requests.push_back(std::move(request));
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
  ASSURE_ASSIGN_OR_RETURN(auto scope, CaseScope(tx, partnership, *records));
  if (!Permits(requester.principal, Resource::kCase, Action::kRead, scope)) {
    refused = "role does not allow case:read";
    return NoSuchCase();
  }
  return ReadableCase{std::move(*records), std::move(scope)};
}

namespace {

// The reviewer `review` names, if any.
core::Result<std::optional<Reviewer>> ReviewerOf(Transaction& tx, PartnershipId partnership_id,
                                                 const std::optional<FullReview>& review) {
  if (!review || !review->reviewer_id) return std::optional<Reviewer>{};
  ASSURE_ASSIGN_OR_RETURN(auto reviewer, tx.reviewers(partnership_id).Get(*review->reviewer_id));
  return std::optional<Reviewer>{std::move(reviewer)};
}

// Who kAssigned names on a case's records: the appointed reviewer's account, when they have one.
std::vector<UserId> AssignedUsers(const std::optional<Reviewer>& reviewer) {
  if (reviewer && reviewer->user_id) return {*reviewer->user_id};
  return {};
}

}  // namespace

core::Result<std::optional<Reviewer>> AppointedReviewer(Transaction& tx,
                                                        PartnershipId partnership_id,
                                                        const CaseRecords& records) {
  return ReviewerOf(tx, partnership_id, records.full_review);
}

core::Result<RecordScope> CaseScope(Transaction& tx, PartnershipId partnership_id,
                                    const CaseRecords& records) {
  RecordScope scope;
  scope.partnership_id = records.record.partnership_id;
  ASSURE_ASSIGN_OR_RETURN(auto reviewer, AppointedReviewer(tx, partnership_id, records));
  scope.assigned_user_ids = AssignedUsers(reviewer);
  return scope;
}

core::Result<RecordScope> InformationRequestScope(Transaction& tx, PartnershipId partnership_id,
                                                  const InformationRequest& request) {
  RecordScope scope;
  scope.partnership_id = partnership_id;
  scope.agency_id = request.agency_id;
  // The full review's own row only (one query), not its stages, findings or recommendations.
  const CaseId case_id = request.case_id;
  ASSURE_ASSIGN_OR_RETURN(
      auto reviews,
      tx.review_records(partnership_id).FullReviewsFor(std::span<const CaseId>{&case_id, 1}));
  std::optional<FullReview> review;
  if (!reviews.empty()) review = std::move(reviews.front());
  ASSURE_ASSIGN_OR_RETURN(auto reviewer, ReviewerOf(tx, partnership_id, review));
  scope.assigned_user_ids = AssignedUsers(reviewer);
  return scope;
}

core::Result<std::vector<AgencyId>> PartnershipAgencies(Transaction& tx,
                                                        PartnershipId partnership_id) {
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership_id).List());
  std::vector<AgencyId> ids;
  for (const auto& agency : agencies) ids.push_back(agency.id);
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
  ASSURE_TRY(tx.cases(requester.partnership_id()).AppendEvent(event));
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
  ASSURE_TRY(cases.AppendEvent(event));
  return stored;
}

namespace {

bool IsFinished(CaseState state) {
  return state == CaseState::kClosed || state == CaseState::kPublished;
}

// The case is finishing (closed or published) on `today`: it closes on the day its rapid review
// decided on no review, or else today; its requests still waiting for an answer end as no longer
// needed on the day it finished, each noted on the timeline.
core::Status FinishCase(Transaction& tx, PartnershipId partnership_id, CaseRecords& proposed,
                        CaseState to, CivilDate today, std::string& note) {
  std::optional<CivilDate> finished_on;
  if (to == CaseState::kClosed) {
    if (!proposed.record.closed_on) {
      proposed.record.closed_on =
          proposed.rapid_review ? proposed.rapid_review->completed_on : today;
    }
    finished_on = proposed.record.closed_on;
  } else if (proposed.full_review) {
    finished_on = proposed.full_review->published_on;
  }
  if (!finished_on) return core::Ok();
  int ended = 0;
  for (InformationRequest& request : proposed.requests) {
    if (request.status != RequestStatus::kRequested) continue;
    request.status = RequestStatus::kNoLongerNeeded;
    request.ended_on = finished_on;
    ASSURE_ASSIGN_OR_RETURN(request, tx.information_requests(partnership_id).Update(request));
    ++ended;
  }
  if (ended > 0) {
    if (!note.empty()) note += ". ";
    note += std::to_string(ended) +
            (ended == 1 ? " information request still waiting for its answer is"
                        : " information requests still waiting for their answers are") +
            " no longer needed";
  }
  return core::Ok();
}

}  // namespace

core::Result<CaseRecords> RunCaseStep(Store& store, const core::Clock& clock,
                                      const DeadlineSettingsSource& deadlines,
                                      const Requester& requester, const CaseStep& step) {
  const auto& rule = RuleOf(step.transition);
  const std::string action =
      step.audit_action.empty() ? "case.transition." + std::string{rule.name} : step.audit_action;
  std::optional<std::string> refused;  // why, when the transaction refuses the requester
  auto done = store.Write([&](Transaction& tx) -> core::Result<CaseRecords> {
    ASSURE_ASSIGN_OR_RETURN(auto readable, LoadReadableCase(tx, requester, step.case_id, refused));
    auto* records = &readable.records;
    const RecordScope* scope = &readable.scope;
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
    ASSURE_ASSIGN_OR_RETURN(
        auto to, CheckTransition(step.transition, requester.principal, proposed, step.rationale));
    if (step.store) ASSURE_TRY(step.store(tx, proposed));
    const auto now = clock.Now();
    if (IsFinished(to) && !IsFinished(records->record.state)) {
      ASSURE_TRY(FinishCase(tx, requester.partnership_id(), proposed, to, LondonDate(now), note));
    }
    ASSURE_ASSIGN_OR_RETURN(auto stored, CommitStep(tx, requester, now, step.transition,
                                                    proposed.record, to, std::move(note)));
    proposed.record = std::move(stored);
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
