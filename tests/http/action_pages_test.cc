// The action plan pages through real HTTP against the whole server, on both backends: the list
// with its filters, pages and exports (formula-safe, audited); who sees which page (the business
// unit, a board member read only, an agency lead only their agency's actions: another agency's
// is 404, audited, and an update to it changes nothing); recording an update with an evidence
// file and downloading the same bytes; a stale update that keeps the form and stores nothing;
// adding an action from a case's recommendation and editing its plan.
#include <gtest/gtest.h>

#include <string>

#include "http/action_pages_fixture.h"
#include "testing/zip_reader.h"

namespace assure {
namespace {

using domain::AuditOutcome;

class ActionPagesTest : public testing::ActionPagesTest {
 protected:
  static std::string Menu(const std::string& html) {
    const auto start = html.find("aria-label=\"Menu\"");
    if (start == std::string::npos) return {};
    return html.substr(start, html.find("</nav>", start) - start);
  }

  // The number of times `needle` occurs in `text`.
  static int Count(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
      ++n;
    }
    return n;
  }
};

TEST_P(ActionPagesTest, TheBusinessUnitListsEveryActionWithItsTagsAndTheNavigationShowsActions) {
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  auto list = t_->Get("/actions", officer.cookie);
  ASSERT_EQ(list->status, 200) << list->body;
  const auto& html = list->body;
  EXPECT_TRUE(Contains(html, ">3 actions"));
  // Due first: the overdue health action, then the police's two.
  const auto health = html.find(kHealthTitle);
  const auto police = html.find(kPoliceTitle);
  const auto formula = html.find(kFormulaTitle);
  ASSERT_NE(health, std::string::npos);
  ASSERT_NE(police, std::string::npos);
  ASSERT_NE(formula, std::string::npos);
  EXPECT_LT(health, police);
  EXPECT_LT(police, formula);
  EXPECT_TRUE(Contains(html, "href=\"" + ActionPage(health_action_) + "\""));
  EXPECT_TRUE(Contains(html, "Northshire ICB"));
  EXPECT_TRUE(Contains(html, "15 December 2025"));
  // The overdue action is shown red; never reported, so not flagged.
  const auto health_row = html.substr(health, police - health);
  EXPECT_TRUE(Contains(health_row, "govuk-tag--red\">Red<"));
  EXPECT_FALSE(Contains(health_row, "Stricter than reported"));
  EXPECT_TRUE(Contains(html, "href=\"/actions/new\""));
  EXPECT_TRUE(Contains(html, "href=\"/actions.csv\""));
  EXPECT_TRUE(Contains(html, "href=\"/actions.xlsx\""));
  EXPECT_TRUE(Contains(Menu(html), "href=\"/actions\""));
  EXPECT_FALSE(Contains(Menu(html), "href=\"/my-actions\""));
  EXPECT_EQ(CountAudit("action.list", AuditOutcome::kSuccess), 1);
}

TEST_P(ActionPagesTest, TheListFiltersByAgencySourceStatusRatingDueDateAndTheme) {
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  const auto titles = [&](const std::string& query) {
    auto list = t_->Get("/actions?" + query, officer.cookie);
    EXPECT_EQ(list->status, 200) << query << ": " << list->body;
    std::string found;
    for (const char* title : {kHealthTitle, kPoliceTitle, kFormulaTitle}) {
      if (Contains(list->body, title)) found += std::string{found.empty() ? "" : "|"} + title;
    }
    return found;
  };
  EXPECT_EQ(titles("agency=" + std::to_string(police_)),
            std::string{kPoliceTitle} + "|" + kFormulaTitle);
  EXPECT_EQ(titles("source=national_review"), kHealthTitle);
  EXPECT_EQ(titles("source=recommendation"), kPoliceTitle);
  EXPECT_EQ(titles("rag=red"), kHealthTitle);
  EXPECT_EQ(titles("rag=green"), std::string{kPoliceTitle} + "|" + kFormulaTitle);
  EXPECT_EQ(titles("status=completed"), "");
  EXPECT_EQ(titles("status=not_started&agency=" + std::to_string(health_)), kHealthTitle);
  EXPECT_EQ(titles("due_before-day=31&due_before-month=3&due_before-year=2026"),
            std::string{kHealthTitle} + "|" + kPoliceTitle);
  EXPECT_EQ(titles("theme=neglect"), kPoliceTitle);
  // The chosen filters stay chosen, and the export links carry them.
  auto list = t_->Get("/actions?rag=red&theme=neglect", officer.cookie);
  EXPECT_TRUE(Contains(list->body, "<option value=\"red\" selected>"));
  EXPECT_TRUE(Contains(list->body, "/actions.csv?rag=red&amp;theme=neglect"));
  EXPECT_TRUE(Contains(list->body, "No actions match."));

  // A due date that is not one names the field and lists nothing.
  auto bad =
      t_->Get("/actions?due_before-day=31&due_before-month=2&due_before-year=2026", officer.cookie);
  ASSERT_EQ(bad->status, 422) << bad->body;
  EXPECT_TRUE(Contains(bad->body, "href=\"#due_before-day\""));
  EXPECT_TRUE(Contains(bad->body, "must be a real date"));
  EXPECT_FALSE(Contains(bad->body, kHealthTitle));
}

TEST_P(ActionPagesTest, TheListShowsFiftyAPageWithPagination) {
  for (int i = 0; i < 50; ++i) {
    Seed("Fictional extra action " + std::to_string(i), police_, "2026-09-30",
         {domain::SourceKind::kBoardDecision, std::nullopt,
          "Fictional decision " + std::to_string(i)});
  }
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  auto first = t_->Get("/actions", officer.cookie);
  ASSERT_EQ(first->status, 200);
  EXPECT_TRUE(Contains(first->body, "53 actions. Showing 1 to 50"));
  EXPECT_TRUE(Contains(first->body, "href=\"/actions?page=2\" rel=\"next\""));
  auto second = t_->Get("/actions?page=2", officer.cookie);
  ASSERT_EQ(second->status, 200);
  EXPECT_TRUE(Contains(second->body, "53 actions. Showing 51 to 53"));
  EXPECT_TRUE(Contains(second->body, "rel=\"prev\""));
  EXPECT_FALSE(Contains(second->body, kHealthTitle));  // due first: on page 1
  // Paged after the rating, when the list filters by it: all 52 green ones, 50 on page 1.
  auto green = t_->Get("/actions?rag=green", officer.cookie);
  EXPECT_TRUE(Contains(green->body, "52 actions. Showing 1 to 50"));
  EXPECT_TRUE(Contains(green->body, "href=\"/actions?rag=green&amp;page=2\""));
}

TEST_P(ActionPagesTest, TheExportsAreFormulaSafeAndAudited) {
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  auto csv = t_->Get("/actions.csv?agency=" + std::to_string(police_), officer.cookie);
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_EQ(csv->Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(
      csv->Header("content-disposition"),
      "attachment; filename=\"actions-2026-01-05.csv\"; filename*=UTF-8''actions-2026-01-05.csv");
  const std::string header =
      "\xEF\xBB\xBFId,What will change,Owner agency,Lead,Success measure,Due date,Due date moved,"
      "Priority,Status,Reason,RAG shown,RAG reported,Last update,Sources\r\n";
  ASSERT_EQ(csv->body.substr(0, header.size()), header);
  EXPECT_TRUE(Contains(csv->body, "'=2+3 fictional formula title"));
  EXPECT_FALSE(Contains(csv->body, ",=2+3"));
  EXPECT_TRUE(Contains(csv->body, kPoliceTitle));
  EXPECT_FALSE(Contains(csv->body, kHealthTitle));  // the filter holds
  EXPECT_TRUE(Contains(csv->body, "2026-03-31"));
  EXPECT_EQ(CountAudit("action.export", AuditOutcome::kSuccess), 1);

  auto xlsx = t_->Get("/actions.xlsx", officer.cookie);
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->Header("content-type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const auto entries = testing::ReadZip(xlsx->body);
  const auto strings = entries.find("xl/sharedStrings.xml");
  ASSERT_NE(strings, entries.end());
  EXPECT_TRUE(Contains(strings->second, "&apos;=2+3 fictional formula title") ||
              Contains(strings->second, "'=2+3 fictional formula title"));
  EXPECT_TRUE(Contains(strings->second, kHealthTitle));
  EXPECT_EQ(CountAudit("action.export", AuditOutcome::kSuccess), 2);
}

TEST_P(ActionPagesTest, ABoardMemberReadsActionsButChangesAndExportsNothing) {
  const auto board = t_->SignInFully("board@example.org", kPassword);
  auto list = t_->Get("/actions", board.cookie);
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_TRUE(Contains(list->body, kHealthTitle));
  EXPECT_FALSE(Contains(list->body, "href=\"/actions/new\""));
  EXPECT_FALSE(Contains(list->body, "/actions.csv"));
  EXPECT_TRUE(Contains(Menu(list->body), "href=\"/actions\""));
  auto page = t_->Get(ActionPage(police_action_), board.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Contains(page->body, kPoliceTitle));
  EXPECT_TRUE(Contains(page->body, "CR-2025-002, recommendation 1"));
  EXPECT_TRUE(Contains(page->body, kRecommendation1));
  EXPECT_FALSE(Contains(page->body, "href=\"/cases/"));  // a board member reads no case
  EXPECT_FALSE(Contains(page->body, "Record an update"));
  EXPECT_FALSE(Contains(page->body, "/edit\""));
  EXPECT_EQ(t_->Get("/actions.csv", board.cookie)->status, 403);
  EXPECT_EQ(t_->Get("/actions/new", board.cookie)->status, 403);
  EXPECT_EQ(t_->Get(ActionPage(police_action_) + "/update", board.cookie)->status, 403);
  const auto before = StoredAction(police_action_);
  auto sent = PostMultipart(ActionPage(police_action_) + "/update", board,
                            UpdateParts(board, std::to_string(before.version), "Fictional."));
  EXPECT_EQ(sent->status, 403);
  EXPECT_EQ(StoredAction(police_action_).version, before.version);
  EXPECT_TRUE(StoredUpdates(police_action_).empty());
}

TEST_P(ActionPagesTest, AnAgencyLeadSeesOnlyTheirAgencysOpenActionsDueFirst) {
  // The police's formula action is completed: not on "my actions".
  auto done = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
    auto action = tx.actions(north_).Get(formula_action_);
    if (!action.ok()) return action.error();
    action->status = domain::ActionStatus::kCompleted;
    auto updated = tx.actions(north_).Update(*action);
    if (!updated.ok()) return updated.error();
    return core::Ok();
  });
  ASSERT_TRUE(done.ok()) << done.error().message;
  const auto soon = Seed("Fictional: due within ten working days", police_, "2026-01-12",
                         {domain::SourceKind::kBoardDecision, std::nullopt, "Fictional decision"});

  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  auto home = t_->Get("/home", lead.cookie);
  EXPECT_TRUE(Contains(Menu(home->body), "href=\"/my-actions\""));
  EXPECT_FALSE(Contains(Menu(home->body), "href=\"/actions\""));
  auto mine = t_->Get("/my-actions", lead.cookie);
  ASSERT_EQ(mine->status, 200) << mine->body;
  const auto& html = mine->body;
  EXPECT_FALSE(Contains(html, kHealthTitle));
  EXPECT_FALSE(Contains(html, kFormulaTitle));
  const auto first = html.find("Fictional: due within ten working days");
  const auto second = html.find(kPoliceTitle);
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_EQ(Count(html, ">Due soon<"), 1);
  EXPECT_EQ(Count(html, ">Overdue<"), 0);
  EXPECT_LT(html.find(">Due soon<"), second);
  EXPECT_TRUE(Contains(html, "href=\"" + ActionPage(soon) + "/update\""));
  EXPECT_TRUE(Contains(html, "href=\"" + ActionPage(police_action_) + "/update\""));

  const auto health = t_->SignInFully("health.lead@example.org", kPassword);
  auto theirs = t_->Get("/my-actions", health.cookie);
  EXPECT_TRUE(Contains(theirs->body, kHealthTitle));
  EXPECT_EQ(Count(theirs->body, ">Overdue<"), 1);
  EXPECT_FALSE(Contains(theirs->body, kPoliceTitle));
  // Someone who leads no agency has no "my actions".
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  EXPECT_EQ(t_->Get("/my-actions", officer.cookie)->status, 403);
}

TEST_P(ActionPagesTest, AnotherAgencysActionIsNotFoundAuditedAndAnUpdateToItChangesNothing) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto before = StoredAction(health_action_);
  EXPECT_EQ(t_->Get(ActionPage(health_action_), lead.cookie)->status, 404);
  EXPECT_EQ(t_->Get(ActionPage(health_action_) + "/update", lead.cookie)->status, 404);
  EXPECT_EQ(CountAudit("action.read"), 2);

