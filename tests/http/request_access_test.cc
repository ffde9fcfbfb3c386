// The access rules of issue 4 through the whole server, on both backends: an agency lead sees
// only their own agency's requests (another agency's request, response or file is 404 on the
// pages and the API, audited, and nothing changes), never a case or its restricted details; a
// reviewer sees only the cases they are appointed to; a board member gets no case data.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/case_access_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;

class RequestAccessTest : public testing::CaseAccessTest {};

TEST_P(RequestAccessTest, AnAgencyLeadAskingForAnotherAgencysRequestGets404AuditedNothingChanged) {
  const auto browser = t_->SignInFully("police.lead@example.org", kPassword);
  const auto before = StoredRequest(health_request_);
  const auto other = RequestPath(health_request_);

  // The page: as if it did not exist, and never the other agency's answer.
  auto page = t_->Get(other, browser.cookie);
  EXPECT_EQ(page->status, 404);
  EXPECT_FALSE(Contains(page->body, kHealthAnswer));
  EXPECT_EQ(CountAudit("information_request.read"), 1);

  // Its file.
  auto file = t_->Get(other + "/files/" + std::to_string(health_file_), browser.cookie);
  EXPECT_EQ(file->status, 404);
  EXPECT_FALSE(Contains(file->body, "Fictional health file."));
  EXPECT_EQ(CountAudit("information_request.file.read"), 1);

  // Answering it, with a file.
  auto answer = PostMultipart(other + "/response", browser,
                              {{"csrf_token", browser.csrf_token},
                               {"version", std::to_string(before.version)},
                               {"response", "Overwritten by the wrong agency."},
                               {"file", "Not theirs.\n", "evil.txt", "text/plain"}});
  EXPECT_EQ(answer->status, 404);
  EXPECT_EQ(CountAudit("information_request.read"), 2);

  // The API, with the same person's token.
  const auto token = Token(police_lead_);
  auto api = ApiGet("/api/v1/requests/" + std::to_string(health_request_), token);
  EXPECT_EQ(api->status, 404);
  EXPECT_EQ(nlohmann::json::parse(api->body)["error"], "not_found");
  EXPECT_FALSE(Contains(api->body, kHealthAnswer));
  EXPECT_EQ(CountAudit("information_request.read"), 3);
  auto api_file = ApiGet("/api/v1/requests/" + std::to_string(health_request_) + "/files/" +
                             std::to_string(health_file_),
                         token);
  EXPECT_EQ(api_file->status, 404);
  EXPECT_EQ(CountAudit("information_request.file.read"), 2);
  auto api_answer = ApiPost("/api/v1/requests/" + std::to_string(health_request_) + "/response",
                            token, {{"version", before.version}, {"response", "Overwritten."}});
  EXPECT_EQ(api_answer->status, 404);
  EXPECT_EQ(CountAudit("information_request.respond"), 1);

  // Nothing changed: the response, its version, its files, and no success was recorded.
  const auto after = StoredRequest(health_request_);
  EXPECT_EQ(after.response, kHealthAnswer);
  EXPECT_EQ(after.version, before.version);
  EXPECT_EQ(StoredFiles(health_request_).size(), 1u);
  EXPECT_EQ(CountAudit("information_request.respond", AuditOutcome::kSuccess), 0);
  EXPECT_EQ(CountAudit("information_request.attach", AuditOutcome::kSuccess), 0);
  EXPECT_EQ(CountAudit("information_request.read", AuditOutcome::kSuccess), 0);
}

TEST_P(RequestAccessTest, AnAgencyLeadSeesOnlyTheirAgencysRequestsAndNeverACase) {
  const auto browser = t_->SignInFully("police.lead@example.org", kPassword);

  auto list = t_->Get("/requests", browser.cookie);
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_TRUE(Contains(list->body, RequestPath(police_request_) + "\""));
  EXPECT_FALSE(Contains(list->body, RequestPath(health_request_) + "\""));

  // Their own request shows the case's reference, never its summary, restricted details or
  // another agency's response.
  auto own = t_->Get(RequestPath(police_request_), browser.cookie);
  ASSERT_EQ(own->status, 200) << own->body;
  EXPECT_TRUE(Contains(own->body, "CR-2025-001"));
  for (const std::string& secret :
       {std::string{"Fictional summary of CR-2025-001."}, std::string{kSecretName},
        std::string{kCircumstances}, std::string{kHealthAnswer}}) {
    EXPECT_FALSE(Contains(own->body, secret)) << secret;
  }

  // The case page, and the case through the API: refused whatever the id.
  auto case_page = t_->Get("/cases/" + std::to_string(case_a_), browser.cookie);
  EXPECT_EQ(case_page->status, 403);
  EXPECT_FALSE(Contains(case_page->body, "Fictional summary"));
  const auto token = Token(police_lead_);
  const int denied = CountAudit("access.denied");
  EXPECT_GE(denied, 1);
  for (const std::string& path :
       {CasePath(case_a_), CasePath(case_a_) + "/restricted", std::string{"/api/v1/cases"}}) {
    auto reply = ApiGet(path, token);
    EXPECT_EQ(reply->status, 403) << path;
    EXPECT_FALSE(Contains(reply->body, "CR-2025-001")) << path;
    EXPECT_FALSE(Contains(reply->body, kSecretName)) << path;
  }
  EXPECT_EQ(CountAudit("access.denied"), denied + 3);

  // The API lists their request only, without the other agency's answer.
  auto mine = ApiGet("/api/v1/requests", token);
  ASSERT_EQ(mine->status, 200) << mine->body;
  const auto requests = nlohmann::json::parse(mine->body)["requests"];
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0]["id"], police_request_);
  EXPECT_EQ(requests[0]["case_reference"], "CR-2025-001");
  EXPECT_FALSE(Contains(mine->body, kHealthAnswer));
}

