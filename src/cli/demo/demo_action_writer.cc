#include "cli/demo/demo_action_writer.h"

#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/files/upload_rules.h"
#include "security/tokens.h"

namespace assure::cli {
namespace {

using domain::CivilDate;
using domain::PlanAction;
using domain::ReviewOutcome;

core::Instant At(CivilDate day) {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::sys_days{day} +
                                                                 std::chrono::hours{10});
}

// The action as it stood at the end of `day`: `base` (as created) with the story's updates up to
// that day applied, and `due_on` as the rounds had left it.
PlanAction AsOf(PlanAction base, const ActionStory& story, CivilDate day, CivilDate due_on) {
  for (const domain::ActionUpdate& update : story.updates) {
    if (update.on > day) break;
    base = domain::ApplyUpdate(std::move(base), update);
  }
  base.due_on = due_on;
  return base;
}

// The day the round's `index`th entry is reviewed: from three days after it opened, a few a day.
CivilDate ReviewDay(const RoundPlan& round, std::size_t index) {
  const CivilDate day = domain::AddDays(round.opened_on, 3 + static_cast<int>(index % 7));
  return day > round.closed_on ? round.closed_on : day;
}

// The entry as the business manager reviews it on `day`, the action standing as `action`.
domain::ReviewEntry Reviewed(domain::ReviewEntry entry, const PlanAction& action,
                             const StoryExtension* extension, const RoundPlan& round,
                             CivilDate day) {
  entry.reviewed_by = round.by;
  entry.reviewed_on = day;
  if (extension != nullptr) {
    entry.outcome = ReviewOutcome::kExtend;
    entry.new_due_on = extension->new_due_on;
    entry.note = extension->note;
  } else if (!domain::IsOpen(action.status)) {
    entry.outcome = ReviewOutcome::kClose;
    entry.note = action.status == domain::ActionStatus::kCompleted
                     ? "Evidence of impact seen; closed."
                     : "Closed; the reason is on record for the board.";
  } else if (action.due_on < day) {
    entry.outcome = ReviewOutcome::kEscalate;
    entry.note =
        "Overdue: escalated to the Executive Board, which asked the owner agency for a "
        "recovery plan.";
  } else if (action.reported_rag == domain::Rag::kRed) {
    entry.outcome = ReviewOutcome::kEscalate;
    entry.note = "Reported red: escalated to the Executive Board.";
  } else {
    entry.outcome = ReviewOutcome::kOnTrack;
  }
  return entry;
}

core::Status AttachFile(domain::Transaction& tx, domain::PartnershipId partnership_id,
                        const StoryFile& file, const domain::ActionUpdate& update,
                        WrittenActions& written) {
  ASSURE_ASSIGN_OR_RETURN(auto accepted,
                          domain::CheckUpload("evidence_file", file.name, file.text));
  const std::string sha256 = security::Sha256Hex(file.text);
  ASSURE_TRY(tx.file_contents(partnership_id).Put(sha256, file.text));
  domain::EvidenceFile record;
  record.update_id = update.id;
  record.file_name = accepted.file_name;
  record.content_type = accepted.content_type;
  record.size = static_cast<std::int64_t>(file.text.size());
  record.sha256 = sha256;
  record.uploaded_at = update.recorded_at;
  ASSURE_TRY(tx.actions(partnership_id).AddEvidenceFile(record));
  ++written.files;
  return core::Ok();
}

}  // namespace

RoundPlan RoundFor(const domain::Quarter& quarter, std::optional<domain::UserId> by) {
  const CivilDate last = domain::LastDay(quarter);
  return {quarter, domain::AddDays(last, -21), domain::AddDays(last, -2), by};
}

