// ReviewRoundService: the quarterly review cycle of action plans (doc/actions.md,
// "Review outcomes"): the business manager opens a round for a quarter, which gives every action
// open at that moment an entry; the business unit reviews each entry (on track, escalate, close,
// or extend with a new due date and reason); the business manager closes the round. The
// dashboard shows which open actions are not yet reviewed this quarter, which are overdue, and
// which had their due dates moved more than once.
//
// Who may do what (doc/access.md, "Action plans"): opening and closing a round need
// review_round:create (the business manager); reviewing entries needs review_round:update (the
// business unit); reading rounds and the dashboard needs review_round:read and the
// partnership-wide action:read (the business unit and board members). A round or entry of another
// partnership is kNotFound, as if it did not exist; every refusal is audited.
//
// Each call runs ONE Store transaction that writes its audit event with the change:
// "review_round.open", "review_round.list", "review_round.read", "review_round.review",
// "review_round.close", "review_round.dashboard". An extension moves the action's due date in the
// same transaction as the entry; the store counts the move once (due_date_changes).
//
// Concurrency: Review takes the entry's version and Close the round's; a stale one is kConflict
// and changes nothing. Opening a quarter that has a round already is kConflict (field "quarter").
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/actions/action_access.h"
#include "domain/identity/requester.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

// An entry of a round with what the round page shows of its action.
struct RoundEntryView {
  ReviewEntry entry;  // entry.action_id is the action's id
  std::string action_title;
  AgencyId owner_agency_id = 0;
  CivilDate due_on;
  ActionStatus status = ActionStatus::kNotStarted;
  std::optional<Rag> effective_rag;  // as of today
};

struct RoundView {
  ReviewRound round;
  std::vector<RoundEntryView> entries;  // by action id
  bool may_review = false;              // the round is open and the asker may review entries
  bool may_close = false;               // the round is open and the asker may close it
};

// What a reviewer records on an entry.
struct ReviewInput {
  Version version = 0;  // the entry's version the person saw
  ReviewOutcome outcome = ReviewOutcome::kOnTrack;
  std::string note;                     // required for escalate and extend
  std::optional<CivilDate> new_due_on;  // extend only; ignored for the other outcomes
};

// The quarter's picture, as of today.
struct ReviewDashboard {
  Quarter quarter;                   // the current quarter (QuarterOf(today))
  std::optional<ReviewRound> round;  // its round, once opened
  // Open actions with no reviewed entry in the quarter's round (every open action before the
  // round is opened), due first.
  std::vector<RatedAction> not_reviewed;
  std::vector<RatedAction> overdue;  // open and due before today, due first
  // Any status, due first: DatesMovedMoreThanOnce.
  std::vector<RatedAction> dates_moved;
};

class ReviewRoundService {
 public:
  // `deadlines` gives each partnership's working calendar for the rating (must outlive this).
  ReviewRoundService(Store& store, const core::Clock& clock,
                     const DeadlineSettingsSource& deadlines = PartnershipDeadlines());

  // Opens the round for `quarter` (the current quarter or an earlier one; kInvalidInput "quarter"
  // for a later one) with an empty entry for each action open now.
  core::Result<ReviewRound> Open(const Requester& requester, Quarter quarter) const;
  // Newest quarter first.
  core::Result<std::vector<ReviewRound>> List(const Requester& requester) const;
  core::Result<RoundView> Get(const Requester& requester, ReviewRoundId id) const;
  // Records the outcome on the entry (reviewed by the asker, today) while its round is open;
  // ValidateReviewEntry; an extension moves the action's due date (ApplyReviewOutcome). Returns
  // the entry as stored. With `in_round` (the API's /review-rounds/{round}/entries/{id}), an
  // entry of another round is kNotFound, as one that does not exist.
  core::Result<ReviewEntry> Review(const Requester& requester, ReviewEntryId id, ReviewInput input,
                                   std::optional<ReviewRoundId> in_round = std::nullopt) const;
  // Closes the round at `version` (closed today). kConflict when it is closed already.
  core::Result<ReviewRound> Close(const Requester& requester, ReviewRoundId id,
                                  Version version) const;
  core::Result<ReviewDashboard> Dashboard(const Requester& requester) const;

 private:
  // Runs work(tx, subject, refused) in one write transaction that also writes the `audit` event
  // on `subject` (which work may complete with a new record's id), when the asker may take
  // `action` on review rounds and, for a read, read every action of the partnership (the pages
  // show them); else kForbidden. `work` sets `refused` to have its error audited as a refusal.
  template <typename T, typename Work>
  core::Result<T> Run(const Requester& requester, Action action, const std::string& audit,
                      AuditSubject subject, Work&& work) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
