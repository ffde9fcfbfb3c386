#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace assure::cli {

namespace {

constexpr const char* kVersion = "0.1.0";

}  // namespace

int Run(int argc, char** argv, const core::Clock& clock) {
  CLI::App app{"Assure: the statutory business of a safeguarding partnership.", "assure"};
  app.require_subcommand(1);
  app.fallthrough();
  std::string db_url = "sqlite:var/assure.db";
  app.add_option("--db", db_url, "Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME")
      ->envname("ASSURE_DB")
      ->capture_default_str();

  ServeOptions serve_options;
  auto* serve = app.add_subcommand("serve", "Serve Assure over HTTP (migrates the database first)");
  serve->add_option("--listen", serve_options.listen, "Address to listen on, HOST:PORT")
      ->capture_default_str();
  serve->add_option("--assets", serve_options.assets, "Folder of compiled web assets")
      ->capture_default_str();
  serve->add_option("--threads", serve_options.threads, "Worker threads")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  serve->add_option("--trusted-proxy", serve_options.trusted_proxies,
                    "Address of a reverse proxy whose X-Forwarded-For/-Proto headers to believe "
                    "(repeatable)");

  auto* migrate = app.add_subcommand("migrate", "Apply the database migrations this binary has");

  std::string backup_to;
  auto* backup = app.add_subcommand(
      "backup", "Make a consistent copy of a live SQLite database (PostgreSQL: use pg_dump)");
  backup->add_option("--to", backup_to, "File to write the copy to")->required();

  auto* version = app.add_subcommand("version", "Print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "assure: %s (see 'assure --help')\n", e.what());
    return kExitUsage;
  }

  if (*serve) {
    serve_options.db_url = db_url;
    return Serve(serve_options, clock);
  }
  if (*migrate) return Migrate(db_url, clock);
  if (*backup) return Backup(db_url, backup_to);
  if (*version) {
    std::printf("assure %s\n", kVersion);
    return kExitOk;
  }
  return kExitUsage;
}

}  // namespace assure::cli
