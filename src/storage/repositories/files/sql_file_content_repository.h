// SqlFileContentRepository: domain::FileContentRepository over the file_contents table, for ONE
// partnership (every statement carries `partnership_id = ?`). The bytes are a {blob} column
// (BLOB on SQLite, BYTEA on PostgreSQL). Put is `INSERT ... ON CONFLICT DO NOTHING`, so two
// transactions storing the same bytes at once both succeed and one row remains. Works on the
// Connection of one transaction; borrows the connection and the clock; not thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/files/file_content_repository.h"
#include "domain/ids.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlFileContentRepository final : public domain::FileContentRepository {
 public:
  SqlFileContentRepository(sql::Connection& connection, const core::Clock& clock,
                           domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<bool> Put(std::string_view sha256, std::string_view bytes) override;
  core::Result<domain::FileContent> Get(std::string_view sha256) override;

 private:
  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
