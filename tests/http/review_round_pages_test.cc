// The quarterly review round pages and the action plan dashboard through real HTTP against the
// whole server, on both backends: the business manager opens the current quarter's round (once),
// an officer reviews an entry, an extension moves the action's due date; refused reviews name the
// field and a stale one keeps the form; the manager closes the round, after which nothing in it
// changes; the dashboard lists what is not reviewed, overdue and moved more than once; who may
// see and do what. Today is Monday 5 January 2026, in 2025-26 Q4.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "http/action_pages_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;

class ReviewRoundPagesTest : public testing::ActionPagesTest {
 protected:
  // Opens 2025-26 Q4's round as Ada (the business manager); returns its id.
  domain::ReviewRoundId OpenRound(const testing::Browser& ada) {
    auto opened = Send(ada, "/review-rounds", {{"quarter", "2025-26-q4"}});
    EXPECT_EQ(opened->status, 303) << opened->body;
    const auto location = opened->Header("location").value_or("");
    EXPECT_TRUE(location.starts_with("/review-rounds/")) << location;
    EXPECT_TRUE(location.ends_with("?done=opened")) << location;
    return location.size() > 15 ? std::stoll(location.substr(15)) : 0;
  }

  // The round's entry for `action`, as stored.
  domain::ReviewEntry EntryFor(domain::ReviewRoundId round, domain::ActionId action) {
    auto entries = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.review_rounds(north_).Entries(round); });
    EXPECT_TRUE(entries.ok()) << entries.error().message;
    if (entries.ok()) {
      for (const auto& entry : *entries) {
        if (entry.action_id == action) return entry;
      }
    }
    ADD_FAILURE() << "no entry for action " << action;
    return {};
  }

  static std::string RoundPage(domain::ReviewRoundId id) {
    return "/review-rounds/" + std::to_string(id);
  }
  static std::string EntryPage(domain::ReviewRoundId round, domain::ReviewEntryId entry) {
    return RoundPage(round) + "/entries/" + std::to_string(entry);
  }

  core::Result<testing::HttpReply> Review(const testing::Browser& browser,
                                          domain::ReviewRoundId round, domain::ReviewEntryId entry,
                                          const std::string& version, const std::string& outcome,
                                          const std::string& note,
                                          std::optional<int> new_day = std::nullopt) {
    Fields fields{{"version", version}, {"outcome", outcome}, {"note", note}};
    if (new_day) {
      AddDate(fields, "new_due_on", *new_day, 6, 2026);
    } else {
      fields.insert(fields.end(),
                    {{"new_due_on-day", ""}, {"new_due_on-month", ""}, {"new_due_on-year", ""}});
    }
    return Send(browser, EntryPage(round, entry), fields);
  }
};

TEST_P(ReviewRoundPagesTest, TheManagerOpensTheRoundAndAnExtensionMovesTheDueDate) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  auto rounds = t_->Get("/review-rounds", ada.cookie);
  ASSERT_EQ(rounds->status, 200) << rounds->body;
  EXPECT_TRUE(Contains(rounds->body, "Open the round for 2025-26 Q4"));
  EXPECT_TRUE(Contains(rounds->body, "No review round has been opened yet."));
  // Only the business manager opens a round.
  auto officer_rounds = t_->Get("/review-rounds", officer.cookie);
  ASSERT_EQ(officer_rounds->status, 200);
  EXPECT_FALSE(Contains(officer_rounds->body, "Open the round"));
  EXPECT_EQ(Send(officer, "/review-rounds", {{"quarter", "2025-26-q4"}})->status, 403);

  const auto round = OpenRound(ada);
  auto page = t_->Get(RoundPage(round) + "?done=opened", officer.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Contains(page->body, "Review round 2025-26 Q4"));
  EXPECT_TRUE(Contains(page->body, "The review round is open."));
  EXPECT_TRUE(Contains(page->body, "0 of 3 actions reviewed"));
  for (const char* title : {kPoliceTitle, kHealthTitle, kFormulaTitle}) {
    EXPECT_TRUE(Contains(page->body, title)) << title;
  }
  EXPECT_FALSE(Contains(page->body, "Close the round"));  // the manager's alone
  const auto entry = EntryFor(round, police_action_);
  EXPECT_TRUE(Contains(page->body, "href=\"" + EntryPage(round, entry.id) + "\""));
  EXPECT_EQ(CountAudit("review_round.open", AuditOutcome::kSuccess), 1);

  auto form = t_->Get(EntryPage(round, entry.id), officer.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Contains(form->body, std::string{"Review: "} + kPoliceTitle));
  const auto version = testing::FieldValue(form->body, "version");
  EXPECT_EQ(version, std::to_string(entry.version));
  auto reviewed = Review(officer, round, entry.id, version, "extend",
                         "Fictional: the trainer left; a new one starts in April.", 30);
  ASSERT_EQ(reviewed->status, 303) << reviewed->body;
  EXPECT_EQ(reviewed->Header("location"), RoundPage(round) + "?done=reviewed");

  const auto action = StoredAction(police_action_);
  EXPECT_EQ(action.due_on, Day("2026-06-30"));
  EXPECT_EQ(action.due_date_changes, 1);
  const auto stored = EntryFor(round, police_action_);
  EXPECT_EQ(stored.outcome, domain::ReviewOutcome::kExtend);
  EXPECT_EQ(stored.reviewed_by, officer_);
  EXPECT_EQ(stored.new_due_on, Day("2026-06-30"));
  EXPECT_EQ(CountAudit("review_round.review", AuditOutcome::kSuccess), 1);

  page = t_->Get(RoundPage(round), officer.cookie);
  EXPECT_TRUE(Contains(page->body, "1 of 3 actions reviewed"));
  EXPECT_TRUE(Contains(page->body, ">Extend<br>"));
  EXPECT_TRUE(Contains(page->body, "30 June 2026"));
  auto action_page = t_->Get(ActionPage(police_action_), officer.cookie);
  EXPECT_TRUE(Contains(action_page->body, "Moved once since it was agreed"));
  EXPECT_TRUE(Contains(action_page->body, "New due date: 30 June 2026"));

  // One round a quarter.
  auto again = Send(ada, "/review-rounds", {{"quarter", "2025-26-q4"}});
  ASSERT_EQ(again->status, 409) << again->body;
  EXPECT_TRUE(Contains(again->body, "There is already a review round for this quarter."));
  rounds = t_->Get("/review-rounds", ada.cookie);
  EXPECT_FALSE(Contains(rounds->body, "Open the round for"));
  EXPECT_TRUE(Contains(rounds->body, "href=\"" + RoundPage(round) + "\""));
}

