// The subcommands of the assure command. Each returns the process exit status; errors are
// printed as one line by Fail() (exit_codes.h). main() calls Run(), which parses the command line
// and makes the one random source the commands share.
//
// The administrative commands (partnership, user, token, demo) each run as ONE transaction on a
// migrated database and record what they change in the audit trail, as the actor "cli". Their
// results (an id, a link, a token) go to standard output, one per line, so scripts can read them;
// notes for the person go to standard error.
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "security/random.h"

namespace assure::cli {

struct ServeOptions {
  std::string db_url;
  std::string listen = "127.0.0.1:8080";
  std::string assets = "web/dist";
  std::size_t threads = 4;
  std::vector<std::string> trusted_proxies;
  std::string smtp_url;   // empty: no e-mail is sent
  std::string mail_from;  // required with smtp_url
  std::string base_url;   // for links in e-mails; empty: http://localhost:<the listen port>
  std::size_t survey_answers_per_hour = 120;  // from one client address
};

int Serve(const ServeOptions& options, const core::Clock& clock);
int Migrate(const std::string& db_url, const core::Clock& clock);
int Backup(const std::string& db_url, const std::string& destination);

// `assure partnership add`: prints the new partnership's id.
struct PartnershipAddOptions {
  std::string slug;
  std::string name;
  bool demo = false;  // made-up records only; MFA not required
};
int PartnershipAdd(const std::string& db_url, const PartnershipAddOptions& options,
                   const core::Clock& clock);

inline constexpr const char* kDefaultBaseUrl = "http://127.0.0.1:8080";

// `assure user add`: prints a one-time set-password link.
struct UserAddOptions {
  std::string partnership;  // slug
  std::string email;
  std::string name;
  std::string role;    // a RoleName
  std::string agency;  // the agency's name; required for agency_lead
  std::string base_url = kDefaultBaseUrl;
};
int UserAdd(const std::string& db_url, const UserAddOptions& options, const core::Clock& clock,
            security::Random& random);

// `assure user disable`: disables the account and ends its sessions.
int UserDisable(const std::string& db_url, const std::string& email, const core::Clock& clock);

// `assure token create`: prints a new API token, once.
struct TokenCreateOptions {
  std::string partnership;  // slug
  std::string email;
  std::string name;
  int days = 30;  // 1..365
};
int TokenCreate(const std::string& db_url, const TokenCreateOptions& options,
                const core::Clock& clock, security::Random& random);

// `assure audit verify`: kExitOk when every chain is intact, kExitAuditBroken otherwise.
int AuditVerify(const std::string& db_url, const core::Clock& clock);

// `assure audit export`: JSON lines of the events of the UTC days from..to (both inclusive).
struct AuditExportOptions {
  std::string from;  // YYYY-MM-DD
  std::string to;    // YYYY-MM-DD
};
int AuditExport(const std::string& db_url, const AuditExportOptions& options,
                const core::Clock& clock);

// `assure calendar holidays`: the year's bank holidays, one YYYY-MM-DD a line in date order,
// with the partnership's changes when a slug is given (the database is opened only then).
struct CalendarHolidaysOptions {
  std::string year;         // 1900..2199
  std::string partnership;  // slug; empty: the national calendar
};
int CalendarHolidays(const std::string& db_url, const CalendarHolidaysOptions& options,
                     const core::Clock& clock);

// `assure calendar add-working-days`: prints the date `days` working days after `from`.
struct AddWorkingDaysOptions {
  std::string from;         // YYYY-MM-DD
  std::string days;         // 0..1000
  std::string partnership;  // slug; empty: the national calendar
};
int CalendarAddWorkingDays(const std::string& db_url, const AddWorkingDaysOptions& options,
                           const core::Clock& clock);

// `assure remind`: the daily reminder job once, for cron (remind_command.cc). Prints how many
// digests were sent; exit 69 when some were refused (running it again retries only those).
struct RemindOptions {
  std::string partnership;  // slug; empty: every partnership
  std::string base_url = "http://localhost:8080";
  std::string smtp_url;   // empty: nothing is sent (a note says so)
  std::string mail_from;  // required with smtp_url
};
int Remind(const std::string& db_url, const RemindOptions& options, const core::Clock& clock,
           security::Random& random);

// `assure demo`: the fictional Northshire partnership, its agencies, one user per role and an
// agency lead per agency, its cases for review and its action plans.
int Demo(const std::string& db_url, const core::Clock& clock);

// The published password of every demo account (demo partnerships hold made-up records only).
inline constexpr const char* kDemoPassword = "northshire-demo-2026";

// `assure demo --scale`: synthetic partnerships, cases and actions for the benchmarks
// (demo_scale.cc).
struct DemoScaleOptions {
  int partnerships = 150;
  int cases = 20000;
  int actions = 0;         // in all, spread over the partnerships like the cases
  int survey_answers = 0;  // a closed staff survey with this many answers in the first one
};
int DemoScale(const std::string& db_url, const DemoScaleOptions& options, const core::Clock& clock);

// `assure import reviews`: review history from a CSV file (doc/import.md), all or nothing.
struct ImportReviewsOptions {
  std::string partnership;  // slug
  std::string file;         // the CSV file's path
};
// Exit status when the file has problems and nothing was imported (EX_DATAERR).
inline constexpr int kExitImportRefused = 65;
int ImportReviews(const std::string& db_url, const ImportReviewsOptions& options,
                  const core::Clock& clock);

// Parses the command line and runs the chosen subcommand.
int Run(int argc, char** argv, const core::Clock& clock);

}  // namespace assure::cli