  auto parts = UpdateParts(lead, std::to_string(before.version), "Fictional sneaky update.");
  parts.push_back({"file", "Fictional evidence.\n", std::string{"evidence.txt"}, "text/plain"});
  auto sent = PostMultipart(ActionPage(health_action_) + "/update", lead, parts);
  EXPECT_EQ(sent->status, 404);
  EXPECT_EQ(CountAudit("action.update.record"), 1);
  EXPECT_EQ(CountAudit("action.update.record", AuditOutcome::kSuccess), 0);
  const auto after = StoredAction(health_action_);
  EXPECT_EQ(after.version, before.version);
  EXPECT_EQ(after.status, domain::ActionStatus::kNotStarted);
  EXPECT_TRUE(StoredUpdates(health_action_).empty());
  // No such action at all answers the same.
  EXPECT_EQ(t_->Get("/actions/999999", lead.cookie)->status, 404);
  // Their own agency's action is theirs to read and update, but not to edit.
  EXPECT_EQ(t_->Get(ActionPage(police_action_), lead.cookie)->status, 200);
  EXPECT_EQ(t_->Get(ActionPage(police_action_) + "/edit", lead.cookie)->status, 403);
}

TEST_P(ActionPagesTest, AnAgencyLeadRecordsAnUpdateWithEvidenceAndTheFileDownloadsTheSame) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  auto form = t_->Get(ActionPage(police_action_) + "/update", lead.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Contains(form->body, "enctype=\"multipart/form-data\""));
  // Only what may follow "not started" for an agency lead: every status.
  for (const char* status :
       {"not_started", "in_progress", "completed", "not_implemented", "superseded"}) {
    EXPECT_TRUE(Contains(form->body, "value=\"" + std::string{status} + "\"")) << status;
  }
  const auto version = testing::FieldValue(form->body, "version");
  auto parts = UpdateParts(lead, version, "Fictional: two training sessions held.\r\nMore soon.",
                           "in_progress", "amber");
  parts[9].value = "A fictional dip sample found chronologies shared.";  // evidence
  parts.push_back(
      {"file", "Fictional audit summary.\n", std::string{"audit summary.txt"}, "text/plain"});
  auto sent = PostMultipart(ActionPage(police_action_) + "/update", lead, parts);
  ASSERT_EQ(sent->status, 303) << sent->body;
  EXPECT_EQ(sent->Header("location"), ActionPage(police_action_) + "?done=updated");

  const auto stored = StoredAction(police_action_);
  EXPECT_EQ(stored.status, domain::ActionStatus::kInProgress);
  EXPECT_EQ(stored.reported_rag, domain::Rag::kAmber);
  const auto updates = StoredUpdates(police_action_);
  ASSERT_EQ(updates.size(), 1u);
  EXPECT_EQ(updates[0].narrative, "Fictional: two training sessions held.\nMore soon.");
  EXPECT_EQ(updates[0].recorded_by, police_lead_);
  EXPECT_EQ(CountAudit("action.update.record", AuditOutcome::kSuccess), 1);

  auto page = t_->Get(ActionPage(police_action_) + "?done=updated", lead.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Contains(page->body, "Your update is recorded."));
  EXPECT_TRUE(Contains(page->body, "Update of 5 January 2026"));
  EXPECT_TRUE(Contains(page->body, "Fictional: two training sessions held."));
  EXPECT_TRUE(Contains(page->body, "A fictional dip sample found chronologies shared."));
  EXPECT_TRUE(Contains(page->body, "Recorded by you"));
  const auto link = page->body.find(ActionPage(police_action_) + "/evidence/");
  ASSERT_NE(link, std::string::npos);
  const auto href = page->body.substr(link, page->body.find('"', link) - link);
  EXPECT_TRUE(Contains(page->body, ">audit summary.txt<"));

  // The business unit downloads the same bytes, as an attachment.
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  auto officer_page = t_->Get(ActionPage(police_action_), officer.cookie);
  EXPECT_TRUE(Contains(officer_page->body, "Recorded by Test police.lead@example.org"));
  auto download = t_->Get(href, officer.cookie);
  ASSERT_EQ(download->status, 200) << download->body;
  EXPECT_EQ(download->body, "Fictional audit summary.\n");
  EXPECT_TRUE(Contains(download->Header("content-disposition").value_or(""), "attachment;"));
  EXPECT_EQ(download->Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(CountAudit("action.evidence.read", AuditOutcome::kSuccess), 1);
  // Not another agency's lead.
  const auto health = t_->SignInFully("health.lead@example.org", kPassword);
  EXPECT_EQ(t_->Get(href, health.cookie)->status, 404);
}

