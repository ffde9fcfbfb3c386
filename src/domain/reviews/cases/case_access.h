// What the case services (case_service.h, information_request_service.h) share: reading a case
// with all its records inside a transaction, the policy's view of a case and of its information
// requests (its partnership, the request's agency, and the appointed reviewer's account for
// kAssigned), and running one workflow step as ONE transaction (policy, version, workflow table,
// records, state, timeline, audit).
//
// A case the asker may not see answers NoSuchCase(), exactly as one that does not exist, and the
// refusal is audited. Free functions and plain structs; thread-safe as the Store is.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/reviews/cases/workflow.h"
#include "domain/reviews/clocks/clocks.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

// The one answer for a case that does not exist or that the asker may not see.
core::Error NoSuchCase();
// The answer to a role that may never see cases.
core::Error NoCases();
// A stale case version: someone else changed the case first.
core::Error StaleCase();
AuditSubject CaseSubject(CaseId id);

// The case and every record of it. kNotFound when it is not a case of the partnership.
core::Result<CaseRecords> LoadCaseRecords(Transaction& tx, PartnershipId partnership_id, CaseId id);

// The records of many cases at once, for their clocks: four queries whatever the number of
// cases (notifications, rapid reviews without agencies present, full reviews without stages,
// findings or recommendations, information requests), in the order of `cases`.
core::Result<std::vector<CaseRecords>> RecordsOfCases(Transaction& tx, PartnershipId partnership_id,
                                                      std::vector<Case> cases);

// The appointed reviewer of the case's full review, if any.
core::Result<std::optional<Reviewer>> AppointedReviewer(Transaction& tx,
                                                        PartnershipId partnership_id,
                                                        const CaseRecords& records);

// The policy's view of the case: its partnership, and the appointed reviewer's account.
core::Result<RecordScope> CaseScope(Transaction& tx, PartnershipId partnership_id,
                                    const CaseRecords& records);

// The policy's view of an information request: its partnership, the agency it is addressed to
// (an agency lead's kOwnAgency), and the account of the reviewer appointed to its case's full
// review (kAssigned: that reviewer reads the requests of their case, and no other case's). The
// one place that says who is assigned to a request.
core::Result<RecordScope> InformationRequestScope(Transaction& tx, PartnershipId partnership_id,
                                                  const InformationRequest& request);

// One page of the cases the asker may `action` (read: list, export) as `query` filters them:
// every case of the partnership, or for a reviewer the cases they are appointed to. Read in `tx`;
// the caller checks MayEver first and writes the list's audit event.
core::Result<CasePage> ListPermittedCases(Transaction& tx, const Requester& requester,
                                          CaseQuery query, Action action);

// A case the asker may read: its records and the policy's view of it.
struct ReadableCase {
  CaseRecords records;
  RecordScope scope;
};

// The case with every record, when it is a case of the asker's partnership that their roles may
// read; otherwise NoSuchCase() with `refused` saying why (the caller audits the refusal after
// the transaction, with RecordRefusal). Storage failures pass through with `refused` unset.
core::Result<ReadableCase> LoadReadableCase(Transaction& tx, const Requester& requester, CaseId id,
                                            std::optional<std::string>& refused);

// The ids of the partnership's agencies (for checking an agency named in a step).
core::Result<std::vector<AgencyId>> PartnershipAgencies(Transaction& tx,
                                                        PartnershipId partnership_id);

// Appends an audit event for the requester's action, in `tx`.
core::Status WriteAudit(Transaction& tx, const Requester& requester, core::Instant at,
                        std::string action, AuditSubject subject);

// Stores `record` with state `to` if record.version is still current (kConflict StaleCase() if
// not; the stored case's version goes up by one) and appends the timeline event of `transition`.
core::Result<Case> CommitStep(Transaction& tx, const Requester& requester, core::Instant at,
                              Transition transition, Case record, CaseState to, std::string note);

// Appends the timeline event of `transition` without changing the case (its state and version).
core::Status AppendTimeline(Transaction& tx, const Requester& requester, core::Instant at,
                            Transition transition, const Case& record, std::string note);

// One workflow step on one case.
struct CaseStep {
  Transition transition = Transition::kUpdateCase;
  CaseId case_id = 0;
  Version expected_version = 0;  // the version the person saw
  // Validates the step's input and applies it to `proposed` (a copy of the stored records);
  // may read through the transaction; sets the timeline note.
  std::function<core::Status(Transaction&, CaseRecords& proposed, std::string& note)> change;
  // Stores the records the step changed, once the workflow allowed it, writing back what the
  // store returned (their new versions). May be empty.
  std::function<core::Status(Transaction&, CaseRecords& proposed)> store;
  std::string rationale;     // the reason given with the step (close_without_review)
  std::string audit_action;  // empty: "case.transition.<name>"
};

// Runs `step` as one write transaction: the case must be one the requester may read (else
// NoSuchCase(), audited) and the transition's policy entry and workflow role must allow them
// (else kForbidden, audited); then the version, the start state, the change, the workflow's
// guards, the stores, the new state with the timeline event (a case that finishes, closed or
// published, gets its closed_on, and its requests still waiting end as no longer needed, noted
// on that event), the case's next clock under `deadlines` (clock_marks.h), and the audit event,
// all or nothing. Returns the records as
// stored (the case with its new version).
core::Result<CaseRecords> RunCaseStep(Store& store, const core::Clock& clock,
                                      const DeadlineSettingsSource& deadlines,
                                      const Requester& requester, const CaseStep& step);

}  // namespace assure::domain
