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
  serve
      ->add_option("--smtp-url", serve_options.smtp_url,
                   "SMTP server for reminder e-mails: smtp://HOST:PORT (STARTTLS unless on this "
                   "machine) or smtps://USER:PASSWORD@HOST:PORT; without it no e-mail is sent. "
                   "Prefer the environment variable: a command line is visible to other users")
      ->envname("ASSURE_SMTP_URL");
  serve->add_option("--mail-from", serve_options.mail_from, "Sender address of Assure's e-mails")
      ->envname("ASSURE_MAIL_FROM");
  serve
      ->add_option("--base-url", serve_options.base_url,
                   "Where people reach Assure, for links in e-mails, e.g. "
                   "https://assure.example.org (default: http://localhost:PORT)")
      ->envname("ASSURE_BASE_URL");
  serve
      ->add_option("--survey-answers-per-hour", serve_options.survey_answers_per_hour,
                   "Staff survey answers taken from one client address an hour (an office may "
                   "share one address)")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();

  auto* migrate = app.add_subcommand("migrate", "Apply the database migrations this binary has");

  std::string backup_to;
  auto* backup = app.add_subcommand(
      "backup", "Make a consistent copy of a live SQLite database (PostgreSQL: use pg_dump)");
  backup->add_option("--to", backup_to, "File to write the copy to")->required();

  auto* partnership = app.add_subcommand("partnership", "Manage partnerships");
  partnership->require_subcommand(1);
  PartnershipAddOptions partnership_add_options;
  auto* partnership_add =
      partnership->add_subcommand("add", "Create a partnership and print its id");
  partnership_add
      ->add_option("--slug", partnership_add_options.slug, "Its name in URLs, e.g. north-yorkshire")
      ->required();
  partnership_add->add_option("--name", partnership_add_options.name, "Its full name")->required();
  partnership_add->add_flag("--demo", partnership_add_options.demo,
                            "A demo partnership: made-up records only, no second factor");

  auto* user = app.add_subcommand("user", "Manage people's accounts");
  user->require_subcommand(1);
  UserAddOptions user_add_options;
  auto* user_add = user->add_subcommand(
      "add", "Add a person to a partnership and print a one-time link to set their password");
  user_add->add_option("--partnership", user_add_options.partnership, "The partnership's slug")
      ->required();
  user_add->add_option("--email", user_add_options.email, "Their email address")->required();
  user_add->add_option("--name", user_add_options.name, "Their name (kept if they exist already)")
      ->required();
  user_add
      ->add_option("--role", user_add_options.role,
                   "administrator, business_manager, business_officer, agency_lead, reviewer, "
                   "board_member, auditor or finance_officer")
      ->required();
  user_add->add_option("--agency", user_add_options.agency,
                       "The name of the agency they work for (required for agency_lead)");
  user_add->add_option("--base-url", user_add_options.base_url, "Where Assure is served")
      ->capture_default_str();
  std::string disable_email;
  auto* user_disable =
      user->add_subcommand("disable", "Disable an account and end all of its sessions");
  user_disable->add_option("--email", disable_email, "Their email address")->required();

  auto* token = app.add_subcommand("token", "Manage API tokens");
  token->require_subcommand(1);
  TokenCreateOptions token_options;
  auto* token_create = token->add_subcommand(
      "create", "Make an API token (scopes: read write) for a member and print it once");
  token_create->add_option("--partnership", token_options.partnership, "The partnership's slug")
      ->required();
  token_create->add_option("--email", token_options.email, "The member's email address")
      ->required();
  token_create->add_option("--name", token_options.name, "What the token is for")->required();
  token_create->add_option("--days", token_options.days, "Days until it expires (1 to 365)")
      ->capture_default_str();

  auto* audit = app.add_subcommand("audit", "Check and export the audit trail");
  audit->require_subcommand(1);
  auto* audit_verify =
      audit->add_subcommand("verify", "Recompute every hash chain; exit non-zero if one is broken");
  AuditExportOptions export_options;
  auto* audit_export =
      audit->add_subcommand("export", "Print the events of a range of UTC days as JSON lines");
  audit_export->add_option("--from", export_options.from, "First day, YYYY-MM-DD")->required();
  audit_export->add_option("--to", export_options.to, "Last day (included), YYYY-MM-DD")
      ->required();

  auto* calendar = app.add_subcommand("calendar", "Working days and bank holidays");
  calendar->require_subcommand(1);
  CalendarHolidaysOptions holidays_options;
  auto* calendar_holidays = calendar->add_subcommand(
      "holidays", "Print a year's bank holidays, one YYYY-MM-DD a line, in date order");
  calendar_holidays->add_option("--year", holidays_options.year, "The year, YYYY")->required();
  calendar_holidays->add_option("--partnership", holidays_options.partnership,
                                "Include this partnership's own changes (its slug)");
  AddWorkingDaysOptions add_days_options;
  auto* calendar_add_days = calendar->add_subcommand(
      "add-working-days", "Print the date a number of working days after a date");
  calendar_add_days->add_option("--from", add_days_options.from, "The start, YYYY-MM-DD")
      ->required();
  calendar_add_days->add_option("--days", add_days_options.days, "Working days to add (0 to 1000)")
      ->required();
  calendar_add_days->add_option("--partnership", add_days_options.partnership,
                                "Use this partnership's calendar (its slug)");

  auto* import = app.add_subcommand("import", "Bring records in from files");
  import->require_subcommand(1);
  ImportReviewsOptions import_options;
  auto* import_reviews = import->add_subcommand(
      "reviews", "Import review history from a CSV file (doc/import.md): all rows or none");
  import_reviews->add_option("--partnership", import_options.partnership, "The partnership's slug")
      ->required();
  import_reviews->add_option("file", import_options.file, "The CSV file")->required();

  auto* demo = app.add_subcommand("demo",
                                  "Create the fictional Northshire demo partnership, users, cases "
                                  "and actions (safe to repeat)");
  bool scale = false;
  DemoScaleOptions scale_options;
  demo->add_flag(
      "--scale", scale,
      "Instead: synthetic partnerships, cases and actions for benchmarks (scale-001, ...)");
  demo->add_option("--partnerships", scale_options.partnerships,
                   "With --scale: how many partnerships (default 150)");
  demo->add_option("--cases", scale_options.cases,
                   "With --scale: how many cases in all (default 20000)");
  demo->add_option("--actions", scale_options.actions,
                   "With --scale: how many actions in all, with their updates and a review round "
                   "per partnership (default 0)");
  demo->add_option("--survey-answers", scale_options.survey_answers,
                   "With --scale: a closed staff survey of the first partnership with this many "
                   "answers");

  RemindOptions remind_options;
  auto* remind = app.add_subcommand(
      "remind",
      "E-mail each action lead one digest of their actions that need attention (once a London "
      "day; for cron) and print how many digests were sent");
  remind->add_option("--partnership", remind_options.partnership,
                     "Only this partnership (its slug)");
  remind
      ->add_option("--base-url", remind_options.base_url,
                   "Where people reach Assure, for the links, e.g. https://assure.example.org")
      ->envname("ASSURE_BASE_URL")
      ->capture_default_str();
  remind
      ->add_option("--smtp-url", remind_options.smtp_url,
                   "SMTP server, as for serve; without it nothing is sent. Prefer the environment "
                   "variable: a command line is visible to other users")
      ->envname("ASSURE_SMTP_URL");
  remind->add_option("--mail-from", remind_options.mail_from, "Sender address of the e-mails")
      ->envname("ASSURE_MAIL_FROM");

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

  security::SodiumRandom random;
  if (*serve) {
    serve_options.db_url = db_url;
    return Serve(serve_options, clock);
  }
  if (*migrate) return Migrate(db_url, clock);
  if (*backup) return Backup(db_url, backup_to);
  if (*partnership_add) return PartnershipAdd(db_url, partnership_add_options, clock);
  if (*user_add) return UserAdd(db_url, user_add_options, clock, random);
  if (*user_disable) return UserDisable(db_url, disable_email, clock);
  if (*token_create) return TokenCreate(db_url, token_options, clock, random);
  if (*audit_verify) return AuditVerify(db_url, clock);
  if (*audit_export) return AuditExport(db_url, export_options, clock);
  if (*calendar_holidays) return CalendarHolidays(db_url, holidays_options, clock);
  if (*calendar_add_days) return CalendarAddWorkingDays(db_url, add_days_options, clock);
  if (*import_reviews) return ImportReviews(db_url, import_options, clock);
  if (*remind) return Remind(db_url, remind_options, clock, random);
  if (*demo) return scale ? DemoScale(db_url, scale_options, clock) : Demo(db_url, clock);
  if (*version) {
    std::printf("assure %s\n", kVersion);
    return kExitOk;
  }
  return kExitUsage;
}

}  // namespace assure::cli
