// SqlPartnershipRepository: domain::PartnershipRepository over the partnerships table.
//
// Works on the Connection of one transaction: make it inside Database::Write (or Read, for the
// Find and List calls) and drop it before the function returns. Borrows the connection and the
// clock; not thread-safe (one transaction, one thread).
#pragma once

#include "core/clock.h"
#include "domain/partnership/partnership_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlPartnershipRepository final : public domain::PartnershipRepository {
 public:
  SqlPartnershipRepository(sql::Connection& connection, const core::Clock& clock)
      : connection_(connection), clock_(clock) {}

  core::Result<domain::Partnership> Create(const domain::NewPartnership& partnership) override;
  core::Result<domain::Partnership> FindBySlug(std::string_view slug) override;
  core::Result<domain::Partnership> FindById(domain::PartnershipId id) override;
  core::Result<std::vector<domain::Partnership>> List() override;

 private:
  core::Result<domain::Partnership> FindOne(std::string_view sql, sql::Value key);

  sql::Connection& connection_;
  const core::Clock& clock_;
};

}  // namespace assure::storage
