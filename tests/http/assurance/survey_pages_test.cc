// The staff survey pages through the whole server, on both backends: Ada builds a survey on the
// pages question by question (a refused question shows its error by its field), opens it and
// sees each agency's link; the public form offers radios and checkboxes named q1..; the results
// page, CSV and XLSX show a small agency as [c] with the totals and never a free-text answer,
// which only the business unit reads, flagged when it looks like an identifier. An agency lead
// may run none of it (403, changing nothing), and the 121st answer from one address in an hour
// is 429. Fictional data only.
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "http/assurance/survey_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

class SurveyPagesTest : public SurveyTest {
 protected:
  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  static std::string PagePath(std::int64_t id) {
    return "/assurance/surveys/" + std::to_string(id);
  }

  // The text of the first numeric table cell after `label` in `html`.
  static std::string CellAfter(const std::string& html, const std::string& label) {
    const std::string cell = "govuk-table__cell--numeric\">";
    const auto at = html.find(label);
    if (at == std::string::npos) return {};
    const auto start = html.find(cell, at);
    if (start == std::string::npos) return {};
    const auto from = start + cell.size();
    return html.substr(from, html.find('<', from) - from);
  }

  // The token of the link in the table row of `agency`, or "".
  static std::string LinkInRow(const std::string& html, const std::string& agency) {
    const auto row = html.find(">" + agency + "</th>");
    if (row == std::string::npos) return {};
    const auto href = html.find("href=\"/s/", row);
    if (href == std::string::npos) return {};
    const auto from = href + 9;
    return html.substr(from, html.find('"', from) - from);
  }

  // Sends the question form of the survey page at `path` with the version the page carries.
  core::Result<HttpReply> AddQuestion(const Browser& browser, const std::string& path,
                                      Fields fields) {
    const auto page = t_->Get(path, browser.cookie);
    EXPECT_EQ(page->status, 200) << page->body;
    fields.emplace_back("version", FieldValue(page->body, "version"));
    return Send(browser, path + "/questions", fields);
  }

  json Read(std::int64_t id) {
    const auto read = ApiGet(ApiPath(id), manager_token_);
    EXPECT_TRUE(read.ok());
    if (!read.ok()) return {};
    EXPECT_EQ(read->status, 200) << read->body;
    return json::parse(read->body, nullptr, false)["survey"];
  }
};

