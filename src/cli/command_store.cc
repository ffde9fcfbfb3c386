#include "cli/command_store.h"

#include "storage/migrations/migrator.h"
#include "storage/open_database.h"
#include "storage/sql_store.h"

namespace assure::cli {

core::Result<std::unique_ptr<CommandStore>> CommandStore::Open(const std::string& db_url,
                                                               const core::Clock& clock) {
  ASSURE_ASSIGN_OR_RETURN(auto database, storage::OpenDatabase(db_url));
  auto pending = storage::PendingMigrations(*database);
  if (!pending) {
    (database)->Close();
    return pending.error();
  }
  if (*pending > 0) {
    (database)->Close();
    return core::Error::Unavailable("the database needs " + std::to_string(*pending) +
                                    " migration(s): run 'assure migrate' first");
  }
  return std::unique_ptr<CommandStore>(new CommandStore(std::move(database), clock));
}

CommandStore::CommandStore(std::unique_ptr<storage::sql::Database> database,
                           const core::Clock& clock)
    : database_(std::move(database)),
      store_(std::make_unique<storage::SqlStore>(*database_, clock)) {}

CommandStore::~CommandStore() {
  store_.reset();
  database_->Close();
}

domain::Actor CliActor(std::optional<domain::PartnershipId> partnership_id) {
  return domain::Actor{partnership_id, std::nullopt, std::nullopt, "cli"};
}

core::Result<domain::Partnership> FindPartnership(domain::Transaction& tx,
                                                  const std::string& slug) {
  auto partnership = tx.partnerships().FindBySlug(slug);
  if (!partnership && partnership.error().code == core::ErrorCode::kNotFound) {
    return core::Error::NotFound("there is no partnership with the slug '" + slug + "'");
  }
  return partnership;
}

}  // namespace assure::cli
