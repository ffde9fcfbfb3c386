#include "domain/actions/action_rules.h"

#include <array>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error Invalid(std::string field, std::string message) {
  return core::Error::InvalidInput(std::move(field), std::move(message));
}

// One line of text: printable characters only (no line break), not blank when `required`, at
// most `max` characters (Unicode code points).
core::Status ValidateLine(std::string_view field, std::string_view text, std::size_t max,
                          bool required, std::string_view blank_message) {
  if (required && TrimName(text).empty()) {
    return Invalid(std::string{field}, std::string{blank_message});
  }
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++characters) {
    const std::size_t length = PrintableCharacterLength(text.substr(i));
    if (length == 0) {
      return Invalid(std::string{field},
                     "Keep this to one line, without line breaks or control characters.");
    }
    i += length;
  }
  if (characters > max) {
    return Invalid(std::string{field}, "Use " + std::to_string(max) + " characters or fewer.");
  }
  return core::Ok();
}

core::Status ValidateSources(const std::vector<ActionSource>& sources) {
  if (sources.empty()) {
    return Invalid("sources",
                   "Choose at least one source: the recommendation, review, finding or decision "
                   "this action answers.");
  }
  if (sources.size() > kMaxActionSources) {
    return Invalid("sources", "Choose no more than " + std::to_string(kMaxActionSources) +
                                  " sources for one action.");
  }
  std::set<std::tuple<SourceKind, std::int64_t, std::string>> seen;
  for (const ActionSource& source : sources) {
    if (source.ref_id && *source.ref_id <= 0) {
      return Invalid("sources", "Choose each source from the list.");
    }
    if (SourceNeedsRecord(source.kind) && !source.ref_id) {
      return Invalid("sources",
                     "Choose from the list the review recommendation or rapid review this action "
                     "answers.");
    }
    ASSURE_TRY(ValidateLine("sources", source.label, kSourceLabelMaxCharacters, !source.ref_id,
                            "Name each source that is not chosen from a list, such as the "
                            "national review or the board decision."));
    // With a record, the record is the source; without one, its name is.
    const std::string key = source.ref_id ? std::string{} : TrimName(source.label);
    if (!seen.emplace(source.kind, source.ref_id.value_or(0), key).second) {
      return Invalid("sources", "List each source once.");
    }
  }
  return core::Ok();
}

bool IsClosed(ActionStatus status) { return !IsOpen(status); }

int Severity(Rag rag) {
  switch (rag) {
    case Rag::kRed:
      return 3;
    case Rag::kAmber:
      return 2;
    case Rag::kGreen:
      return 1;
  }
  return 0;
}

constexpr std::array<std::pair<ReminderReason, std::string_view>, 3> kReasons{{
    {ReminderReason::kDueSoon, "due_soon"},
    {ReminderReason::kOverdue, "overdue"},
    {ReminderReason::kUnreviewed, "unreviewed"},
}};
constexpr std::array<std::pair<ReminderReason, std::string_view>, 3> kReasonLabels{{
    {ReminderReason::kDueSoon, "Due within 10 working days"},
    {ReminderReason::kOverdue, "Overdue"},
    {ReminderReason::kUnreviewed, "Not reviewed this quarter"},
}};

}  // namespace

core::Status ValidateNewAction(const NewAction& draft) {
  ASSURE_TRY(ValidateLine("title", draft.title, kActionTitleMaxCharacters, true,
                          "Enter what will change."));
  if (draft.owner_agency_id <= 0) {
    return Invalid("owner_agency_id", "Choose the agency that owns the action.");
  }
  ASSURE_TRY(ValidateLine("lead_name", draft.lead_name, kLeadNameMaxCharacters, true,
                          "Enter the name of the lead for this action."));
  ASSURE_TRY(ValidateLongText("success_measure", draft.success_measure,
                              kSuccessMeasureMaxCharacters, false));
  if (!draft.due_on.ok()) return Invalid("due_on", "Enter the date the action is due.");
  return ValidateSources(draft.sources);
}

