// The thematic review API through the whole server, on both backends: Ada closes a staff survey
// and plans a thematic review drawing on it, then starts the review for that activity; its
// evidence sources are the closed survey's questions (an open survey's are not offered), evidence
// keeps its source's label, and a source the review does not draw on or a conversation without
// its date is 422 naming the field; a finding answers the review's own questions only; a
// recommendation becomes an action of the police with the source "thematic_review"; the report is
// one draft Lessons Learned Briefing however often it is drafted; the assurance figures count the
// review's findings, recommendations and actions. An agency lead reads a review without its
// sources and adds nothing (403). Fictional data only.
#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "http/assurance/survey_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

class ThematicReviewApiTest : public SurveyTest {
 protected:
  static constexpr const char* kTitle = "Fictional: exploitation across the partnership";
  static constexpr const char* kFinding = "Fictional: staff know the signs but not the pathway.";

  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }
  static std::string FieldOf(const HttpReply& reply) {
    const json body = json::parse(reply.body, nullptr, false);
    return body.contains("field") ? body["field"].get<std::string>() : "";
  }
  static std::string ReviewPath(std::int64_t id, const std::string& tail = "") {
    return "/api/v1/assurance/thematic-reviews/" + std::to_string(id) + tail;
  }

  // A survey answered once through the police's link and closed; as Ada then sees it.
  json ClosedSurvey() {
    const json opened = OpenSurvey(CreateSurvey());
    const auto answered = SendAnswers(LinkOf(opened, police_), Answers(0));
    EXPECT_TRUE(answered.ok() && answered->status == 303);
    const auto closed =
        ApiPost(ApiPath(IdOf(opened), "/close"), manager_token_, {{"version", opened["version"]}});
    EXPECT_TRUE(closed.ok());
    if (!closed.ok()) return {};
    EXPECT_EQ(closed->status, 200) << closed->body;
    return json::parse(closed->body, nullptr, false)["survey"];
  }

  // A thematic review activity of this financial year drawing on `feeds_from`; its id.
  std::int64_t PlanReview(const json& feeds_from) {
    const auto planned = ApiPost("/api/v1/assurance/activities", manager_token_,
                                 {{"kind", "thematic_review"},
                                  {"title", kTitle},
                                  {"starts_on", "2026-01-05"},
                                  {"ends_on", "2026-06-30"},
                                  {"feeds_from", feeds_from}});
    EXPECT_TRUE(planned.ok());
    if (!planned.ok()) return 0;
    EXPECT_EQ(planned->status, 201) << planned->body;
    return json::parse(planned->body, nullptr, false)["activity"]["id"].get<std::int64_t>();
  }

  // The review Ada starts for the activity.
  json StartReview(std::int64_t activity_id) {
    const auto started =
        ApiPost("/api/v1/assurance/thematic-reviews", manager_token_,
                {{"title", kTitle},
                 {"questions",
                  {"Do staff recognise exploitation?", "Do the agencies refer it on in time?"}},
                 {"narrative_markdown", "# Why we looked\n\nFictional concerns."},
                 {"activity_id", activity_id}});
    EXPECT_TRUE(started.ok());
    if (!started.ok()) return {};
    EXPECT_EQ(started->status, 201) << started->body;
    return json::parse(started->body, nullptr, false)["thematic_review"];
  }

  // The survey closed, the activity planned on it and the review started; the review.
  json ReviewOnClosedSurvey() {
    survey_ = ClosedSurvey();
    return StartReview(PlanReview(json::array({survey_["activity_id"]})));
  }

  // The review as `token`'s user reads it.
  json Read(std::int64_t id, const std::string& token) {
    const auto read = ApiGet(ReviewPath(id), token);
    EXPECT_TRUE(read.ok());
    if (!read.ok()) return {};
    EXPECT_EQ(read->status, 200) << read->body;
    return json::parse(read->body, nullptr, false)["thematic_review"];
  }

  // POSTs `body` to the review's `tail` as Ada, expecting 201; the review answered.
  json Add(std::int64_t id, const std::string& tail, const json& body) {
    const auto added = ApiPost(ReviewPath(id, tail), manager_token_, body);
    EXPECT_TRUE(added.ok());
    if (!added.ok()) return {};
    EXPECT_EQ(added->status, 201) << tail << ": " << added->body;
    return json::parse(added->body, nullptr, false)["thematic_review"];
  }

  json SurveyEvidence(int question) const {
    return {{"source", "survey_question"},
            {"source_id", survey_["id"]},
            {"item", question},
            {"excerpt", "Fictional: most staff agreed."}};
  }

  // Evidence from the survey, a strong finding on it answering question 1 and a recommendation
  // owned by the police; the review then.
  json ReviewWithRecommendation() {
    const json review = ReviewOnClosedSurvey();
    const auto id = IdOf(review);
    const json evidenced = Add(id, "/evidence", SurveyEvidence(2));
    const json found = Add(id, "/findings",
                           {{"text", kFinding},
                            {"strength", "strong"},
                            {"questions", {1}},
                            {"evidence_ids", {evidenced["evidence"][0]["id"]}}});
    return Add(id, "/recommendations",
               {{"text", "Fictional: publish one exploitation pathway for every agency."},
                {"finding_ids", {found["findings"][0]["id"]}},
                {"owner_agency_id", police_},
                {"due_on", "2026-06-30"}});
  }

  json survey_;
};