TEST_P(SurveyPagesTest, TheBusinessUnitBuildsASurveyQuestionByQuestionAndOpensIt) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto blank = t_->Get("/assurance/surveys/new", ada.cookie);
  ASSERT_EQ(blank->status, 200) << blank->body;
  EXPECT_TRUE(Has(blank->body, "Build a staff survey"));
  Fields details{{"title", "Fictional: what staff know about exploitation"},
                 {"introduction", "A fictional survey."},
                 {"minimum_group", "3"},
                 {"agency_ids", std::to_string(police_)},
                 {"agency_ids", std::to_string(health_)},
                 {"agency_ids", std::to_string(council_)}};
  const auto small = Send(ada, "/assurance/surveys/new", details);
  ASSERT_EQ(small->status, 422);
  EXPECT_TRUE(Has(small->body, "id=\"minimum_group-error\"")) << small->body;
  details[2].second = "5";
  const auto made = Send(ada, "/assurance/surveys/new", details);
  ASSERT_EQ(made->status, 303) << made->body;
  const std::string path = made->Header("location").value_or("");
  ASSERT_TRUE(path.starts_with("/assurance/surveys/")) << path;
  const auto empty = Send(ada, path + "/open", {{"version", "1"}});
  ASSERT_EQ(empty->status, 422);
  EXPECT_TRUE(Has(empty->body, "Add a question before opening the survey.")) << empty->body;

  const Fields one_option{{"section", "new"},        {"new_section", "Your role"},
                          {"kind", "single_choice"}, {"text", "Which services do you work in?"},
                          {"options", "Children"},   {"required", "yes"}};
  const auto refused = AddQuestion(ada, path, one_option);
  ASSERT_EQ(refused->status, 422);
  EXPECT_TRUE(Has(refused->body, "<a href=\"#options\">")) << refused->body;
  EXPECT_TRUE(Has(refused->body, "<p id=\"options-error\" class=\"govuk-error-message\">"));
  EXPECT_TRUE(Has(refused->body, "Give a choice question from 2 to 20 options."));
  EXPECT_TRUE(Has(refused->body, "value=\"Which services do you work in?\""));  // kept as sent

  Fields first = one_option;
  first[4].second = "Children\nAdults";
  first.emplace_back("hint", "Choose the main one.");
  ASSERT_EQ(AddQuestion(ada, path, first)->status, 303);
  ASSERT_EQ(AddQuestion(ada, path,
                        {{"section", "1"},
                         {"kind", "agreement"},
                         {"text", "I know how to raise a safeguarding concern."},
                         {"required", "yes"}})
                ->status,
            303);
  ASSERT_EQ(AddQuestion(ada, path,
                        {{"section", "new"},
                         {"new_section", "Training"},
                         {"kind", "multiple_choice"},
                         {"text", "Which training have you had this year?"},
                         {"options", "Neglect\r\nExploitation\r\nDomestic abuse"}})
                ->status,
            303);
  const auto added = AddQuestion(
      ada, path, {{"section", "2"}, {"kind", "free_text"}, {"text", "What would help you most?"}});
  ASSERT_EQ(added->status, 303) << added->body;
  EXPECT_EQ(added->Header("location"), path + "#questions");
  const auto built = t_->Get(path, ada.cookie);
  ASSERT_EQ(built->status, 200);
  EXPECT_TRUE(Has(built->body, "1. Which services do you work in?</strong>"));
  EXPECT_TRUE(Has(built->body, "4. What would help you most?</strong> (optional)"));
  EXPECT_TRUE(Has(built->body, "Training"));

  const auto opened = Send(ada, path + "/open", {{"version", FieldValue(built->body, "version")}});
  ASSERT_EQ(opened->status, 303) << opened->body;
  const auto page = t_->Get(path, ada.cookie);
  ASSERT_EQ(page->status, 200);
  std::set<std::string> tokens;
  for (const char* agency : {"Northshire Police", "Northshire ICB", "Northshire Council"}) {
    const std::string token = LinkInRow(page->body, agency);
    EXPECT_EQ(token.size(), 43u) << agency;
    tokens.insert(token);
  }
  EXPECT_EQ(tokens.size(), 3u);
  EXPECT_FALSE(Has(page->body, "Add the question"));  // frozen once open

  const std::string police = LinkInRow(page->body, "Northshire Police");
  const auto form = t_->Get("/s/" + police);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Has(form->body, "Northshire Police"));
  EXPECT_TRUE(Has(form->body, "name=\"q1\" type=\"radio\" value=\"1\""));
  EXPECT_TRUE(Has(form->body, "name=\"q2\" type=\"radio\" value=\"4\""));
  EXPECT_TRUE(Has(form->body, "name=\"q3\" type=\"checkbox\" value=\"2\""));
  EXPECT_TRUE(Has(form->body, "id=\"q4\" name=\"q4\""));
  EXPECT_TRUE(Has(form->body, "Strongly agree"));
  EXPECT_FALSE(Has(form->body, "name=\"q5\""));
  const auto sent = SendAnswers(police, Answers(3, true));
  ASSERT_EQ(sent->status, 303) << sent->body;
  const auto thanks = t_->Get(sent->Header("location").value_or(""));
  ASSERT_EQ(thanks->status, 200);
  EXPECT_TRUE(Has(thanks->body, "Your answers have been sent"));
  EXPECT_EQ(Responses(), 1);
}

TEST_P(SurveyPagesTest, ResultsShowASmallAgencyAsCAndOnlyTheBusinessUnitReadsTheFreeText) {
  const json survey = OpenSurvey(CreateSurvey());
  const std::string path = PagePath(IdOf(survey));
  for (int n = 0; n < 12; ++n) {
    const auto agency = n < 6 ? police_ : n == 6 ? health_ : council_;
    ASSERT_EQ(SendAnswers(LinkOf(survey, agency), Answers(n, n == 0))->status, 303) << n;
  }
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  // Results wait for the survey to close, for everyone.
  EXPECT_EQ(t_->Get(path + "/results", ada.cookie)->status, 403);
  EXPECT_EQ(t_->Get(path + "/results", lead.cookie)->status, 403);
  EXPECT_EQ(t_->Get(path + "/results.csv", lead.cookie)->status, 403);
  EXPECT_EQ(t_->Get(path + "/free-text", ada.cookie)->status, 403);
  CloseSurvey(survey);

  const auto results = t_->Get(path + "/results", ada.cookie);
  ASSERT_EQ(results->status, 200) << results->body;
  EXPECT_TRUE(Has(results->body, "12 people answered."));
  EXPECT_EQ(CellAfter(results->body, ">Northshire Police</th>"), "6");
  EXPECT_EQ(CellAfter(results->body, ">Northshire ICB</th>"), "[c]");
  EXPECT_EQ(CellAfter(results->body, ">Northshire Council</th>"), "[c]");
  EXPECT_EQ(CellAfter(results->body, ">All agencies</th>"), "12");
  EXPECT_TRUE(Has(results->body, "<svg"));
  EXPECT_FALSE(Has(results->body, "joint supervision"));

  const auto csv = t_->Get(path + "/results.csv", ada.cookie);
  ASSERT_EQ(csv->status, 200);
  EXPECT_TRUE(csv->Header("content-type").value_or("").starts_with("text/csv"));
  EXPECT_TRUE(Has(csv->body, "Respondents,,Northshire Police,6\r\n")) << csv->body;
  EXPECT_TRUE(Has(csv->body, "Respondents,,Northshire ICB,[c]\r\n"));
  EXPECT_TRUE(Has(csv->body, "Respondents,,All agencies,12\r\n"));
  EXPECT_FALSE(Has(csv->body, "joint supervision"));
  EXPECT_FALSE(Has(csv->body, "LS99"));
  const auto xlsx = t_->Get(path + "/results.xlsx", ada.cookie);
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_TRUE(xlsx->body.starts_with("PK"));

  const auto free_text = t_->Get(path + "/free-text", ada.cookie);
  ASSERT_EQ(free_text->status, 200) << free_text->body;
  EXPECT_TRUE(Has(free_text->body, kFreeText));
  EXPECT_TRUE(Has(free_text->body, "Possible identifier"));
  EXPECT_TRUE(Has(free_text->body, "LS99 9ZX"));
  EXPECT_TRUE(Has(free_text->body, "1 of 1 answers"));

  EXPECT_EQ(t_->Get(path + "/free-text", lead.cookie)->status, 403);  // the business unit's
  EXPECT_EQ(t_->Get(path + "/results", lead.cookie)->status, 200);    // closed: everyone's
  const auto seen = t_->Get(path, lead.cookie);
  ASSERT_EQ(seen->status, 200);
  EXPECT_FALSE(Has(seen->body, LinkOf(survey, police_)));
  EXPECT_TRUE(Has(seen->body, "See the results"));
}

