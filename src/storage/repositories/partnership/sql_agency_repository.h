// SqlAgencyRepository: domain::AgencyRepository over the agencies table, for ONE partnership.
//
// The partnership is fixed when the repository is made, and every statement carries
// `partnership_id = ?` with it: another partnership's agencies are invisible (kNotFound).
// Works on the Connection of one transaction (make it inside Database::Write or Read, drop it
// before the function returns); borrows the connection and the clock; not thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/partnership/agency_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlAgencyRepository final : public domain::AgencyRepository {
 public:
  SqlAgencyRepository(sql::Connection& connection, const core::Clock& clock,
                      domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<domain::Agency> Create(const domain::NewAgency& agency) override;
  core::Result<domain::Agency> Get(domain::AgencyId id) override;
  core::Result<std::vector<domain::Agency>> List() override;
  core::Result<domain::Agency> Update(const domain::Agency& agency) override;
  core::Status Delete(domain::AgencyId id, domain::Version version) override;

 private:
  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
