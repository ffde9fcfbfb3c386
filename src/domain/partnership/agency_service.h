// AgencyService: the agencies of the asker's partnership, as the administrator keeps them and
// everyone in the partnership reads them. Each call checks the policy (domain::Permits) on the
// record and writes its audit event in the same transaction as the change ("agency.create",
// "agency.update", with the agency's id). An id that is not an agency of the asker's partnership
// (another partnership's, or none) is kNotFound, exactly as if it did not exist, and the attempt
// is audited ("agency.read" or "agency.update", outcome denied) in the asker's trail.
//
// Expected failures: kNotFound, kForbidden, kInvalidInput (field "name"), kConflict (field
// "name": the name is taken; no field: a stale version, someone else changed the agency first),
// kUnavailable. Thread-safe: holds references to thread-safe collaborators and no mutable state;
// cheap to copy.
#pragma once

#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/partnership/agency.h"
#include "domain/store.h"

namespace assure::domain {

class AgencyService {
 public:
  AgencyService(Store& store, const core::Clock& clock);

  // Every agency of the partnership, by name.
  core::Result<std::vector<Agency>> List(const Requester& requester) const;
  core::Result<Agency> Get(const Requester& requester, AgencyId id) const;
  // Trims the name, validates, stores at version 1.
  core::Result<Agency> Create(const Requester& requester, NewAgency agency) const;
  // Stores name, type and statutory_partner if agency.version is still the stored version.
  core::Result<Agency> Update(const Requester& requester, Agency agency) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
