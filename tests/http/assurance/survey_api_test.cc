// The staff survey API through the whole server, on both backends: Ada builds a draft, changes it
// at its version (a stale one is 409) and opens it, which gives each agency its own link; staff
// answer through the public form of a link (wrong or missing answers 422, storing nothing); the
// results are aggregates only, with the small agencies null and suppressed and no free text; an
// agency lead never sees the links and reads the results only once the survey is closed; a copy
// is a new draft naming its source. Fictional data only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "http/assurance/survey_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

class SurveyApiTest : public SurveyTest {
 protected:
  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  // The survey as `token`'s user reads it.
  json Read(std::int64_t id, const std::string& token) {
    const auto read = ApiGet(ApiPath(id), token);
    EXPECT_TRUE(read.ok());
    if (!read.ok()) return {};
    EXPECT_EQ(read->status, 200) << read->body;
    return json::parse(read->body, nullptr, false)["survey"];
  }

  std::int64_t Tokens() {
    return CountOf("SELECT COUNT(*) FROM survey_agencies WHERE token IS NOT NULL");
  }
};

TEST_P(SurveyApiTest, ADraftChangesOnlyAtItsVersionAndOpensWithOneLinkPerAgency) {
  const json draft = CreateSurvey();
  ASSERT_FALSE(draft.is_null());
  EXPECT_EQ(draft["state"], "draft");
  EXPECT_EQ(draft["version"], 1);
  ASSERT_EQ(draft["sections"].size(), 2u);
  EXPECT_EQ(draft["sections"][1]["questions"][1]["number"], 4);
  EXPECT_EQ(draft["sections"][1]["questions"][1]["kind"], "free_text");
  const auto id = IdOf(draft);
  // A draft has no link: nothing a token could open.
  const json unopened = Read(id, manager_token_);
  EXPECT_TRUE(unopened["links"].empty());
  EXPECT_EQ(unopened["respondents"], 0);
  EXPECT_EQ(Tokens(), 0);

  json changed = SurveyBody();
  changed["title"] = "Fictional: what staff know about neglect";
  changed["version"] = 1;
  const auto put = ApiPut(ApiPath(id), manager_token_, changed);
  ASSERT_TRUE(put.ok());
  ASSERT_EQ(put->status, 200) << put->body;
  EXPECT_EQ(json::parse(put->body)["survey"]["version"], 2);
  EXPECT_EQ(json::parse(put->body)["survey"]["title"], "Fictional: what staff know about neglect");
  const auto stale = ApiPut(ApiPath(id), manager_token_, changed);
  ASSERT_TRUE(stale.ok());
  EXPECT_EQ(stale->status, 409) << stale->body;
  const auto stale_open = ApiPost(ApiPath(id, "/open"), manager_token_, {{"version", 1}});
  ASSERT_TRUE(stale_open.ok());
  EXPECT_EQ(stale_open->status, 409) << stale_open->body;
  EXPECT_EQ(Tokens(), 0);

  json one_option = SurveyBody();
  one_option["version"] = 2;
  one_option["sections"][0]["questions"][0]["options"] = {"Children's services"};
  const auto refused = ApiPut(ApiPath(id), manager_token_, one_option);
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->status, 422);
  EXPECT_TRUE(Has(refused->body, "sections[0].questions[0].options")) << refused->body;

  const auto opened = ApiPost(ApiPath(id, "/open"), manager_token_, {{"version", 2}});
  ASSERT_TRUE(opened.ok());
  ASSERT_EQ(opened->status, 200) << opened->body;
  const json survey = json::parse(opened->body)["survey"];
  EXPECT_EQ(survey["state"], "open");
  EXPECT_EQ(survey["opened_on"], "2026-01-05");
  ASSERT_EQ(survey["links"].size(), 3u);
  const std::regex link_path("/s/[A-Za-z0-9_-]{43}");
  std::set<std::string> tokens;
  std::set<std::int64_t> agencies;
  for (const auto& link : survey["links"]) {
    const std::string path = link["path"].get<std::string>();
    EXPECT_TRUE(std::regex_match(path, link_path)) << path;
    EXPECT_EQ(path, "/s/" + link["token"].get<std::string>());
    tokens.insert(link["token"].get<std::string>());
    agencies.insert(link["agency_id"].get<std::int64_t>());
  }
  EXPECT_EQ(tokens.size(), 3u);
  EXPECT_EQ(agencies, (std::set<std::int64_t>{police_, health_, council_}));
  EXPECT_EQ(Tokens(), 3);

  // Its questions are frozen once open.
  changed["version"] = 3;
  const auto frozen = ApiPut(ApiPath(id), manager_token_, changed);
  ASSERT_TRUE(frozen.ok());
  EXPECT_EQ(frozen->status, 409) << frozen->body;

  const auto form = t_->Get("/s/" + LinkOf(survey, health_));
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->status, 200);
  EXPECT_TRUE(Has(form->body, "Northshire ICB"));
  EXPECT_TRUE(Has(form->body, "Fictional: what staff know about neglect"));
  const auto unknown = t_->Get("/s/" + std::string(43, 'A'));
  ASSERT_TRUE(unknown.ok());
  EXPECT_EQ(unknown->status, 404);
}

