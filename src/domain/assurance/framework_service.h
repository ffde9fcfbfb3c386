// FrameworkService: the partnership's standards frameworks (standards.h) for the pages and the
// API: copy a shipped template (standards_templates.h) into the partnership, write a new one, or
// store the next version of one (a framework version is never changed: the rounds that used it
// keep their standards).
//
// Who may do what (doc/access.md, "Quality assurance"): the business unit writes frameworks;
// agency leads and board members read them. Each call runs ONE Store transaction with its audit
// event ("assurance.framework.create", "assurance.framework.revise"); reads are not audited
// (frameworks hold no case data). Thread-safe: references to thread-safe collaborators, no
// mutable state.
#pragma once

#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/standards.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

class FrameworkService {
 public:
  FrameworkService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // Version 1 of a new family from the shipped template `key` ("s11", "s175"); kInvalidInput
  // ("template") for another key.
  core::Result<StandardsFramework> FromTemplate(const Requester& requester,
                                                std::string_view key) const;
  // Version 1 of a new family.
  core::Result<StandardsFramework> Create(const Requester& requester, FrameworkDraft draft) const;
  // The next version of the family of `id`, which must be the family's latest version
  // (kConflict otherwise: someone stored a newer one).
  core::Result<StandardsFramework> Revise(const Requester& requester, FrameworkId id,
                                          FrameworkDraft draft) const;
  core::Result<StandardsFramework> Get(const Requester& requester, FrameworkId id) const;
  // Every version, by name then version.
  core::Result<std::vector<StandardsFramework>> List(const Requester& requester) const;

 private:
  core::Result<StandardsFramework> Save(const Requester& requester, StandardsFramework framework,
                                        std::string action) const;

  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
