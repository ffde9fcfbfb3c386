// The governance rules that the scenarios (tests/scenarios/governance/) do not read well as
// text: what a person may enter for a body, a member, terms of reference and a meeting, where a
// body may sit in the tree, decision references, the enum names, and the iCalendar document
// (line ends, folding, escaping, local times). Fictional data only.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "domain/governance/body.h"
#include "domain/governance/meetings/ical.h"
#include "domain/governance/meetings/meeting.h"

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

// The field a refusal names; "ok" when allowed.
std::string Refused(const core::Status& status) {
  return status.ok() ? std::string{"ok"} : status.error().field;
}

BodyMember MemberWithId(BodyMemberId id) {
  BodyMember member;
  member.id = id;
  member.person = "Ann Fictional";
  member.from_on = D("2025-01-01");
  return member;
}

BodyContent Content() {
  BodyContent content;
  content.name = "Executive Board";
  content.kind = BodyKind::kBoard;
  return content;
}

TEST(GovernanceRulesTest, ABodyNeedsANameAndAQuorumFromOneToAHundred) {
  BodyContent content = Content();
  EXPECT_EQ(Refused(ValidateBodyContent(content, {})), "ok");
  content.name = "";
  EXPECT_EQ(Refused(ValidateBodyContent(content, {})), "name");
  content = Content();
  for (const int minimum : {0, -1, 101}) {
    content.quorum.minimum = minimum;
    EXPECT_EQ(Refused(ValidateBodyContent(content, {})), "quorum_minimum") << minimum;
  }
  for (const int minimum : {1, 100}) {
    content.quorum.minimum = minimum;
    EXPECT_EQ(Refused(ValidateBodyContent(content, {})), "ok") << minimum;
  }
}

TEST(GovernanceRulesTest, TheChairAndViceChairAreTwoDifferentMembersOfTheBody) {
  const std::vector<BodyMember> members{MemberWithId(1), MemberWithId(2)};
  BodyContent content = Content();
  content.chair_id = 1;
  content.vice_chair_id = 2;
  EXPECT_EQ(Refused(ValidateBodyContent(content, members)), "ok");
  content.chair_id = 7;
  EXPECT_EQ(Refused(ValidateBodyContent(content, members)), "chair_id");
  content.chair_id = 1;
  content.vice_chair_id = 8;
  EXPECT_EQ(Refused(ValidateBodyContent(content, members)), "vice_chair_id");
  content.vice_chair_id = 1;
  EXPECT_EQ(Refused(ValidateBodyContent(content, members)), "vice_chair_id");
  content.chair_id.reset();
  EXPECT_EQ(Refused(ValidateBodyContent(content, members)), "ok");
}

Body BodyWithParent(BodyId id, std::optional<BodyId> parent) {
  Body body;
  body.id = id;
  body.content = Content();
  body.content.parent_id = parent;
  return body;
}

TEST(GovernanceRulesTest, ABodyMayNotBeItsOwnAncestor) {
  // 1 is the board; 2 a group under it; 3 a subgroup of 2; 4 another board.
  const std::vector<Body> bodies{BodyWithParent(1, std::nullopt), BodyWithParent(2, 1),
                                 BodyWithParent(3, 2), BodyWithParent(4, std::nullopt)};
  EXPECT_TRUE(MakesLoop(1, 1, bodies));   // itself
  EXPECT_TRUE(MakesLoop(1, 3, bodies));   // its grandchild
  EXPECT_TRUE(MakesLoop(2, 3, bodies));   // its child
  EXPECT_FALSE(MakesLoop(3, 4, bodies));  // an unrelated body
  EXPECT_FALSE(MakesLoop(4, 3, bodies));
  EXPECT_FALSE(MakesLoop(3, 1, bodies));   // moving up the tree
  EXPECT_FALSE(MakesLoop(2, 99, bodies));  // a parent not in the list
}

TEST(GovernanceRulesTest, AMemberIsAPersonOrAPostAndLeavesNoEarlierThanTheyJoin) {
  BodyMember member = MemberWithId(1);
  EXPECT_EQ(Refused(ValidateMember(member)), "ok");
  member.person = "";
  EXPECT_EQ(Refused(ValidateMember(member)), "person");
  member.post = "Director of Children's Services";
  EXPECT_EQ(Refused(ValidateMember(member)), "ok");
  member.to_on = D("2024-12-31");
  EXPECT_EQ(Refused(ValidateMember(member)), "to_on");
  member.to_on = D("2025-01-01");  // a single day
  EXPECT_EQ(Refused(ValidateMember(member)), "ok");
}