bool NeedsReason(ActionStatus status) {
  return status == ActionStatus::kNotImplemented || status == ActionStatus::kSuperseded;
}

bool MayMoveTo(ActionStatus from, ActionStatus to, bool may_reopen) {
  if (from == to) return true;
  switch (from) {
    case ActionStatus::kNotStarted:
      return true;
    case ActionStatus::kInProgress:
      return to != ActionStatus::kNotStarted;
    case ActionStatus::kCompleted:
    case ActionStatus::kNotImplemented:
    case ActionStatus::kSuperseded:
      return may_reopen && to == ActionStatus::kInProgress;
  }
  return false;
}

core::Status CheckStatusChange(ActionStatus from, ActionStatus to, bool may_reopen) {
  if (MayMoveTo(from, to, may_reopen)) return core::Ok();
  if (IsClosed(from) && !may_reopen) {
    return Invalid("status",
                   "This action is closed. Only the business unit can reopen it, as in progress.");
  }
  if (IsClosed(from)) {
    return Invalid("status", "A closed action can only be reopened as in progress.");
  }
  return Invalid("status", "An action that has started cannot go back to not started.");
}

std::vector<ActionStatus> NextStatuses(ActionStatus from, bool may_reopen) {
  std::vector<ActionStatus> next;
  for (ActionStatus to : AllActionStatuses()) {
    if (MayMoveTo(from, to, may_reopen)) next.push_back(to);
  }
  return next;
}

core::Status ValidateUpdate(const ActionUpdate& update, const PlanAction& current, CivilDate today,
                            bool may_reopen) {
  if (!update.on.ok()) return Invalid("on", "Enter the date of the update.");
  if (update.on > today) return Invalid("on", "The date of the update cannot be in the future.");
  if (current.last_update_on && update.on < *current.last_update_on) {
    return Invalid("on", "The date of the update cannot be before the action's last update.");
  }
  ASSURE_TRY(ValidateLongText("narrative", update.narrative, kNarrativeMaxCharacters, true));
  ASSURE_TRY(CheckStatusChange(current.status, update.status, may_reopen));
  if (NeedsReason(update.status) && TrimName(update.status_reason).empty()) {
    return Invalid("status_reason", update.status == ActionStatus::kNotImplemented
                                        ? "Say why the action will not be implemented."
                                        : "Say what replaced the action, and why.");
  }
  ASSURE_TRY(
      ValidateLongText("status_reason", update.status_reason, kStatusReasonMaxCharacters, false));
  ASSURE_TRY(ValidateLongText("evidence", update.evidence, kEvidenceMaxCharacters, false));
  if (update.status == ActionStatus::kCompleted && current.status != ActionStatus::kCompleted &&
      TrimName(update.evidence).empty()) {
    return Invalid("evidence",
                   "Describe the evidence of impact before you mark the action completed.");
  }
  return core::Ok();
}

PlanAction ApplyUpdate(PlanAction action, const ActionUpdate& update) {
  action.status = update.status;
  action.status_reason = NeedsReason(update.status) ? update.status_reason : std::string{};
  action.reported_rag = update.rag;
  action.last_update_on = update.on;
  return action;
}

bool IsOverdue(const PlanAction& action, CivilDate today) {
  return IsOpen(action.status) && action.due_on < today;
}

bool IsDueSoon(const PlanAction& action, CivilDate today, const WorkingCalendar& calendar) {
  if (!IsOpen(action.status) || action.due_on < today) return false;
  // A due date beyond the verified years is far beyond "soon".
  const auto left = calendar.WorkingDaysBetween(today, action.due_on);
  return left.ok() && *left <= kDueSoonWorkingDays;
}

