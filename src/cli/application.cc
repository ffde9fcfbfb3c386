#include "cli/application.h"

#include "domain/actions/reminders.h"
#include "domain/identity/session_service.h"
#include "domain/identity/sign_in_service.h"
#include "domain/mail/mailer.h"
#include "domain/reviews/clock_marks.h"
#include "domain/reviews/deadline_settings.h"
#include "http/access_gate.h"
#include "http/error_pages.h"
#include "http/handlers/account_handlers.h"
#include "http/handlers/action_api_handlers.h"
#include "http/handlers/action_handlers.h"
#include "http/handlers/agency_handlers.h"
#include "http/handlers/api_handlers.h"
#include "http/handlers/asset_handlers.h"
#include "http/handlers/audit_handlers.h"
#include "http/handlers/board_report_handlers.h"
#include "http/handlers/calendar_handlers.h"
#include "http/handlers/case_api_handlers.h"
#include "http/handlers/case_handlers.h"
#include "http/handlers/health_handlers.h"
#include "http/handlers/import_handlers.h"
#include "http/handlers/member_handlers.h"
#include "http/handlers/page_handlers.h"
#include "http/handlers/report_handlers.h"
#include "http/handlers/request_api_handlers.h"
#include "http/handlers/request_handlers.h"
#include "http/handlers/set_password_handlers.h"
#include "http/handlers/sign_in_handlers.h"
#include "http/static_assets.h"
#include "http/views/renderer.h"
#include "mail/make_mailer.h"
#include "storage/migrations/migrator.h"
#include "storage/open_database.h"
#include "storage/sql_store.h"

