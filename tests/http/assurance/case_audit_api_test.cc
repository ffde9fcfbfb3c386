// The multi-agency case audit API through the whole server, on both backends: the business
// manager opens an audit of three questions, four pseudonymous records and two agencies (a name
// as a reference is 422 naming it, storing nothing); each agency's lead grades only their own
// part (another agency's is 404, audited as denied) and reads only it, with no results while the
// audit is open; a part is submitted only once every question of every record is graded; the
// audit closes only once every record is moderated, and then the lead reads the results, which
// count only the submitted parts. Every read of an audit is audited. Fictional data only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/assurance/audit/case_audit_repository.h"
#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

class CaseAuditApiTest : public CasePagesTest {
 protected:
  static constexpr const char* kTitle = "Fictional exploitation case audit";

  void SetUp() override {
    CasePagesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    manager_token_ = Token(ada_);
    police_token_ = Token(police_lead_);
    health_token_ = Token(health_lead_);
  }

  json AuditBody() const {
    return {{"title", kTitle},
            {"questions",
             {"Was the risk of exploitation recognised early?",
              "Did the agencies share information in time?", "Was the child's voice heard?"}},
            {"references", {"NS-2026-001", "NS-2026-002", "NS-2026-003", "NS-2026-004"}},
            {"agency_ids", {police_, health_}},
            {"due_on", "2026-03-31"}};
  }

  static std::string Path(std::int64_t id, const std::string& tail = "") {
    return "/api/v1/assurance/audits/" + std::to_string(id) + tail;
  }
  static std::string PartPath(std::int64_t id, domain::AgencyId agency,
                              const std::string& tail = "") {
    return Path(id, "/parts/" + std::to_string(agency) + tail);
  }
  static std::string ModerationPath(std::int64_t id, const json& record) {
    return Path(id, "/records/" + std::to_string(record["id"].get<std::int64_t>()) + "/moderation");
  }
  static std::string FieldOf(const HttpReply& reply) {
    const json body = json::parse(reply.body, nullptr, false);
    return body.contains("field") ? body["field"].get<std::string>() : "";
  }

  core::Result<HttpReply> ApiPut(const std::string& path, const std::string& token,
                                 const json& body) {
    const std::string text = body.dump();
    return HttpSend(t_->port(),
                    "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Authorization: Bearer " +
                        token + "\r\n" + "Content-Type: application/json\r\nContent-Length: " +
                        std::to_string(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
  }

  // A new audit opened by Ada.
  json Open() {
    const auto opened = ApiPost("/api/v1/assurance/audits", manager_token_, AuditBody());
    EXPECT_TRUE(opened.ok());
    if (!opened.ok()) return {};
    EXPECT_EQ(opened->status, 201) << opened->body;
    return json::parse(opened->body, nullptr, false)["audit"];
  }

  // The audit as `token`'s user reads it; counts the reads made.
  json Read(std::int64_t id, const std::string& token) {
    ++reads_;
    const auto read = ApiGet(Path(id), token);
    EXPECT_TRUE(read.ok());
    if (!read.ok()) return {};
    EXPECT_EQ(read->status, 200) << read->body;
    return json::parse(read->body, nullptr, false)["audit"];
  }

  // A grade of `question` for every record: `first` for the first, `rest` for the others.
  static json Grades(const json& audit, int question, const std::string& first,
                     const std::string& rest) {
    json grades = json::array();
    for (std::size_t r = 0; r < audit["records"].size(); ++r) {
      grades.push_back({{"record_id", audit["records"][r]["id"]},
                        {"question", question},
                        {"grade", r == 0 ? first : rest},
                        {"comment", "Fictional comment."}});
    }
    return grades;
  }
  static json Join(json a, const json& b) {
    for (const auto& item : b) a.push_back(item);
    return a;
  }

  // The part's grades as stored (no audit event).
  std::size_t StoredGrades(std::int64_t id, domain::AgencyId agency) {
    auto part = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.case_audits(north_).GetPart(id, agency); });
    EXPECT_TRUE(part.ok()) << part.error().message;
    return part.ok() ? part->grades.size() : 0;
  }

