// `assure serve`: the composition root of the web server. Opens the database (SQLite or
// PostgreSQL by URL), migrates it, loads templates and assets, registers every route and runs
// the server until SIGTERM or SIGINT, then closes the database cleanly.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/listen_address.h"
#include "http/dispatcher.h"
#include "http/error_pages.h"
#include "http/event_log.h"
#include "http/handlers/asset_handlers.h"
#include "http/handlers/health_handlers.h"
#include "http/handlers/page_handlers.h"
#include "http/router.h"
#include "http/server.h"
#include "http/static_assets.h"
#include "http/views/renderer.h"
#include "storage/migrations/migrator.h"
#include "storage/open_database.h"

namespace assure::cli {

int Serve(const ServeOptions& options, const core::Clock& clock) {
  auto listen = ParseListenAddress(options.listen);
  if (!listen) return Fail(listen.error());
  auto assets = http::StaticAssets::Load(options.assets);
  if (!assets) return Fail(assets.error());
  auto renderer = http::views::Renderer::Load();
  if (!renderer) return Fail(renderer.error());

  http::EventLog log(clock);
  auto database = storage::OpenDatabase(options.db_url);
  if (!database) return Fail(database.error());
  storage::sql::Database& db = **database;
  auto migrated = storage::Migrate(db, clock);
  if (!migrated) return Fail(migrated.error());

  http::Router router;
  http::handlers::AddPageRoutes(router, *renderer);
  http::handlers::AddAssetRoutes(router, *assets);
  http::handlers::AddHealthRoutes(router, [&db]() -> core::Status {
    ASSURE_TRY(db.Ping());
    auto pending = storage::PendingMigrations(db);
    if (!pending) return pending.error();
    if (*pending > 0) {
      return core::Error::Unavailable(std::to_string(*pending) + " migration(s) pending");
    }
    return core::Ok();
  });
  const http::ErrorPages error_pages(*renderer);
  const http::Dispatcher dispatcher(router, error_pages, log, clock);

  http::ServerOptions server_options;
  server_options.host = listen->host;
  server_options.port = listen->port;
  server_options.threads = options.threads;
  server_options.trusted_proxies = options.trusted_proxies;
  http::Server server(server_options, dispatcher, log, clock);
  if (auto started = server.Start(); !started) {
    db.Close();
    return Fail(started.error());
  }
  std::fprintf(stderr, "Assure is serving on http://%s\n", options.listen.c_str());
  const auto abandoned = server.Wait();
  db.Close();
  log.Info("database_closed", {{"requests_abandoned", abandoned}});
  return kExitOk;
}

}  // namespace assure::cli
