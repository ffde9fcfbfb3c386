#include "domain/reminders/reminders.h"

#include <map>
#include <set>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/identity/audit_record.h"
#include "domain/learning/dissemination_service.h"
#include "domain/london_date.h"
#include "domain/reminders/reminder_digest.h"
#include "domain/reviews/clocks/deadline_settings.h"

namespace assure::domain {

namespace {

// Who the job is in the audit trail: no user, "reminders" where a person's address would be.
constexpr const char* kJobActor = "reminders";

struct LeadDigest {
  UserId lead = 0;
  int actions = 0;
  int briefings = 0;
  OutgoingMail mail;
};

// What one account is reminded of.
struct LeadItems {
  std::vector<DigestItem> actions;            // in due date order
  std::vector<BriefingDigestItem> briefings;  // by briefing, then agency name
};

// What a partnership's run will send, read in one snapshot.
struct Plan {
  bool already_finished = false;
  int leads_skipped = 0;
  std::vector<LeadDigest> digests;  // by lead id
};

// The actions of the current quarter's open review round whose entry has no outcome yet.
core::Result<std::set<ActionId>> UnreviewedThisQuarter(Transaction& tx,
                                                       PartnershipId partnership_id,
                                                       CivilDate day) {
  std::set<ActionId> unreviewed;
  auto& rounds = tx.review_rounds(partnership_id);
  ASSURE_ASSIGN_OR_RETURN(auto round, rounds.ForQuarter(QuarterOf(day)));
  if (!round || (round)->closed_on) return unreviewed;
  ASSURE_ASSIGN_OR_RETURN(auto entries, rounds.Entries((round)->id));
  for (const ReviewEntry& entry : entries) {
    if (!entry.outcome) unreviewed.insert(entry.action_id);
  }
  return unreviewed;
}

core::Result<Plan> PlanDigests(Transaction& tx, const Partnership& partnership, CivilDate day,
                               const std::string& base_url) {
  Plan plan;
  ASSURE_ASSIGN_OR_RETURN(auto finished, tx.reminder_runs(partnership.id).Finished(day));
  if (finished) {
    plan.already_finished = true;
    return plan;
  }
  ASSURE_ASSIGN_OR_RETURN(auto settings, PartnershipDeadlines().For(tx, partnership.id));
  ASSURE_ASSIGN_OR_RETURN(auto unreviewed, UnreviewedThisQuarter(tx, partnership.id, day));
  ActionQuery open;
  open.open = true;
  open.limit = 0;
  ASSURE_ASSIGN_OR_RETURN(auto page, tx.actions(partnership.id).List(open));

  std::map<UserId, LeadItems> by_lead;
  for (const PlanAction& action : page.actions) {
    if (!action.lead_user_id) continue;
    auto reasons = ReasonsToRemind(action, day, settings.calendar, !unreviewed.contains(action.id));
    if (reasons.empty()) continue;
    by_lead[*action.lead_user_id].actions.push_back(DigestItemOf(action, std::move(reasons)));
  }
  ASSURE_ASSIGN_OR_RETURN(auto members, tx.memberships(partnership.id).ListMembers());
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgenciesByName(tx, partnership.id));
  ASSURE_ASSIGN_OR_RETURN(const auto unconfirmed,
                          UnconfirmedIn(tx, partnership.id, agencies, day, settings.calendar));
  for (const UnconfirmedDissemination& line : unconfirmed) {
    if (!line.overdue) continue;
    std::set<UserId> reminded;  // a lead holding two memberships of one agency is told once
    for (const Member& member : members) {
      if (member.membership.role != Role::kAgencyLead ||
          member.membership.agency_id != line.agency_id ||
          !reminded.insert(member.user.id).second) {
        continue;
      }
      by_lead[member.user.id].briefings.push_back(
          {line.briefing_id, line.title, line.agency_name, line.confirm_by});
    }
  }
  std::map<UserId, const User*> member_users;
  for (const Member& member : members) member_users.emplace(member.user.id, &member.user);
  for (const auto& [lead, items] : by_lead) {
    const auto user = member_users.find(lead);
    if (user == member_users.end() || user->second->disabled) {
      ++plan.leads_skipped;
      continue;
    }
    const DigestAddress address{user->second->email, user->second->display_name, partnership.name,
                                base_url};
    plan.digests.push_back({lead, static_cast<int>(items.actions.size()),
                            static_cast<int>(items.briefings.size()),
                            ComposeDigest(address, items.actions, items.briefings)});
  }
  return plan;
}

// "digests sent 2, failed 0, already sent 0, leads skipped 0, actions 5, briefings 1": counts
// only.
std::string AuditCounts(const PartnershipReminders& done) {
  return "digests sent " + std::to_string(done.digests_sent) + ", failed " +
         std::to_string(done.failed_leads.size()) + ", already sent " +
         std::to_string(done.already_sent) + ", leads skipped " +
         std::to_string(done.leads_skipped) + ", actions " + std::to_string(done.actions_sent) +
         ", briefings " + std::to_string(done.briefings_sent);
}

}  // namespace