TEST_P(ThematicReviewApiTest, EvidenceComesOnlyFromTheClosedSurveysTheReviewDrawsOn) {
  survey_ = ClosedSurvey();
  const json open = OpenSurvey(CreateSurvey());
  const json review =
      StartReview(PlanReview(json::array({survey_["activity_id"], open["activity_id"]})));
  ASSERT_FALSE(review.is_null());
  EXPECT_EQ(review["title"], kTitle);
  EXPECT_EQ(review["questions"].size(), 2u);
  const auto id = IdOf(review);

  const json read = Read(id, manager_token_);
  ASSERT_TRUE(read.contains("evidence_sources")) << read;
  const json& sources = read["evidence_sources"];
  ASSERT_EQ(sources.size(), 4u);  // the closed survey's four questions; the open one's none
  for (const auto& source : sources) {
    EXPECT_EQ(source["source"], "survey_question");
    EXPECT_EQ(source["source_id"], survey_["id"]);
  }
  EXPECT_EQ(sources[1]["item"], 2);
  const std::string label = sources[1]["label"].get<std::string>();
  EXPECT_TRUE(Has(label, "question 2: I know how to raise a safeguarding concern.")) << label;

  const json evidenced = Add(id, "/evidence", SurveyEvidence(2));
  ASSERT_EQ(evidenced["evidence"].size(), 1u);
  EXPECT_EQ(evidenced["evidence"][0]["source"], "survey_question");
  EXPECT_EQ(evidenced["evidence"][0]["label"], label);
  EXPECT_TRUE(evidenced["evidence"][0]["held_on"].is_null());

  json made_up = SurveyEvidence(2);
  made_up["source"] = "rumour";
  json no_such_question = SurveyEvidence(9);
  json open_survey = SurveyEvidence(1);
  open_survey["source_id"] = open["id"];
  for (const json& body : {made_up, no_such_question, open_survey}) {
    const auto refused = ApiPost(ReviewPath(id, "/evidence"), manager_token_, body);
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->status, 422) << body;
    EXPECT_EQ(FieldOf(*refused), "source") << refused->body;
  }

  const json conversation{{"source", "conversation"},
                          {"excerpt", "Fictional: practitioners asked for one pathway."}};
  const auto undated = ApiPost(ReviewPath(id, "/evidence"), manager_token_, conversation);
  ASSERT_TRUE(undated.ok());
  EXPECT_EQ(undated->status, 422) << undated->body;
  EXPECT_EQ(FieldOf(*undated), "held_on");
  json dated = conversation;
  dated["held_on"] = "2025-12-10";
  const json both = Add(id, "/evidence", dated);
  ASSERT_EQ(both["evidence"].size(), 2u);  // nothing refused was kept
  EXPECT_EQ(both["evidence"][1]["label"], "Conversation held on 10 December 2025");
  EXPECT_EQ(both["evidence"][1]["held_on"], "2025-12-10");
}

