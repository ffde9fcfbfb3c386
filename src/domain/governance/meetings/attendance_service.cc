#include "domain/governance/meetings/attendance_service.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "domain/governance/body_repository.h"
#include "domain/governance/governance_access.h"
#include "domain/governance/meetings/meeting_repository.h"

namespace assure::domain {
namespace {

constexpr int kMaxPeriodDays = 5 * 366;

}  // namespace

core::Result<AttendanceReport> AttendanceService::Report(const Requester& requester, CivilDate from,
                                                         CivilDate to) const {
  const core::Instant now = clock_.Now();
  if (to < from) {
    return core::Error::InvalidInput("to", "The end of the period cannot be before its start.");
  }
  if (DaysBetween(from, to) > kMaxPeriodDays) {
    return core::Error::InvalidInput("to", "The period can be at most five years.");
  }
  auto report = store_.Write([&](Transaction& tx) -> core::Result<AttendanceReport> {
    if (!Permits(requester.principal, Resource::kReport, Action::kRead, InPartnership(requester))) {
      return core::Error::Forbidden("You may not read reports.");
    }
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(partnership).List());
    ASSURE_ASSIGN_OR_RETURN(const auto meetings,
                            tx.meetings(partnership).List({std::nullopt, from, to}));
    ASSURE_ASSIGN_OR_RETURN(const auto agencies, tx.agencies(partnership).List());
    AttendanceReport out;
    out.from = from;
    out.to = to;
    for (const Agency& agency : agencies) out.agency_names.emplace(agency.id, agency.name);
    for (const Body& body : bodies) out.body_names.emplace(body.id, body.content.name);
    out.meetings =
        static_cast<int>(std::count_if(meetings.begin(), meetings.end(), [](const Meeting& m) {
          return !m.content.cancelled && !m.attendance.empty();
        }));
    out.figures = ComputeAttendance(bodies, meetings, from, to);
    std::sort(
        out.figures.begin(), out.figures.end(),
        [&](const AttendanceFigure& a, const AttendanceFigure& b) {
          return std::tie(out.agency_names[a.agency_id], out.body_names[a.body_id], a.body_id) <
                 std::tie(out.agency_names[b.agency_id], out.body_names[b.body_id], b.body_id);
        });
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.attendance.read",
                                    {"report", "attendance"},
                                    FormatCivilDate(from) + " to " + FormatCivilDate(to)));
    return out;
  });
  return AuditRefusal(store_, clock_, requester, "governance.attendance.read",
                      {"report", "attendance"}, std::move(report));
}

}  // namespace assure::domain
