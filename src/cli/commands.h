// The subcommands of the assure command. Each returns the process exit status; errors are
// printed as one line by Fail() (exit_codes.h). main() calls Run().
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"

namespace assure::cli {

struct ServeOptions {
  std::string db_url;
  std::string listen = "127.0.0.1:8080";
  std::string assets = "web/dist";
  std::size_t threads = 4;
  std::vector<std::string> trusted_proxies;
};

int Serve(const ServeOptions& options, const core::Clock& clock);
int Migrate(const std::string& db_url, const core::Clock& clock);
int Backup(const std::string& db_url, const std::string& destination);

// Parses the command line and runs the chosen subcommand.
int Run(int argc, char** argv, const core::Clock& clock);

}  // namespace assure::cli