TEST_P(ReviewRoundPagesTest, ARefusedReviewNamesTheFieldAndAStaleOneKeepsTheForm) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  const auto round = OpenRound(ada);
  const auto entry = EntryFor(round, police_action_);
  const auto version = std::to_string(entry.version);

  auto no_date = Review(officer, round, entry.id, version, "extend", "Fictional reason.");
  ASSERT_EQ(no_date->status, 422) << no_date->body;
  EXPECT_TRUE(Contains(no_date->body, "href=\"#new_due_on-day\""));
  auto no_note = Review(officer, round, entry.id, version, "escalate", "");
  ASSERT_EQ(no_note->status, 422) << no_note->body;
  EXPECT_TRUE(Contains(no_note->body, "href=\"#note\""));
  EXPECT_TRUE(Contains(no_note->body, "Say why the action is escalated."));
  auto no_outcome = Send(officer, EntryPage(round, entry.id), {{"version", version}, {"note", ""}});
  ASSERT_EQ(no_outcome->status, 422);
  EXPECT_TRUE(Contains(no_outcome->body, "href=\"#outcome\""));
  // Close is only for an action an update has closed.
  auto close = Review(officer, round, entry.id, version, "close", "");
  ASSERT_EQ(close->status, 422);
  EXPECT_TRUE(Contains(close->body, "Record an update first"));
  EXPECT_FALSE(EntryFor(round, police_action_).outcome.has_value());

  ASSERT_EQ(Review(officer, round, entry.id, version, "on_track", "")->status, 303);
  auto stale = Review(ada, round, entry.id, version, "escalate", "Fictional: a note, kept.");
  ASSERT_EQ(stale->status, 409) << stale->body;
  EXPECT_TRUE(Contains(stale->body, "reload it and try again."));
  EXPECT_TRUE(Contains(stale->body, ">Fictional: a note, kept.</textarea>"));
  EXPECT_EQ(EntryFor(round, police_action_).outcome, domain::ReviewOutcome::kOnTrack);
  // An entry under another round's address does not exist.
  EXPECT_EQ(t_->Get(EntryPage(round + 1, entry.id), officer.cookie)->status, 404);
  EXPECT_EQ(t_->Get(EntryPage(round, entry.id + 1000), officer.cookie)->status, 404);
}

