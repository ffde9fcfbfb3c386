// ActivityService: the QA framework's activities (activity.h) for the pages and the API: plan
// one, change it, move it through its states, and list a financial year's framework.
//
// Who may do what (doc/access.md, "Quality assurance"): the business unit creates, changes and
// moves activities; agency leads and board members read them. Each call runs ONE Store
// transaction with its audit event ("assurance.activity.create", ".update", ".state", ".read",
// ".list"); a refusal is audited too. An activity's kind never changes.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

// What the activity and round forms offer to choose from, and the names the pages show.
struct AssuranceChoices {
  std::vector<std::pair<UserId, std::string>> people;      // members not disabled, by name
  std::vector<std::pair<AgencyId, std::string>> agencies;  // by name
  std::vector<std::string> themes;                         // the managed themes, by name
  std::vector<Activity> activities;                        // every activity, by start date
};

class ActivityService {
 public:
  ActivityService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<Activity> Create(const Requester& requester, ActivityContent content) const;
  core::Result<Activity> Get(const Requester& requester, ActivityId id) const;
  // The activities starting in the financial year that starts in April of `year` (every year
  // when unset), of `kind` when set; by start date.
  core::Result<std::vector<Activity>> List(const Requester& requester, std::optional<int> year,
                                           std::optional<ActivityKind> kind) const;
  // Changes what was written (not its kind) if `version` is current.
  core::Result<Activity> Update(const Requester& requester, ActivityId id, Version version,
                                ActivityContent content) const;
  // Moves the activity one state forward or back (MayMoveActivity).
  core::Result<Activity> Move(const Requester& requester, ActivityId id, Version version,
                              ActivityState to) const;
  // For the forms and pages of readers of the framework: a read, not audited (names of members,
  // agencies, themes and activities; no case data).
  core::Result<AssuranceChoices> Choices(const Requester& requester) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

// Trims the title and theme names of what was entered.
ActivityContent Normalised(ActivityContent content);

}  // namespace assure::domain