namespace assure::cli {

struct Application::Parts {
  std::unique_ptr<storage::sql::Database> database;
  std::unique_ptr<storage::SqlStore> store;
  std::unique_ptr<http::views::Renderer> renderer;
  std::unique_ptr<http::StaticAssets> assets;
  std::unique_ptr<security::PasswordHasher> hasher;
  std::unique_ptr<security::CommonPasswords> common_passwords;
  std::unique_ptr<domain::SignInService> sign_in;
  std::unique_ptr<domain::SessionService> sessions;
  std::unique_ptr<http::ErrorPages> error_pages;
  std::unique_ptr<http::SessionGate> gate;
  // Where the case services get each partnership's calendar and deadline rules for its clocks.
  std::unique_ptr<domain::DeadlineSettingsSource> deadlines;
  std::unique_ptr<http::Router> router;
  std::unique_ptr<http::Dispatcher> dispatcher;
  std::unique_ptr<domain::Mailer> mailer;
  std::unique_ptr<domain::ReminderService> reminders;
};

core::Result<std::unique_ptr<Application>> Application::Create(const ApplicationConfig& config,
                                                               const core::Clock& clock,
                                                               security::Random& random,
                                                               const http::EventLog& log) {
  auto parts = std::make_unique<Parts>();
  auto assets = http::StaticAssets::Load(config.assets);
  if (!assets) return assets.error();
  parts->assets = std::make_unique<http::StaticAssets>(std::move(*assets));
  auto renderer = http::views::Renderer::Load();
  if (!renderer) return renderer.error();
  parts->renderer = std::make_unique<http::views::Renderer>(std::move(*renderer));

  auto common_passwords = security::CommonPasswords::LoadFile(config.common_passwords_file);
  if (!common_passwords) {
    return core::Error::Unavailable(common_passwords.error().message +
                                    " Install it with 'apt-get install john-data' (scripts/setup "
                                    "does).");
  }
  parts->common_passwords =
      std::make_unique<security::CommonPasswords>(std::move(*common_passwords));

  auto mailer = mail::MakeMailer(config.smtp_url, config.mail_from, clock, random);
  if (!mailer) return mailer.error();
  parts->mailer = std::move(*mailer);

  auto database = storage::OpenDatabase(config.db_url);
  if (!database) return database.error();
  parts->database = std::move(*database);
  auto migrated = storage::Migrate(*parts->database, clock);
  if (!migrated) return migrated.error();
  log.Info("database_ready", {{"migrations_applied", *migrated}});
  if (!parts->mailer->configured()) {
    log.Info("mail_off", {{"reason", "no SMTP server configured: reminder e-mails are not sent"}});
  }

  parts->store = std::make_unique<storage::SqlStore>(*parts->database, clock);
  auto marked = domain::MarkUnmarkedCases(*parts->store, domain::PartnershipDeadlines());
  if (!marked) return marked.error();
  if (*marked > 0) log.Info("clocks_marked", {{"cases", *marked}});
  parts->reminders = std::make_unique<domain::ReminderService>(*parts->store, clock, *parts->mailer,
                                                               config.base_url);
  parts->hasher = std::make_unique<security::PasswordHasher>(config.password_cost);
  parts->sign_in =
      std::make_unique<domain::SignInService>(*parts->store, clock, random, *parts->hasher);
  parts->sessions = std::make_unique<domain::SessionService>(*parts->store, clock, random);
  parts->error_pages = std::make_unique<http::ErrorPages>(*parts->renderer, log);
  parts->gate = std::make_unique<http::SessionGate>(*parts->sessions, *parts->store, clock,
                                                    *parts->error_pages);

  auto& router = *(parts->router = std::make_unique<http::Router>());
  storage::sql::Database& db = *parts->database;
  http::handlers::AddPageRoutes(router, *parts->renderer);
  http::handlers::AddAssetRoutes(router, *parts->assets);
  http::handlers::AddHealthRoutes(router, [&db, &log]() -> core::Status {
    auto ready = [&db]() -> core::Status {
      ASSURE_TRY(db.Ping());
      auto pending = storage::PendingMigrations(db);
      if (!pending) return pending.error();
      if (*pending > 0) {
        return core::Error::Unavailable(std::to_string(*pending) + " migration(s) pending");
      }
      return core::Ok();
    }();
    if (!ready) log.Warn("not_ready", {{"reason", ready.error().message}});
    return ready;
  });
  http::handlers::AddApiRoutes(router);
  http::handlers::AddSignInRoutes(router,
                                  {*parts->sign_in, *parts->sessions, random, *parts->renderer});
  const http::handlers::AdminDependencies admin{*parts->store, clock, random, *parts->sessions,
                                                *parts->renderer};
  http::handlers::AddAgencyRoutes(router, admin);
  http::handlers::AddCalendarRoutes(router, admin);
  http::handlers::AddMemberRoutes(router, admin);
  http::handlers::AddAuditRoutes(router, admin);
  http::handlers::AddAccountRoutes(router, admin);
  http::handlers::AddRequestRoutes(router, admin);
  parts->deadlines = std::make_unique<domain::PartnershipDeadlineSettings>();
  const http::handlers::CaseApiDependencies case_api{*parts->store, clock, *parts->deadlines,
                                                     *parts->error_pages};
  http::handlers::AddCaseApiRoutes(router, case_api);
  http::handlers::AddCaseRoutes(router, admin, *parts->deadlines);
  http::handlers::AddActionRoutes(router, admin, *parts->deadlines);
  http::handlers::AddRequestApiRoutes(router, case_api);
  http::handlers::AddActionApiRoutes(router, case_api);
  http::handlers::AddReportRoutes(
      router, {*parts->store, clock, *parts->deadlines, *parts->renderer, *parts->error_pages});
  http::handlers::AddBoardReportRoutes(
      router, {*parts->store, clock, *parts->deadlines, *parts->renderer, *parts->error_pages});
  http::handlers::AddImportRoutes(router, {*parts->store, clock, *parts->renderer});
  http::handlers::AddSetPasswordRoutes(
      router, {*parts->store, clock, *parts->hasher, *parts->common_passwords, *parts->renderer});
  parts->dispatcher =
      std::make_unique<http::Dispatcher>(router, *parts->gate, *parts->error_pages, log, clock);
  return std::unique_ptr<Application>(new Application(std::move(parts)));
}

Application::Application(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}
Application::~Application() = default;

const http::Dispatcher& Application::dispatcher() const { return *parts_->dispatcher; }
const http::Router& Application::router() const { return *parts_->router; }
storage::sql::Database& Application::database() { return *parts_->database; }
domain::Mailer& Application::mailer() { return *parts_->mailer; }
domain::ReminderService& Application::reminders() { return *parts_->reminders; }
void Application::Close() { parts_->database->Close(); }

}  // namespace assure::cli