int ReminderRun::DigestsSent() const {
  int sent = 0;
  for (const PartnershipReminders& p : partnerships) sent += p.digests_sent;
  return sent;
}

int ReminderRun::DigestsFailed() const {
  int failed = 0;
  for (const PartnershipReminders& p : partnerships) {
    failed += static_cast<int>(p.failed_leads.size());
  }
  return failed;
}

int ReminderRun::BriefingsSent() const {
  int briefings = 0;
  for (const PartnershipReminders& p : partnerships) briefings += p.briefings_sent;
  return briefings;
}

int ReminderRun::ActionsSent() const {
  int actions = 0;
  for (const PartnershipReminders& p : partnerships) actions += p.actions_sent;
  return actions;
}

ReminderService::ReminderService(Store& store, const core::Clock& clock, Mailer& mailer,
                                 std::string base_url)
    : store_(store), clock_(clock), mailer_(mailer), base_url_(std::move(base_url)) {}

core::Result<ReminderRun> ReminderService::RunDaily(const ReminderRequest& request) const {
  ReminderRun run;
  run.day = LondonDate(clock_.Now());
  if (!mailer_.configured()) {
    run.mail_configured = false;
    return run;
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto partnerships,
      store_.Read([&](Transaction& tx) -> core::Result<std::vector<Partnership>> {
        if (!request.partnership_id) return tx.partnerships().List();
        ASSURE_ASSIGN_OR_RETURN(auto one, tx.partnerships().FindById(*request.partnership_id));
        return std::vector<Partnership>{one};
      }));
  for (const Partnership& partnership : partnerships) {
    if (request.stop.stop_requested()) {
      run.stopped = true;
      break;
    }
    ASSURE_ASSIGN_OR_RETURN(auto done,
                            RunPartnership(partnership, run.day, request.stop, run.stopped));
    run.partnerships.push_back(std::move(done));
    if (run.stopped) break;
  }
  return run;
}

core::Result<PartnershipReminders> ReminderService::RunPartnership(const Partnership& partnership,
                                                                   CivilDate day,
                                                                   const std::stop_token& stop,
                                                                   bool& stopped) const {
  PartnershipReminders done;
  done.partnership_id = partnership.id;
  ASSURE_ASSIGN_OR_RETURN(auto plan, store_.Read([&](Transaction& tx) {
    return PlanDigests(tx, partnership, day, base_url_);
  }));
  if (plan.already_finished) {
    done.already_finished = true;
    return done;
  }
  done.leads_skipped = plan.leads_skipped;

  for (const LeadDigest& digest : plan.digests) {
    if (stop.stop_requested()) {
      stopped = true;
      break;
    }
    ASSURE_ASSIGN_OR_RETURN(auto claimed, store_.Write([&](Transaction& tx) {
      return tx.reminder_runs(partnership.id)
          .Claim(day, digest.lead, digest.actions + digest.briefings);
    }));
    if (!claimed) {
      ++done.already_sent;
      continue;
    }
    if (mailer_.Send(digest.mail).ok()) {
      ++done.digests_sent;
      done.actions_sent += digest.actions;
      done.briefings_sent += digest.briefings;
      continue;
    }
    done.failed_leads.push_back(digest.lead);
    core::Status released = store_.Write([&](Transaction& tx) {
      return tx.reminder_runs(partnership.id).Release(day, digest.lead);
    });
    if (!released.ok()) return released.error();
  }

  done.finished = done.failed_leads.empty() && !stopped;
  core::Status recorded = store_.Write([&](Transaction& tx) -> core::Status {
    auto& runs = tx.reminder_runs(partnership.id);
    if (done.finished) {
      ASSURE_ASSIGN_OR_RETURN(auto claimed, runs.Claimed(day));
      ASSURE_TRY(runs.Finish(day, claimed));
    }
    const Actor job{partnership.id, std::nullopt, std::nullopt, kJobActor};
    return Record(
        tx.audit(),
        MakeAuditEvent(job, "reminders.sent",
                       done.failed_leads.empty() ? AuditOutcome::kSuccess : AuditOutcome::kFailure,
                       clock_.Now(), {"partnership", std::to_string(partnership.id)},
                       AuditCounts(done)));
  });
  if (!recorded.ok()) return recorded.error();
  return done;
}

}  // namespace assure::domain