TEST_P(ActionPagesTest, AStaleUpdateKeepsTheFormSaysToReloadAndStoresNothing) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  const auto seen_by_lead = UpdateFormVersion(lead, police_action_);
  const auto seen_by_officer = UpdateFormVersion(officer, police_action_);
  ASSERT_EQ(seen_by_lead, seen_by_officer);
  auto first = PostMultipart(ActionPage(police_action_) + "/update", officer,
                             UpdateParts(officer, seen_by_officer, "Fictional: officer's update."));
  ASSERT_EQ(first->status, 303) << first->body;
  const auto after_first = StoredAction(police_action_);

  auto parts = UpdateParts(lead, seen_by_lead, "Fictional: the lead's words, kept.");
  parts.push_back({"file", "Fictional stale evidence.\n", std::string{"stale.txt"}, "text/plain"});
  auto stale = PostMultipart(ActionPage(police_action_) + "/update", lead, parts);
  ASSERT_EQ(stale->status, 409) << stale->body;
  EXPECT_TRUE(Contains(stale->body, "Someone else changed this action; reload it and try again."));
  EXPECT_TRUE(Contains(stale->body, "govuk-error-summary"));
  EXPECT_TRUE(Contains(stale->body, ">Fictional: the lead&#39;s words, kept.</textarea>"));
  EXPECT_EQ(StoredAction(police_action_).version, after_first.version);
  EXPECT_EQ(StoredUpdates(police_action_).size(), 1u);
  auto content = t_->store().Read([&](domain::Transaction& tx) {
    return tx.file_contents(north_).Get(security::Sha256Hex("Fictional stale evidence.\n"));
  });
  EXPECT_FALSE(content.ok());
}

