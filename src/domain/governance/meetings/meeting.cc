#include "domain/governance/meetings/meeting.h"

#include <array>
#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<AttendanceStatus, std::string_view>, 4> kStatuses{{
    {AttendanceStatus::kPresent, "present"},
    {AttendanceStatus::kApologies, "apologies"},
    {AttendanceStatus::kDeputy, "deputy"},
    {AttendanceStatus::kAbsent, "absent"},
}};
constexpr std::array<std::pair<AttendanceStatus, std::string_view>, 4> kStatusLabels{{
    {AttendanceStatus::kPresent, "Present"},
    {AttendanceStatus::kApologies, "Apologies"},
    {AttendanceStatus::kDeputy, "Deputy sent"},
    {AttendanceStatus::kAbsent, "Absent"},
}};
constexpr std::array<AttendanceStatus, 4> kAllStatuses{
    AttendanceStatus::kPresent, AttendanceStatus::kApologies, AttendanceStatus::kDeputy,
    AttendanceStatus::kAbsent};

constexpr std::array<std::pair<MinutesState, std::string_view>, 3> kMinutesStates{{
    {MinutesState::kNone, "none"},
    {MinutesState::kDraft, "draft"},
    {MinutesState::kApproved, "approved"},
}};

constexpr std::size_t kMaxMinutes = 100000;
constexpr std::size_t kMaxDecision = 5000;
constexpr std::size_t kMaxShortText = 200;

bool IsClockTime(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (const std::size_t i : {0U, 1U, 3U, 4U}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  return hours < 24 && minutes < 60;
}

}  // namespace

std::string_view AttendanceStatusName(AttendanceStatus status) {
  return NameOf<AttendanceStatus>(kStatuses, status);
}
std::optional<AttendanceStatus> ParseAttendanceStatus(std::string_view name) {
  return ParseName<AttendanceStatus>(kStatuses, name);
}
std::string_view AttendanceStatusLabel(AttendanceStatus status) {
  return NameOf<AttendanceStatus>(kStatusLabels, status);
}
std::span<const AttendanceStatus> AllAttendanceStatuses() { return kAllStatuses; }

std::string_view MinutesStateName(MinutesState state) {
  return NameOf<MinutesState>(kMinutesStates, state);
}
std::optional<MinutesState> ParseMinutesState(std::string_view name) {
  return ParseName<MinutesState>(kMinutesStates, name);
}

std::string DecisionReference(const Decision& decision) {
  return std::to_string(decision.year) + "/" + std::to_string(decision.number);
}

core::Status ValidateMeetingContent(const MeetingContent& content) {
  if (!content.held_on.ok()) {
    return core::Error::InvalidInput("held_on", "Enter the date of the meeting.");
  }
  if (!IsClockTime(content.starts_at)) {
    return core::Error::InvalidInput("starts_at", "Enter the start time as HH:MM, 24-hour.");
  }
  if (content.duration_minutes < 15 || content.duration_minutes > 720) {
    return core::Error::InvalidInput("duration_minutes",
                                     "The length must be from 15 to 720 minutes.");
  }
  return ValidateLongText("location", content.location, kMaxShortText, /*required=*/false);
}

core::Status ValidateAgendaItem(const AgendaItem& item) {
  ASSURE_TRY(ValidateName("title", item.title));
  return ValidateLongText("owner", item.owner, kMaxShortText, /*required=*/false);
}

core::Status ValidateMinutes(std::string_view minutes) {
  return ValidateLongText("minutes", minutes, kMaxMinutes, /*required=*/true);
}

core::Status ValidateDecisionText(std::string_view text) {
  return ValidateLongText("text", text, kMaxDecision, /*required=*/true);
}

core::Status ValidateAttendance(const std::vector<AttendanceMark>& marks,
                                const std::vector<BodyMember>& expected) {
  std::set<BodyMemberId> wanted;
  for (const BodyMember& member : expected) wanted.insert(member.id);
  std::set<BodyMemberId> marked;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const AttendanceMark& mark = marks[i];
    const std::string field = "attendance[" + std::to_string(i) + "]";
    if (!wanted.contains(mark.member_id)) {
      return core::Error::InvalidInput(field + ".member_id",
                                       "Mark only the members expected at this meeting.");
    }
    if (!marked.insert(mark.member_id).second) {
      return core::Error::InvalidInput(field + ".member_id", "Mark each member once.");
    }
    if (mark.status == AttendanceStatus::kDeputy) {
      if (mark.deputy.empty()) {
        return core::Error::InvalidInput(field + ".deputy", "Enter the name of the deputy sent.");
      }
      ASSURE_TRY(ValidateName(field + ".deputy", mark.deputy));
    } else if (!mark.deputy.empty()) {
      return core::Error::InvalidInput(field + ".deputy", "Name a deputy only when one was sent.");
    }
  }
  if (marked.size() != wanted.size()) {
    return core::Error::InvalidInput("attendance", "Mark every member expected at the meeting.");
  }
  return core::Ok();
}

std::vector<BodyMember> ExpectedMembers(const std::vector<BodyMember>& members, CivilDate day) {
  std::vector<BodyMember> expected;
  for (const BodyMember& member : members) {
    if (MemberOn(member, day)) expected.push_back(member);
  }
  return expected;
}

}  // namespace assure::domain
