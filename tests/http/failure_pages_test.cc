// A database failure reaches the person: a step whose write fails, or a list whose audit event
// cannot be stored, answers the 503 page (or the API's JSON error), never a list that looks empty
// or a change half made. Over the application's database failing on command (TestApp::faults()).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http/case_pages_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;

class FailurePagesTest : public testing::CasePagesTest {};

TEST_P(FailurePagesTest, AStepWhoseWriteFailsIsThe503PageAndChangesNothing) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto form = t_->Get(StepPage(case_a_, "notify-panel"), ada.cookie);
  ASSERT_EQ(form->status, 200);
  const auto version = StoredCase(case_a_).version;
  for (int n = 1; n <= 2; ++n) {
    t_->faults().FailWrite(n);
    auto refused = Send(
        ada, StepPage(case_a_, "notify-panel"),
        WithDate({{"version", testing::FieldValue(form->body, "version")}}, "sent_on", 2, 1, 2026));
    ASSERT_TRUE(refused.ok());
    EXPECT_TRUE(t_->faults().fired());
    EXPECT_EQ(refused->status, 503) << refused->body;
    EXPECT_TRUE(Contains(refused->body, "govuk-heading-l")) << "the standard page";
    EXPECT_EQ(StoredCase(case_a_).version, version);
    EXPECT_EQ(CountAudit("case.transition.notify_panel", AuditOutcome::kSuccess), 0);
  }
  t_->faults().Heal();
  auto done = Send(
      ada, StepPage(case_a_, "notify-panel"),
      WithDate({{"version", testing::FieldValue(form->body, "version")}}, "sent_on", 2, 1, 2026));
  EXPECT_EQ(done->status, 303) << done->body;
}

TEST_P(FailurePagesTest, AListWhoseAuditEventFailsIsThe503PageNotAnEmptyList) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  t_->faults().FailCommit();
  auto page = t_->Get("/cases", ada.cookie);
  EXPECT_TRUE(t_->faults().fired());
  EXPECT_EQ(page->status, 503) << page->body;
  EXPECT_FALSE(Contains(page->body, "No cases match."));
  EXPECT_FALSE(Contains(page->body, "CR-2025-001"));

  const auto token = Token(ada_);
  t_->faults().FailCommit();
  auto api = ApiGet("/api/v1/cases", token);
  ASSERT_TRUE(api.ok());
  EXPECT_EQ(api->status, 503) << api->body;
  EXPECT_EQ(nlohmann::json::parse(api->body).at("error"), "unavailable");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(FailurePagesTest);

}  // namespace
}  // namespace assure