TEST_P(ActionPagesTest, AnUpdateThatBreaksARuleNamesTheFieldAndStoresNothing) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto version = UpdateFormVersion(lead, police_action_);
  // No narrative, no RAG rating.
  auto parts = UpdateParts(lead, version, "");
  parts[8].value = "";
  auto blank = PostMultipart(ActionPage(police_action_) + "/update", lead, parts);
  ASSERT_EQ(blank->status, 422) << blank->body;
  EXPECT_TRUE(Contains(blank->body, "href=\"#rag\""));
  // Completing without evidence of impact.
  auto completed = PostMultipart(ActionPage(police_action_) + "/update", lead,
                                 UpdateParts(lead, version, "Fictional: done.", "completed"));
  ASSERT_EQ(completed->status, 422) << completed->body;
  EXPECT_TRUE(Contains(completed->body, "href=\"#evidence\""));
  // A file type that is not allowed.
  auto file_parts = UpdateParts(lead, version, "Fictional: with a program.");
  file_parts.push_back({"file", "MZ fictional program", std::string{"tool.exe"}});
  auto refused = PostMultipart(ActionPage(police_action_) + "/update", lead, file_parts);
  ASSERT_EQ(refused->status, 422) << refused->body;
  EXPECT_TRUE(Contains(refused->body, "href=\"#file\""));
  EXPECT_TRUE(StoredUpdates(police_action_).empty());
  EXPECT_EQ(StoredAction(police_action_).status, domain::ActionStatus::kNotStarted);
}