TEST_P(ThematicReviewApiTest, AFindingAnswersTheReviewsOwnQuestionsAndARecommendationIsAnAction) {
  const json review = ReviewOnClosedSurvey();
  const auto id = IdOf(review);
  const json evidenced = Add(id, "/evidence", SurveyEvidence(1));
  const auto evidence_id = evidenced["evidence"][0]["id"];
  const auto beyond = ApiPost(ReviewPath(id, "/findings"), manager_token_,
                              {{"text", kFinding},
                               {"strength", "strong"},
                               {"questions", {9}},
                               {"evidence_ids", json::array()}});
  ASSERT_TRUE(beyond.ok());
  EXPECT_EQ(beyond->status, 422) << beyond->body;
  EXPECT_EQ(FieldOf(*beyond), "questions");
  const json found = Add(id, "/findings",
                         {{"text", kFinding},
                          {"strength", "moderate"},
                          {"questions", {1}},
                          {"evidence_ids", {evidence_id}}});
  ASSERT_EQ(found["findings"].size(), 1u);
  EXPECT_EQ(found["findings"][0]["strength"], "moderate");
  EXPECT_EQ(found["findings"][0]["questions"], json::array({1}));
  EXPECT_EQ(found["findings"][0]["evidence_ids"], json::array({evidence_id}));

  const json recommended = Add(id, "/recommendations",
                               {{"text", "Fictional: publish one exploitation pathway."},
                                {"finding_ids", {found["findings"][0]["id"]}},
                                {"owner_agency_id", police_},
                                {"due_on", "2026-06-30"}});
  ASSERT_EQ(recommended["recommendations"].size(), 1u);
  const auto action_id = recommended["recommendations"][0]["action_id"].get<std::int64_t>();
  ASSERT_GT(action_id, 0);

  const auto action = ApiGet("/api/v1/actions/" + std::to_string(action_id), manager_token_);
  ASSERT_TRUE(action.ok());
  ASSERT_EQ(action->status, 200) << action->body;
  const json seen = json::parse(action->body);
  EXPECT_EQ(seen["action"]["title"], "Fictional: publish one exploitation pathway.");
  EXPECT_EQ(seen["action"]["owner_agency_id"], police_);
  EXPECT_EQ(seen["action"]["lead_user_id"], police_lead_);  // the police's agency lead
  EXPECT_EQ(seen["action"]["due_on"], "2026-06-30");
  EXPECT_EQ(seen["action"]["status"], "not_started");
  ASSERT_EQ(seen["sources"].size(), 1u);
  EXPECT_EQ(seen["sources"][0]["kind"], "thematic_review");
  EXPECT_EQ(seen["sources"][0]["label"], std::string{"Thematic review: "} + kTitle);
}

TEST_P(ThematicReviewApiTest, TheReportIsOneDraftLessonsLearnedBriefingHoweverOftenDrafted) {
  const json review = ReviewWithRecommendation();
  ASSERT_EQ(review["recommendations"].size(), 1u);
  const auto id = IdOf(review);
  const auto drafted = ApiPost(ReviewPath(id, "/report"), manager_token_, json::object());
  ASSERT_TRUE(drafted.ok());
  ASSERT_EQ(drafted->status, 200) << drafted->body;
  const json report = json::parse(drafted->body);
  const auto briefing_id = report["briefing_id"].get<std::int64_t>();
  EXPECT_EQ(report["briefing_path"], "/briefings/" + std::to_string(briefing_id));

  const auto read = ApiGet("/api/v1/briefings/" + std::to_string(briefing_id), manager_token_);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->status, 200) << read->body;
  const json briefing = json::parse(read->body)["briefing"];
  EXPECT_EQ(briefing["kind"], "lessons_learned");
  EXPECT_EQ(briefing["state"], "draft");
  EXPECT_EQ(briefing["title"], std::string{"Thematic review: "} + kTitle);
  const std::string body = briefing["body_markdown"].get<std::string>();
  EXPECT_TRUE(Has(body, "## What the review found")) << body;
  EXPECT_TRUE(Has(body, kFinding)) << body;
  EXPECT_TRUE(Has(body, "\\# Why we looked")) << body;  // the narrative's heading as text
  EXPECT_FALSE(Has(body, "Fictional: most staff agreed.")) << body;  // no excerpt quoted
  EXPECT_EQ(briefing["action_ids"],
            json::array({review["recommendations"][0]["action_id"].get<std::int64_t>()}));

  const auto again = ApiPost(ReviewPath(id, "/report"), manager_token_, json::object());
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(json::parse(again->body)["briefing_id"], briefing_id);
  EXPECT_EQ(Read(id, manager_token_)["report_briefing_id"], briefing_id);
  EXPECT_EQ(CountOf("SELECT COUNT(*) FROM briefings"), 1);
}

