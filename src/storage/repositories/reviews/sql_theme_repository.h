// SqlThemeRepository: domain::ThemeRepository over the themes table, the managed list of themes
// of ONE partnership (every statement carries `partnership_id = ?`). A name is unique within the
// partnership: adding it again is kConflict (field "name") and leaves the transaction usable.
// Works on the Connection of one transaction; borrows the connection and the clock; not
// thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/reviews/cases/case_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlThemeRepository final : public domain::ThemeRepository {
 public:
  SqlThemeRepository(sql::Connection& connection, const core::Clock& clock,
                     domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<std::vector<std::string>> List() override;
  core::Status Add(std::string_view name) override;

 private:
  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