TEST_P(ActionPagesTest, TheBusinessUnitAddsAnActionFromACasesRecommendation) {
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  // The case page links each recommendation to a new action answering it.
  auto case_page = t_->Get(CasePage(case_b_), officer.cookie);
  ASSERT_EQ(case_page->status, 200) << case_page->body;
  const std::string add = "/actions/new?recommendation=" + std::to_string(recommendations_[1]);
  EXPECT_TRUE(Contains(case_page->body, "href=\"" + add + "\""));
  // Not for the reviewer, who reads the case but plans no action.
  const auto reviewer = t_->SignInFully("reviewer@example.org", kPassword);
  auto reviewer_page = t_->Get(CasePage(case_b_), reviewer.cookie);
  ASSERT_EQ(reviewer_page->status, 200);
  EXPECT_FALSE(Contains(reviewer_page->body, "/actions/new"));

  auto form = t_->Get(add, officer.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Contains(form->body, "<optgroup label=\"CR-2025-002\">"));
  EXPECT_TRUE(Contains(
      form->body, "<option value=\"" + std::to_string(recommendations_[1]) +
                      "\" selected>CR-2025-002 — 2. Supervise every closed referral.</option>"));
  EXPECT_TRUE(Contains(form->body, "CR-2025-001: rapid review"));
  EXPECT_EQ(CountAudit("action.sources.read", AuditOutcome::kSuccess), 1);

  Fields fields{{"title", "Fictional: supervise closed referrals"},
                {"owner_agency_id", std::to_string(health_)},
                {"lead_user_id", std::to_string(health_lead_)},
                {"lead_name", ""},
                {"success_measure", "Fictional: every closure is signed off."},
                {"priority", "medium"},
                {"recommendation_0", std::to_string(recommendations_[1])},
                {"recommendation_1", std::to_string(recommendations_[0])},
                {"recommendation_2", ""},
                {"rapid_review_0", std::to_string(case_a_)},
                {"other_kind_0", ""},
                {"other_label_0", ""}};
  AddDate(fields, "due_on", 30, 9, 2026);
  auto sent = Send(officer, "/actions/new", fields);
  ASSERT_EQ(sent->status, 303) << sent->body;
  const auto location = sent->Header("location").value_or("");
  ASSERT_TRUE(location.starts_with("/actions/")) << location;
  const auto id = std::stoll(location.substr(9));
  const auto stored = StoredAction(id);
  EXPECT_EQ(stored.title, "Fictional: supervise closed referrals");
  EXPECT_EQ(stored.owner_agency_id, health_);
  EXPECT_EQ(stored.lead_user_id, health_lead_);
  EXPECT_EQ(stored.lead_name, "Test health.lead@example.org");
  EXPECT_EQ(stored.due_on, Day("2026-09-30"));
  ASSERT_EQ(stored.sources.size(), 3u);
  EXPECT_EQ(stored.sources[0].ref_id, recommendations_[1]);
  EXPECT_EQ(stored.sources[1].ref_id, recommendations_[0]);
  EXPECT_EQ(stored.sources[2].kind, domain::SourceKind::kRapidReview);
  EXPECT_EQ(CountAudit("action.create", AuditOutcome::kSuccess), 1);

  auto page = t_->Get(location, officer.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Contains(page->body, "The action is added to the plan."));
  EXPECT_TRUE(Contains(page->body, "href=\"" + CasePage(case_b_) + "\""));
  EXPECT_TRUE(Contains(page->body, "CR-2025-002, recommendation 2"));
  EXPECT_TRUE(Contains(page->body, "CR-2025-001, rapid review"));
}

