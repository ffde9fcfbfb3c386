// The daily reminder job as `assure serve` runs it on its timer (serve_command.cc): one run of
// domain::ReminderService, its outcome written to the operational log. Ids and counts only:
// never an address, a name or an action's title. A failure is logged and returns normally, so
// the server carries on and the next tick tries again.
// Thread-safe as the service and the log are.
#pragma once

#include <chrono>
#include <stop_token>

#include "domain/reminders/reminders.h"
#include "http/event_log.h"

namespace assure::cli {

// When serve first runs the job after it starts, and how often it checks again after that (each
// check sends only what the London day still owes: reminders.h).
inline constexpr std::chrono::seconds kReminderFirstRun{5};
inline constexpr std::chrono::hours kReminderCheckEvery{1};

// Logs "reminders_sent" (info) when some partnership's day was run, "reminder_digests_failed"
// (warning) for each partnership with refused digests, "reminders_error" (error) when the run
// failed; nothing when every partnership's day was done already.
void RunReminderJob(const domain::ReminderService& reminders, const http::EventLog& log,
                    std::stop_token stop);

}  // namespace assure::cli
