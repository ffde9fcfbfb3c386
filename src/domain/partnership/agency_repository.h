// AgencyRepository: the agencies of ONE partnership. Declared here, implemented by storage
// (storage::SqlAgencyRepository).
//
// An instance is bound to one partnership when it is made, and every operation is confined to that
// partnership: another partnership's agency is reported as kNotFound, exactly as if it did not
// exist. An implementation works inside one transaction its creator provides, so it is used by one
// thread at a time. Expected failures: kNotFound, kConflict (name taken: field "name"; or a stale
// version: someone else changed the record first), kInvalidInput, kUnavailable.
#pragma once

#include <vector>

#include "core/result.h"
#include "domain/partnership/agency.h"

namespace assure::domain {

class AgencyRepository {
 public:
  virtual ~AgencyRepository() = default;

  // Validates and stores a new agency at version 1.
  virtual core::Result<Agency> Create(const NewAgency& agency) = 0;
  virtual core::Result<Agency> Get(AgencyId id) = 0;
  // Every agency of the partnership, by name (case-folded, then id).
  virtual core::Result<std::vector<Agency>> List() = 0;
  // Stores name, type and statutory_partner of `agency` if the stored version still equals
  // agency.version; returns the stored agency with its new version. agency.partnership_id is
  // ignored: the repository's own partnership applies.
  virtual core::Result<Agency> Update(const Agency& agency) = 0;
  // Deletes the agency if its stored version still equals `version`.
  virtual core::Status Delete(AgencyId id, Version version) = 0;
};

}  // namespace assure::domain