  std::string manager_token_;
  std::string police_token_;
  std::string health_token_;
  int reads_ = 0;
};

TEST_P(CaseAuditApiTest, ANameAsAReferenceOrADueDateOfTodayIsRefusedAndNothingIsOpened) {
  json named = AuditBody();
  named["references"] = {"Smith", "NS-2026-002"};
  const auto refused = ApiPost("/api/v1/assurance/audits", manager_token_, named);
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->status, 422) << refused->body;
  EXPECT_EQ(FieldOf(*refused), "references[0]") << refused->body;
  EXPECT_EQ(refused->body.find("Smith"), std::string::npos);  // the value is never repeated

  json today = AuditBody();
  today["due_on"] = "2026-01-05";
  const auto due_today = ApiPost("/api/v1/assurance/audits", manager_token_, today);
  ASSERT_TRUE(due_today.ok());
  EXPECT_EQ(due_today->status, 422) << due_today->body;
  EXPECT_EQ(FieldOf(*due_today), "due_on");

  const auto by_lead = ApiPost("/api/v1/assurance/audits", police_token_, AuditBody());
  ASSERT_TRUE(by_lead.ok());
  EXPECT_EQ(by_lead->status, 403) << by_lead->body;

  const auto list = ApiGet("/api/v1/assurance/audits", manager_token_);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_TRUE(json::parse(list->body)["audits"].empty());

  const auto missing = ApiGet(Path(999), manager_token_);
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(CountAudit("assurance.audit.read"), 1);
}

TEST_P(CaseAuditApiTest, ALeadGradesAndReadsOnlyTheirOwnPartWithNoResultsWhileOpen) {
  const json audit = Open();
  ASSERT_FALSE(audit.is_null());
  const auto id = audit["id"].get<std::int64_t>();
  EXPECT_EQ(audit["state"], "open");
  EXPECT_EQ(audit["version"], 1);
  EXPECT_EQ(audit["opened_on"], "2026-01-05");
  ASSERT_EQ(audit["records"].size(), 4u);
  EXPECT_EQ(audit["records"][0]["reference"], "NS-2026-001");
  EXPECT_EQ(audit["records"][3]["reference"], "NS-2026-004");
  EXPECT_TRUE(audit["records"][0]["moderation"].is_null());
  EXPECT_EQ(audit["questions"].size(), 3u);
  EXPECT_EQ(audit["agency_ids"], json::array({police_, health_}));

  const auto graded = ApiPut(PartPath(id, police_), police_token_,
                             {{"version", 1}, {"grades", Grades(audit, 1, "outstanding", "good")}});
  ASSERT_TRUE(graded.ok());
  ASSERT_EQ(graded->status, 200) << graded->body;
  const json part = json::parse(graded->body)["part"];
  EXPECT_EQ(part["state"], "draft");
  EXPECT_EQ(part["version"], 2);
  ASSERT_EQ(part["grades"].size(), 4u);
  EXPECT_EQ(part["grades"][0]["grade"], "outstanding");

  const auto not_theirs = ApiPut(PartPath(id, health_), police_token_,
                                 {{"version", 1}, {"grades", Grades(audit, 1, "good", "good")}});
  ASSERT_TRUE(not_theirs.ok());
  EXPECT_EQ(not_theirs->status, 404) << not_theirs->body;
  EXPECT_EQ(CountAudit("assurance.audit.grade"), 1);
  EXPECT_EQ(CountAudit("assurance.audit.grade", domain::AuditOutcome::kSuccess), 1);
  EXPECT_EQ(StoredGrades(id, health_), 0u);
  const auto not_theirs_submit =
      ApiPost(PartPath(id, health_, "/submit"), police_token_, {{"version", 1}});
  ASSERT_TRUE(not_theirs_submit.ok());
  EXPECT_EQ(not_theirs_submit->status, 404);
  EXPECT_EQ(CountAudit("assurance.audit.submit"), 1);

  const json seen = Read(id, police_token_);
  ASSERT_EQ(seen["parts"].size(), 1u);
  EXPECT_EQ(seen["parts"][0]["agency_id"], police_);
  EXPECT_EQ(seen["parts"][0]["grades"].size(), 4u);
  EXPECT_EQ(seen["gradable_agency_ids"], json::array({police_}));
  EXPECT_TRUE(seen["results"].is_null());
  ASSERT_EQ(seen["agencies"].size(), 2u);
  EXPECT_EQ(seen["agencies"][1]["name"], "Northshire ICB");

  const json all = Read(id, manager_token_);
  EXPECT_EQ(all["parts"].size(), 2u);
  EXPECT_TRUE(all["gradable_agency_ids"].empty());
  ASSERT_TRUE(all["results"].is_object()) << all.dump();
  EXPECT_EQ(all["results"]["by_question"][0]["grades"]["total"], 0);  // nothing submitted yet
  EXPECT_EQ(CountAudit("assurance.audit.read", domain::AuditOutcome::kSuccess), reads_);
  EXPECT_EQ(CountAudit("assurance.audit.read"), 0);
}