TEST_P(ActionPagesTest, ARefusedNewActionNamesEachFieldAndStoresNothing) {
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  auto sent = Send(officer, "/actions/new",
                   {{"title", ""},
                    {"owner_agency_id", ""},
                    {"lead_user_id", ""},
                    {"lead_name", ""},
                    {"priority", "medium"},
                    {"recommendation_0", ""},
                    {"other_kind_0", "board_decision"},
                    {"other_label_0", ""}});
  ASSERT_EQ(sent->status, 422) << sent->body;
  for (const char* anchor :
       {"#title", "#owner_agency_id", "#lead_name", "#due_on-day", "#other_label_0"}) {
    EXPECT_TRUE(Contains(sent->body, "href=\"" + std::string{anchor} + "\"")) << anchor;
  }
  EXPECT_TRUE(Contains(sent->body, "Enter the name of the board decision"));
  // Nothing chosen as a source at all.
  Fields fields{{"title", "Fictional: no source"},
                {"owner_agency_id", std::to_string(police_)},
                {"lead_name", "Fictional Lead"},
                {"priority", "low"}};
  AddDate(fields, "due_on", 1, 6, 2026);
  auto sourceless = Send(officer, "/actions/new", fields);
  ASSERT_EQ(sourceless->status, 422) << sourceless->body;
  EXPECT_TRUE(Contains(sourceless->body, "href=\"#recommendation_0\""));
  EXPECT_TRUE(Contains(sourceless->body, "value=\"Fictional: no source\""));
  EXPECT_EQ(CountAudit("action.create", AuditOutcome::kSuccess), 0);
  // An agency lead may not add actions at all.
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  EXPECT_EQ(t_->Get("/actions/new", lead.cookie)->status, 403);
}

