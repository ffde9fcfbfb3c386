// The learning briefings API (/api/v1/briefings..., /api/v1/sensitive-places) through the whole
// server, on both backends: a briefing written by Ada (the only business manager) that quotes the
// restricted name of case CR-2025-001, the check's hits, approval refused with 409 and the hits
// until the text is fixed, then approved and published; what an agency lead sees (no draft, no
// restricted words); input refused naming the field, stale versions, and the audit trail.
// Fictional data only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http/case_access_fixture.h"

namespace assure::testing {
namespace {

using domain::AuditOutcome;
using nlohmann::json;

class BriefingApiTest : public CaseAccessTest {
 protected:
  core::Result<HttpReply> ApiPut(const std::string& path, const std::string& token,
                                 const json& body) {
    const std::string text = body.dump();
    return HttpSend(t_->port(),
                    "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Authorization: Bearer " +
                        token + "\r\n" + "Content-Type: application/json\r\nContent-Length: " +
                        std::to_string(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
  }

  static json Parse(const core::Result<HttpReply>& reply) {
    EXPECT_TRUE(reply.ok());
    if (!reply.ok()) return nullptr;
    auto body = json::parse(reply->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << reply->body;
    return body;
  }

  // A Lessons Learned Briefing on case A with every section written; `summary` is its first.
  json Briefing(const std::string& summary) const {
    return {{"kind", "lessons_learned"},
            {"title", "Learning from Child H"},
            {"body_markdown", "## Summary\n\n" + summary +
                                  "\n\n## Key learning for professionals\n\nListen to the child."
                                  "\n\n## What the community can do\n\nSpeak up.\n"},
            {"audiences", {"childrens_workforce", "community"}},
            {"case_ids", {case_a_}}};
  }

  static std::string Path(const json& briefing) {
    return "/api/v1/briefings/" + std::to_string(briefing["id"].get<std::int64_t>());
  }
};

TEST_P(BriefingApiTest, AHitBlocksApprovalUntilTheTextIsFixedThenTheBriefingIsPublished) {
  const auto ada = Token(ada_);
  const auto created = ApiPost("/api/v1/briefings", ada,
                               Briefing("**Fictional** Secret-Name's school raised concerns."));
  ASSERT_EQ(created->status, 201) << created->body;
  const json briefing = Parse(created)["briefing"];
  EXPECT_EQ(briefing["state"], "draft");
  EXPECT_EQ(briefing["version"], 1);
  EXPECT_EQ(briefing["case_ids"], json::array({case_a_}));
  const std::string path = Path(briefing);
  EXPECT_EQ(created->Header("location").value_or(""), path);

  const auto checked = ApiPost(path + "/check", ada, json::object());
  ASSERT_EQ(checked->status, 200) << checked->body;
  const json hits = Parse(checked)["hits"];
  ASSERT_FALSE(hits.empty());
  const std::string body = briefing["body_markdown"];
  for (const auto& hit : hits) {
    EXPECT_EQ(hit["kind"], "name");
    EXPECT_EQ(hit["field"], "body_markdown");
    EXPECT_EQ(hit["case_reference"], "CR-2025-001");
    EXPECT_EQ(body.substr(hit["offset"].get<std::size_t>(), hit["length"].get<std::size_t>()),
              hit["text"].get<std::string>());
    EXPECT_FALSE(hit["matched"].is_null());  // Ada reads restricted details
  }

  const auto submitted = ApiPost(path + "/submit", ada, {{"version", 1}});
  ASSERT_EQ(submitted->status, 200) << submitted->body;
  const auto refused = ApiPost(path + "/approve", ada, {{"version", 2}});
  ASSERT_EQ(refused->status, 409) << refused->body;
  EXPECT_EQ(Parse(refused)["field"], "hits");
  EXPECT_EQ(Parse(refused)["hits"].size(), hits.size());

  const auto stale = ApiPut(path, ada, [&] {
    json b = Briefing("A child's school raised concerns.");
    b["version"] = 1;
    return b;
  }());
  EXPECT_EQ(stale->status, 409);
  json fixed = Briefing("A child's school raised concerns.");
  fixed["version"] = 2;
  const auto saved = ApiPut(path, ada, fixed);
  ASSERT_EQ(saved->status, 200) << saved->body;
  EXPECT_EQ(Parse(saved)["briefing"]["version"], 3);

  // Ada wrote it, but she is Northshire's only business manager.
  const auto approved = ApiPost(path + "/approve", ada, {{"version", 3}});
  ASSERT_EQ(approved->status, 200) << approved->body;
  EXPECT_EQ(Parse(approved)["briefing"]["state"], "approved");
  const auto published = ApiPost(path + "/publish", ada, {{"version", 4}});
  ASSERT_EQ(published->status, 200) << published->body;
  EXPECT_EQ(Parse(published)["briefing"]["state"], "published");
  EXPECT_FALSE(Parse(published)["briefing"]["published_on"].is_null());

  const auto versions = Parse(ApiGet(path + "/versions", ada))["versions"];
  ASSERT_EQ(versions.size(), 2u);
  const auto compared = Parse(ApiGet(path + "/compare?from=1&to=3", ada));
  bool removed = false;
  for (const auto& line : compared["body"]) removed = removed || line["kind"] == "removed";
  EXPECT_TRUE(removed);

  EXPECT_EQ(CountAudit("briefing.create", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("briefing.approve", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("briefing.publish", AuditOutcome::kSuccess), 1);
  EXPECT_GE(CountAudit("briefing.check", AuditOutcome::kSuccess), 4);
}

TEST_P(BriefingApiTest, AnAgencyLeadSeesNoDraftAndNoRestrictedWordsBehindAHit) {
  const auto ada = Token(ada_);
  const auto lead = Token(police_lead_);
  const json briefing = Parse(
      ApiPost("/api/v1/briefings", ada, Briefing("Fictional Secret-Name was seen.")))["briefing"];
  const std::string path = Path(briefing);
  EXPECT_EQ(ApiGet(path, lead)->status, 404);
  EXPECT_EQ(ApiPost(path + "/check", lead, json::object())->status, 404);
  EXPECT_EQ(Parse(ApiGet("/api/v1/briefings", lead))["briefings"].size(), 0u);
  EXPECT_EQ(CountAudit("briefing.read"), 1);

  // The manager accepts every hit, approves; the lead then reads it and checks it.
  ASSERT_EQ(ApiPost(path + "/submit", ada, {{"version", 1}})->status, 200);
  const json before = Parse(ApiPost(path + "/check", ada, json::object()));
  for (const auto& hit : before["hits"]) {
    const auto accepted = ApiPost(path + "/hits/" + hit["id"].get<std::string>() + "/accept", ada,
                                  {{"reason", "Fictional: agreed with the family"}});
    ASSERT_EQ(accepted->status, 201) << accepted->body;
  }
  ASSERT_EQ(ApiPost(path + "/approve", ada, {{"version", 2}})->status, 200);
  ASSERT_EQ(ApiGet(path, lead)->status, 200);
  const auto seen = Parse(ApiPost(path + "/check", lead, json::object()));
  ASSERT_FALSE(seen["hits"].empty());
  for (const auto& hit : seen["hits"]) {
    EXPECT_TRUE(hit["matched"].is_null());
    EXPECT_EQ(hit["description"], "matches a restricted detail of case CR-2025-001");
    EXPECT_EQ(hit["accepted"], true);
  }
  EXPECT_EQ(seen.dump().find("2021-04-05"), std::string::npos);  // the date of birth
  // Publishing, withdrawing and accepting are the business manager's.
  EXPECT_EQ(ApiPost(path + "/publish", lead, {{"version", 3}})->status, 403);
  EXPECT_EQ(ApiPost(path + "/hits/0000/accept", lead, {{"reason", "x"}})->status, 403);
}

TEST_P(BriefingApiTest, BadInputNamesTheFieldAndChangesNothing) {
  const auto ada = Token(ada_);
  json bad = Briefing("Text.");
  bad["kind"] = "eight_minute";
  const auto kind = ApiPost("/api/v1/briefings", ada, bad);
  EXPECT_EQ(kind->status, 422);
  EXPECT_EQ(Parse(kind)["field"], "kind");
  bad = Briefing("Text.");
  bad["audiences"] = {"everyone"};
  EXPECT_EQ(Parse(ApiPost("/api/v1/briefings", ada, bad))["field"], "audiences");
  bad = Briefing("Text.");
  bad["case_ids"] = {999999};
  EXPECT_EQ(Parse(ApiPost("/api/v1/briefings", ada, bad))["field"], "case_ids");
  bad = Briefing("Text.");
  bad["title"] = "";
  EXPECT_EQ(Parse(ApiPost("/api/v1/briefings", ada, bad))["field"], "title");
  EXPECT_EQ(Parse(ApiGet("/api/v1/briefings", ada))["briefings"].size(), 0u);

  const json briefing = Parse(ApiPost("/api/v1/briefings", ada, Briefing("Text.")))["briefing"];
  const auto withdraw = ApiPost(Path(briefing) + "/withdraw", ada, {{"version", 1}});
  EXPECT_EQ(withdraw->status, 422);
  EXPECT_EQ(Parse(withdraw)["field"], "reason");
  const auto early = ApiPost(Path(briefing) + "/publish", ada, {{"version", 1}});
  EXPECT_EQ(early->status, 409);
  EXPECT_EQ(Parse(early)["field"], "state");
  EXPECT_EQ(Parse(ApiGet(Path(briefing), ada))["briefing"]["state"], "draft");

  const auto preview =
      ApiPost("/api/v1/briefings/preview", ada,
              {{"body_markdown", "## 1. Background\n\n<script>x()</script>\n\n**Bold**"}});
  ASSERT_EQ(preview->status, 200) << preview->body;
  const std::string html = Parse(preview)["body_html"];
  EXPECT_NE(html.find("<strong>Bold</strong>"), std::string::npos) << html;
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(ApiPost("/api/v1/briefings/preview", Token(police_lead_), {{"body_markdown", "Text"}})
                ->status,
            403);
}

TEST_P(BriefingApiTest, TheSensitivePlacesAreTheManagersAndTheCheckFindsThem) {
  const auto ada = Token(ada_);
  const auto kept = ApiPut("/api/v1/sensitive-places", ada,
                           {{"places", {"Ashgrove Estate", " ", "Ashgrove Estate"}}});
  ASSERT_EQ(kept->status, 200) << kept->body;
  EXPECT_EQ(Parse(kept)["places"], json::array({"Ashgrove Estate"}));
  EXPECT_EQ(
      ApiPut("/api/v1/sensitive-places", Token(police_lead_), {{"places", json::array()}})->status,
      403);
  const json briefing = Parse(ApiPost("/api/v1/briefings", ada,
                                      Briefing("They lived on the ashgrove estate.")))["briefing"];
  const auto hits = Parse(ApiPost(Path(briefing) + "/check", ada, json::object()))["hits"];
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["kind"], "sensitive_place");
  EXPECT_EQ(CountAudit("sensitive_places.update", AuditOutcome::kSuccess), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BriefingApiTest);

}  // namespace
}  // namespace assure::testing
