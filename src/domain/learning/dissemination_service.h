// DisseminationService: recording how each agency shared a published briefing, the briefing's
// table of agencies (confirmed, not yet, staff reached), and the agencies overdue to confirm
// (kConfirmWithinWorkingDays working days of publication, on the partnership's calendar), for
// the pages, the API, the to-do list and the reminders alike.
//
// Who may do what (doc/access.md, "Learning briefings"): an agency lead records for their own
// agency, the business unit for any; the business unit, agency leads and board members read the
// table. Only a published briefing is shared. Each call runs ONE Store transaction with its audit
// event: "briefing.dissemination.record", "briefing.dissemination.read". Unconfirmed, read on
// every home page, is a read transaction with no audit event: it tells published titles and which
// agencies have not confirmed, no case data. A briefing the asker may not see is kNotFound,
// audited.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/learning/briefing.h"
#include "domain/learning/dissemination.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

struct DisseminationView {
  Briefing briefing;
  std::optional<CivilDate> confirm_by;  // for a published briefing
  std::vector<AgencyDissemination> agencies;
  std::vector<Dissemination> records;
  std::vector<AgencyId> may_record_for;  // the agencies the asker may record for, if published
};

// One agency that has not confirmed how it shared one published briefing.
struct UnconfirmedDissemination {
  BriefingId briefing_id = 0;
  std::string title;
  AgencyId agency_id = 0;
  std::string agency_name;
  CivilDate confirm_by;
  bool overdue = false;  // confirm_by has passed
};

// Every agency of the partnership as (id, name), by name.
core::Result<std::vector<std::pair<AgencyId, std::string>>> AgenciesByName(
    Transaction& tx, PartnershipId partnership);

// The agencies of `agencies` (id, name; in that order) that have not confirmed each published
// briefing of the partnership as of `today`: by briefing, then in the order of `agencies`. Reads
// in `tx` and audits nothing: the caller does (Unconfirmed, and the reminder job).
core::Result<std::vector<UnconfirmedDissemination>> UnconfirmedIn(
    Transaction& tx, PartnershipId partnership,
    std::span<const std::pair<AgencyId, std::string>> agencies, CivilDate today,
    const WorkingCalendar& calendar);

class DisseminationService {
 public:
  DisseminationService(Store& store, const core::Clock& clock,
                       const DeadlineSettingsSource& deadlines = PartnershipDeadlines())
      : store_(store), clock_(clock), deadlines_(deadlines) {}

  core::Result<Dissemination> Record(const Requester& requester, BriefingId id,
                                     const NewDissemination& entry) const;
  core::Result<DisseminationView> Get(const Requester& requester, BriefingId id) const;
  // Every published briefing's agencies that have not confirmed: of every agency for the
  // business unit, of the asker's own agencies for an agency lead; by briefing, then agency name.
  core::Result<std::vector<UnconfirmedDissemination>> Unconfirmed(const Requester& requester) const;

 private:
  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
