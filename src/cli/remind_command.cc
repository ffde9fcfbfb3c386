// `assure remind`: the daily reminder job once, for cron (domain/reminders/reminders.h): each
// lead of an action that needs attention gets one digest by e-mail, at most once per London day.
// Prints "N digest(s) sent" on standard output; notes on standard error: no SMTP server
// configured (nothing sent, exit 0), or digests the mail server refused, by partnership slug
// and lead account id (exit 69: running it again retries only those).
#include <cstdio>
#include <map>
#include <string>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/reminders/reminder_digest.h"
#include "domain/reminders/reminders.h"
#include "mail/make_mailer.h"

namespace assure::cli {

namespace {

std::string Digests(int count) {
  return std::to_string(count) + (count == 1 ? " digest" : " digests");
}

std::string Ids(const std::vector<domain::UserId>& ids) {
  std::string text;
  for (domain::UserId id : ids) text += (text.empty() ? "" : ", ") + std::to_string(id);
  return text;
}

}  // namespace

int Remind(const std::string& db_url, const RemindOptions& options, const core::Clock& clock,
           security::Random& random) {
  if (auto valid = domain::ValidateBaseUrl(options.base_url); !valid) return Fail(valid.error());
  auto mailer = mail::MakeMailer(options.smtp_url, options.mail_from, clock, random);
  if (!mailer) return Fail(mailer.error());
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  domain::Store& store = (*opened)->store();

  auto partnerships =
      store.Read([&](domain::Transaction& tx) -> core::Result<std::vector<domain::Partnership>> {
        if (options.partnership.empty()) return tx.partnerships().List();
        ASSURE_ASSIGN_OR_RETURN(auto one, FindPartnership(tx, options.partnership));
        return std::vector<domain::Partnership>{one};
      });
  if (!partnerships) return Fail(partnerships.error());
  std::map<domain::PartnershipId, std::string> slugs;
  for (const auto& partnership : *partnerships) slugs[partnership.id] = partnership.slug;

  domain::ReminderService reminders(store, clock, **mailer, options.base_url);
  domain::ReminderRequest request;
  if (!options.partnership.empty()) request.partnership_id = partnerships->front().id;
  auto run = reminders.RunDaily(request);
  if (!run) return Fail(run.error());
  if (!run->mail_configured) {
    std::fprintf(stderr,
                 "assure: no SMTP server is configured (--smtp-url): no reminder e-mails were "
                 "sent\n");
  }
  std::printf("%s sent\n", Digests(run->DigestsSent()).c_str());
  for (const domain::PartnershipReminders& done : run->partnerships) {
    if (done.failed_leads.empty()) continue;
    std::fprintf(stderr,
                 "assure: %s: %s not sent, the mail server refused them or could not be "
                 "reached (lead account ids %s): run 'assure remind' again to retry\n",
                 slugs[done.partnership_id].c_str(),
                 Digests(static_cast<int>(done.failed_leads.size())).c_str(),
                 Ids(done.failed_leads).c_str());
  }
  return run->DigestsFailed() > 0 ? ExitCodeFor(core::ErrorCode::kUnavailable) : kExitOk;
}

}  // namespace assure::cli