TEST_P(ThematicReviewApiTest, TheAssuranceFiguresCountTheReviewsFindingsAndActions) {
  const json review = ReviewWithRecommendation();
  const auto figures =
      ApiGet("/api/v1/reports/assurance?from=2025-04-01&to=2026-03-31", manager_token_);
  ASSERT_TRUE(figures.ok());
  ASSERT_EQ(figures->status, 200) << figures->body;
  const json reviews = json::parse(figures->body)["thematic_reviews"];
  ASSERT_EQ(reviews.size(), 1u) << figures->body;
  EXPECT_EQ(reviews[0]["review_id"], review["id"]);
  EXPECT_EQ(reviews[0]["title"], kTitle);
  EXPECT_EQ(reviews[0]["findings"]["strong"], 1);
  EXPECT_EQ(reviews[0]["findings"]["moderate"], 0);
  EXPECT_EQ(reviews[0]["findings"]["limited"], 0);
  EXPECT_EQ(reviews[0]["findings"]["total"], 1);
  EXPECT_EQ(reviews[0]["recommendations"], 1);
  EXPECT_EQ(reviews[0]["actions_by_status"]["not_started"], 1);
  EXPECT_EQ(reviews[0]["actions_by_status"]["in_progress"], 0);
  EXPECT_EQ(reviews[0]["actions_by_status"]["completed"], 0);

  // The next financial year's figures hold no review started in this one.
  const auto next =
      ApiGet("/api/v1/reports/assurance?from=2026-04-01&to=2027-03-31", manager_token_);
  ASSERT_TRUE(next.ok());
  ASSERT_EQ(next->status, 200) << next->body;
  EXPECT_TRUE(json::parse(next->body)["thematic_reviews"].empty());
}

TEST_P(ThematicReviewApiTest, AnAgencyLeadReadsAReviewWithoutItsSourcesAndAddsNothing) {
  const json review = ReviewOnClosedSurvey();
  const auto id = IdOf(review);
  const json seen = Read(id, lead_token_);
  EXPECT_EQ(seen["title"], kTitle);
  EXPECT_TRUE(seen.contains("evidence"));
  EXPECT_FALSE(seen.contains("evidence_sources")) << seen;

  const auto evidence = ApiPost(ReviewPath(id, "/evidence"), lead_token_, SurveyEvidence(1));
  ASSERT_TRUE(evidence.ok());
  EXPECT_EQ(evidence->status, 403) << evidence->body;
  const auto report = ApiPost(ReviewPath(id, "/report"), lead_token_, json::object());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->status, 403) << report->body;
  const auto started = ApiPost("/api/v1/assurance/thematic-reviews", lead_token_,
                               {{"title", "Fictional"}, {"questions", {"Why?"}}});
  ASSERT_TRUE(started.ok());
  EXPECT_EQ(started->status, 403) << started->body;
  EXPECT_TRUE(Read(id, manager_token_)["evidence"].empty());
  EXPECT_EQ(CountOf("SELECT COUNT(*) FROM thematic_reviews"), 1);
  EXPECT_EQ(CountOf("SELECT COUNT(*) FROM briefings"), 0);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ThematicReviewApiTest);

}  // namespace
}  // namespace assure::testing
