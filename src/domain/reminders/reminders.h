// ReminderService: the daily reminder job (doc/actions.md, "Reminders"), run by
// `assure serve` on a timer and by `assure remind` for cron. For each partnership (or one) it
// finds the open actions with a lead account whose ReasonsToRemind (action_rules.h) are not empty
// today (the London date; due soon by the partnership's own working calendar; unreviewed in the
// current quarter's open round) and the published briefings an agency has not confirmed as
// shared within kConfirmWithinWorkingDays working days (dissemination.h; told to every agency
// lead of that agency), groups them by account, and sends each ONE digest (reminder_digest.h:
// titles, dates, reasons and links only) to their account e-mail.
//
// Idempotent per London day, per partnership (ReminderRunRepository):
//   - a partnership whose day is finished is skipped: a second run that day sends nothing;
//   - each lead's digest is claimed in its own transaction before it is sent and released if the
//     mail server refuses it, so a run retries only the leads that failed, and two runs at once
//     never both send. A process that dies between claim and send loses that digest for the day
//     (the actions are listed again the next day while they still need attention);
//   - the day is finished once every lead's digest went (none failed, none left by a stop).
// A lead whose account is disabled or who is no longer a member gets nothing (counted as
// skipped). No mail is built when the Mailer is not configured: nothing is sent or written, and
// the run says so. Each run of a partnership that is not skipped writes one audit event,
// "reminders.sent" on the partnership, with counts only (never an address), outcome failure when
// a digest failed. Storage errors end the run with the error; a mail failure does not.
//
// Thread-safe: references to thread-safe collaborators, no mutable state. The store, clock and
// mailer must outlive it.
#pragma once

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"
#include "domain/mail/mailer.h"
#include "domain/store.h"

namespace assure::domain {

// What one partnership's run did.
struct PartnershipReminders {
  PartnershipId partnership_id = 0;
  bool already_finished = false;  // the day was finished by an earlier run: nothing was done
  bool finished = false;          // this run finished the day
  int digests_sent = 0;
  int actions_sent = 0;    // actions listed in the digests sent
  int briefings_sent = 0;  // unconfirmed briefings listed in the digests sent (per agency lead)
  int already_sent = 0;    // leads whose digest of the day an earlier run sent (or one is sending)
  int leads_skipped = 0;   // leads with a disabled account, or no longer members
  std::vector<UserId> failed_leads;  // their digest was refused; the next run tries again
};

struct ReminderRun {
  bool mail_configured = true;  // false: nothing was sent or recorded
  bool stopped = false;         // the stop token ended the run early
  CivilDate day;                // the London date the run was for
  std::vector<PartnershipReminders> partnerships;

  int DigestsSent() const;
  int DigestsFailed() const;
  int ActionsSent() const;
  int BriefingsSent() const;
};

struct ReminderRequest {
  std::optional<PartnershipId> partnership_id;  // unset: every partnership
  std::stop_token stop;                         // checked before each digest
};

class ReminderService {
 public:
  // `base_url` is where Assure is served, for the links ("https://assure.example.org").
  ReminderService(Store& store, const core::Clock& clock, Mailer& mailer, std::string base_url);

  // kNotFound when request.partnership_id names no partnership; kUnavailable (or another storage
  // error) when the database fails.
  core::Result<ReminderRun> RunDaily(const ReminderRequest& request = {}) const;

 private:
  core::Result<PartnershipReminders> RunPartnership(const Partnership& partnership, CivilDate day,
                                                    const std::stop_token& stop,
                                                    bool& stopped) const;

  Store& store_;
  const core::Clock& clock_;
  Mailer& mailer_;
  const std::string base_url_;
};

}  // namespace assure::domain
