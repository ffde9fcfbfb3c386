// The self-evaluation API through the whole server, on both backends: the business manager copies
// the s11 template and opens a round; the police lead evidences, completes and submits their
// return; the ICB's lead cannot read it (404, audited) until the round is closed and shared; the
// business unit challenges a rating and agrees another, shown in the matrix; bad input names its
// field (422), a stale version is 409, and a role that may not is 403. Fictional data only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http/case_access_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

class SelfEvaluationApiTest : public CaseAccessTest {
 protected:
  void SetUp() override {
    CaseAccessTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    manager_token_ = Token(ada_);
    police_token_ = Token(police_lead_);
    health_token_ = Token(health_lead_);
    const auto framework =
        ApiPost("/api/v1/assurance/frameworks", manager_token_, {{"template", "s11"}});
    ASSERT_TRUE(framework.ok());
    ASSERT_EQ(framework->status, 201) << framework->body;
    framework_ = json::parse(framework->body)["framework"];
    const auto round = ApiPost("/api/v1/assurance/rounds", manager_token_,
                               {{"framework_id", framework_["id"]},
                                {"title", "Fictional s11 round"},
                                {"due_on", "2026-02-27"},
                                {"agency_ids", {police_, health_}}});
    ASSERT_TRUE(round.ok());
    ASSERT_EQ(round->status, 201) << round->body;
    round_ = json::parse(round->body)["round"];
  }

  std::string ReturnPath(domain::AgencyId agency, const std::string& tail = "") {
    return "/api/v1/assurance/rounds/" + std::to_string(round_["id"].get<std::int64_t>()) +
           "/returns/" + std::to_string(agency) + tail;
  }

  core::Result<HttpReply> ApiPut(const std::string& path, const std::string& token,
                                 const json& body) {
    const std::string text = body.dump();
    return HttpSend(t_->port(), "PUT " + path +
                                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                                    "Bearer " +
                                    token +
                                    "\r\nContent-Type: application/json\r\n"
                                    "Content-Length: " +
                                    std::to_string(text.size()) + "\r\nConnection: close\r\n\r\n" +
                                    text);
  }

  core::Result<HttpReply> ApiUpload(const std::string& path, const std::string& token,
                                    const std::vector<Part>& parts) {
    const std::string body = MultipartBody(parts);
    return HttpSend(t_->port(), "POST " + path +
                                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                                    "Bearer " +
                                    token +
                                    "\r\nContent-Type: multipart/form-data; "
                                    "boundary=" +
                                    kBoundary +
                                    "\r\nContent-Length: " + std::to_string(body.size()) +
                                    "\r\nConnection: close\r\n\r\n" + body);
  }

  // The police lead evidences and rates every standard `rating`, then submits.
  void SubmitPolice(const std::string& rating) {
    json answers = json::array();
    for (const auto& standard : framework_["standards"]) {
      answers.push_back({{"standard_id", standard["id"]},
                         {"rating", rating},
                         {"narrative", "Fictional narrative."}});
      const auto file = ApiUpload(ReturnPath(police_, "/evidence"), police_token_,
                                  {{"standard_id", std::to_string(standard["id"].get<int>())},
                                   {"file", "Fictional minutes.\n", "minutes.txt", "text/plain"}});
      ASSERT_TRUE(file.ok());
      ASSERT_EQ(file->status, 201) << file->body;
    }
    const auto current = ApiGet(ReturnPath(police_), police_token_);
    ASSERT_TRUE(current.ok());
    ASSERT_EQ(current->status, 200) << current->body;
    const auto version = json::parse(current->body)["return"]["version"];
    const auto saved =
        ApiPut(ReturnPath(police_), police_token_, {{"version", version}, {"answers", answers}});
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->status, 200) << saved->body;
    const auto submitted = ApiPost(ReturnPath(police_, "/submit"), police_token_,
                                   {{"version", json::parse(saved->body)["return"]["version"]}});
    ASSERT_TRUE(submitted.ok());
    ASSERT_EQ(submitted->status, 200) << submitted->body;
  }

  std::string manager_token_;
  std::string police_token_;
  std::string health_token_;
  json framework_;
  json round_;
};

