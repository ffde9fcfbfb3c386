// The access rules of issue 4 through the whole server, on both backends: an agency lead sees
// only their own agency's requests (another agency's request, response or file is 404 on the
// pages and the API, audited, and nothing changes), never a case or its restricted details; a
// reviewer sees only the cases they are appointed to, and those cases' requests, responses and
// files (any other case's are 404, audited), and answers or withdraws nothing; a board member
// gets no case data.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/case_access_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;

class RequestAccessTest : public testing::CaseAccessTest {
 protected:
  static constexpr const char* kCaseBAnswer = "Fictional chronology for the second case.";
  static constexpr const char* kCaseBFile = "Fictional file for the second case.\n";

  // A request on case B (the appointed reviewer's), answered by the health agency with a file.
  void AddCaseBRequest() {
    case_b_request_ = AddRequest(case_b_, health_, "2026-01-20");
    Answer(case_b_request_, kCaseBAnswer);
    case_b_file_ = AddFile(case_b_request_, "chronology.txt", kCaseBFile);
  }

  static std::string ApiRequestPath(domain::InformationRequestId id) {
    return "/api/v1/requests/" + std::to_string(id);
  }
  static std::string FilePath(const std::string& request_path, domain::ResponseFileId id) {
    return request_path + "/files/" + std::to_string(id);
  }

  domain::InformationRequestId case_b_request_ = 0;
  domain::ResponseFileId case_b_file_ = 0;
};

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

TEST_P(RequestAccessTest, TheAppointedReviewerReadsTheirCasesResponsesAndFilesAudited) {
  AddCaseBRequest();
  const auto browser = t_->SignInFully("reviewer@example.org", kPassword);

  // The case page leads to the request; the request page shows the response and the file, with
  // no form to answer it.
  auto case_page = t_->Get("/cases/" + std::to_string(case_b_), browser.cookie);
  ASSERT_EQ(case_page->status, 200) << case_page->body;
  EXPECT_TRUE(Contains(case_page->body, "href=\"" + RequestPath(case_b_request_) + "\""));
  auto page = t_->Get(RequestPath(case_b_request_), browser.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Contains(page->body, kCaseBAnswer));
  const std::string href = FilePath(RequestPath(case_b_request_), case_b_file_);
  EXPECT_TRUE(Contains(page->body, "href=\"" + href + "\""));
  EXPECT_FALSE(Contains(page->body, "Send response"));
  EXPECT_TRUE(Contains(page->body, "href=\"/cases/" + std::to_string(case_b_) + "\""));
  EXPECT_EQ(CountAudit("information_request.read", AuditOutcome::kSuccess), 1);
  auto download = t_->Get(href, browser.cookie);
  ASSERT_EQ(download->status, 200) << download->body;
  EXPECT_EQ(download->body, kCaseBFile);
  EXPECT_EQ(download->Header("content-disposition"),
            "attachment; filename=\"chronology.txt\"; filename*=UTF-8''chronology.txt");
  EXPECT_EQ(CountAudit("information_request.file.read", AuditOutcome::kSuccess), 1);

  // The same through the API.
  const auto token = Token(reviewer_);
  auto api = ApiGet(ApiRequestPath(case_b_request_), token);
  ASSERT_EQ(api->status, 200) << api->body;
  const auto json = nlohmann::json::parse(api->body)["request"];
  EXPECT_EQ(json["response"], kCaseBAnswer);
  EXPECT_EQ(json["case_reference"], "CR-2025-002");
  ASSERT_EQ(json["files"].size(), 1u);
  auto api_download = ApiGet(json["files"][0]["href"].get<std::string>(), token);
  ASSERT_EQ(api_download->status, 200) << api_download->body;
  EXPECT_EQ(api_download->body, kCaseBFile);
  EXPECT_EQ(CountAudit("information_request.read", AuditOutcome::kSuccess), 2);
  EXPECT_EQ(CountAudit("information_request.file.read", AuditOutcome::kSuccess), 2);
  EXPECT_EQ(CountAudit("information_request.read"), 0);  // nothing refused so far

  // Case A's request and file (not their case): 404 as if they did not exist, audited.
  const auto missing = ApiGet(ApiRequestPath(999999), token);
  ASSERT_EQ(missing->status, 404);
  EXPECT_EQ(CountAudit("information_request.read"), 1);
  for (const std::string& path :
       {RequestPath(health_request_), FilePath(RequestPath(health_request_), health_file_)}) {
    auto reply = t_->Get(path, browser.cookie);
    EXPECT_EQ(reply->status, 404) << path;
    EXPECT_FALSE(Contains(reply->body, "Fictional health file.")) << path;
    EXPECT_FALSE(Contains(reply->body, "CR-2025-001")) << path;
  }
  for (const std::string& path :
       {ApiRequestPath(health_request_), FilePath(ApiRequestPath(health_request_), health_file_)}) {
    auto reply = ApiGet(path, token);
    EXPECT_EQ(reply->status, 404) << path;
    const auto error = nlohmann::json::parse(reply->body);
    EXPECT_EQ(error["error"], "not_found") << path;
    EXPECT_FALSE(Contains(reply->body, "Fictional health file.")) << path;
  }
  const auto hidden = nlohmann::json::parse(ApiGet(ApiRequestPath(health_request_), token)->body);
  const auto absent = nlohmann::json::parse(missing->body);
  EXPECT_EQ(hidden["error"], absent["error"]);
  EXPECT_EQ(hidden["message"], absent["message"]);
  EXPECT_EQ(CountAudit("information_request.read"), 4);  // the missing one, the page, two API
  EXPECT_EQ(CountAudit("information_request.file.read"), 2);
  EXPECT_EQ(CountAudit("information_request.read", AuditOutcome::kSuccess), 2);
  EXPECT_EQ(CountAudit("information_request.file.read", AuditOutcome::kSuccess), 2);

  // A reviewer appointed to nothing gets 404 for the same request and file, audited.
  const auto stranger = t_->SignInFully("reviewer2@example.org", kPassword);
  const auto stranger_token = Token(other_reviewer_);
  EXPECT_EQ(t_->Get(RequestPath(case_b_request_), stranger.cookie)->status, 404);
  EXPECT_EQ(t_->Get(href, stranger.cookie)->status, 404);
  auto stranger_api = ApiGet(ApiRequestPath(case_b_request_), stranger_token);
  EXPECT_EQ(stranger_api->status, 404);
  EXPECT_FALSE(Contains(stranger_api->body, kCaseBAnswer));
  EXPECT_EQ(ApiGet(FilePath(ApiRequestPath(case_b_request_), case_b_file_), stranger_token)->status,
            404);
  EXPECT_EQ(CountAudit("information_request.read"), 6);
  EXPECT_EQ(CountAudit("information_request.file.read"), 4);
  EXPECT_EQ(CountAudit("information_request.read", AuditOutcome::kSuccess), 2);
}

