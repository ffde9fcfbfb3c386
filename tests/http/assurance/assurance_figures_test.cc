// The quality assurance figures through the whole server, on both backends (doc/figures.md,
// "Quality assurance figures"): GET /api/v1/reports/assurance and the page /reports/assurance say
// the same numbers for Northshire's 2025-26, seeded straight into the store: two activities
// closed in the year (one the year after), and a round due in March 2026 that the police
// returned on time and the ICB never did; an agency lead is refused and each read is audited.
// Fictional data only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

class AssuranceFiguresTest : public CasePagesTest {
 protected:
  void SetUp() override {
    CasePagesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto seeded = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto& assurance = tx.assurance(north_);
      const auto activity = [&](domain::ActivityKind kind,
                                const char* closed) -> core::Result<domain::Activity> {
        domain::Activity a;
        a.content.kind = kind;
        a.content.title = "Fictional activity";
        a.content.starts_on = Day("2025-05-01");
        a.content.ends_on = Day("2025-09-30");
        a.state = domain::ActivityState::kClosed;
        a.completed_on = Day(closed);
        a.created_by = ada_;
        a.created_at = t_->clock().Now();
        a.updated_at = t_->clock().Now();
        return assurance.CreateActivity(a);
      };
      ASSURE_ASSIGN_OR_RETURN(const auto audit,
                              activity(domain::ActivityKind::kCaseAudit, "2025-10-01"));
      ASSURE_ASSIGN_OR_RETURN(const auto survey,
                              activity(domain::ActivityKind::kStaffSurvey, "2026-04-02"));
      EXPECT_NE(audit.id, survey.id);
      ASSURE_ASSIGN_OR_RETURN(const auto round_activity,
                              activity(domain::ActivityKind::kSelfEvaluationRound, "2026-03-20"));
      domain::StandardsFramework framework;
      framework.content.name = "Fictional framework";
      framework.content.standards = {{"1", "Leadership", "Fictional statement.", ""}};
      framework.created_by = ada_;
      framework.created_at = t_->clock().Now();
      ASSURE_ASSIGN_OR_RETURN(const auto stored, assurance.CreateFramework(framework));
      domain::Round round;
      round.activity_id = round_activity.id;
      round.framework_id = stored.id;
      round.title = "Fictional round";
      round.opened_on = Day("2026-01-05");
      round.due_on = Day("2026-03-13");
      round.agency_ids = {police_, health_};
      round.opened_by = ada_;
      ASSURE_ASSIGN_OR_RETURN(const auto opened, tx.self_evaluations(north_).CreateRound(
                                                     round, stored.standards, t_->clock().Now()));
      ASSURE_ASSIGN_OR_RETURN(auto police,
                              tx.self_evaluations(north_).GetReturn(opened.id, police_));
      police.state = domain::ReturnState::kSubmitted;
      police.first_submitted_on = police.submitted_on = Day("2026-03-13");
      police.submitted_by = police_lead_;
      police.answers.front().rating = "3";
      ASSURE_ASSIGN_OR_RETURN(const auto updated, tx.self_evaluations(north_).UpdateReturn(police));
      EXPECT_EQ(updated.state, domain::ReturnState::kSubmitted);
      return core::Ok();
    });
    ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  }

  static constexpr const char* kYear = "from=2025-04-01&to=2026-03-31";
};

TEST_P(AssuranceFiguresTest, TheApiAndThePageCountTheYearsActivitiesAndReturns) {
  const auto reply = ApiGet(std::string{"/api/v1/reports/assurance?"} + kYear, Token(ada_));
  ASSERT_TRUE(reply.ok());
  ASSERT_EQ(reply->status, 200) << reply->body;
  const json body = json::parse(reply->body);
  EXPECT_EQ(body["activities_completed"]["case_audit"], 1);
  EXPECT_EQ(body["activities_completed"]["self_evaluation_round"], 1);
  EXPECT_EQ(body["activities_completed"]["staff_survey"], 0);  // closed on 2 April 2026
  EXPECT_EQ(body["activities_completed"]["total"], 2);
  const json& returns = body["self_evaluation_returns"];
  ASSERT_EQ(returns.size(), 2u);  // by name: the ICB, then the police
  EXPECT_EQ(returns[0]["agency"], "Northshire ICB");
  EXPECT_EQ(returns[0]["not_returned"], 1);
  EXPECT_EQ(returns[1]["agency"], "Northshire Police");
  EXPECT_EQ(returns[1]["on_time"], 1);
  EXPECT_EQ(CountAudit("report.assurance.read", domain::AuditOutcome::kSuccess), 1);

  const auto missing = ApiGet("/api/v1/reports/assurance?from=2025-04-01", Token(ada_));
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->status, 400);
  const auto lead = ApiGet(std::string{"/api/v1/reports/assurance?"} + kYear, Token(police_lead_));
  ASSERT_TRUE(lead.ok());
  EXPECT_EQ(lead->status, 403);

  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto page = t_->Get(std::string{"/reports/assurance?"} + kYear, ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_NE(page->body.find("Multi-agency case audit"), std::string::npos);
  EXPECT_NE(page->body.find("Northshire ICB"), std::string::npos);
  EXPECT_EQ(CountAudit("report.assurance.read", domain::AuditOutcome::kSuccess), 2);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(AssuranceFiguresTest);

}  // namespace
}  // namespace assure::testing