TEST_P(SurveyApiTest, WrongAnswersStoreNothingAndTheResultsHideTheSmallAgencies) {
  const json survey = OpenSurvey(CreateSurvey());
  const std::string police = LinkOf(survey, police_);
  const std::string health = LinkOf(survey, health_);
  const std::string council = LinkOf(survey, council_);
  ASSERT_FALSE(police.empty() || health.empty() || council.empty());

  for (const std::string wrong : {"q1=2&q2=3", "q1=x&q2=3", "q1=0&q2=5", "q1=0&q2=3&q3=7",
                                  "q1=0&q1=1&q2=3", "q2=3", "q1=0"}) {
    const auto refused = SendAnswers(police, wrong);
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->status, 422) << wrong;
  }
  const auto missing = SendAnswers(police, "q2=3&q4=" + Encode(kFreeText));
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->status, 422);
  EXPECT_TRUE(Has(missing->body, "Answer question 1.")) << missing->body;
  EXPECT_TRUE(Has(missing->body, "id=\"q1-error\""));
  const auto foreign = SendAnswers(police, Answers(0), "", "Origin: https://elsewhere.example\r\n");
  ASSERT_TRUE(foreign.ok());
  EXPECT_EQ(foreign->status, 403);
  EXPECT_EQ(Responses(), 0);
  EXPECT_EQ(StoredAnswers(), 0);

  // 6 through the police's link, 1 through the ICB's and 5 through the council's.
  for (int n = 0; n < 12; ++n) {
    const std::string& token = n < 6 ? police : n == 6 ? health : council;
    const auto sent = SendAnswers(token, Answers(n, n == 0), "", n % 2 == 0 ? OwnOrigin() : "");
    ASSERT_TRUE(sent.ok());
    ASSERT_EQ(sent->status, 303) << sent->body;
    EXPECT_EQ(sent->Header("location"), "/s/" + token + "/thanks");
  }
  EXPECT_EQ(Responses(), 12);
  const auto thanks = t_->Get("/s/" + police + "/thanks");
  ASSERT_TRUE(thanks.ok());
  EXPECT_EQ(thanks->status, 200);
  EXPECT_TRUE(Has(thanks->body, "Thank you"));

  // Not even the business unit reads results while answers still come in.
  EXPECT_EQ(ApiGet(ApiPath(IdOf(survey), "/results"), manager_token_)->status, 403);
  CloseSurvey(survey);
  const auto read = ApiGet(ApiPath(IdOf(survey), "/results"), manager_token_);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->status, 200) << read->body;
  EXPECT_FALSE(Has(read->body, kFreeText));
  EXPECT_FALSE(Has(read->body, "LS99"));
  const json results = json::parse(read->body)["results"];
  EXPECT_EQ(results["minimum_group"], 5);
  EXPECT_EQ(results["total_respondents"], 12);
  EXPECT_TRUE(results["any_suppressed"].get<bool>());
  const json& groups = results["agencies"];
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0]["agency_id"], police_);
  EXPECT_EQ(groups[0]["respondents"], 6);
  EXPECT_FALSE(groups[0]["suppressed"].get<bool>());
  EXPECT_EQ(groups[1]["agency_id"], health_);  // 1 answer: fewer than 5
  EXPECT_TRUE(groups[1]["respondents"].is_null());
  EXPECT_TRUE(groups[1]["suppressed"].get<bool>());
  // The council's 5 are hidden too, or the total would give the ICB's one away.
  EXPECT_TRUE(groups[2]["respondents"].is_null());
  EXPECT_TRUE(groups[2]["suppressed"].get<bool>());
  ASSERT_EQ(results["questions"].size(), 4u);
  for (const auto& question : results["questions"]) {
    for (const auto& row : question["rows"]) {
      ASSERT_EQ(row["by_agency"].size(), 3u);
      EXPECT_TRUE(row["by_agency"][1].is_null()) << question["number"];
      EXPECT_TRUE(row["by_agency"][2].is_null()) << question["number"];
      EXPECT_FALSE(row["by_agency"][0].is_null()) << question["number"];
    }
  }
  const json& first = results["questions"][0];
  EXPECT_EQ(first["kind"], "single_choice");
  ASSERT_EQ(first["rows"].size(), 2u);
  EXPECT_EQ(first["rows"][0]["label"], "Children's services");
  EXPECT_EQ(first["rows"][0]["total"], 6);
  EXPECT_EQ(first["rows"][0]["by_agency"][0], 3);
  EXPECT_EQ(results["questions"][1]["rows"].size(), 5u);  // the agreement scale
  const json& free_text = results["questions"][3];
  ASSERT_EQ(free_text["rows"].size(), 1u);
  EXPECT_EQ(free_text["rows"][0]["label"], "Answers");
  EXPECT_EQ(free_text["rows"][0]["by_agency"][0], 1);
}

