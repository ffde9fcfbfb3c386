// ActionChoiceService: what the action plan pages offer to choose from. The new and edit forms
// choose an action's sources among the partnership's records (the recommendations of its full
// reviews, grouped by case, and its cases with a rapid review) and its named lead among the
// partnership's members; the action list filters by the themes of the partnership's cases.
//
// Who may: the form's choices need the grant to plan actions (action:create, or the
// partnership-wide action:update: the business unit); they name cases and quote recommendations,
// so each read writes "action.sources.read" (and a refusal is audited). The themes are the
// partnership's managed list, as open as its agencies: anyone who may read actions, unaudited.
// So are the names of the people who recorded an action's updates or reviewed it, which its page
// shows to whoever may read it.
// Each call is ONE Store transaction. Expected failures: kForbidden, kUnavailable. Thread-safe:
// references to thread-safe collaborators, no mutable state.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/actions/action_repository.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

// A member of the partnership who may be named as an action's lead.
struct LeadChoice {
  UserId user_id = 0;
  std::string display_name;
};

// A case whose rapid review's learning an action may answer.
struct RapidReviewChoice {
  CaseId case_id = 0;
  std::string case_reference;
};

struct ActionFormChoices {
  // Members with an account that is not disabled, each once, by display name.
  std::vector<LeadChoice> leads;
  // Every recommendation of the partnership's full reviews: cases newest referral first (the
  // case list's order), then by number. Each names its case's id and reference.
  std::vector<RecommendationSummary> recommendations;
  // The partnership's cases with a rapid review, newest referral first.
  std::vector<RapidReviewChoice> rapid_reviews;
};

class ActionChoiceService {
 public:
  ActionChoiceService(Store& store, const core::Clock& clock);

  core::Result<ActionFormChoices> FormChoices(const Requester& requester) const;
  // The partnership's themes, by name. kForbidden for someone who may never read actions.
  core::Result<std::vector<std::string>> Themes(const Requester& requester) const;
  // The display names of those of `ids` who are members of the partnership (others are left
  // out), the asker's own as "You". kForbidden for someone who may never read actions.
  core::Result<std::map<UserId, std::string>> PeopleNames(const Requester& requester,
                                                          std::span<const UserId> ids) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