TEST_P(ReviewRoundPagesTest, TheManagerClosesTheRoundAndThenNothingInItChanges) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto officer = t_->SignInFully("otto@example.org", kPassword);
  const auto round = OpenRound(ada);
  auto page = t_->Get(RoundPage(round), ada.cookie);
  ASSERT_TRUE(Contains(page->body, "Close the round"));
  const auto version = testing::FieldValue(page->body, "version");
  EXPECT_EQ(Send(officer, RoundPage(round) + "/close", {{"version", version}})->status, 403);
  auto closed = Send(ada, RoundPage(round) + "/close", {{"version", version}});
  ASSERT_EQ(closed->status, 303) << closed->body;
  page = t_->Get(RoundPage(round) + "?done=closed", officer.cookie);
  EXPECT_TRUE(Contains(page->body, "The review round is closed."));
  EXPECT_TRUE(Contains(page->body, "closed on 5 January 2026"));
  EXPECT_FALSE(Contains(page->body, "/entries/"));
  EXPECT_FALSE(Contains(page->body, "Close the round"));

  const auto entry = EntryFor(round, health_action_);
  EXPECT_EQ(t_->Get(EntryPage(round, entry.id), officer.cookie)->status, 409);
  auto late = Review(officer, round, entry.id, std::to_string(entry.version), "on_track", "");
  EXPECT_EQ(late->status, 409);
  EXPECT_FALSE(EntryFor(round, health_action_).outcome.has_value());
  // Closing it again says so.
  EXPECT_EQ(Send(ada, RoundPage(round) + "/close", {{"version", version}})->status, 409);
}

TEST_P(ReviewRoundPagesTest, TheDashboardListsWhatIsNotReviewedOverdueAndMovedMoreThanOnce) {
  const auto moved = Seed("Fictional: an action moved twice", health_, "2026-02-27",
                          {domain::SourceKind::kBoardDecision, std::nullopt, "Fictional decision"});
  for (const char* due : {"2026-03-27", "2026-04-24"}) {
    auto updated = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto action = tx.actions(north_).Get(moved);
      if (!action.ok()) return action.error();
      action->due_on = Day(due);
      auto stored = tx.actions(north_).Update(*action);
      if (!stored.ok()) return stored.error();
      return core::Ok();
    });
    ASSERT_TRUE(updated.ok()) << updated.error().message;
  }
  const auto board = t_->SignInFully("board@example.org", kPassword);
  auto dashboard = t_->Get("/actions/dashboard", board.cookie);
  ASSERT_EQ(dashboard->status, 200) << dashboard->body;
  const auto& html = dashboard->body;
  EXPECT_TRUE(Contains(html, "2025-26 Q4"));
  EXPECT_TRUE(Contains(html, "The review round for 2025-26 Q4 has not been opened yet."));
  EXPECT_TRUE(Contains(html, "Not reviewed this quarter (4)"));
  EXPECT_TRUE(Contains(html, "Overdue (1)"));
  EXPECT_TRUE(Contains(html, "Due date moved more than once (1)"));
  const auto overdue = html.find("Overdue (1)");
  const auto moved_at = html.find("Due date moved more than once (1)");
  ASSERT_NE(overdue, std::string::npos);
  ASSERT_NE(moved_at, std::string::npos);
  const auto overdue_part = html.substr(overdue, moved_at - overdue);
  EXPECT_TRUE(Contains(overdue_part, kHealthTitle));
  EXPECT_FALSE(Contains(overdue_part, kPoliceTitle));
  EXPECT_TRUE(Contains(html.substr(moved_at), "Fictional: an action moved twice"));
  EXPECT_FALSE(Contains(html.substr(moved_at), kHealthTitle));
  EXPECT_EQ(CountAudit("review_round.dashboard", AuditOutcome::kSuccess), 1);

  // Once the round is open and one entry reviewed, that action is no longer listed unreviewed.
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto round = OpenRound(ada);
  const auto entry = EntryFor(round, police_action_);
  ASSERT_EQ(Review(ada, round, entry.id, std::to_string(entry.version), "on_track", "")->status,
            303);
  dashboard = t_->Get("/actions/dashboard", board.cookie);
  EXPECT_TRUE(Contains(dashboard->body, "Not reviewed this quarter (3)"));
  EXPECT_TRUE(Contains(dashboard->body, "opened on 5 January 2026 and is open."));
  EXPECT_TRUE(Contains(dashboard->body, "href=\"" + RoundPage(round) + "\""));
  // A board member reads the rounds but reviews nothing.
  auto round_page = t_->Get(RoundPage(round), board.cookie);
  ASSERT_EQ(round_page->status, 200);
  EXPECT_FALSE(Contains(round_page->body, "/entries/"));
  EXPECT_EQ(t_->Get(EntryPage(round, entry.id), board.cookie)->status, 403);

  // An agency lead sees neither the rounds nor the dashboard.
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  EXPECT_EQ(t_->Get("/actions/dashboard", lead.cookie)->status, 403);
  EXPECT_EQ(t_->Get("/review-rounds", lead.cookie)->status, 403);
  EXPECT_EQ(t_->Get(RoundPage(round), lead.cookie)->status, 403);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReviewRoundPagesTest);

}  // namespace
}  // namespace assure