TEST_P(SurveyApiTest, AnAgencyLeadNeverSeesTheLinksAndReadsResultsOnlyOnceClosed) {
  const json survey = OpenSurvey(CreateSurvey());
  const auto id = IdOf(survey);
  ASSERT_EQ(SendAnswers(LinkOf(survey, police_), Answers(0))->status, 303);

  const json seen = Read(id, lead_token_);
  EXPECT_EQ(seen["state"], "open");
  EXPECT_FALSE(seen.contains("links"));
  EXPECT_FALSE(seen.contains("respondents"));
  EXPECT_EQ(seen["agencies"].size(), 3u);
  const auto listed = ApiGet("/api/v1/assurance/surveys", lead_token_);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->status, 200);
  EXPECT_FALSE(Has(listed->body, LinkOf(survey, police_)));
  const auto early = ApiGet(ApiPath(id, "/results"), lead_token_);
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->status, 403) << early->body;
  EXPECT_EQ(CountAudit("assurance.survey.results.read"), 1);
  const auto close = ApiPost(ApiPath(id, "/close"), lead_token_, {{"version", survey["version"]}});
  ASSERT_TRUE(close.ok());
  EXPECT_EQ(close->status, 403);

  const auto closed =
      ApiPost(ApiPath(id, "/close"), manager_token_, {{"version", survey["version"]}});
  ASSERT_TRUE(closed.ok());
  ASSERT_EQ(closed->status, 200) << closed->body;
  EXPECT_EQ(json::parse(closed->body)["survey"]["state"], "closed");
  EXPECT_EQ(json::parse(closed->body)["survey"]["closed_on"], "2026-01-05");
  const auto late = ApiGet(ApiPath(id, "/results"), lead_token_);
  ASSERT_TRUE(late.ok());
  ASSERT_EQ(late->status, 200) << late->body;
  const json results = json::parse(late->body)["results"];
  EXPECT_TRUE(results["agencies"][0]["suppressed"].get<bool>());  // the police's one answer
  EXPECT_FALSE(Has(late->body, LinkOf(survey, police_)));

  // A closed survey's form says so and takes no more answers.
  const auto form = t_->Get("/s/" + LinkOf(survey, police_));
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->status, 200);
  EXPECT_TRUE(Has(form->body, "This survey has closed."));
  const auto after = SendAnswers(LinkOf(survey, police_), Answers(1));
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->status, 422);
  EXPECT_EQ(Responses(), 1);
}

TEST_P(SurveyApiTest, ACopyIsANewDraftNamingItsSourceWithNoLinks) {
  const json survey = OpenSurvey(CreateSurvey());
  const auto id = IdOf(survey);
  const auto copied = ApiPost("/api/v1/assurance/surveys", manager_token_, {{"copy_of", id}});
  ASSERT_TRUE(copied.ok());
  ASSERT_EQ(copied->status, 201) << copied->body;
  const json copy = json::parse(copied->body)["survey"];
  EXPECT_NE(IdOf(copy), id);
  EXPECT_EQ(copy["copied_from"], id);
  EXPECT_EQ(copy["state"], "draft");
  EXPECT_EQ(copy["version"], 1);
  EXPECT_EQ(copy["sections"], survey["sections"]);
  EXPECT_EQ(copy["agency_ids"], survey["agency_ids"]);
  EXPECT_TRUE(Read(IdOf(copy), manager_token_)["links"].empty());
  EXPECT_EQ(Tokens(), 3);  // the source's only

  const auto missing = ApiPost("/api/v1/assurance/surveys", manager_token_, {{"copy_of", 9999}});
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->status, 404);
  const auto refused = ApiPost("/api/v1/assurance/surveys", lead_token_, {{"copy_of", id}});
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->status, 403);
  const auto listed = ApiGet("/api/v1/assurance/surveys", manager_token_);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(json::parse(listed->body)["surveys"].size(), 2u);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SurveyApiTest);

}  // namespace
}  // namespace assure::testing
