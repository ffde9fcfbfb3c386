// Application: everything `assure serve` runs, wired together once: the database (SQLite or
// PostgreSQL by URL, migrated), the store, the identity services, templates, assets, the router
// with every route and its policy, the dispatcher, the mailer (SMTP, or none) and the reminder
// service that mails through it (serve runs it on a timer). Tests build
// the same Application with a fake clock and deterministic randomness, so they exercise exactly
// what the server runs.
//
// Owns all of it; the clock and random source are borrowed and must outlive it. Thread-safe
// once built (Dispatcher::Handle may be called from many threads).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "http/dispatcher.h"
#include "http/event_log.h"
#include "http/router.h"
#include "security/password_hasher.h"
#include "security/password_policy.h"
#include "security/random.h"

namespace assure::storage::sql {
class Database;
}
namespace assure::domain {
class Mailer;
class ReminderService;
}  // namespace assure::domain

namespace assure::cli {

struct ApplicationConfig {
  std::string db_url;
  std::string assets = "web/dist";
  security::PasswordCost password_cost = security::kPasswordCostDefault;
  // Passwords refused as too common (one a line); Debian's john-data installs the default.
  std::string common_passwords_file{security::kDefaultCommonPasswordsFile};
  // Where e-mail goes (mail/smtp_settings.h): empty smtp_url means nowhere (a NoMailer).
  std::string smtp_url;
  std::string mail_from;
  // Where Assure is served, for links in e-mails ("https://assure.example.org").
  std::string base_url = "http://localhost:8080";
  // How many staff survey answers one client address may send an hour (a whole office may share
  // one address).
  std::size_t survey_answers_per_hour = 120;
  // Tests only: wraps the opened database before anything uses it (to inject faults). Unset in
  // `assure serve`.
  std::function<std::unique_ptr<storage::sql::Database>(std::unique_ptr<storage::sql::Database>)>
      wrap_database;
};

class Application {
 public:
  // Opens and migrates the database, loads templates, assets and the common-passwords list,
  // registers the routes, makes the mailer. kUnavailable naming what to install when the list is
  // missing; kInvalidInput naming "smtp-url" or "mail-from" when they are unusable.
  static core::Result<std::unique_ptr<Application>> Create(const ApplicationConfig& config,
                                                           const core::Clock& clock,
                                                           security::Random& random,
                                                           const http::EventLog& log);
  ~Application();

  const http::Dispatcher& dispatcher() const;
  const http::Router& router() const;
  storage::sql::Database& database();
  // The SmtpMailer, or a NoMailer when no SMTP server is configured (configured() says which).
  domain::Mailer& mailer();
  // The daily reminder job over this application's store and mailer (domain/reminders/reminders.h).
  domain::ReminderService& reminders();
  // Closes the database (waits for running transactions).
  void Close();

 private:
  struct Parts;
  explicit Application(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

}  // namespace assure::cli
