// The meeting pages through the whole server, on both backends: Ada, the business manager,
// schedules a meeting of the board on its form, adds a public and a restricted item, uploads a
// paper (downloaded as the same bytes, as an attachment) and records attendance (the quorum shown
// on the page); a decision of a later meeting approves the first meeting's minutes and makes an
// action of the action plans (its page names the source "Meeting"); who reads what: the board
// member on the body reads restricted items and draft minutes, a board member on no body gets
// 404, the police lead (whose agency sits on the board) reads the public items only; the body's
// calendar is iCalendar with one event a meeting; the attendance figure downloads as CSV; refused
// input is 422 by its field, a stale version 409; another partnership's meeting is 404.
// Fictional data only.
#include <gtest/gtest.h>

#include <string>

#include "http/governance/meeting_pages_fixture.h"

namespace assure::testing {
namespace {

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

TEST_P(MeetingPagesTest, TheBusinessManagerSchedulesAMeetingWithItemsAPaperAndAttendance) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto blank = t_->Get(BodyPath() + "/meetings/new", ada.cookie);
  ASSERT_EQ(blank->status, 200) << blank->body;
  EXPECT_TRUE(Has(blank->body, "name=\"held_on-day\""));
  EXPECT_TRUE(Has(blank->body, kBody));

  const std::string path = Schedule(ada, 15, 12, 2025);
  ASSERT_TRUE(path.starts_with("/governance/meetings/")) << path;
  const auto public_item = AddItem(ada, path, "Fictional budget update", false);
  const auto restricted_item = AddItem(ada, path, "Fictional case discussion", true);
  ASSERT_NE(public_item, 0);
  ASSERT_NE(restricted_item, 0);
  const auto uploaded = Upload(ada, path, public_item, "budget.txt", "Fictional budget paper.\n");
  ASSERT_EQ(uploaded->status, 303) << uploaded->body;

  const auto page = t_->Get(path, ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(page->body, "Meeting of 15 December 2025"));
  EXPECT_TRUE(Has(page->body, "Fictional Room 1"));
  EXPECT_TRUE(Has(page->body, "Fictional budget update"));
  EXPECT_TRUE(Has(page->body, "Presented by Fictional Treasurer"));
  EXPECT_TRUE(Has(page->body, "Fictional case discussion"));
  EXPECT_TRUE(Has(page->body, ">Restricted</strong>"));
  EXPECT_TRUE(Has(page->body, "enctype=\"multipart/form-data\""));
  EXPECT_TRUE(Has(page->body, "Attendance not recorded"));
  const std::string paper = PaperLink(page->body, "budget.txt");
  ASSERT_TRUE(paper.starts_with(path + "/papers/")) << page->body;
  const auto download = t_->Get(paper, ada.cookie);
  ASSERT_EQ(download->status, 200) << download->body;
  EXPECT_EQ(download->body, "Fictional budget paper.\n");
  EXPECT_TRUE(download->Header("content-disposition").value_or("").starts_with("attachment"));

  const auto form = t_->Get(path + "/attendance", ada.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Has(form->body, "name=\"attendance_0_status\""));
  EXPECT_TRUE(Has(form->body, "name=\"attendance_2_deputy\""));
  const auto recorded =
      Attend(ada, path, {"present", "deputy", "apologies"}, "Fictional Deputy Officer");
  ASSERT_EQ(recorded->status, 303) << recorded->body;
  EXPECT_EQ(Location(*recorded), path);
  const auto attended = t_->Get(path, ada.cookie);
  ASSERT_EQ(attended->status, 200);
  EXPECT_TRUE(Has(attended->body, "Quorate: 2 counted, at least 2 needed")) << attended->body;
  EXPECT_TRUE(Has(attended->body, "Fictional Deputy Officer"));
  EXPECT_TRUE(Has(attended->body, "Northshire Police"));
  ASSERT_EQ(Stored(IdOf(path)).attendance.size(), 3u);

  const auto list = t_->Get("/governance/meetings?body=" + std::to_string(body_), ada.cookie);
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_TRUE(Has(list->body, "href=\"" + path + "\""));
  EXPECT_TRUE(Has(list->body, ">Quorate</strong>"));
}

TEST_P(MeetingPagesTest, ALaterMeetingsDecisionApprovesTheMinutesAndMakesAnAction) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string first = Schedule(ada, 1, 12, 2025);
  const std::string second = Schedule(ada, 2, 1, 2026);
  WriteMinutes(ada, first,
               "## Fictional minutes\n\nThe board noted the fictional report.\n\n"
               "<script>alert(1)</script>");
  const auto draft = t_->Get(first, ada.cookie);
  ASSERT_EQ(draft->status, 200);
  EXPECT_TRUE(Has(draft->body, "The board noted the fictional report."));
  EXPECT_TRUE(Has(draft->body, ">Draft</strong>"));
  EXPECT_FALSE(Has(draft->body, "<script>alert"));  // Markdown without raw HTML

