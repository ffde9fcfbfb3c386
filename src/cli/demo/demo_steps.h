// Who takes the demo's steps through the services, and when (demo_briefings.h,
// assurance/demo_assurance.h): the partnership's business officer and manager and each agency's
// lead as Requesters, a clock that stays on one step's instant, and the days and instants of a
// run's steps, working days before `today`.
//
// Header only. Not thread-safe: one command uses them at a time (StepClock itself never
// changes).
#pragma once

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/civil_date.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::cli {

// A clock that stays on one instant: each step's services see the day the step is taken.
class StepClock final : public core::Clock {
 public:
  explicit StepClock(core::Instant at) : at_(at) {}
  core::Instant Now() const override { return at_; }
  std::chrono::steady_clock::time_point Steady() const override { return {}; }

 private:
  core::Instant at_;
};

// Who takes the steps.
struct People {
  domain::Requester officer;  // the business officer (the manager when there is none)
  domain::Requester manager;  // the business manager
  // By agency id: each agency's lead (the officer for an agency without one).
  std::vector<std::pair<domain::AgencyId, domain::Requester>> agencies;
};

// The partnership's people, members not disabled; kNotFound without a business manager.
inline core::Result<People> ReadPeople(domain::Transaction& tx, domain::PartnershipId partnership) {
  ASSURE_ASSIGN_OR_RETURN(const auto members, tx.memberships(partnership).ListMembers());
  std::map<domain::UserId, std::vector<domain::Membership>> held;
  std::optional<domain::UserId> officer;
  std::optional<domain::UserId> manager;
  std::map<domain::AgencyId, domain::UserId> leads;
  for (const domain::Member& member : members) {
    if (member.user.disabled) continue;
    const domain::Membership& membership = member.membership;
    held[member.user.id].push_back(membership);
    if (membership.role == domain::Role::kBusinessOfficer && !officer) officer = member.user.id;
    if (membership.role == domain::Role::kBusinessManager && !manager) manager = member.user.id;
    if (membership.role == domain::Role::kAgencyLead && membership.agency_id) {
      leads.try_emplace(*membership.agency_id, member.user.id);
    }
  }
  if (!manager) return core::Error::NotFound("The demo partnership has no business manager.");
  const auto as = [&](domain::UserId user) {
    domain::Requester requester;
    requester.principal = domain::Principal{user, partnership, held[user]};
    requester.actor = domain::Actor{partnership, user, std::nullopt, "cli"};
    return requester;
  };
  People people{as(officer.value_or(*manager)), as(*manager), {}};
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership).List());
  std::sort(agencies.begin(), agencies.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  for (const domain::Agency& agency : agencies) {
    const auto lead = leads.find(agency.id);
    people.agencies.emplace_back(agency.id,
                                 lead == leads.end() ? people.officer : as(lead->second));
  }
  return people;
}

// The days and instants of a run's steps: working days before `today`, at nine in the morning
// (UTC) and a minute later for each instant asked, so the steps keep their order.
class StepTimes {
 public:
  explicit StepTimes(domain::CivilDate today) : today_(today) {}

  domain::CivilDate today() const { return today_; }
  // The day `working_days_ago` working days before today (after it when negative). The demo's
  // days lie in the calendar's verified years, so a failure is a bug in the demo: it aborts.
  domain::CivilDate Day(int working_days_ago) const {
    return calendar_.AddWorkingDays(today_, -working_days_ago).value();
  }
  core::Instant At(domain::CivilDate day) {
    return std::chrono::time_point_cast<std::chrono::microseconds>(
        std::chrono::sys_days{day} + std::chrono::hours{9} + std::chrono::minutes{minute_++});
  }

 private:
  domain::CivilDate today_;
  domain::WorkingCalendar calendar_;
  int minute_ = 0;
};

}  // namespace assure::cli