TEST(GovernanceRulesTest, AMemberSitsFromTheirFirstToTheirLastDayInclusive) {
  BodyMember member = MemberWithId(1);
  member.to_on = D("2025-06-30");
  EXPECT_FALSE(MemberOn(member, D("2024-12-31")));
  EXPECT_TRUE(MemberOn(member, D("2025-01-01")));
  EXPECT_TRUE(MemberOn(member, D("2025-06-30")));
  EXPECT_FALSE(MemberOn(member, D("2025-07-01")));
  member.to_on.reset();
  EXPECT_TRUE(MemberOn(member, D("2099-01-01")));
  EXPECT_EQ(MemberName(member), "Ann Fictional");
  member.person = "";
  member.post = "Chief Nurse";
  EXPECT_EQ(MemberName(member), "Chief Nurse");
}

TEST(GovernanceRulesTest, TermsNeedTextAndAReviewDateAfterToday) {
  const CivilDate today = D("2026-03-12");
  EXPECT_EQ(Refused(ValidateTerms("# Purpose", D("2026-03-13"), today)), "ok");
  EXPECT_EQ(Refused(ValidateTerms("# Purpose", std::nullopt, today)), "ok");
  EXPECT_EQ(Refused(ValidateTerms("", D("2027-03-12"), today)), "terms");
  EXPECT_EQ(Refused(ValidateTerms("# Purpose", today, today)), "review_on");
  EXPECT_EQ(Refused(ValidateTerms("# Purpose", D("2026-03-11"), today)), "review_on");
}

TEST(GovernanceRulesTest, AMeetingStartsAtA24HourTimeAndLastsFrom15To720Minutes) {
  MeetingContent content;
  content.held_on = D("2026-03-12");
  EXPECT_EQ(Refused(ValidateMeetingContent(content)), "ok");
  for (const char* time : {"9:00", "24:00", "12:60", "12-00", "ab:cd", "", "09:000"}) {
    content.starts_at = time;
    EXPECT_EQ(Refused(ValidateMeetingContent(content)), "starts_at") << time;
  }
  for (const char* time : {"00:00", "09:00", "23:59"}) {
    content.starts_at = time;
    EXPECT_EQ(Refused(ValidateMeetingContent(content)), "ok") << time;
  }
  for (const int minutes : {10, 14, 721}) {
    content.duration_minutes = minutes;
    EXPECT_EQ(Refused(ValidateMeetingContent(content)), "duration_minutes") << minutes;
  }
  for (const int minutes : {15, 720}) {
    content.duration_minutes = minutes;
    EXPECT_EQ(Refused(ValidateMeetingContent(content)), "ok") << minutes;
  }
  content.held_on = CivilDate{};
  EXPECT_EQ(Refused(ValidateMeetingContent(content)), "held_on");
}

TEST(GovernanceRulesTest, ADecisionIsReferencedByYearAndNumber) {
  Decision decision;
  decision.year = 2026;
  decision.number = 4;
  EXPECT_EQ(DecisionReference(decision), "2026/4");
}

TEST(GovernanceRulesTest, EveryEnumNameReadsBackAsItsValue) {
  for (const BodyKind kind : AllBodyKinds()) EXPECT_EQ(ParseBodyKind(BodyKindName(kind)), kind);
  for (const MemberRole role : AllMemberRoles()) {
    EXPECT_EQ(ParseMemberRole(MemberRoleName(role)), role);
  }
  for (const AttendanceStatus status : AllAttendanceStatuses()) {
    EXPECT_EQ(ParseAttendanceStatus(AttendanceStatusName(status)), status);
  }
  for (const MinutesState state :
       {MinutesState::kNone, MinutesState::kDraft, MinutesState::kApproved}) {
    EXPECT_EQ(ParseMinutesState(MinutesStateName(state)), state);
  }
  EXPECT_EQ(AllBodyKinds().size(), 4u);
  EXPECT_EQ(AllMemberRoles().size(), 3u);
  EXPECT_EQ(AllAttendanceStatuses().size(), 4u);
  EXPECT_EQ(BodyKindName(BodyKind::kTaskAndFinishGroup), "task_and_finish_group");
  EXPECT_EQ(BodyKindLabel(BodyKind::kTaskAndFinishGroup), "Task and finish group");
  EXPECT_EQ(AttendanceStatusLabel(AttendanceStatus::kDeputy), "Deputy sent");
  EXPECT_EQ(ParseBodyKind("Board"), std::nullopt);
  EXPECT_EQ(ParseMemberRole(""), std::nullopt);
  EXPECT_EQ(ParseAttendanceStatus("late"), std::nullopt);
  EXPECT_EQ(ParseMinutesState("final"), std::nullopt);
}

