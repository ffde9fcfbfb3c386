// Clock marks: each case's next statutory clock (NextClockMark, case.h), stored with the case
// (CaseRepository::PutClockMark) so that the case list and its overdue filter need no clock
// arithmetic. Called by whatever changes a case's records, rules or calendar, inside that
// change's transaction. Free functions; thread-safe as the Store is.
//
// Whether a clock is met and when it is due depend only on the case's records, the rules and the
// calendar, never on today; so the mark stays true until one of those changes, and whoever
// changes them marks again IN THE SAME TRANSACTION:
//   - every workflow step (RunCaseStep) and case creation, information request changes, imports
//     and demo data: MarkCase for that case;
//   - a change to the partnership's deadline rules or working calendar: MarkCases for all;
//   - `assure migrate`: MarkCases for the cases never marked (stored before their case had a mark).
// The mark's status (on time, at risk, overdue) is worked out when shown (ClockOfMark).
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.h"
#include "domain/reviews/clocks/clocks.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

// The unmet clock of `records` due first under `settings`, if any. Fails as ComputeClocks does
// (a clock that would need a day outside the verified years), naming the field.
core::Result<std::optional<NextClockMark>> NextClockMarkOf(const CaseRecords& records,
                                                           const DeadlineSettings& settings);

// The mark shown as a clock as of `today`: its status and working days (clocks.h's rules).
core::Result<StatutoryClock> ClockOfMark(const NextClockMark& mark, const WorkingCalendar& calendar,
                                         CivilDate today);

// Stores the next clock of `records` (already loaded, as a step leaves them).
core::Status MarkRecords(Transaction& tx, PartnershipId partnership_id, const CaseRecords& records,
                         const DeadlineSettings& settings);

// Loads the case's records and stores its next clock.
core::Status MarkCase(Transaction& tx, PartnershipId partnership_id, CaseId id,
                      const DeadlineSettingsSource& deadlines);

// Marks every case of the partnership, or only those never marked; returns how many it marked.
core::Result<std::int64_t> MarkCases(Transaction& tx, PartnershipId partnership_id,
                                     const DeadlineSettingsSource& deadlines, bool only_unmarked);

// MarkCases(only_unmarked) for every partnership, one write transaction each; returns how many
// cases it marked in all (0 once every case is marked, so cheap to run at every start).
core::Result<std::int64_t> MarkUnmarkedCases(Store& store, const DeadlineSettingsSource& deadlines);

}  // namespace assure::domain