  const auto page = t_->Get(second, ada.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_TRUE(Has(page->body, "name=\"approves_minutes_of\""));
  EXPECT_TRUE(Has(page->body, "The meeting of 1 December 2025"));
  const auto refused = Send(ada, second + "/decisions", {{"text", ""}});
  ASSERT_EQ(refused->status, 422) << refused->body;
  EXPECT_TRUE(Has(refused->body, "id=\"text-error\"")) << refused->body;

  const auto approved = Send(ada, second + "/decisions",
                             {{"text", "Fictional: the minutes are a true record."},
                              {"approves_minutes_of", std::to_string(IdOf(first))}});
  ASSERT_EQ(approved->status, 303) << approved->body;
  Fields action{{"text", "Fictional: the police will review their training."},
                {"action_title", "Fictional: review training on chronologies"},
                {"action_owner_agency_id", std::to_string(police_)},
                {"action_lead_name", "Fictional Lead"}};
  const auto acted =
      Send(ada, second + "/decisions", WithDate(action, "action_due_on", 31, 3, 2026));
  ASSERT_EQ(acted->status, 303) << acted->body;

  const auto decided = t_->Get(second, ada.cookie);
  ASSERT_EQ(decided->status, 200);
  EXPECT_TRUE(Has(decided->body, "2026/1"));
  EXPECT_TRUE(Has(decided->body, "2026/2"));
  EXPECT_TRUE(Has(decided->body, "the meeting of 1 December 2025"));
  EXPECT_TRUE(Has(decided->body, "href=\"" + first + "\""));
  const auto at = decided->body.find("href=\"/actions/");
  ASSERT_NE(at, std::string::npos) << decided->body;
  const auto start = at + 6;
  const std::string action_path =
      decided->body.substr(start, decided->body.find('"', start) - start);
  const auto action_page = t_->Get(action_path, ada.cookie);
  ASSERT_EQ(action_page->status, 200) << action_page->body;
  EXPECT_TRUE(Has(action_page->body, "Fictional: review training on chronologies"));
  EXPECT_TRUE(Has(action_page->body, "Meeting"));

  const auto fixed = t_->Get(first, ada.cookie);
  ASSERT_EQ(fixed->status, 200);
  EXPECT_TRUE(Has(fixed->body, ">Approved</strong>"));
  EXPECT_TRUE(Has(fixed->body, "Approved by decision"));
  EXPECT_EQ(Stored(IdOf(first)).minutes_state, domain::MinutesState::kApproved);
  EXPECT_EQ(t_->Get(first + "/minutes", ada.cookie)->status, 409);  // approved minutes are fixed
}

TEST_P(MeetingPagesTest, MembersReadRestrictedItemsAndDraftMinutesAndAgencyLeadsThePublicOnes) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string path = Schedule(ada, 15, 12, 2025);
  AddItem(ada, path, "Fictional budget update", false);
  const auto restricted = AddItem(ada, path, "Fictional case discussion", true);
  ASSERT_EQ(Upload(ada, path, restricted, "case.txt", "Fictional case paper.\n")->status, 303);
  WriteMinutes(ada, path, "Fictional draft minutes text.");
  const std::string paper = PaperLink(t_->Get(path, ada.cookie)->body, "case.txt");
  ASSERT_FALSE(paper.empty());

  const auto member = t_->SignInFully("board@example.org", kPassword);
  const auto read = t_->Get(path, member.cookie);
  ASSERT_EQ(read->status, 200) << read->body;
  EXPECT_TRUE(Has(read->body, "Fictional case discussion"));
  EXPECT_TRUE(Has(read->body, ">case.txt<"));
  EXPECT_TRUE(Has(read->body, "Fictional draft minutes text."));
  EXPECT_FALSE(Has(read->body, "name=\"item_title\""));  // no forms for a reader
  EXPECT_EQ(t_->Get(paper, member.cookie)->status, 200);
  EXPECT_EQ(t_->Get(path + "/attendance", member.cookie)->status, 403);

  const auto outsider = t_->SignInFully("board2@example.org", kPassword);
  EXPECT_EQ(t_->Get(path, outsider.cookie)->status, 404);
  EXPECT_EQ(t_->Get(paper, outsider.cookie)->status, 404);
  EXPECT_GE(CountAudit("governance.meeting.read"), 1);
  const auto outsider_list = t_->Get("/governance/meetings", outsider.cookie);
  ASSERT_EQ(outsider_list->status, 200) << outsider_list->body;
  EXPECT_FALSE(Has(outsider_list->body, "href=\"" + path + "\""));

  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto public_page = t_->Get(path, lead.cookie);
  ASSERT_EQ(public_page->status, 200) << public_page->body;
  EXPECT_TRUE(Has(public_page->body, "Fictional budget update"));
  EXPECT_FALSE(Has(public_page->body, "Fictional case discussion"));
  EXPECT_FALSE(Has(public_page->body, "case.txt"));
  EXPECT_FALSE(Has(public_page->body, "Fictional draft minutes text."));
  EXPECT_EQ(t_->Get(paper, lead.cookie)->status, 404);
  EXPECT_TRUE(Has(t_->Get("/governance/meetings", lead.cookie)->body, "href=\"" + path + "\""));
}

