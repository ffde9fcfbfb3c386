// Writes action plans whose whole history is known in advance: the demo partnership's and the
// synthetic benchmark data's (demo_actions.h, scale_actions.h), through the repositories of the
// one transaction it is given. Deterministic. Audited by the caller. Not thread-safe (holds the
// transaction).
//
// Each ActionStory is one action: as first agreed, its progress updates, and the due-date
// extensions the quarterly review rounds give it. The writer stores each action with its updates
// (and an evidence file, if the story has one); then each review round, with an entry for every
// action that had been agreed and was open on the day the round opened, every entry reviewed
// (extend where the story says so, close for an action an update has closed since, escalate for
// one overdue or last reported red, on track otherwise) and the round closed; then each action's
// final status, RAG and due date (one stored change per extension, so the due-date moves are
// counted as a person's would be). Every action, update and review entry is checked first with
// the rules of domain/actions/action_rules.h, as the services check what people enter; a story
// that breaks a rule is an error naming the field.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/civil_date.h"
#include "domain/store.h"

namespace assure::cli {

// Who owns and leads actions: an agency and its lead.
struct ActionOwner {
  domain::AgencyId agency_id = 0;
  std::optional<domain::UserId> lead_user_id;  // a member of the partnership
  std::string lead_name;
};

// A due-date extension given by the review round at `round` (an index into the rounds written).
struct StoryExtension {
  std::size_t round = 0;
  domain::CivilDate new_due_on;
  std::string note;  // the reason
};

// A plain-text evidence file attached to the story's last update that holds evidence.
struct StoryFile {
  std::string name;  // ending .txt
  std::string text;
};

struct ActionStory {
  domain::CivilDate agreed_on;  // the day the action was agreed
  domain::NewAction draft;      // due_on: the due date first agreed
  // Oldest first; the writer sets action_id and recorded_at (10:00 UTC on the update's day).
  std::vector<domain::ActionUpdate> updates;
  std::vector<StoryExtension> extensions;  // by round, oldest first
  std::optional<StoryFile> evidence_file;
};

// A quarterly review round: opened, its entries reviewed in the days after, and closed.
struct RoundPlan {
  domain::Quarter quarter;
  domain::CivilDate opened_on;
  domain::CivilDate closed_on;       // entries are reviewed before this day, or on it
  std::optional<domain::UserId> by;  // opens the round and reviews its entries
};

// The round of `quarter` as the demo data holds it: opened three weeks before the quarter ends,
// reviewed over the next days, closed two days before the quarter ends.
RoundPlan RoundFor(const domain::Quarter& quarter, std::optional<domain::UserId> by);

// What was written.
struct WrittenActions {
  std::vector<domain::ActionId> actions;
  std::vector<domain::ReviewRoundId> rounds;
  int updates = 0;
  int entries = 0;
  int files = 0;
};

// Writes `stories` and then `rounds` (oldest first) for the partnership, as of `today`.
// REQUIRES: every date in the stories and rounds is `today` or earlier, except due dates.
core::Result<WrittenActions> WriteActionStories(domain::Transaction& tx,
                                                domain::PartnershipId partnership_id,
                                                domain::CivilDate today,
                                                std::span<const ActionStory> stories,
                                                std::span<const RoundPlan> rounds);

}  // namespace assure::cli