// ---- The iCalendar document ----

core::Instant Stamp() {
  using namespace std::chrono_literals;
  return core::Instant{std::chrono::sys_days{D("2026-02-01")}} + 9h + 30min + 5s;
}

CalendarEvent Event(const char* on, const char* starts_at, int minutes, std::string summary) {
  CalendarEvent event;
  event.uid = "meeting-1@northshire.assure";
  event.on = D(on);
  event.starts_at = starts_at;
  event.duration_minutes = minutes;
  event.summary = std::move(summary);
  return event;
}

// The physical lines, split at CRLF (the last, empty piece after the final CRLF dropped).
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t end; (end = text.find("\r\n", at)) != std::string::npos; at = end + 2) {
    lines.push_back(text.substr(at, end - at));
  }
  if (at < text.size()) lines.push_back(text.substr(at));
  return lines;
}

std::string Unfold(std::string text) {
  for (std::size_t at; (at = text.find("\r\n ")) != std::string::npos;) text.erase(at, 3);
  return text;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++count;
  }
  return count;
}

// Whether `line` is whole UTF-8: no character cut at either end.
bool WholeUtf8(const std::string& line) {
  for (std::size_t i = 0; i < line.size();) {
    const auto lead = static_cast<unsigned char>(line[i]);
    const std::size_t length = lead < 0x80U ? 1 : lead >= 0xF0U ? 4 : lead >= 0xE0U ? 3 : 2;
    if ((lead & 0xC0U) == 0x80U || i + length > line.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(line[i + k]) & 0xC0U) != 0x80U) return false;
    }
    i += length;
  }
  return true;
}

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

TEST(GovernanceCalendarTest, EveryLineEndsInCrlfAndIsAtMost75Octets) {
  CalendarEvent event = Event("2026-03-12", "10:00", 90, "Executive Board " + Repeat("é", 80));
  event.location = "Council Chamber, " + Repeat("Town Hall ", 12);
  const std::string text = WriteCalendar(Repeat("Executive Board ", 8), {event}, Stamp());
  ASSERT_GE(text.size(), 2u);
  EXPECT_EQ(text.substr(text.size() - 2), "\r\n");
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      EXPECT_TRUE(i > 0 && text[i - 1] == '\r') << "a bare LF at " << i;
    }
    if (text[i] == '\r') {
      EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == '\n') << "a bare CR at " << i;
    }
  }
  for (const std::string& line : Lines(text)) EXPECT_LE(line.size(), 75u) << line;
}

TEST(GovernanceCalendarTest, ALongUtf8SummaryFoldsBetweenCharactersAndUnfoldsToTheText) {
  // "SUMMARY:" is 8 octets, so each "é" (2 octets) starts at an even offset and the 75th octet
  // is the second half of one: the fold must come before it.
  const std::string summary = Repeat("é", 70) + Repeat("€", 30) + ", review; plan";
  const std::string text =
      WriteCalendar("Executive Board", {Event("2026-03-12", "10:00", 90, summary)}, Stamp());
  const std::vector<std::string> lines = Lines(text);
  std::size_t folded = 0;
  for (const std::string& line : lines) {
    EXPECT_LE(line.size(), 75u);
    EXPECT_TRUE(WholeUtf8(line)) << line;
    if (!line.empty() && line[0] == ' ') ++folded;
  }
  EXPECT_GE(folded, 2u);
  const std::string escaped = Repeat("é", 70) + Repeat("€", 30) + "\\, review\\; plan";
  EXPECT_NE(Unfold(text).find("\r\nSUMMARY:" + escaped + "\r\n"), std::string::npos);
}

