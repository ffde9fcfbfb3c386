// ActionService: the actions of the asker's partnership's action plans, for the pages
// and the API alike: creating and changing an action, reading it with its history, listing and
// exporting, an agency lead's "my actions", and recording progress updates with evidence of
// impact (text and files). The lists are in action_service_lists.cc.
//
// Who may do what (doc/access.md, "Action plans"): the business unit creates, changes, updates
// and exports every action; an agency lead reads and records updates on their own agency's
// actions only; a board member reads every action. Changing an action's plan (Edit) and
// reopening a closed action need the partnership-wide action:update grant (MayManageActions). An
// action the asker may not see is kNotFound ("There is no such action."), exactly as one that
// does not exist; that refusal, like every other, is audited and changes nothing.
//
// Each call checks the policy and runs ONE Store transaction that writes its audit event with
// the change: "action.create", "action.update" (Edit), "action.read", "action.update.record",
// "action.evidence.read"; List, Export and MyActions read in one read transaction and then write
// "action.list" or "action.export" (nothing is returned unless that was written).
//
// Concurrency: Edit and RecordUpdate take the action version the person saw; if the action
// changed since, the answer is kConflict ("Someone else changed this action; reload it and try
// again.") and nothing changes: of two updates from the same version one wins, the other is told
// to reload. Expected failures: kNotFound, kForbidden, kInvalidInput (naming the field),
// kConflict, kUnavailable. Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/actions/action_access.h"
#include "domain/actions/action_repository.h"
#include "domain/identity/requester.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

// A source of an action as a page shows it. A recommendation names its case's reference, its
// number and text; a rapid review its case's reference; any other source its label. No detail of
// the case's subjects.
struct ActionSourceView {
  ActionSource source;
  std::optional<CaseId> case_id;  // recommendation, rapid review
  std::string case_reference;     // "CR-2025-001"
  std::optional<int> recommendation_number;
  std::string recommendation_text;
  // "CR-2025-001, recommendation 2", "CR-2025-002, rapid review", or the label.
  std::string description;
};

// A progress update with the files attached to it as evidence.
struct ActionUpdateView {
  ActionUpdate update;
  std::vector<EvidenceFile> files;
};

// A review entry of the action with its round's quarter.
struct ActionReviewView {
  ReviewEntry entry;
  Quarter quarter;
};

// What the action page shows.
struct ActionView {
  RatedAction rated;                      // the action and the rating shown today
  std::vector<ActionSourceView> sources;  // in the action's order
  std::vector<ActionUpdateView> updates;  // oldest first
  // Oldest round first; only for those who may read review rounds (not an agency lead).
  std::vector<ActionReviewView> reviews;
  std::vector<ActionStatus> next_statuses;  // what an update by the asker may set
  bool may_update = false;                  // may record a progress update
  bool may_edit = false;                    // may change the plan (and reopen)
};

// One page of actions, each rated, and the number that match in all.
struct RatedActionPage {
  std::vector<RatedAction> actions;
  std::int64_t total = 0;
};

// A file to attach to an update as evidence, as uploaded: checked like an agency response's
// (domain/files/upload_rules.h) and stored by content hash.
struct NewEvidenceFile {
  std::string file_name;  // as the browser sent it
  std::string bytes;
};

// What the progress update form sends.
struct ActionUpdateInput {
  Version version = 0;  // the action's version the person saw
  CivilDate on;
  std::string narrative;
  ActionStatus status = ActionStatus::kInProgress;
  std::string status_reason;
  Rag rag = Rag::kGreen;
  std::string evidence;
  std::optional<NewEvidenceFile> file;
};

// The stored update and the action as it left it.
struct RecordedUpdate {
  PlanAction action;
  ActionUpdateView update;
};

// An evidence file for download: its record and its bytes.
struct EvidenceDownload {
  EvidenceFile file;
  std::string bytes;
};

class ActionService {
 public:
  // `deadlines` gives each partnership's working calendar for the rating (must outlive this).
  ActionService(Store& store, const core::Clock& clock,
                const DeadlineSettingsSource& deadlines = PartnershipDeadlines());

  // ---- planning (the business unit) ----
  // Validates (ValidateNewAction, after trimming), takes lead_name from the lead's account when
  // lead_user_id is set (a member of the partnership), checks the owner agency is one of the
  // partnership's, stores at version 1 (not started).
  core::Result<PlanAction> Create(const Requester& requester, NewAction draft) const;
  // Stores the plan fields of `action` (title, owner agency, lead, success measure, due date,
  // priority, sources) if action.version is current; its status, rating and history stay as
  // stored. A due date moved is counted (due_date_changes).
  core::Result<PlanAction> Edit(const Requester& requester, PlanAction action) const;

  // ---- reading ----
  core::Result<ActionView> Get(const Requester& requester, ActionId id) const;
  // A page of the actions the asker may see, filtered, due first. An agency lead (without a
  // partnership-wide grant) sees only their agencies' actions, whatever the query says.
  core::Result<RatedActionPage> List(const Requester& requester, ActionQuery query) const;
  // Every matching action, for CSV/XLSX (action:export).
  core::Result<RatedActionPage> Export(const Requester& requester, ActionQuery query) const;
  // The "my actions" page: the open actions of the asker's agencies as agency lead, due first.
  // kForbidden for someone who is no agency's lead. Audited as "action.list".
  core::Result<std::vector<RatedAction>> MyActions(const Requester& requester) const;

  // ---- progress (the owner agency's lead or the business unit) ----
  // In ONE transaction: the version check, ValidateUpdate (reopening only for the business
  // unit), the update appended to the history, the evidence file (if any) checked and stored
  // with its bytes, and the action's status, rating and last update date.
  core::Result<RecordedUpdate> RecordUpdate(const Requester& requester, ActionId id,
                                            ActionUpdateInput input) const;
  // An evidence file of one of the action's updates, with its bytes; access as Get.
  core::Result<EvidenceDownload> GetEvidenceFile(const Requester& requester, ActionId id,
                                                 EvidenceFileId file_id) const;

 private:
  // Runs `work` on the stored action when the asker may take `action` on it (read: else
  // NoSuchAction(); the action: else kForbidden; both audited as `audit`), in one write
  // transaction that also writes the `audit` event. `work` may set `refused` (with its error)
  // to have a refusal audited.
  template <typename T, typename Work>
  core::Result<T> OnAction(const Requester& requester, ActionId id, Action action,
                           const std::string& audit, Work&& work) const;
  // List and Export: the page in a read transaction, then the audit event.
  core::Result<RatedActionPage> ListAudited(const Requester& requester, ActionQuery query,
                                            Action action) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
