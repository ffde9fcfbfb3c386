// BodyService: the partnership's structure for the pages, the API and the to-do list: create and
// change bodies (kind, parent, chair, vice-chair, quorum rule), save a new version of a body's
// terms of reference, add members and end their membership, read the structure, and list the
// terms past their review date.
//
// Who may do what: governance_access.h. Each call runs ONE Store transaction; each change writes
// its audit event ("governance.body.create", ".update", ".terms", ".member.add",
// ".member.update"); reads of the structure are not audited (it names bodies, posts and agencies,
// nothing of a case). Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/governance/body.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

struct BodyView {
  Body body;
  std::vector<Body> children;  // direct children, by name
  std::optional<std::string> parent_name;
  std::map<AgencyId, std::string> agency_names;
  // Statutory partners with no current member (the quorum rule could not be met).
  std::vector<AgencyId> statutory_without_member;
  bool may_edit = false;
};

// Terms of reference whose review date has passed (for the business unit's to-do list).
struct TermsDue {
  BodyId body_id = 0;
  std::string body_name;
  CivilDate review_on;
};

class BodyService {
 public:
  BodyService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<Body> Create(const Requester& requester, BodyContent content) const;
  // Replaces the body's content if `version` is current.
  core::Result<Body> Update(const Requester& requester, BodyId id, Version version,
                            BodyContent content) const;
  // Every body, by name (the structure).
  core::Result<std::vector<Body>> List(const Requester& requester) const;
  core::Result<BodyView> Get(const Requester& requester, BodyId id) const;

  // Saves the next version of the body's terms; the review date defaults to a year on.
  core::Result<TermsOfReference> SaveTerms(const Requester& requester, BodyId id, std::string text,
                                           std::optional<CivilDate> review_on) const;
  core::Result<std::vector<TermsOfReference>> TermsHistory(const Requester& requester,
                                                           BodyId id) const;

  // Adds a member; `member.user_id`, when set, must be a person of the partnership.
  core::Result<BodyMember> AddMember(const Requester& requester, BodyId id,
                                     BodyMember member) const;
  // Replaces a member's details (ending a membership sets to_on).
  core::Result<BodyMember> UpdateMember(const Requester& requester, BodyId id,
                                        BodyMember member) const;

  // For the business unit: terms whose review date is before today. Not audited.
  core::Result<std::vector<TermsDue>> TermsPastReview(const Requester& requester) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