TEST_P(MeetingPagesTest, RefusedInputIs422ByItsFieldAndAStaleVersion409) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto no_length = Send(
      ada, BodyPath() + "/meetings",
      WithDate({{"starts_at", "10:00"}, {"duration_minutes", "long"}}, "held_on", 15, 12, 2025));
  ASSERT_EQ(no_length->status, 422) << no_length->body;
  EXPECT_TRUE(Has(no_length->body, "id=\"duration_minutes-error\""));
  EXPECT_TRUE(Has(no_length->body, "value=\"long\""));  // the form as sent

  const std::string path = Schedule(ada, 15, 12, 2025);
  const auto untitled = Send(ada, path + "/items", {{"item_title", ""}});
  ASSERT_EQ(untitled->status, 422) << untitled->body;
  EXPECT_TRUE(Has(untitled->body, "id=\"item_title-error\""));
  EXPECT_TRUE(Stored(IdOf(path)).agenda.empty());

  const auto unmarked = Attend(ada, path, {"present", "present"});
  ASSERT_EQ(unmarked->status, 422) << unmarked->body;
  EXPECT_TRUE(Has(unmarked->body, "id=\"attendance_2_status-error\""));
  const auto no_deputy = Attend(ada, path, {"present", "deputy", "present"});
  ASSERT_EQ(no_deputy->status, 422) << no_deputy->body;
  EXPECT_TRUE(Has(no_deputy->body, "id=\"attendance_1_deputy-error\"")) << no_deputy->body;
  EXPECT_TRUE(Stored(IdOf(path)).attendance.empty());

  const auto form = t_->Get(path + "/edit", ada.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  const std::string version = FieldValue(form->body, "version");
  Fields moved = WithDate({{"version", version},
                           {"starts_at", "14:00"},
                           {"duration_minutes", "90"},
                           {"location", "Fictional Room 2"}},
                          "held_on", 16, 12, 2025);
  ASSERT_EQ(Send(ada, path + "/edit", moved)->status, 303);
  const auto stale = Send(ada, path + "/edit", moved);
  EXPECT_EQ(stale->status, 409) << stale->body;
  EXPECT_EQ(Stored(IdOf(path)).content.starts_at, "14:00");
}

TEST_P(MeetingPagesTest, TheCalendarHasAnEventAMeetingAndAttendanceDownloadsAsCsv) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string path = Schedule(ada, 15, 12, 2025);
  Schedule(ada, 12, 1, 2026);
  const auto calendar = t_->Get(BodyPath() + "/meetings.ics", ada.cookie);
  ASSERT_EQ(calendar->status, 200) << calendar->body;
  EXPECT_TRUE(calendar->Header("content-type").value_or("").starts_with("text/calendar"));
  EXPECT_TRUE(Has(calendar->Header("content-disposition").value_or(""),
                  "fictional-safeguarding-board-meetings.ics"));
  EXPECT_TRUE(Has(calendar->body, "BEGIN:VCALENDAR"));
  EXPECT_EQ(Count(calendar->body, "BEGIN:VEVENT"), 2u);

  ASSERT_EQ(Attend(ada, path, {"present", "deputy", "apologies"}, "Fictional Deputy")->status, 303);
  const auto report = t_->Get("/governance/attendance", ada.cookie);
  ASSERT_EQ(report->status, 200) << report->body;
  EXPECT_TRUE(Has(report->body, "Northshire Police"));
  EXPECT_TRUE(Has(report->body, "1 April 2025"));  // the financial year by default
  const auto csv = t_->Get("/governance/attendance?format=csv", ada.cookie);
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_TRUE(Has(csv->body, "agency,body,expected,in_person,by_deputy,percent"));
  EXPECT_TRUE(Has(csv->body, "Northshire Police,Fictional Safeguarding Board,1,0,1,100"));
  const auto backwards =
      t_->Get("/governance/attendance?from=2026-03-31&to=2025-04-01", ada.cookie);
  EXPECT_EQ(backwards->status, 422) << backwards->body;
}

TEST_P(MeetingPagesTest, AnotherPartnershipsMeetingIsNotFound) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string path = Schedule(ada, 15, 12, 2025);
  const auto south = t_->AddPartnership("southshire", "Southshire Safeguarding Partnership");
  t_->AddUser(south, "sam@example.org", kPassword, domain::Role::kBusinessManager);
  const auto sam = t_->SignInFully("sam@example.org", kPassword);
  EXPECT_EQ(t_->Get(path, sam.cookie)->status, 404);
  EXPECT_EQ(t_->Get(path + "/attendance", sam.cookie)->status, 404);
  EXPECT_EQ(t_->Get(BodyPath() + "/meetings.ics", sam.cookie)->status, 404);
  EXPECT_EQ(Send(sam, path + "/items", {{"item_title", "Fictional intrusion"}})->status, 404);
  EXPECT_TRUE(Stored(IdOf(path)).agenda.empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(MeetingPagesTest);

}  // namespace
}  // namespace assure::testing
