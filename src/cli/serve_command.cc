// `assure serve`: builds the Application (database, services, routes) and runs the HTTP server
// until SIGTERM or SIGINT, then closes the database cleanly.
#include <cstdio>

#include "cli/application.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/listen_address.h"
#include "http/server.h"

namespace assure::cli {

int Serve(const ServeOptions& options, const core::Clock& clock) {
  auto listen = ParseListenAddress(options.listen);
  if (!listen) return Fail(listen.error());
  http::EventLog log(clock);
  security::SodiumRandom random;
  auto app = Application::Create({options.db_url, options.assets}, clock, random, log);
  if (!app) return Fail(app.error());

  http::ServerOptions server_options;
  server_options.host = listen->host;
  server_options.port = listen->port;
  server_options.threads = options.threads;
  server_options.trusted_proxies = options.trusted_proxies;
  http::Server server(server_options, (*app)->dispatcher(), log, clock);
  if (auto started = server.Start(); !started) {
    (*app)->Close();
    return Fail(started.error());
  }
  std::fprintf(stderr, "Assure is serving on http://%s\n", options.listen.c_str());
  const auto abandoned = server.Wait();
  (*app)->Close();
  log.Info("database_closed", {{"requests_abandoned", abandoned}});
  return kExitOk;
}

}  // namespace assure::cli