TEST(GovernanceCalendarTest, TextEscapesSemicolonsCommasBackslashesAndLineBreaks) {
  CalendarEvent event =
      Event("2026-03-12", "10:00", 90, "Board; minutes, papers \\ notes\nPart two");
  event.location = "Room 1, Town Hall;\r\nFloor 2";
  const std::string text = WriteCalendar("Board, Northshire", {event}, Stamp());
  EXPECT_NE(text.find("\r\nSUMMARY:Board\\; minutes\\, papers \\\\ notes\\nPart two\r\n"),
            std::string::npos);
  EXPECT_NE(text.find("\r\nLOCATION:Room 1\\, Town Hall\\;\\nFloor 2\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nX-WR-CALNAME:Board\\, Northshire\r\n"), std::string::npos);
}

TEST(GovernanceCalendarTest, TimesAreLondonLocalAndTheEndAddsTheDuration) {
  const std::string text =
      WriteCalendar("Executive Board", {Event("2026-03-12", "10:00", 90, "Board")}, Stamp());
  EXPECT_NE(text.find("\r\nDTSTART;TZID=Europe/London:20260312T100000\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nDTEND;TZID=Europe/London:20260312T113000\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nDTSTAMP:20260201T093005Z\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nUID:meeting-1@northshire.assure\r\n"), std::string::npos);
}

TEST(GovernanceCalendarTest, AMeetingRunningPastMidnightEndsTheNextDay) {
  const std::string text = WriteCalendar(
      "Executive Board",
      {Event("2026-03-12", "23:30", 60, "Late"), Event("2026-12-31", "23:30", 60, "New year")},
      Stamp());
  EXPECT_NE(text.find("DTSTART;TZID=Europe/London:20260312T233000\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTEND;TZID=Europe/London:20260313T003000\r\n"), std::string::npos);
  EXPECT_NE(text.find("DTEND;TZID=Europe/London:20270101T003000\r\n"), std::string::npos);
}

TEST(GovernanceCalendarTest, OneEventPerMeetingCancelledOnesMarkedWithTheLondonTimeZone) {
  CalendarEvent cancelled = Event("2026-04-09", "14:00", 120, "Cancelled board");
  cancelled.cancelled = true;
  const std::string text = WriteCalendar(
      "Executive Board",
      {Event("2026-03-12", "10:00", 90, "Board"), cancelled, Event("2026-05-14", "10:00", 90, "")},
      Stamp());
  EXPECT_EQ(text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_EQ(text.substr(text.size() - 15), "END:VCALENDAR\r\n");
  EXPECT_EQ(Count(text, "BEGIN:VEVENT\r\n"), 3u);
  EXPECT_EQ(Count(text, "END:VEVENT\r\n"), 3u);
  EXPECT_EQ(Count(text, "STATUS:CANCELLED\r\n"), 1u);
  EXPECT_EQ(Count(text, "STATUS:CONFIRMED\r\n"), 2u);
  EXPECT_EQ(Count(text, "LOCATION:"), 0u);  // no location given, no line
  const std::size_t zone = text.find("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
  ASSERT_NE(zone, std::string::npos);
  EXPECT_LT(zone, text.find("BEGIN:VEVENT"));
  EXPECT_EQ(Count(text, "END:VTIMEZONE\r\n"), 1u);
  const std::size_t status = text.find("STATUS:CANCELLED");
  const std::size_t second = text.find("BEGIN:VEVENT", text.find("BEGIN:VEVENT") + 1);
  EXPECT_GT(status, second);  // the second event is the cancelled one
  EXPECT_LT(status, text.find("BEGIN:VEVENT", second + 1));
}

TEST(GovernanceCalendarTest, ACalendarWithNoMeetingsIsStillWhole) {
  const std::string text = WriteCalendar("Exploitation Subgroup", {}, Stamp());
  EXPECT_EQ(Count(text, "BEGIN:VEVENT"), 0u);
  EXPECT_EQ(Count(text, "BEGIN:VTIMEZONE"), 1u);
  EXPECT_EQ(text.substr(text.size() - 15), "END:VCALENDAR\r\n");
}

}  // namespace
}  // namespace assure::domain
