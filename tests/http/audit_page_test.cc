// The audit page through real HTTP on both backends: only the asker's partnership's events,
// newest first, the filters (person, record, dates), and reading the trail is itself audited.
#include <gtest/gtest.h>

#include "http/admin_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using testing::Occurrences;
using namespace std::chrono_literals;

class AuditPageTest : public testing::AdminTest {
 protected:
  void SetUp() override {
    AdminTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    t_->AddUser(north_, "aud@example.org", kPassword, domain::Role::kAuditor);
    auditor_ = t_->SignInFully("aud@example.org", kPassword);
  }

  // The number of event rows on an audit page.
  static int Rows(const std::string& html) {
    const auto table = html.find("id=\"audit-events\"");
    if (table == std::string::npos) return 0;
    return Occurrences(html.substr(table), "<tr class=\"govuk-table__row\">") - 1;  // the header
  }

  testing::Browser auditor_;
};

TEST_P(AuditPageTest, ShowsOnlyThisPartnershipsEventsAndIsItselfAudited) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  ASSERT_EQ(Send(root, "/agencies/new", "name=Northshire+Police&type=police")->status, 303);
  const auto sol = t_->SignInFully("sol@example.org", kPassword);
  auto theirs = Send(sol, "/agencies/new", "name=Southshire+Health&type=health");
  ASSERT_EQ(theirs->status, 303);
  const auto their_agency = testing::IdFromLocation(*theirs);
  ASSERT_GT(Events(south_).size(), 0u);

  const auto ours = Events(north_).size();
  auto page = t_->Get("/audit", auditor_.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(Rows(page->body), static_cast<int>(ours));
  EXPECT_NE(page->body.find("agency.create"), std::string::npos);
  EXPECT_EQ(page->body.find("agency " + their_agency + "<"), std::string::npos);
  EXPECT_EQ(page->body.find("user " + std::to_string(sol_) + ")"), std::string::npos);
  EXPECT_EQ(CountEvents(north_, "audit.read", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountEvents(south_, "audit.read", AuditOutcome::kSuccess), 0);
  // Newest first: the page's own read is the newest event now, and the next page shows it first.
  auto again = t_->Get("/audit", auditor_.cookie);
  const auto first_row = again->body.find("<td class=\"govuk-table__cell\">audit.read</td>");
  const auto create_row = again->body.find("agency.create");
  EXPECT_LT(first_row, create_row);
}

TEST_P(AuditPageTest, FiltersByPersonRecordAndDates) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto created = Send(root, "/agencies/new", "name=Northshire+Police&type=police");
  const auto agency = testing::IdFromLocation(*created);

  int roots = 0;
  for (const auto& event : Events(north_)) roots += event.user_id == root_ ? 1 : 0;
  auto by_email = t_->Get("/audit?user=root%40example.org", auditor_.cookie);
  ASSERT_EQ(by_email->status, 200);
  EXPECT_EQ(Rows(by_email->body), roots);
  auto by_id = t_->Get("/audit?user=" + std::to_string(root_), auditor_.cookie);
  EXPECT_EQ(Rows(by_id->body), roots);
  auto nobody = t_->Get("/audit?user=nobody%40example.org", auditor_.cookie);
  EXPECT_EQ(nobody->status, 200);
  EXPECT_EQ(Rows(nobody->body), 0);
  EXPECT_NE(nobody->body.find("No events match"), std::string::npos);

  auto by_record = t_->Get("/audit?resource_type=agency&resource_id=" + agency, auditor_.cookie);
  EXPECT_EQ(Rows(by_record->body), 1);
  EXPECT_NE(by_record->body.find("agency.create"), std::string::npos);

  // Two days later (the clock starts on 5 January 2026), Root changes the agency.
  t_->clock().Advance(48h);
  const auto later = SignInAgain("root@example.org");
  auditor_ = SignInAgain("aud@example.org");  // the old session timed out
  ASSERT_EQ(
      Send(later, "/agencies/" + agency + "/edit", "name=Police&type=police&version=1")->status,
      303);
  auto from_7th = t_->Get("/audit?resource_type=agency&resource_id=" + agency +
                              "&from-day=7&from-month=1&from-year=2026",
                          auditor_.cookie);
  EXPECT_EQ(Rows(from_7th->body), 1);
  EXPECT_NE(from_7th->body.find("agency.update"), std::string::npos);
  auto to_5th = t_->Get(
      "/audit?resource_type=agency&resource_id=" + agency + "&to-day=5&to-month=1&to-year=2026",
      auditor_.cookie);
  EXPECT_EQ(Rows(to_5th->body), 1);
  EXPECT_NE(to_5th->body.find("agency.create"), std::string::npos);

  auto bad = t_->Get("/audit?from-day=31&from-month=2&from-year=2026", auditor_.cookie);
  EXPECT_EQ(bad->status, 422);
  EXPECT_NE(bad->body.find("href=\"#from-day\""), std::string::npos);
  auto backwards =
      t_->Get("/audit?from-day=7&from-month=1&from-year=2026&to-day=6&to-month=1&to-year=2026",
              auditor_.cookie);
  EXPECT_EQ(backwards->status, 422);
  auto bad_user = t_->Get("/audit?user=twelve", auditor_.cookie);
  EXPECT_EQ(bad_user->status, 422);
  EXPECT_NE(bad_user->body.find("href=\"#user\""), std::string::npos);
}

TEST_P(AuditPageTest, AdministratorsReadTheTrailToo) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  EXPECT_EQ(t_->Get("/audit", root.cookie)->status, 200);
  const auto ada = t_->SignInFully("ada@example.org", kPassword);  // a business manager
  EXPECT_EQ(t_->Get("/audit", ada.cookie)->status, 403);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(AuditPageTest);

}  // namespace
}  // namespace assure
