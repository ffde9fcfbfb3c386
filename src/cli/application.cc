#include "cli/application.h"

#include "domain/identity/session_service.h"
#include "domain/identity/sign_in_service.h"
#include "domain/mail/mailer.h"
#include "domain/reminders/reminders.h"
#include "domain/reviews/clocks/clock_marks.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "http/access_gate.h"
#include "http/api/account/me_api_handlers.h"
#include "http/api/actions/action_api_handlers.h"
#include "http/api/assurance/assurance_api_handlers.h"
#include "http/api/cases/case_api_handlers.h"
#include "http/api/governance/governance_api_handlers.h"
#include "http/api/learning/briefing_api_handlers.h"
#include "http/api/learning/feedback_api_handlers.h"
#include "http/api/learning/recurring_api_handlers.h"
#include "http/api/reports/report_api_handlers.h"
#include "http/api/requests/request_api_handlers.h"
#include "http/common/handler_context.h"
#include "http/common/todo.h"
#include "http/error_pages.h"
#include "http/pages/account/account_handlers.h"
#include "http/pages/account/home_handlers.h"
#include "http/pages/account/set_password_handlers.h"
#include "http/pages/account/sign_in_handlers.h"
#include "http/pages/actions/action_handlers.h"
#include "http/pages/actions/action_todo.h"
#include "http/pages/admin/agency_handlers.h"
#include "http/pages/admin/audit_handlers.h"
#include "http/pages/admin/member_handlers.h"
#include "http/pages/assurance/assurance_handlers.h"
#include "http/pages/assurance/assurance_todo.h"
#include "http/pages/assurance/survey_form_handlers.h"
#include "http/pages/calendar/calendar_handlers.h"
#include "http/pages/cases/case_handlers.h"
#include "http/pages/cases/case_todo.h"
#include "http/pages/cases/import_handlers.h"
#include "http/pages/governance/body_page_handlers.h"
#include "http/pages/governance/governance_todo.h"
#include "http/pages/governance/meeting_page_handlers.h"
#include "http/pages/learning/briefing_handlers.h"
#include "http/pages/learning/briefing_todo.h"
#include "http/pages/learning/library_handlers.h"
#include "http/pages/learning/recurring_page_handlers.h"
#include "http/pages/reports/assurance_figures_handlers.h"
#include "http/pages/reports/board_report_handlers.h"
#include "http/pages/reports/learning_figures_handlers.h"
#include "http/pages/reports/report_handlers.h"
#include "http/pages/requests/request_handlers.h"
#include "http/pages/requests/request_todo.h"
#include "http/pages/site/asset_handlers.h"
#include "http/pages/site/health_handlers.h"
#include "http/pages/site/start_page_handlers.h"
#include "http/pages/site/static_assets.h"
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
  std::unique_ptr<http::pages::StaticAssets> assets;
  std::unique_ptr<security::PasswordHasher> hasher;
  std::unique_ptr<security::CommonPasswords> common_passwords;
  std::unique_ptr<domain::SignInService> sign_in;
  std::unique_ptr<domain::SessionService> sessions;
  std::unique_ptr<http::ErrorPages> error_pages;
  std::unique_ptr<http::SessionGate> gate;
  // Where the case services get each partnership's calendar and deadline rules for its clocks.
  std::unique_ptr<domain::DeadlineSettingsSource> deadlines;
  std::unique_ptr<http::TodoList> todo;
  std::unique_ptr<http::HandlerContext> handler_context;
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
  ASSURE_ASSIGN_OR_RETURN(auto assets, http::pages::StaticAssets::Load(config.assets));
  parts->assets = std::make_unique<http::pages::StaticAssets>(std::move(assets));
  ASSURE_ASSIGN_OR_RETURN(auto renderer, http::views::Renderer::Load());
  parts->renderer = std::make_unique<http::views::Renderer>(std::move(renderer));

  auto common_passwords = security::CommonPasswords::LoadFile(config.common_passwords_file);
  if (!common_passwords) {
    return core::Error::Unavailable(common_passwords.error().message +
                                    " Install it with 'apt-get install john-data' (scripts/setup "
                                    "does).");
  }
  parts->common_passwords =
      std::make_unique<security::CommonPasswords>(std::move(*common_passwords));

  ASSURE_ASSIGN_OR_RETURN(auto mailer,
                          mail::MakeMailer(config.smtp_url, config.mail_from, clock, random));
  parts->mailer = std::move(mailer);

  ASSURE_ASSIGN_OR_RETURN(auto database, storage::OpenDatabase(config.db_url));
  parts->database = std::move(database);
  if (config.wrap_database) parts->database = config.wrap_database(std::move(parts->database));
  ASSURE_ASSIGN_OR_RETURN(auto migrated, storage::Migrate(*parts->database, clock));
  log.Info("database_ready", {{"migrations_applied", migrated}});
  if (!parts->mailer->configured()) {
    log.Info("mail_off", {{"reason", "no SMTP server configured: reminder e-mails are not sent"}});
  }

  parts->store = std::make_unique<storage::SqlStore>(*parts->database, clock);
  ASSURE_ASSIGN_OR_RETURN(auto marked,
                          domain::MarkUnmarkedCases(*parts->store, domain::PartnershipDeadlines()));
  if (marked > 0) log.Info("clocks_marked", {{"cases", marked}});
  parts->reminders = std::make_unique<domain::ReminderService>(*parts->store, clock, *parts->mailer,
                                                               config.base_url);
  parts->hasher = std::make_unique<security::PasswordHasher>(config.password_cost);
  parts->sign_in =
      std::make_unique<domain::SignInService>(*parts->store, clock, random, *parts->hasher);
  parts->sessions = std::make_unique<domain::SessionService>(*parts->store, clock, random);
  parts->error_pages = std::make_unique<http::ErrorPages>(*parts->renderer, log);
  parts->gate = std::make_unique<http::SessionGate>(*parts->sessions, *parts->store, clock,
                                                    *parts->error_pages);

  parts->deadlines = std::make_unique<domain::PartnershipDeadlineSettings>();
  parts->todo = std::make_unique<http::TodoList>();
  parts->handler_context = std::make_unique<http::HandlerContext>(
      http::HandlerContext{*parts->store, clock, random, *parts->sign_in, *parts->sessions,
                           *parts->hasher, *parts->common_passwords, *parts->deadlines,
                           *parts->renderer, *parts->error_pages, *parts->todo});
  const http::HandlerContext& context = *parts->handler_context;
  // Each feature's part of everyone's to-do list (home page and /api/v1/me/todo).
  parts->todo->Add(http::pages::CaseTodo(context));
  parts->todo->Add(http::pages::RequestTodo(context));
  parts->todo->Add(http::pages::ActionTodo(context));
  parts->todo->Add(http::pages::BriefingTodo(context));
  parts->todo->Add(http::pages::AssuranceTodo(context));
  parts->todo->Add(http::pages::GovernanceTodo(context));

  auto& router = *(parts->router = std::make_unique<http::Router>());
  storage::sql::Database& db = *parts->database;
  http::pages::AddPageRoutes(router, *parts->renderer);
  http::pages::AddAssetRoutes(router, *parts->assets);
  http::pages::AddHealthRoutes(router, [&db, &log]() -> core::Status {
    auto ready = [&db]() -> core::Status {
      ASSURE_TRY(db.Ping());
      ASSURE_ASSIGN_OR_RETURN(const auto pending, storage::PendingMigrations(db));
      if (pending > 0) {
        return core::Error::Unavailable(std::to_string(pending) + " migration(s) pending");
      }
      return core::Ok();
    }();
    if (!ready) log.Warn("not_ready", {{"reason", ready.error().message}});
    return ready;
  });
  // Pages and their API, feature by feature (doc/architecture.md).
  http::pages::AddSignInRoutes(router, context);
  http::pages::AddSetPasswordRoutes(router, context);
  http::pages::AddHomeRoutes(router, context);
  http::pages::AddAccountRoutes(router, context);
  http::api::AddAccountApiRoutes(router, context);
  http::pages::AddAgencyRoutes(router, context);
  http::pages::AddMemberRoutes(router, context);
  http::pages::AddAuditRoutes(router, context);
  http::pages::AddCalendarRoutes(router, context);
  http::pages::AddImportRoutes(router, context);
  http::pages::AddCaseRoutes(router, context);
  http::api::AddCaseApiRoutes(router, context);
  http::pages::AddRequestRoutes(router, context);
  http::api::AddRequestApiRoutes(router, context);
  http::pages::AddActionRoutes(router, context);
  http::api::AddActionApiRoutes(router, context);
  http::pages::AddBriefingRoutes(router, context);
  http::api::AddBriefingApiRoutes(router, context);
  http::pages::AddRecurringPageRoutes(router, context);
  http::api::AddRecurringApiRoutes(router, context);
  http::api::AddFeedbackApiRoutes(router, context);
  // The public learning library: no sign-in; the site's address makes the feed's links and ids.
  http::pages::AddLibraryRoutes(router, context, {}, config.base_url);
  http::pages::AddReportRoutes(router, context);
  http::api::AddReportApiRoutes(router, context);
  http::pages::AddLearningFiguresRoutes(router, context);
  http::pages::AddAssuranceFiguresRoutes(router, context);
  http::pages::AddAssuranceRoutes(router, context);
  http::api::AddAssuranceApiRoutes(router, context);
  http::pages::AddBodyRoutes(router, context);
  http::pages::AddMeetingRoutes(router, context);
  http::api::AddGovernanceApiRoutes(router, context);
  // The public staff survey form: no sign-in, each agency's link its only key.
  http::pages::AddSurveyFormRoutes(router, context, config.survey_answers_per_hour);
  http::pages::AddBoardReportRoutes(router, context);
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