TEST_P(SurveyPagesTest, AnAgencyLeadRunsNoPartOfASurveyAndChangesNothing) {
  const json draft = CreateSurvey();
  const auto id = IdOf(draft);
  const std::string path = PagePath(id);
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const int denied = CountAudit("access.denied");
  EXPECT_EQ(Send(lead, path + "/questions",
                 {{"section", "1"}, {"kind", "agreement"}, {"text", "Fictional"}, {"version", "1"}})
                ->status,
            403);
  EXPECT_EQ(Send(lead, path + "/questions/1/remove", {{"version", "1"}})->status, 403);
  EXPECT_EQ(Send(lead, path + "/edit", {{"title", "Fictional"}, {"version", "1"}})->status, 403);
  EXPECT_EQ(Send(lead, path + "/open", {{"version", "1"}})->status, 403);
  EXPECT_EQ(Send(lead, path + "/copy", {})->status, 403);
  EXPECT_EQ(t_->Get("/assurance/surveys/new", lead.cookie)->status, 403);
  EXPECT_EQ(Send(lead, "/assurance/surveys/new", {{"title", "Fictional"}})->status, 403);
  EXPECT_EQ(Read(id)["state"], "draft");
  EXPECT_EQ(Read(id)["version"], 1);

  const json open = OpenSurvey(draft);
  EXPECT_EQ(Send(lead, path + "/close", {{"version", std::to_string(open["version"].get<int>())}})
                ->status,
            403);
  EXPECT_EQ(CountAudit("access.denied"), denied + 8);
  const json now = Read(id);
  EXPECT_EQ(now["state"], "open");
  EXPECT_EQ(now["version"], open["version"]);
  EXPECT_EQ(now["sections"], draft["sections"]);
  const auto listed = ApiGet("/api/v1/assurance/surveys", manager_token_);
  ASSERT_EQ(listed->status, 200);
  EXPECT_EQ(json::parse(listed->body)["surveys"].size(), 1u);
}

TEST_P(SurveyPagesTest, TheHundredAndTwentyFirstAnswerFromOneAddressInAnHourIsRefused) {
  const json survey = OpenSurvey(CreateSurvey());
  const std::string police = LinkOf(survey, police_);
  for (int n = 0; n < 120; ++n) {
    const auto sent = SendAnswers(police, Answers(n));
    ASSERT_TRUE(sent.ok());
    ASSERT_EQ(sent->status, 303) << n;
  }
  const auto limited = SendAnswers(police, Answers(120));
  ASSERT_TRUE(limited.ok());
  EXPECT_EQ(limited->status, 429);
  EXPECT_EQ(limited->Header("retry-after"), "3600");
  EXPECT_TRUE(Has(limited->body, "Too many answers from your connection"));
  // The limit is the address's, whichever link it answers through.
  EXPECT_EQ(SendAnswers(LinkOf(survey, health_), Answers(0))->status, 429);
  EXPECT_EQ(Responses(), 120);
  t_->clock().Advance(std::chrono::hours{1});
  EXPECT_EQ(SendAnswers(police, Answers(0))->status, 303);
  EXPECT_EQ(Responses(), 121);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SurveyPagesTest);

}  // namespace
}  // namespace assure::testing
