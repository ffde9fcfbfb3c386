// SurveyTest: staff surveys through the whole server, on both backends. On top of CasePagesTest
// (Northshire with the police and the ICB, a lead for each, Ada the business manager) it adds a
// third agency, the council, and API tokens for Ada and the police lead. Helpers build a survey
// of two sections (a single choice, an agreement, a multiple choice and a free-text question) for
// the three agencies through the API, open it, answer it through an agency's link as a browser
// sends the public form, and count what the database holds. Fictional data only. Not
// thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "http/case_pages_fixture.h"
#include "storage/sql/database.h"

namespace assure::testing {

class SurveyTest : public CasePagesTest {
 protected:
  // A free-text answer; its postcode is of the right form for the publication check to flag.
  static constexpr const char* kFreeText = "Fictional: joint supervision near LS99 9ZX would help.";

  void SetUp() override {
    CasePagesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    council_ = AddAgency("Northshire Council");
    manager_token_ = Token(ada_);
    lead_token_ = Token(police_lead_);
  }

  // The survey as the API takes it: at least 5 answers shown, the police, the ICB and the council.
  nlohmann::json SurveyBody() const {
    using nlohmann::json;
    const json role{{"title", "Your role"},
                    {"questions",
                     {{{"kind", "single_choice"},
                       {"text", "Which services do you work in?"},
                       {"options", {"Children's services", "Adult services"}},
                       {"required", true}},
                      {{"kind", "agreement"},
                       {"text", "I know how to raise a safeguarding concern."},
                       {"required", true}}}}};
    const json training{{"title", "Training"},
                        {"questions",
                         {{{"kind", "multiple_choice"},
                           {"text", "Which training have you had this year?"},
                           {"hint", "Fictional courses."},
                           {"options", {"Neglect", "Exploitation", "Domestic abuse"}}},
                          {{"kind", "free_text"}, {"text", "What would help you most?"}}}}};
    return {{"title", "Fictional: what staff know about exploitation"},
            {"introduction", "A fictional survey for tests."},
            {"minimum_group", 5},
            {"agency_ids", {police_, health_, council_}},
            {"sections", {role, training}}};
  }

  static std::string ApiPath(std::int64_t id, const std::string& tail = "") {
    return "/api/v1/assurance/surveys/" + std::to_string(id) + tail;
  }
  static std::int64_t IdOf(const nlohmann::json& survey) {
    return survey["id"].get<std::int64_t>();
  }

  core::Result<HttpReply> ApiPut(const std::string& path, const std::string& token,
                                 const nlohmann::json& body) {
    const std::string text = body.dump();
    return HttpSend(t_->port(),
                    "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Authorization: Bearer " +
                        token + "\r\n" + "Content-Type: application/json\r\nContent-Length: " +
                        std::to_string(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
  }

  // A new draft made by Ada through the API.
  nlohmann::json CreateSurvey() {
    const auto created = ApiPost("/api/v1/assurance/surveys", manager_token_, SurveyBody());
    EXPECT_TRUE(created.ok());
    if (!created.ok()) return {};
    EXPECT_EQ(created->status, 201) << created->body;
    return nlohmann::json::parse(created->body, nullptr, false)["survey"];
  }

  // Opens the survey at its version; the survey as Ada then sees it, with its links.
  nlohmann::json OpenSurvey(const nlohmann::json& survey) {
    const auto opened =
        ApiPost(ApiPath(IdOf(survey), "/open"), manager_token_, {{"version", survey["version"]}});
    EXPECT_TRUE(opened.ok());
    if (!opened.ok()) return {};
    EXPECT_EQ(opened->status, 200) << opened->body;
    return nlohmann::json::parse(opened->body, nullptr, false)["survey"];
  }

  // Closes the open survey at its version (Ada); results are read once it is closed.
  void CloseSurvey(const nlohmann::json& survey) {
    const auto closed =
        ApiPost(ApiPath(IdOf(survey), "/close"), manager_token_, {{"version", survey["version"]}});
    EXPECT_TRUE(closed.ok());
    if (closed.ok()) {
      EXPECT_EQ(closed->status, 200) << closed->body;
    }
  }

  // The token of the agency's link, or "" when it has none.
  static std::string LinkOf(const nlohmann::json& survey, domain::AgencyId agency) {
    if (!survey.contains("links")) return {};
    for (const auto& link : survey["links"]) {
      if (link["agency_id"].get<std::int64_t>() == agency) {
        return link["token"].get<std::string>();
      }
    }
    return {};
  }

  // Respondent n's answers as the form sends them: every question, the free text only when asked.
  static std::string Answers(int n, bool free_text = false) {
    std::string body = "q1=" + std::to_string(n % 2) + "&q2=" + std::to_string(n % 5) +
                       "&q3=" + std::to_string(n % 3) + "&q3=" + std::to_string((n + 1) % 3);
    if (free_text) body += "&q4=" + Encode(kFreeText);
    return body;
  }

  // POSTs the public form of the link `token`; `cookie` and `headers` as a browser adds them.
  core::Result<HttpReply> SendAnswers(const std::string& token, const std::string& body,
                                      const std::string& cookie = "",
                                      const std::string& headers = "") {
    return t_->Post("/s/" + token, body, cookie, headers);
  }

  // The "Origin" header line of a page of this server.
  std::string OwnOrigin() const {
    return "Origin: http://127.0.0.1:" + std::to_string(t_->port()) + "\r\n";
  }

  // The one number `sql` (a SELECT COUNT(*) ...) gives, read straight from the database.
  std::int64_t CountOf(const std::string& sql) {
    auto counted = t_->app().database().Read(
        [&](storage::sql::Connection& connection) -> core::Result<std::int64_t> {
          auto rows = connection.Query(sql);
          if (!rows.ok()) return rows.error();
          return rows->rows.front().Int64(0);
        });
    EXPECT_TRUE(counted.ok()) << counted.error().message;
    return counted.ok() ? *counted : -1;
  }
  std::int64_t Responses() { return CountOf("SELECT COUNT(*) FROM survey_responses"); }
  std::int64_t StoredAnswers() { return CountOf("SELECT COUNT(*) FROM survey_answers"); }

  domain::AgencyId council_ = 0;
  std::string manager_token_;
  std::string lead_token_;
};

}  // namespace assure::testing
