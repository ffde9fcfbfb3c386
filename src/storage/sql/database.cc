#include "storage/sql/database.h"

namespace assure::storage::sql {

core::Status RunTransaction(TransactionalConnection& connection, std::string_view begin_sql,
                            const Database::Work& work) {
  ASSURE_TRY(connection.Begin(begin_sql));
  core::Status status = core::Ok();
  try {
    status = work(connection);
  } catch (...) {
    connection.Rollback();
    throw;
  }
  if (!status.ok()) {
    connection.Rollback();
    return status;
  }
  core::Status committed = connection.Commit();
  if (!committed.ok()) connection.Rollback();
  return committed;
}

}  // namespace assure::storage::sql