core::Result<WrittenActions> WriteActionStories(domain::Transaction& tx,
                                                domain::PartnershipId partnership_id,
                                                CivilDate today,
                                                std::span<const ActionStory> stories,
                                                std::span<const RoundPlan> rounds) {
  auto& actions = tx.actions(partnership_id);
  WrittenActions written;
  std::vector<PlanAction> created;  // as Create left them
  std::vector<PlanAction> latest;   // with every update applied
  std::unordered_map<domain::ActionId, std::size_t> index_of;
  created.reserve(stories.size());
  latest.reserve(stories.size());

  for (const ActionStory& story : stories) {
    ASSURE_TRY(domain::ValidateNewAction(story.draft));
    ASSURE_ASSIGN_OR_RETURN(auto action, actions.Create(story.draft));
    index_of[action.id] = created.size();
    written.actions.push_back(action.id);
    PlanAction current = action;
    std::optional<domain::ActionUpdate> with_evidence;
    for (domain::ActionUpdate update : story.updates) {
      update.action_id = action.id;
      update.recorded_at = At(update.on);
      ASSURE_TRY(domain::ValidateUpdate(update, current, today));
      ASSURE_ASSIGN_OR_RETURN(auto added, actions.AddUpdate(update));
      current = domain::ApplyUpdate(std::move(current), update);
      if (!added.evidence.empty()) with_evidence = added;
      ++written.updates;
    }
    if (story.evidence_file) {
      if (!with_evidence) {
        return core::Error::InvalidInput("evidence_file",
                                         "An evidence file needs an update with evidence.");
      }
      ASSURE_TRY(AttachFile(tx, partnership_id, *story.evidence_file, *with_evidence, written));
    }
    created.push_back(std::move(action));
    latest.push_back(std::move(current));
  }

  // Due dates as the rounds have moved them so far.
  std::vector<CivilDate> due;
  due.reserve(stories.size());
  for (const ActionStory& story : stories) due.push_back(story.draft.due_on);

  auto& review_rounds = tx.review_rounds(partnership_id);
  for (std::size_t r = 0; r < rounds.size(); ++r) {
    const RoundPlan& plan = rounds[r];
    std::vector<domain::ActionId> open;
    for (std::size_t i = 0; i < stories.size(); ++i) {
      if (stories[i].agreed_on > plan.opened_on) continue;
      if (domain::IsOpen(AsOf(created[i], stories[i], plan.opened_on, due[i]).status)) {
        open.push_back(created[i].id);
      }
    }
    domain::ReviewRound draft;
    draft.quarter = plan.quarter;
    draft.opened_on = plan.opened_on;
    draft.opened_by = plan.by;
    ASSURE_ASSIGN_OR_RETURN(auto round, review_rounds.Open(draft, open));
    ASSURE_ASSIGN_OR_RETURN(auto entries, review_rounds.Entries(round.id));
    for (std::size_t k = 0; k < entries.size(); ++k) {
      const std::size_t i = index_of.at((entries)[k].action_id);
      const CivilDate day = ReviewDay(plan, k);
      const PlanAction as_of = AsOf(created[i], stories[i], day, due[i]);
      const StoryExtension* extension = nullptr;
      for (const StoryExtension& candidate : stories[i].extensions) {
        if (candidate.round == r) extension = &candidate;
      }
      const domain::ReviewEntry entry = Reviewed((entries)[k], as_of, extension, plan, day);
      ASSURE_TRY(domain::ValidateReviewEntry(entry, as_of, day));
      ASSURE_TRY(review_rounds.UpdateEntry(entry));
      if (extension != nullptr) due[i] = extension->new_due_on;
      ++written.entries;
    }
    for (std::size_t i = 0; i < stories.size(); ++i) {
      for (const StoryExtension& extension : stories[i].extensions) {
        if (extension.round == r && due[i] != extension.new_due_on) {
          return core::Error::InvalidInput(
              "extensions", "A story extends an action that had no entry in the round.");
        }
      }
    }
    domain::ReviewRound closed = std::move(round);
    closed.closed_on = plan.closed_on;
    ASSURE_ASSIGN_OR_RETURN(auto updated, review_rounds.Update(closed));
    written.rounds.push_back(updated.id);
  }

  // The final state: one stored change per extension, so that each move is counted.
  for (std::size_t i = 0; i < stories.size(); ++i) {
    if (stories[i].updates.empty() && stories[i].extensions.empty()) continue;
    PlanAction action = std::move(latest[i]);
    const std::size_t changes = std::max<std::size_t>(1, stories[i].extensions.size());
    for (std::size_t c = 0; c < changes; ++c) {
      if (c < stories[i].extensions.size()) action.due_on = stories[i].extensions[c].new_due_on;
      ASSURE_ASSIGN_OR_RETURN(auto updated, actions.Update(action));
      action = std::move(updated);
    }
  }
  return written;
}

}  // namespace assure::cli
