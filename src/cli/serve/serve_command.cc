// `assure serve`: builds the Application (database, services, routes) and runs the HTTP server
// until SIGTERM or SIGINT, then closes the database cleanly. When an SMTP server is configured it
// also runs the daily reminder job on a timer (reminder_job.h): shortly after start, then a check
// every hour that sends what the London day still owes. At shutdown the timer stops after the
// server has drained (a digest being sent is finished first) and before the database closes.
#include <cstdio>
#include <memory>

#include "cli/application.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/serve/listen_address.h"
#include "cli/serve/periodic_task.h"
#include "cli/serve/reminder_job.h"
#include "domain/mail/mailer.h"
#include "domain/reminders/reminder_digest.h"
#include "http/server.h"

namespace assure::cli {

int Serve(const ServeOptions& options, const core::Clock& clock) {
  auto listen = ParseListenAddress(options.listen);
  if (!listen) return Fail(listen.error());
  const std::string base_url = options.base_url.empty()
                                   ? "http://localhost:" + std::to_string(listen->port)
                                   : options.base_url;
  if (auto valid = domain::ValidateBaseUrl(base_url); !valid) return Fail(valid.error());
  http::EventLog log(clock);
  security::SodiumRandom random;
  ApplicationConfig config;
  config.db_url = options.db_url;
  config.assets = options.assets;
  config.smtp_url = options.smtp_url;
  config.mail_from = options.mail_from;
  config.base_url = base_url;
  config.survey_answers_per_hour = options.survey_answers_per_hour;
  auto app = Application::Create(config, clock, random, log);
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
  std::unique_ptr<PeriodicTask> reminders;
  if ((*app)->mailer().configured()) {
    const domain::ReminderService& service = (*app)->reminders();
    reminders = std::make_unique<PeriodicTask>(
        [&service, &log](std::stop_token stop) { RunReminderJob(service, log, std::move(stop)); },
        kReminderFirstRun, kReminderCheckEvery);
  }
  const auto abandoned = server.Wait();
  reminders.reset();
  (*app)->Close();
  log.Info("database_closed", {{"requests_abandoned", abandoned}});
  return kExitOk;
}

}  // namespace assure::cli