TEST_P(ActionPagesTest, TheBusinessUnitEditsThePlanAndAStaleEditKeepsTheForm) {
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  auto form = t_->Get(ActionPage(police_action_) + "/edit", officer.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  const auto version = testing::FieldValue(form->body, "version");
  EXPECT_TRUE(Contains(form->body, "value=\"" + std::string{kPoliceTitle} + "\""));
  EXPECT_TRUE(Contains(form->body,
                       "<option value=\"" + std::to_string(recommendations_[0]) + "\" selected>"));
  const auto plan = [&](const std::string& sent_version, const std::string& title, int day) {
    Fields fields{{"version", sent_version},
                  {"title", title},
                  {"owner_agency_id", std::to_string(police_)},
                  {"lead_user_id", ""},
                  {"lead_name", "Fictional Lead"},
                  {"priority", "high"},
                  {"recommendation_0", std::to_string(recommendations_[0])},
                  {"recommendation_1", ""}};
    AddDate(fields, "due_on", day, 4, 2026);
    return Send(officer, ActionPage(police_action_) + "/edit", fields);
  };
  auto edited = plan(version, "Fictional: train every call handler", 30);
  ASSERT_EQ(edited->status, 303) << edited->body;
  const auto stored = StoredAction(police_action_);
  EXPECT_EQ(stored.title, "Fictional: train every call handler");
  EXPECT_EQ(stored.due_on, Day("2026-04-30"));
  EXPECT_EQ(stored.due_date_changes, 1);
  auto page = t_->Get(ActionPage(police_action_), officer.cookie);
  EXPECT_TRUE(Contains(page->body, "Moved once since it was agreed"));

  auto stale = plan(version, "Fictional: a stale title, kept", 15);
  ASSERT_EQ(stale->status, 409) << stale->body;
  EXPECT_TRUE(Contains(stale->body, "Someone else changed this action; reload it and try again."));
  EXPECT_TRUE(Contains(stale->body, "value=\"Fictional: a stale title, kept\""));
  EXPECT_EQ(StoredAction(police_action_).title, "Fictional: train every call handler");
  EXPECT_EQ(StoredAction(police_action_).due_on, Day("2026-04-30"));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ActionPagesTest);

}  // namespace
}  // namespace assure
