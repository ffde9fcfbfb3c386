// CaseService: the cases for review of the asker's partnership, for the pages and the
// API alike. Opening a case from a referral, reading it with all its records, its timeline and
// its statutory clocks, listing and searching, and each workflow step (doc/workflow.md) as one
// method.
//
// Each call checks the policy (doc/access.md) on the record and runs ONE Store transaction that
// also writes its audit event: "case.create", "case.read" (every read of a case page), "case.list"
// (one per list call), "case.export", "case.restricted.read", "case.restricted.update",
// "case.transition.<name>" for each step, "theme.create". Each step appends a timestamped event
// naming the actor to the case's timeline.
//
// Who sees what: the business unit sees every case of the partnership; a reviewer only the cases
// whose full review names them; nobody else any case. A case the asker may not see is kNotFound
// exactly as one that does not exist, and the refusal is audited. Restricted details (names,
// dates of birth and other identifying details, circumstances) come only from GetRestricted,
// audited separately.
//
// Concurrency: every step and edit takes the case version the person saw; if the case changed
// since, the answer is kConflict ("Someone else changed this case; reload it and try again.") and
// nothing changes. Expected failures: kNotFound, kForbidden, kInvalidInput (naming the field),
// kConflict, kUnavailable. Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/reviews/cases/case_repository.h"
#include "domain/reviews/cases/step_input.h"
#include "domain/reviews/cases/workflow.h"
#include "domain/reviews/clocks/clocks.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

// What the case page shows.
struct CaseView {
  CaseRecords records;                 // the case, notification, rapid and full review, requests
  std::vector<CaseEvent> timeline;     // oldest first
  std::vector<StatutoryClock> clocks;  // as of today in London
  std::optional<Reviewer> reviewer;    // the appointed independent reviewer
  std::optional<SarBasis> sar_basis;   // from the case's Care Act s44 answers
  std::vector<Transition> available;   // the steps the asker's roles may offer from this state
  bool may_read_restricted = false;    // whether to offer the restricted details
};

// The result of appointing a reviewer: the case, and the involved agencies the reviewer declared
// an interest in (a warning to show; the appointment stands).
struct Appointment {
  Case record;
  std::vector<AgencyId> conflicts;
};

class CaseService {
 public:
  // `deadlines` gives each partnership's calendar and rules for the clocks (must outlive this).
  CaseService(Store& store, const core::Clock& clock,
              const DeadlineSettingsSource& deadlines = PartnershipDeadlines());

  // ---- reading ----
  // The case list is CaseClockService::List (each case with its next clock).
  core::Result<CaseView> Get(const Requester& requester, CaseId id) const;
  core::Result<RestrictedDetails> GetRestricted(const Requester& requester, CaseId id) const;
  // The partnership's managed list of themes, by name (anyone who may read or open cases).
  core::Result<std::vector<std::string>> Themes(const Requester& requester) const;

  // ---- opening and editing ----
  // refer: validates and stores the case in scoping with its restricted details and themes (each
  // identity tidied first: TidyIdentity, so postcodes and NHS numbers are stored in one form).
  core::Result<Case> Open(const Requester& requester, NewCase draft) const;
  // update_case: stores the editable fields of `record` (not its state) if record.version is
  // current.
  core::Result<Case> Update(const Requester& requester, Case record) const;

  // ---- workflow steps (doc/workflow.md) ----
  // The screening is dated today (London); a notifiable case keeps no reason.
  core::Result<Case> ScreenNotification(const Requester& requester, CaseId id, Version version,
                                        ScreeningInput input) const;
  core::Result<Case> RecordNotification(const Requester& requester, CaseId id, Version version,
                                        NotificationInput input) const;
  core::Result<Case> ArrangeRapidReview(const Requester& requester, CaseId id, Version version,
                                        CivilDate meeting_on) const;
  // Stores the rapid review; a decision for a CSPR, SAR or joint review converts the case into
  // its full review (same case, same history), anything else closes it.
  core::Result<Case> RecordRapidReview(const Requester& requester, CaseId id, Version version,
                                       RapidReviewInput input) const;
  core::Result<Case> RecordPanelResponse(const Requester& requester, CaseId id, Version version,
                                         PanelResponseInput input) const;
  // The rationale is kept as the timeline event's note (after "Does not meet the criteria for a
  // rapid review: " when that finding is recorded).
  core::Result<Case> CloseWithoutReview(const Requester& requester, CaseId id, Version version,
                                        ClosureInput input) const;
  core::Result<Appointment> AppointReviewer(const Requester& requester, CaseId id, Version version,
                                            ReviewerId reviewer_id) const;
  core::Result<Case> RecordStages(const Requester& requester, CaseId id, Version version,
                                  ReviewPlan plan) const;
  core::Result<Case> RecordFindings(const Requester& requester, CaseId id, Version version,
                                    FindingsInput input) const;
  core::Result<Case> SendPrepublicationNotice(const Requester& requester, CaseId id,
                                              Version version, NoticeInput input) const;
  core::Result<Case> Publish(const Requester& requester, CaseId id, Version version,
                             PublicationInput input) const;
  core::Result<Case> Embargo(const Requester& requester, CaseId id, Version version,
                             EmbargoInput input) const;
  core::Result<Case> PublishAfterEmbargo(const Requester& requester, CaseId id, Version version,
                                         PublicationInput input) const;

 private:
  core::Result<Case> Publication(const Requester& requester, CaseId id, Version version,
                                 Transition transition, PublicationInput input) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
