#include "cli/serve/reminder_job.h"

#include <exception>
#include <nlohmann/json.hpp>

#include "domain/civil_date.h"

namespace assure::cli {

void RunReminderJob(const domain::ReminderService& reminders, const http::EventLog& log,
                    std::stop_token stop) {
  try {
    auto run = reminders.RunDaily({std::nullopt, std::move(stop)});
    if (!run.ok()) {
      log.Error("reminders_error", {{"reason", run.error().message}});
      return;
    }
    if (!run->mail_configured) return;  // the start-up log said so once
    int partnerships_run = 0;
    for (const domain::PartnershipReminders& done : run->partnerships) {
      if (done.already_finished) continue;
      ++partnerships_run;
      if (!done.failed_leads.empty()) {
        log.Warn("reminder_digests_failed", {{"partnership_id", done.partnership_id},
                                             {"lead_user_ids", done.failed_leads},
                                             {"retry", "at the next hourly check"}});
      }
    }
    if (partnerships_run == 0) return;
    log.Info("reminders_sent", {{"day", domain::FormatCivilDate(run->day)},
                                {"partnerships", partnerships_run},
                                {"digests", run->DigestsSent()},
                                {"digests_failed", run->DigestsFailed()},
                                {"actions", run->ActionsSent()},
                                {"stopped", run->stopped}});
  } catch (const std::exception& e) {
    log.Error("reminders_error", {{"what", e.what()}});
  } catch (...) {
    log.Error("reminders_error", {{"what", "unknown exception"}});
  }
}

}  // namespace assure::cli