std::optional<Rag> EffectiveRag(const PlanAction& action, CivilDate today,
                                const WorkingCalendar& calendar) {
  if (NeedsReason(action.status)) return std::nullopt;
  if (action.status == ActionStatus::kCompleted) return Rag::kGreen;
  if (IsOverdue(action, today)) return Rag::kRed;
  const Rag reported = action.reported_rag.value_or(Rag::kGreen);
  if (IsDueSoon(action, today, calendar) && reported == Rag::kGreen) return Rag::kAmber;
  return reported;
}

bool IsStricter(Rag rag, Rag than) { return Severity(rag) > Severity(than); }

bool RagDisagrees(const PlanAction& action, CivilDate today, const WorkingCalendar& calendar) {
  const auto effective = EffectiveRag(action, today, calendar);
  return effective && action.reported_rag && IsStricter(*effective, *action.reported_rag);
}

core::Status ValidateReviewEntry(const ReviewEntry& entry, const PlanAction& action,
                                 CivilDate today) {
  if (!entry.outcome) return Invalid("outcome", "Choose the outcome of the review.");
  const ReviewOutcome outcome = *entry.outcome;
  if (entry.reviewed_on && (!entry.reviewed_on->ok() || *entry.reviewed_on > today)) {
    return Invalid("reviewed_on", "The date of the review cannot be in the future.");
  }
  if (outcome == ReviewOutcome::kClose && IsOpen(action.status)) {
    return Invalid("outcome",
                   "Record an update first: mark the action completed, with its evidence of "
                   "impact, or not implemented or superseded, with the reason. Then close it "
                   "here.");
  }
  if (outcome == ReviewOutcome::kExtend && IsClosed(action.status)) {
    return Invalid("outcome", "Only an open action can be given a new due date.");
  }
  ASSURE_TRY(ValidateLongText("note", entry.note, kReviewNoteMaxCharacters, false));
  if (outcome == ReviewOutcome::kEscalate && TrimName(entry.note).empty()) {
    return Invalid("note", "Say why the action is escalated.");
  }
  if (outcome == ReviewOutcome::kExtend) {
    if (TrimName(entry.note).empty()) {
      return Invalid("note", "Give the reason for the new due date.");
    }
    if (!entry.new_due_on || !entry.new_due_on->ok()) {
      return Invalid("new_due_on", "Enter the new due date.");
    }
    if (*entry.new_due_on <= action.due_on) {
      return Invalid("new_due_on", "The new due date must be after the current due date.");
    }
    if (*entry.new_due_on < today) {
      return Invalid("new_due_on", "The new due date cannot be in the past.");
    }
  }
  return core::Ok();
}

PlanAction ApplyReviewOutcome(PlanAction action, const ReviewEntry& entry) {
  if (entry.outcome == ReviewOutcome::kExtend && entry.new_due_on) {
    action.due_on = *entry.new_due_on;
  }
  return action;
}

std::string_view ReminderReasonName(ReminderReason reason) {
  return NameOf<ReminderReason>(kReasons, reason);
}
std::optional<ReminderReason> ParseReminderReason(std::string_view name) {
  return ParseName<ReminderReason>(kReasons, name);
}
std::string_view ReminderReasonLabel(ReminderReason reason) {
  return NameOf<ReminderReason>(kReasonLabels, reason);
}

std::vector<ReminderReason> ReasonsToRemind(const PlanAction& action, CivilDate today,
                                            const WorkingCalendar& calendar,
                                            bool reviewed_this_quarter) {
  std::vector<ReminderReason> reasons;
  if (!IsOpen(action.status)) return reasons;
  if (IsDueSoon(action, today, calendar)) reasons.push_back(ReminderReason::kDueSoon);
  if (IsOverdue(action, today)) reasons.push_back(ReminderReason::kOverdue);
  if (!reviewed_this_quarter) reasons.push_back(ReminderReason::kUnreviewed);
  return reasons;
}

bool DatesMovedMoreThanOnce(const PlanAction& action) { return action.due_date_changes > 1; }

}  // namespace assure::domain