TEST_P(CaseAuditApiTest, APartIsSubmittedFullyGradedAndTheAuditClosesFullyModerated) {
  const json audit = Open();
  ASSERT_FALSE(audit.is_null());
  const auto id = audit["id"].get<std::int64_t>();
  const json first = Grades(audit, 1, "outstanding", "good");
  const auto some =
      ApiPut(PartPath(id, police_), police_token_, {{"version", 1}, {"grades", first}});
  ASSERT_TRUE(some.ok());
  ASSERT_EQ(some->status, 200) << some->body;
  const auto early = ApiPost(PartPath(id, police_, "/submit"), police_token_, {{"version", 2}});
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->status, 422) << early->body;
  EXPECT_EQ(FieldOf(*early), "grades[NS-2026-001][2]") << early->body;

  const json every = Join(Join(first, Grades(audit, 2, "requires_improvement", "inadequate")),
                          Grades(audit, 3, "not_applicable", "good"));
  const auto full =
      ApiPut(PartPath(id, police_), police_token_, {{"version", 2}, {"grades", every}});
  ASSERT_TRUE(full.ok());
  ASSERT_EQ(full->status, 200) << full->body;
  const auto submitted = ApiPost(PartPath(id, police_, "/submit"), police_token_, {{"version", 3}});
  ASSERT_TRUE(submitted.ok());
  ASSERT_EQ(submitted->status, 200) << submitted->body;
  const json part = json::parse(submitted->body)["part"];
  EXPECT_EQ(part["state"], "submitted");
  EXPECT_EQ(part["submitted_on"], "2026-01-05");
  const auto locked = ApiPut(PartPath(id, police_), police_token_,
                             {{"version", part["version"]}, {"grades", first}});
  ASSERT_TRUE(locked.ok());
  EXPECT_EQ(locked->status, 409) << locked->body;
  // The ICB's grades stay a draft: the results never count them.
  const auto health = ApiPut(PartPath(id, health_), health_token_,
                             {{"version", 1}, {"grades", Grades(audit, 1, "inadequate", "good")}});
  ASSERT_TRUE(health.ok());
  ASSERT_EQ(health->status, 200) << health->body;

  const auto& records = audit["records"];
  // Each agreement carries the audit's version and moves it to the next.
  const auto moderated = ApiPut(ModerationPath(id, records[0]), manager_token_,
                                {{"version", Read(id, manager_token_)["version"]},
                                 {"overall", "requires_improvement"},
                                 {"reasons", "Fictional: the risk was seen late."},
                                 {"themes", {"exploitation"}}});
  ASSERT_TRUE(moderated.ok());
  ASSERT_EQ(moderated->status, 200) << moderated->body;
  const json agreed = json::parse(moderated->body)["audit"]["records"][0]["moderation"];
  EXPECT_EQ(agreed["overall"], "requires_improvement");
  EXPECT_EQ(agreed["themes"], json::array({"exploitation"}));
  EXPECT_EQ(agreed["agreed_on"], "2026-01-05");
  const auto by_lead = ApiPut(ModerationPath(id, records[1]), police_token_,
                              {{"version", 1}, {"overall", "good"}, {"reasons", "Fictional."}});
  ASSERT_TRUE(by_lead.ok());
  EXPECT_EQ(by_lead->status, 403) << by_lead->body;

  const auto too_soon = ApiPost(Path(id, "/close"), manager_token_,
                                {{"version", Read(id, manager_token_)["version"]}});
  ASSERT_TRUE(too_soon.ok());
  EXPECT_EQ(too_soon->status, 422) << too_soon->body;
  EXPECT_EQ(FieldOf(*too_soon), "records");
  for (std::size_t r = 1; r < records.size(); ++r) {
    const auto agreed_good = ApiPut(ModerationPath(id, records[r]), manager_token_,
                                    {{"version", Read(id, manager_token_)["version"]},
                                     {"overall", "good"},
                                     {"reasons", "Fictional: good joint working."},
                                     {"themes", {"neglect", "exploitation"}}});
    ASSERT_TRUE(agreed_good.ok());
    ASSERT_EQ(agreed_good->status, 200) << agreed_good->body;
  }
  const auto version = Read(id, manager_token_)["version"];
  const auto closed = ApiPost(Path(id, "/close"), manager_token_, {{"version", version}});
  ASSERT_TRUE(closed.ok());
  ASSERT_EQ(closed->status, 200) << closed->body;
  EXPECT_EQ(json::parse(closed->body)["audit"]["state"], "closed");
  EXPECT_EQ(json::parse(closed->body)["audit"]["closed_on"], "2026-01-05");

  const json results = Read(id, police_token_)["results"];
  ASSERT_TRUE(results.is_object());
  ASSERT_EQ(results["by_question"].size(), 3u);
  const json q1 = results["by_question"][0]["grades"];
  EXPECT_EQ(q1["outstanding"], 1);
  EXPECT_EQ(q1["good"], 3);
  EXPECT_EQ(q1["inadequate"], 0);  // the ICB's draft
  EXPECT_EQ(q1["total"], 4);
  EXPECT_EQ(results["by_question"][1]["grades"]["inadequate"], 3);
  EXPECT_EQ(results["by_question"][2]["grades"]["not_applicable"], 1);
  ASSERT_EQ(results["by_agency"].size(), 2u);
  EXPECT_EQ(results["by_agency"][0]["agency_id"], police_);
  EXPECT_EQ(results["by_agency"][0]["grades"]["total"], 12);
  EXPECT_EQ(results["by_agency"][1]["grades"]["total"], 0);
  EXPECT_EQ(results["overall"]["good"], 3);
  EXPECT_EQ(results["overall"]["requires_improvement"], 1);
  EXPECT_EQ(results["moderated"], 4);
  ASSERT_EQ(results["themes"].size(), 2u);
  EXPECT_EQ(results["themes"][0], (json{{"theme", "exploitation"}, {"records", 4}}));
  EXPECT_EQ(results["themes"][1], (json{{"theme", "neglect"}, {"records", 3}}));

  EXPECT_EQ(CountAudit("assurance.audit.read", domain::AuditOutcome::kSuccess), reads_);
  EXPECT_EQ(CountAudit("assurance.audit.submit", domain::AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("assurance.audit.moderate", domain::AuditOutcome::kSuccess), 4);
  EXPECT_EQ(CountAudit("assurance.audit.moderate"), 0);
  EXPECT_EQ(CountAudit("access.denied"), 1);  // the lead's moderation, refused at the gate
  EXPECT_EQ(CountAudit("assurance.audit.close", domain::AuditOutcome::kSuccess), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CaseAuditApiTest);

}  // namespace
}  // namespace assure::testing
