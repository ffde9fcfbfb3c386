// The repository of the partnership's bodies (body.h): each body with its latest terms of
// reference and its members, the earlier versions of its terms. Bound to one partnership (from
// Transaction, domain/store.h): every query is scoped to it, and an id of another partnership's
// body or member is kNotFound. Bodies are versioned: a stale version is kConflict and changes
// nothing. Implemented by storage; used inside one Store transaction, so by one thread at a time.
#pragma once

#include <vector>

#include "core/result.h"
#include "domain/governance/body.h"

namespace assure::domain {

class BodyRepository {
 public:
  virtual ~BodyRepository() = default;

  // Stores the body (version 1) with no members and no terms; a taken name is kConflict
  // (field "name").
  virtual core::Result<Body> Create(const BodyContent& content) = 0;
  virtual core::Result<Body> Get(BodyId id) = 0;
  // Every body, by name, each with its latest terms and its members.
  virtual core::Result<std::vector<Body>> List() = 0;
  // Stores the content if body.version is current (the version moves on).
  virtual core::Result<Body> Update(BodyId id, Version version, const BodyContent& content) = 0;

  // Adds the next version of the body's terms (its number one more than the latest).
  virtual core::Result<TermsOfReference> AddTerms(BodyId body, const TermsOfReference& terms) = 0;
  // Every version, newest first.
  virtual core::Result<std::vector<TermsOfReference>> TermsHistory(BodyId body) = 0;

  virtual core::Result<BodyMember> AddMember(const BodyMember& member) = 0;
  // Stores the member's fields (of the body it names).
  virtual core::Result<BodyMember> UpdateMember(const BodyMember& member) = 0;
};

}  // namespace assure::domain
