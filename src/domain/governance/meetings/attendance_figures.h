// The attendance figure (doc/figures.md, "Attendance"): for each agency and body over a period,
// the meetings the agency was expected at (held, not cancelled, attendance recorded, with at
// least one of its members expected), those at which one of its members was present, those at
// which none was present but a deputy was sent, and the share attended either way. Pure;
// thread-safe.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "domain/governance/body.h"
#include "domain/governance/meetings/meeting.h"

namespace assure::domain {

struct AttendanceFigure {
  AgencyId agency_id = 0;
  BodyId body_id = 0;
  int expected = 0;
  int in_person = 0;
  int by_deputy = 0;
  // (in_person + by_deputy) / expected, as a whole percentage rounded half up; unset when
  // expected is 0 (never shown as 0%).
  std::optional<int> percent() const;
};

// The figures of `meetings` held from `from` to `to` (inclusive), by agency then body, for the
// bodies in `bodies` (members with no agency are not counted: a figure is an agency's).
std::vector<AttendanceFigure> ComputeAttendance(const std::vector<Body>& bodies,
                                                const std::vector<Meeting>& meetings,
                                                CivilDate from, CivilDate to);

}  // namespace assure::domain
