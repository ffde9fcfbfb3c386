// A body's meetings (DOMAIN.md, area 5): the date, time and place; the agenda, whose items carry
// papers (files) and are marked public or restricted; attendance, one mark per expected member;
// the minutes (Markdown: a draft until a later meeting of the body approves them by a decision);
// and the decisions, numbered for each body and calendar year ("2026/4"). A decision may approve
// an earlier meeting's minutes or make an action of the action plans. Plain values and pure
// functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/governance/body.h"

namespace assure::domain {

using MeetingId = std::int64_t;
using AgendaItemId = std::int64_t;
using PaperId = std::int64_t;
using DecisionId = std::int64_t;

enum class AttendanceStatus { kPresent, kApologies, kDeputy, kAbsent };
// "present", "apologies", "deputy" (a named deputy was sent), "absent".
std::string_view AttendanceStatusName(AttendanceStatus status);
std::optional<AttendanceStatus> ParseAttendanceStatus(std::string_view name);
std::string_view AttendanceStatusLabel(AttendanceStatus status);  // "Deputy sent"
std::span<const AttendanceStatus> AllAttendanceStatuses();

// none: nothing written yet; draft: written, to be approved; approved: by a later meeting's
// decision, and then fixed.
enum class MinutesState { kNone, kDraft, kApproved };
std::string_view MinutesStateName(MinutesState state);  // "none", "draft", "approved"
std::optional<MinutesState> ParseMinutesState(std::string_view name);

struct Paper {
  PaperId id = 0;
  std::string file_name;
  std::string media_type;
  std::int64_t size = 0;
  std::string sha256;  // the bytes are in FileContentRepository
};

struct AgendaItem {
  AgendaItemId id = 0;
  int position = 0;         // 1, 2, ... in agenda order
  std::string title;        // 1..200 characters
  std::string owner;        // who presents it; up to 200 characters
  bool restricted = false;  // restricted: the body's members and the business unit only
  std::vector<Paper> papers;
};

struct AttendanceMark {
  BodyMemberId member_id = 0;
  AttendanceStatus status = AttendanceStatus::kPresent;
  std::string deputy;  // the deputy's name, required when status is kDeputy
};

struct Decision {
  DecisionId id = 0;
  MeetingId meeting_id = 0;
  int year = 0;                                  // the meeting's calendar year
  int number = 0;                                // 1, 2, ... within the body and year
  std::string text;                              // 1..5,000 characters
  std::optional<MeetingId> approves_minutes_of;  // an earlier meeting of the same body
  std::optional<std::int64_t> action_id;         // the action it made (source "meeting")
};
// "2026/4".
std::string DecisionReference(const Decision& decision);

struct MeetingContent {
  CivilDate held_on;
  std::string starts_at = "10:00";  // HH:MM, London time
  int duration_minutes = 120;       // 15..720
  std::string location;             // up to 200 characters ("Online", a room)
  bool cancelled = false;
};

struct Meeting {
  MeetingId id = 0;
  PartnershipId partnership_id = 0;
  BodyId body_id = 0;
  MeetingContent content;
  std::vector<AgendaItem> agenda;
  std::vector<AttendanceMark> attendance;  // empty until recorded
  std::string minutes;
  MinutesState minutes_state = MinutesState::kNone;
  std::optional<DecisionId> minutes_approved_by;
  std::vector<Decision> decisions;  // by number
  Version version = 0;
};

// Fields "held_on", "starts_at", "duration_minutes", "location".
core::Status ValidateMeetingContent(const MeetingContent& content);
// Fields "title", "owner".
core::Status ValidateAgendaItem(const AgendaItem& item);
// Field "minutes".
core::Status ValidateMinutes(std::string_view minutes);
// Field "text".
core::Status ValidateDecisionText(std::string_view text);
// Checks marks against the members expected (fields "attendance" / "attendance[<n>].deputy"):
// one mark for each expected member, no other, a deputy named when sent.
core::Status ValidateAttendance(const std::vector<AttendanceMark>& marks,
                                const std::vector<BodyMember>& expected);

// The members expected at a meeting held on `day`: those sitting on the body that day.
std::vector<BodyMember> ExpectedMembers(const std::vector<BodyMember>& members, CivilDate day);

}  // namespace assure::domain
