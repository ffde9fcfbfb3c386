// ReviewerService: the partnership's register of independent reviewers, with the
// interests each declared in agencies (appointing one to a case involving such an agency warns
// of a conflict: CaseService::AppointReviewer). The business unit and the administrator keep it
// (policy resource reviewer).
//
// Each call checks the policy on the record; changes write their audit event ("reviewer.create",
// "reviewer.update", with the reviewer's id) in the same transaction. An id that is not in the
// partnership's register is kNotFound, and the refusal is audited ("reviewer.read" or
// "reviewer.update", outcome denied). Expected failures: kNotFound, kForbidden, kInvalidInput
// ("name", "interests", "interests_note", "user_id"), kConflict (a stale version), kUnavailable.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/store.h"

namespace assure::domain {

class ReviewerService {
 public:
  ReviewerService(Store& store, const core::Clock& clock);

  // The register, by name.
  core::Result<std::vector<Reviewer>> List(const Requester& requester) const;
  core::Result<Reviewer> Get(const Requester& requester, ReviewerId id) const;
  // Validates and stores at version 1 (reviewer.id and version are ignored). A user_id must be
  // a member of the partnership with the reviewer role.
  core::Result<Reviewer> Create(const Requester& requester, Reviewer reviewer) const;
  // Stores name, account, interests and note if reviewer.version is still the stored version.
  core::Result<Reviewer> Update(const Requester& requester, Reviewer reviewer) const;

 private:
  core::Status Validate(Transaction& tx, const Requester& requester, Reviewer& reviewer) const;

  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
