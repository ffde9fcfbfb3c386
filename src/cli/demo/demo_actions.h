// The action plan of the demo partnership, written with demo_action_writer.h by `assure demo`.
// Writes through the repositories of the one transaction it is given; audited by the caller. Not
// thread-safe (holds the transaction).
//
// For each full review of the partnership with recommendations, one to three actions per
// recommendation, some answering two; a few answering the learning of rapid reviews that led to
// no full review; one from a national review and one from a board decision (both named by
// invented labels). Owned by the partnership's agencies, each led by its agency lead. A year and
// more of progress updates take the actions from not started through in progress to completed
// with evidence of impact; one is not implemented (with the board's reason), one superseded, two
// are overdue, two have had their due date moved twice, one once, one was escalated. The last
// two complete quarters each have a closed review round whose entries are all reviewed. Dates
// are relative to `today`; every text is invented; the same records give the same plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/demo/demo_action_writer.h"
#include "cli/demo/demo_learning.h"
#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/store.h"

namespace assure::cli {

class DemoActionWriter {
 public:
  // `owners`: the partnership's agencies with their leads, at least one, in the demo's order
  // (local authority, police, health, education, probation, voluntary sector): the plan gives
  // each kind of action to the agency that would own it. `manager`: the business manager, who
  // opens and reviews the rounds.
  DemoActionWriter(domain::Transaction& tx, domain::PartnershipId partnership_id,
                   std::vector<ActionOwner> owners, std::optional<domain::UserId> manager,
                   domain::CivilDate today);

  // Writes the demo's action plan, unless the partnership has an action or a review round
  // already (then nothing, and an empty result).
  core::Result<WrittenActions> Add();

 private:
  domain::Transaction& tx_;
  domain::PartnershipId partnership_id_;
  std::vector<ActionOwner> owners_;
  std::optional<domain::UserId> manager_;
  domain::CivilDate today_;
};

// The demo's stories for `learning`, as of `today` (DemoActionWriter writes them with
// DemoRounds). Exposed for tests.
std::vector<ActionStory> DemoActionStories(const PartnershipLearning& learning,
                                           const std::vector<ActionOwner>& owners,
                                           domain::CivilDate today);
// The closed rounds of the last two complete quarters before `today`, oldest first.
std::vector<RoundPlan> DemoRounds(domain::CivilDate today, std::optional<domain::UserId> manager);

}  // namespace assure::cli