TEST_P(RequestAccessTest, AReviewerAnswersAndWithdrawsNothing) {
  AddCaseBRequest();
  const auto before = StoredRequest(case_b_request_);
  const auto browser = t_->SignInFully("reviewer@example.org", kPassword);
  const auto token = Token(reviewer_);
  const int denied = CountAudit("access.denied");

  // Their own case's request and another case's alike: the answer and withdraw routes need the
  // update grant, which no reviewer has, so the refusal says nothing of the request.
  for (const auto id : {case_b_request_, police_request_}) {
    auto answer = PostMultipart(RequestPath(id) + "/response", browser,
                                {{"csrf_token", browser.csrf_token},
                                 {"version", std::to_string(StoredRequest(id).version)},
                                 {"response", "Overwritten by the reviewer."},
                                 {"file", "Reviewer notes.\n", "notes.txt", "text/plain"}});
    EXPECT_EQ(answer->status, 403) << id;
    auto api_answer =
        ApiPost(ApiRequestPath(id) + "/response", token,
                {{"version", StoredRequest(id).version}, {"response", "Overwritten."}});
    EXPECT_EQ(api_answer->status, 403) << id;
    auto withdraw =
        ApiPost(ApiRequestPath(id) + "/withdraw", token, {{"version", StoredRequest(id).version}});
    EXPECT_EQ(withdraw->status, 403) << id;
  }
  EXPECT_EQ(CountAudit("access.denied"), denied + 6);

  // Nothing changed, and no success was recorded.
  const auto after = StoredRequest(case_b_request_);
  EXPECT_EQ(after.response, kCaseBAnswer);
  EXPECT_EQ(after.status, domain::RequestStatus::kSubmitted);
  EXPECT_EQ(after.version, before.version);
  EXPECT_EQ(StoredFiles(case_b_request_).size(), 1u);
  EXPECT_EQ(StoredRequest(police_request_).status, domain::RequestStatus::kRequested);
  EXPECT_TRUE(StoredFiles(police_request_).empty());
  for (const char* action : {"information_request.respond", "information_request.attach",
                             "information_request.withdraw"}) {
    EXPECT_EQ(CountAudit(action, AuditOutcome::kSuccess), 0) << action;
  }
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RequestAccessTest);

}  // namespace
}  // namespace assure