TEST_P(RequestAccessTest, AReviewerAskingForACaseTheyAreNotOnGets404AuditedNothingChanged) {
  const auto token = Token(other_reviewer_);
  const auto before = StoredCase(case_b_);
  const auto events = CaseEventCount(case_b_);

  auto reply = ApiGet(CasePath(case_b_), token);
  EXPECT_EQ(reply->status, 404);
  EXPECT_FALSE(Contains(reply->body, "CR-2025-002"));
  EXPECT_EQ(CountAudit("case.read"), 1);

  // A step on it is refused before anything is read (reviewers take no steps).
  auto step = ApiPost(CasePath(case_b_) + "/steps/notify_panel", token,
                      {{"version", before.version}, {"sent_on", "2025-12-03"}});
  EXPECT_EQ(step->status, 403);

  // The list holds none of the cases.
  auto list = ApiGet("/api/v1/cases", token);
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_EQ(nlohmann::json::parse(list->body)["total"], 0);

  // The case page too.
  const auto browser = t_->SignInFully("reviewer2@example.org", kPassword);
  auto page = t_->Get("/cases/" + std::to_string(case_b_), browser.cookie);
  EXPECT_EQ(page->status, 404);
  EXPECT_FALSE(Contains(page->body, "CR-2025-002"));
  EXPECT_EQ(CountAudit("case.read"), 2);

  const auto after = StoredCase(case_b_);
  EXPECT_EQ(after.version, before.version);
  EXPECT_EQ(after.state, before.state);
  EXPECT_EQ(CaseEventCount(case_b_), events);
  EXPECT_EQ(CountAudit("case.read", AuditOutcome::kSuccess), 0);

  // The appointed reviewer reads it, and only it.
  const auto appointed = Token(reviewer_);
  auto theirs = ApiGet(CasePath(case_b_), appointed);
  ASSERT_EQ(theirs->status, 200) << theirs->body;
  EXPECT_EQ(nlohmann::json::parse(theirs->body)["case"]["reference"], "CR-2025-002");
  EXPECT_FALSE(Contains(theirs->body, kSecretName));
  EXPECT_EQ(ApiGet(CasePath(case_a_), appointed)->status, 404);
  auto their_list = ApiGet("/api/v1/cases", appointed);
  const auto cases = nlohmann::json::parse(their_list->body)["cases"];
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0]["id"], case_b_);
}

TEST_P(RequestAccessTest, ABoardMemberGetsNoCaseData) {
  const auto token = Token(board_);
  for (const std::string& path :
       {std::string{"/api/v1/cases"}, CasePath(case_a_), CasePath(case_a_) + "/restricted",
        std::string{"/api/v1/requests"}, "/api/v1/requests/" + std::to_string(police_request_)}) {
    auto reply = ApiGet(path, token);
    EXPECT_EQ(reply->status, 403) << path;
    EXPECT_FALSE(Contains(reply->body, "CR-2025-00")) << path;
  }
  const auto browser = t_->SignInFully("board@example.org", kPassword);
  for (const std::string& path : {std::string{"/requests"}, RequestPath(police_request_),
                                  "/cases/" + std::to_string(case_a_)}) {
    auto reply = t_->Get(path, browser.cookie);
    EXPECT_TRUE(reply->status == 403 || reply->status == 404) << path << " " << reply->status;
    EXPECT_FALSE(Contains(reply->body, "CR-2025-00")) << path;
  }
  auto home = t_->Get("/home", browser.cookie);
  EXPECT_FALSE(Contains(home->body, "Requests for my agency"));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RequestAccessTest);

}  // namespace
}  // namespace assure
