// The self-evaluation pages through the whole server, on both backends: Ada copies the s11
// template and opens a round for the police and the ICB on the form (a missing due date is 422
// with the form kept); the police lead sees the return on their to-do list, rates every standard,
// adds evidence and submits; the ICB's lead gets 404 for it; Ada challenges a rating, the lead
// answers, Ada agrees another, which the matrix shows with the agency's own kept; once the round
// is closed and shared the ICB's lead reads it. Fictional data only.
#include <gtest/gtest.h>

#include <string>

#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

class SelfEvaluationPagesTest : public CasePagesTest {
 protected:
  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  // The partnership's only framework, as stored.
  domain::StandardsFramework Framework() {
    auto frameworks = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.assurance(north_).ListFrameworks(); });
    EXPECT_TRUE(frameworks.ok() && frameworks->size() == 1u);
    return frameworks.ok() && !frameworks->empty() ? frameworks->front()
                                                   : domain::StandardsFramework{};
  }

  std::string Location(const HttpReply& reply) {
    const std::string location{reply.Header("location").value_or("")};
    return location.substr(0, location.find('?'));
  }
};

TEST_P(SelfEvaluationPagesTest, ARoundIsOpenedReturnedChallengedClosedAndShared) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto index = t_->Get("/assurance", ada.cookie);
  ASSERT_EQ(index->status, 200) << index->body;
  EXPECT_TRUE(Has(index->body, "Quality assurance framework 2025-26"));
  const auto copied = Send(ada, "/assurance/frameworks", {{"template", "s11"}});
  ASSERT_EQ(copied->status, 303) << copied->body;
  const auto framework = Framework();
  ASSERT_FALSE(framework.standards.empty());
  const auto standards = t_->Get(Location(*copied), ada.cookie);
  ASSERT_EQ(standards->status, 200);
  EXPECT_TRUE(Has(standards->body, framework.standards.front().text.heading));

  Fields round{{"framework_id", std::to_string(framework.id)},
               {"title", "Fictional s11 round"},
               {"agency_ids", std::to_string(police_)},
               {"agency_ids", std::to_string(health_)}};
  const auto no_date = Send(ada, "/assurance/rounds/new", round);
  ASSERT_EQ(no_date->status, 422);
  EXPECT_TRUE(Has(no_date->body, "Enter the date returns are due")) << no_date->body;
  EXPECT_TRUE(Has(no_date->body, "Fictional s11 round"));  // the form kept as sent
  const auto opened = Send(ada, "/assurance/rounds/new", WithDate(round, "due_on", 27, 2, 2026));
  ASSERT_EQ(opened->status, 303) << opened->body;
  const std::string round_path = Location(*opened);
  const std::string police_return = round_path + "/returns/" + std::to_string(police_);

  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto home = t_->Get("/home", lead.cookie);
  EXPECT_TRUE(Has(home->body, "Self-evaluation return: Fictional s11 round")) << home->body;
  const auto edit = t_->Get(police_return + "/edit", lead.cookie);
  ASSERT_EQ(edit->status, 200) << edit->body;
  Fields answers{{"version", FieldValue(edit->body, "version")}};
  for (const auto& standard : framework.standards) {
    const std::string id = std::to_string(standard.id);
    answers.emplace_back("rating_" + id, "3");
    answers.emplace_back("narrative_" + id, "Fictional: audited in March.");
    const auto file =
        PostMultipart(police_return + "/evidence", lead,
                      {{"csrf_token", lead.csrf_token},
                       {"standard_id", id},
                       {"file", "Fictional minutes.\n", "minutes.txt", "text/plain"}});
    ASSERT_EQ(file->status, 303) << file->body;
  }
  ASSERT_EQ(Send(lead, police_return + "/edit", answers)->status, 303);
  const Fields action{{"action_standard_id", std::to_string(framework.standards.front().id)},
                      {"title", "Fictional: audit supervision files quarterly"}};
  const auto no_due = Send(lead, police_return + "/actions", action);
  ASSERT_EQ(no_due->status, 422);
  EXPECT_TRUE(Has(no_due->body, "Enter the date the action is due")) << no_due->body;
  ASSERT_EQ(Send(lead, police_return + "/actions", WithDate(action, "due_on", 30, 6, 2026))->status,
            303);
  const auto page = t_->Get(police_return, lead.cookie);
  ASSERT_EQ(page->status, 200);
  ASSERT_EQ(Send(lead, police_return + "/submit", {{"version", FieldValue(page->body, "version")}})
                ->status,
            303);
  const auto submitted = t_->Get(police_return, lead.cookie);
  EXPECT_TRUE(Has(submitted->body, "Submitted on"));
  EXPECT_TRUE(Has(submitted->body, "Fictional: audit supervision files quarterly"));

  const auto health = t_->SignInFully("health.lead@example.org", kPassword);
  EXPECT_EQ(t_->Get(police_return, health.cookie)->status, 404);

  const std::string first = std::to_string(framework.standards.front().id);
  ASSERT_EQ(
      Send(ada, police_return + "/challenges", {{"standard_id", first}, {"question", ""}})->status,
      422);
  ASSERT_EQ(Send(ada, police_return + "/challenges",
                 {{"standard_id", first}, {"question", "What did the audit find?"}})
                ->status,
            303);
  auto challenges = t_->store().Read([&](domain::Transaction& tx) {
    auto ret = tx.self_evaluations(north_).GetReturn(
        std::stoll(round_path.substr(round_path.rfind('/') + 1)), police_);
    return tx.self_evaluations(north_).Challenges(ret->id);
  });
  ASSERT_TRUE(challenges.ok() && challenges->size() == 1u);
  const std::string challenge =
      police_return + "/challenges/" + std::to_string(challenges->front().id);
  ASSERT_EQ(Send(lead, challenge + "/answer", {{"answer", "Fictional: 40 files."}})->status, 303);
  ASSERT_EQ(Send(ada, challenge + "/resolve", {{"agreed_rating", "2"}})->status, 303);
  const auto matrix = t_->Get(round_path, ada.cookie);
  ASSERT_EQ(matrix->status, 200);
  EXPECT_TRUE(Has(matrix->body, "2 Requires improvement")) << matrix->body;
  EXPECT_TRUE(Has(matrix->body, "(changed by challenge)"));
  EXPECT_TRUE(Has(t_->Get(police_return, ada.cookie)->body, "3 Good"));  // the agency's own

  ASSERT_EQ(
      Send(ada, round_path + "/close", {{"version", FieldValue(matrix->body, "version")}})->status,
      303);
  const auto closed = t_->Get(round_path, ada.cookie);
  ASSERT_EQ(
      Send(ada, round_path + "/share", {{"version", FieldValue(closed->body, "version")}})->status,
      303);
  const auto shared = t_->Get(police_return, health.cookie);
  ASSERT_EQ(shared->status, 200) << shared->body;
  EXPECT_FALSE(Has(shared->body, "Rate the standards"));
  EXPECT_EQ(CountAudit("assurance.return.read"), 1);  // the one refusal
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SelfEvaluationPagesTest);

}  // namespace
}  // namespace assure::testing