TEST_P(SelfEvaluationApiTest, ALeadSubmitsAndBadInputAndStaleVersionsAreRefused) {
  const auto first = framework_["standards"][0]["id"];
  const auto bad =
      ApiPut(ReturnPath(police_), police_token_,
             {{"version", 1}, {"answers", {{{"standard_id", first}, {"rating", "green"}}}}});
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(bad->status, 422) << bad->body;
  EXPECT_NE(bad->body.find("answers[1].rating"), std::string::npos) << bad->body;
  const auto early = ApiPost(ReturnPath(police_, "/submit"), police_token_, {{"version", 1}});
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->status, 422) << early->body;
  const json improvement{{"standard_id", first},
                         {"title", "Fictional: audit supervision files quarterly"},
                         {"due_on", "2026-06-30"}};
  const auto action = ApiPost(ReturnPath(police_, "/actions"), police_token_, improvement);
  ASSERT_TRUE(action.ok());
  ASSERT_EQ(action->status, 201) << action->body;
  EXPECT_EQ(json::parse(action->body)["action"]["owner_agency_id"], police_);
  const auto not_theirs = ApiPost(ReturnPath(police_, "/actions"), health_token_, improvement);
  ASSERT_TRUE(not_theirs.ok());
  EXPECT_EQ(not_theirs->status, 404);

  SubmitPolice("3");
  const auto stale =
      ApiPut(ReturnPath(police_), police_token_, {{"version", 1}, {"answers", json::array()}});
  ASSERT_TRUE(stale.ok());
  EXPECT_EQ(stale->status, 409) << stale->body;
  const auto view = ApiGet(ReturnPath(police_), manager_token_);
  ASSERT_TRUE(view.ok());
  const json ret = json::parse(view->body)["return"];
  EXPECT_EQ(ret["state"], "submitted");
  EXPECT_EQ(ret["first_submitted_on"], "2026-01-05");
  EXPECT_EQ(ret["evidence"].size(), framework_["standards"].size());
  ASSERT_EQ(ret["actions"].size(), 1u);
  EXPECT_EQ(ret["actions"][0]["title"], "Fictional: audit supervision files quarterly");
  EXPECT_TRUE(ret["may_challenge"].get<bool>());
  EXPECT_EQ(CountAudit("assurance.return.submit", domain::AuditOutcome::kSuccess), 1);

  const auto evidence_id = std::to_string(ret["evidence"][0]["id"].get<int>());
  const auto file = ApiGet(ReturnPath(police_, "/evidence/" + evidence_id), manager_token_);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->status, 200);
  EXPECT_EQ(file->body, "Fictional minutes.\n");

  const auto refused = ApiPost("/api/v1/assurance/activities", police_token_,
                               {{"kind", "case_audit"}, {"title", "Fictional"}});
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->status, 403);
  const auto bad_year = ApiGet("/api/v1/assurance/activities?year=next", manager_token_);
  ASSERT_TRUE(bad_year.ok());
  EXPECT_EQ(bad_year->status, 422);
  const auto year = ApiGet("/api/v1/assurance/activities?year=2025", police_token_);
  ASSERT_TRUE(year.ok());
  ASSERT_EQ(year->status, 200) << year->body;
  const json activities = json::parse(year->body)["activities"];
  ASSERT_EQ(activities.size(), 1u);  // the round's own activity
  EXPECT_EQ(activities[0]["kind"], "self_evaluation_round");
  EXPECT_EQ(activities[0]["state"], "open");
}

TEST_P(SelfEvaluationApiTest, AnotherAgencyReadsAReturnOnlyOnceSharedAndAChallengeKeepsBoth) {
  SubmitPolice("4");
  const auto before = ApiGet(ReturnPath(police_), health_token_);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->status, 404);
  EXPECT_EQ(CountAudit("assurance.return.read"), 1);

  const auto first = framework_["standards"][0]["id"];
  const auto asked = ApiPost(ReturnPath(police_, "/challenges"), manager_token_,
                             {{"standard_id", first}, {"question", "What shows it?"}});
  ASSERT_TRUE(asked.ok());
  ASSERT_EQ(asked->status, 201) << asked->body;
  const auto id = std::to_string(json::parse(asked->body)["challenge"]["id"].get<int>());
  const auto answered = ApiPost(ReturnPath(police_, "/challenges/" + id + "/answer"), police_token_,
                                {{"answer", "Fictional audit results."}});
  ASSERT_TRUE(answered.ok());
  ASSERT_EQ(answered->status, 200) << answered->body;
  const auto resolved = ApiPost(ReturnPath(police_, "/challenges/" + id + "/resolve"),
                                manager_token_, {{"agreed_rating", "2"}});
  ASSERT_TRUE(resolved.ok());
  ASSERT_EQ(resolved->status, 200) << resolved->body;
  EXPECT_EQ(json::parse(resolved->body)["challenge"]["rating_before"], "4");

  const std::string round_path =
      "/api/v1/assurance/rounds/" + std::to_string(round_["id"].get<int>());
  const auto matrix = ApiGet(round_path, manager_token_);
  ASSERT_TRUE(matrix.ok());
  const json rows = json::parse(matrix->body)["matrix"];
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1]["agency_id"], police_);
  EXPECT_EQ(rows[1]["cells"][0]["rating"], "2");
  EXPECT_TRUE(rows[1]["cells"][0]["challenged"].get<bool>());
  EXPECT_EQ(rows[0]["state"], "draft");

  const auto closed = ApiPost(round_path + "/close", manager_token_, {{"version", 1}});
  ASSERT_TRUE(closed.ok());
  ASSERT_EQ(closed->status, 200) << closed->body;
  const auto shared = ApiPost(round_path + "/share", manager_token_, {{"version", 2}});
  ASSERT_TRUE(shared.ok());
  ASSERT_EQ(shared->status, 200) << shared->body;
  const auto after = ApiGet(ReturnPath(police_), health_token_);
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->status, 200) << after->body;
  const json ret = json::parse(after->body)["return"];
  EXPECT_EQ(ret["answers"][0]["rating"], "4");
  EXPECT_EQ(ret["answers"][0]["agreed_rating"], "2");
  EXPECT_FALSE(ret["may_edit"].get<bool>());
  const auto trend =
      ApiGet("/api/v1/assurance/agencies/" + std::to_string(police_) + "/trend", health_token_);
  ASSERT_TRUE(trend.ok());
  ASSERT_EQ(trend->status, 200) << trend->body;
  EXPECT_EQ(json::parse(trend->body)["rounds"][0]["ratings"]["1"], "2");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SelfEvaluationApiTest);

}  // namespace
}  // namespace assure::testing
