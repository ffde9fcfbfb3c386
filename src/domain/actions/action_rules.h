// The rules of action plans (doc/actions.md): what a new action and a progress update must hold,
// which status may follow which, the RAG rule, what a quarterly review entry may record and what
// it changes, and why a lead is reminded. Quarters and half-years are in financial_year.h
// (included here).
//
// Pure functions of plain values; safe to call from any thread. Each Validate* / Check* returns
// Error::InvalidInput naming the form field at fault, with a message a person can act on that
// never repeats the rejected value.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/actions/financial_year.h"
#include "domain/calendar/working_calendar.h"
#include "domain/civil_date.h"

namespace assure::domain {

inline constexpr std::size_t kActionTitleMaxCharacters = 300;
inline constexpr std::size_t kLeadNameMaxCharacters = 120;
inline constexpr std::size_t kSuccessMeasureMaxCharacters = 2000;
inline constexpr std::size_t kMaxActionSources = 20;
inline constexpr std::size_t kSourceLabelMaxCharacters = 300;
inline constexpr std::size_t kNarrativeMaxCharacters = 10000;
inline constexpr std::size_t kEvidenceMaxCharacters = 10000;
inline constexpr std::size_t kStatusReasonMaxCharacters = 2000;
inline constexpr std::size_t kReviewNoteMaxCharacters = 2000;
// An open action due within this many working days is "due soon" (amber, and reminded).
inline constexpr int kDueSoonWorkingDays = 10;

// ---- A new action ----

// Fields: "title" (what will change: 1..300 characters on one line), "owner_agency_id" (> 0),
// "lead_name" (1..120 characters on one line; when lead_user_id is set the service puts that
// person's display name here first), "success_measure" (up to 2000), "due_on" (a real date),
// "sources" (1..20, each once; a recommendation or rapid review names its record by ref_id > 0;
// a source without ref_id has a label; labels up to 300 characters on one line). Whether a
// ref_id names a record of the partnership is the repository's check.
core::Status ValidateNewAction(const NewAction& draft);

// ---- Statuses ----

// Not implemented and superseded carry a reason.
bool NeedsReason(ActionStatus status);
// Whether an update may move an action from `from` to `to` (doc/actions.md, "Statuses"): the
// same status always (an update that reports progress); from not started to any other; from in
// progress to completed, not implemented or superseded; from a closed status (completed, not
// implemented, superseded) only back to in progress, and only when `may_reopen` (the business
// unit reopens it).
bool MayMoveTo(ActionStatus from, ActionStatus to, bool may_reopen);
// MayMoveTo as a Status: kInvalidInput naming "status", saying why, when it may not.
core::Status CheckStatusChange(ActionStatus from, ActionStatus to, bool may_reopen);
// The statuses an update may set, `from` included, in AllActionStatuses() order.
std::vector<ActionStatus> NextStatuses(ActionStatus from, bool may_reopen);

// ---- A progress update ----

// Fields: "on" (a real date, not after `today`, not before the action's last update),
// "narrative" (1..10000), "status" (CheckStatusChange from current.status), "status_reason"
// (required for not implemented and superseded; up to 2000), "evidence" (up to 10000; required
// when the update marks an action completed that was not completed before).
core::Status ValidateUpdate(const ActionUpdate& update, const PlanAction& current, CivilDate today,
                            bool may_reopen = false);
// The action as the update leaves it: its status, reason (kept only for a status that needs
// one), reported RAG and last update date. Leaves the version to the repository.
// REQUIRES: ValidateUpdate(update, action, ...) succeeded.
PlanAction ApplyUpdate(PlanAction action, const ActionUpdate& update);

// ---- The RAG rule (doc/actions.md, "The RAG rating") ----

// Overdue: open and due before `today`.
bool IsOverdue(const PlanAction& action, CivilDate today);
// Due soon: open, due `today` or later, with at most kDueSoonWorkingDays working days after today
// up to and including the due date (WorkingCalendar::WorkingDaysBetween).
bool IsDueSoon(const PlanAction& action, CivilDate today, const WorkingCalendar& calendar);
// The rating shown: none for not implemented or superseded ("No rating"); green when completed;
// red when overdue, whatever was reported; amber when due soon and reported green or never
// reported; otherwise the reported rating, or green when never reported.
std::optional<Rag> EffectiveRag(const PlanAction& action, CivilDate today,
                                const WorkingCalendar& calendar);
// Red is stricter than amber, amber than green.
bool IsStricter(Rag rag, Rag than);
// True when the action has a reported rating and the rating shown is stricter (pages flag it).
bool RagDisagrees(const PlanAction& action, CivilDate today, const WorkingCalendar& calendar);

// ---- Quarterly review entries (doc/actions.md, "Review outcomes") ----

// Fields: "outcome" (required; close only an action an update has closed already, extend only an
// open one), "reviewed_on" (when set, not after `today`), "note" (up to 2000; required for
// escalate and extend), "new_due_on" (extend only: after the current due date and not before
// `today`; ignored for the other outcomes).
core::Status ValidateReviewEntry(const ReviewEntry& entry, const PlanAction& action,
                                 CivilDate today);
// Extend moves the due date to new_due_on; the other outcomes change nothing on the action. The
// move is counted (due_date_changes) by the store when the action is stored
// (ActionRepository::Update), the one place that counts any move of a due date.
// REQUIRES: ValidateReviewEntry succeeded.
PlanAction ApplyReviewOutcome(PlanAction action, const ReviewEntry& entry);

// ---- Reminders and dashboard flags (doc/actions.md, "Reminders") ----

enum class ReminderReason { kDueSoon, kOverdue, kUnreviewed };
std::string_view ReminderReasonName(ReminderReason reason);  // "due_soon", "overdue", "unreviewed"
std::optional<ReminderReason> ParseReminderReason(std::string_view name);
std::string_view ReminderReasonLabel(ReminderReason reason);  // "Due within 10 working days", ...

// Why the lead of `action` is reminded today, in enum order; none for a closed action. kDueSoon
// and kOverdue as IsDueSoon and IsOverdue; kUnreviewed when !reviewed_this_quarter, which the
// caller sets to false only when the review round of QuarterOf(today) is open and this action's
// entry in it has no outcome yet (no round for the quarter yet, or no entry because the action
// was created after the round opened: nothing to remind about).
std::vector<ReminderReason> ReasonsToRemind(const PlanAction& action, CivilDate today,
                                            const WorkingCalendar& calendar,
                                            bool reviewed_this_quarter);

// The due date moved more than once since the action was created (the dashboard lists these).
bool DatesMovedMoreThanOnce(const PlanAction& action);

}  // namespace assure::domain
