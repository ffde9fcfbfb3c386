// AttendanceService: the attendance figure (attendance_figures.h) over a period, for the page,
// the API (/api/v1/reports/attendance) and the annual report. Read by the business unit and by
// everyone who reads reports (report: read); the figure names agencies and bodies, no person. One
// read transaction, audited ("governance.attendance.read"). Thread-safe as the Store is.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/governance/meetings/attendance_figures.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

struct AttendanceReport {
  CivilDate from;
  CivilDate to;
  std::vector<AttendanceFigure> figures;  // by agency name, then body name
  std::map<AgencyId, std::string> agency_names;
  std::map<BodyId, std::string> body_names;
  int meetings = 0;  // meetings counted (held, attendance recorded)
};

class AttendanceService {
 public:
  AttendanceService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // kInvalidInput ("to") when `to` is before `from`, or the period is longer than 5 years.
  core::Result<AttendanceReport> Report(const Requester& requester, CivilDate from,
                                        CivilDate to) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
