// The parts of the demo's governance (demo_governance.h), internal to it: what it reads of the
// partnership, the days and instants of its steps, the structure's writer (demo_governance.cc)
// and the meetings' writer (demo_meetings.cc) that AddDemoGovernance calls. Not thread-safe: one
// command uses them at a time.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <vector>

#include "cli/demo/demo_steps.h"
#include "cli/demo/governance/demo_governance.h"
#include "cli/demo/governance/demo_governance_texts.h"
#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/governance/body.h"
#include "domain/identity/user.h"
#include "domain/partnership/agency.h"
#include "domain/store.h"

namespace assure::cli::demo_governance {

// What the demo reads of the partnership before writing.
struct Partnership {
  bool governed = false;  // it has a body already: the demo writes nothing
  People people;
  std::optional<domain::User> board_member;       // the first board member's account, if any
  std::map<AgencyType, domain::Agency> agencies;  // the first agency of each type, by id
  std::set<domain::AgencyId> statutory;           // the statutory partners
};

// The partnership; kNotFound without a business manager or an agency of one of the types.
core::Result<Partnership> ReadPartnership(domain::Transaction& tx, domain::PartnershipId id);

// The days and instants of the steps: working days relative to `today`, at nine in the morning
// (UTC) and a minute later for each instant asked of the same day, so a day's steps keep their
// order however many days there are.
class GovernanceTimes {
 public:
  explicit GovernanceTimes(domain::CivilDate today) : today_(today) {}

  domain::CivilDate today() const { return today_; }
  // The day `working_days_ago` working days before today (after it when negative).
  domain::CivilDate Day(int working_days_ago) const;
  // `days` working days after `day` (before it when negative).
  domain::CivilDate AddWorking(domain::CivilDate day, int days) const;
  // `day` when it is a working day, else the first working day after it.
  domain::CivilDate Working(domain::CivilDate day) const;
  // `day` when it is before the last working day, else two working days ago: as in the other
  // demos, no one's step is dated in the last two days (only the demo command's own events are).
  domain::CivilDate Past(domain::CivilDate day) const;
  // The day the structure was set up: twenty months before today.
  domain::CivilDate SetUp() const;
  core::Instant At(domain::CivilDate day);

 private:
  domain::CivilDate today_;
  domain::WorkingCalendar calendar_;
  std::map<domain::CivilDate, int> minutes_;  // instants given, by day
};

// A body as stored once its structure is written: with every member, and the text of each.
struct WrittenBody {
  const BodyText* text = nullptr;
  domain::Body body;
  std::map<domain::BodyMemberId, const MemberText*> members;
};

// Writes the bodies of kBodies, parents first, as the business manager: each created on the
// set-up day with its members, chair and vice-chair and the first version of its terms; the
// changes of membership on their days; the second version of the terms six months ago.
core::Result<std::vector<WrittenBody>> WriteStructure(domain::Store& store,
                                                      const Partnership& partnership,
                                                      GovernanceTimes& times,
                                                      WrittenGovernance& written);

// Writes the meetings of one body, oldest first, as the business officer; `salt` (the body's
// index) varies the attendance pattern between bodies.
core::Status WriteMeetings(domain::Store& store, const Partnership& partnership,
                           GovernanceTimes& times, const WrittenBody& body, int salt,
                           WrittenGovernance& written);

}  // namespace assure::cli::demo_governance
