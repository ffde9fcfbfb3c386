#include "domain/governance/meetings/attendance_figures.h"

#include <map>
#include <set>
#include <utility>

namespace assure::domain {

std::optional<int> AttendanceFigure::percent() const {
  if (expected == 0) return std::nullopt;
  const int attended = in_person + by_deputy;
  return (attended * 200 + expected) / (2 * expected);
}

std::vector<AttendanceFigure> ComputeAttendance(const std::vector<Body>& bodies,
                                                const std::vector<Meeting>& meetings,
                                                CivilDate from, CivilDate to) {
  std::map<BodyId, const Body*> by_id;
  for (const Body& body : bodies) by_id.emplace(body.id, &body);
  std::map<std::pair<AgencyId, BodyId>, AttendanceFigure> figures;
  for (const Meeting& meeting : meetings) {
    const CivilDate day = meeting.content.held_on;
    if (meeting.content.cancelled || meeting.attendance.empty() || day < from || to < day) {
      continue;
    }
    const auto body = by_id.find(meeting.body_id);
    if (body == by_id.end()) continue;
    std::map<BodyMemberId, const BodyMember*> members;
    for (const BodyMember& member : body->second->members) members.emplace(member.id, &member);
    // For each agency expected: whether someone was present, whether a deputy was sent.
    std::map<AgencyId, std::pair<bool, bool>> agencies;
    for (const AttendanceMark& mark : meeting.attendance) {
      const auto member = members.find(mark.member_id);
      if (member == members.end() || !member->second->agency_id) continue;
      auto& [present, deputy] = agencies[*member->second->agency_id];
      present = present || mark.status == AttendanceStatus::kPresent;
      deputy = deputy || mark.status == AttendanceStatus::kDeputy;
    }
    for (const auto& [agency, seen] : agencies) {
      AttendanceFigure& figure = figures[{agency, meeting.body_id}];
      figure.agency_id = agency;
      figure.body_id = meeting.body_id;
      ++figure.expected;
      if (seen.first) {
        ++figure.in_person;
      } else if (seen.second) {
        ++figure.by_deputy;
      }
    }
  }
  std::vector<AttendanceFigure> out;
  out.reserve(figures.size());
  for (auto& [key, figure] : figures) out.push_back(figure);
  return out;
}

}  // namespace assure::domain
