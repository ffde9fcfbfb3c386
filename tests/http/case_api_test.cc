// The cases and requests JSON API under /api/v1 through the whole server, on both backends:
// opening a case, listing and searching, reading one with its clocks and timeline, workflow
// steps with the case version (a stale one is 409 and changes nothing), errors naming the
// field, and restricted details only through their own audited route.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/case_access_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using nlohmann::json;

class CaseApiTest : public testing::CaseAccessTest {
 protected:
  void SetUp() override {
    CaseAccessTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    token_ = Token(ada_);
  }

  json Body(const core::Result<testing::HttpReply>& reply) {
    EXPECT_TRUE(reply.ok());
    if (!reply.ok()) return nullptr;
    auto body = json::parse(reply->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << reply->body;
    return body;
  }

  static json Referral() {
    return {
        {"reference", "CR-2026-010"},
        {"type", "child"},
        {"subjects", {{{"pseudonym", "Child K"}, {"age_band", "1-4"}}}},
        {"aware_on", "2026-01-02"},
        {"referral", {{"received_on", "2026-01-02"}, {"referrer", "Designated nurse"}}},
        {"summary", "Fictional case about a zebra crossing."},
        {"themes", json::array()},
        {"restricted",
         {{"circumstances", "Fictional API circumstances."},
          {"identities",
           {{{"subject", 0}, {"name", "Fictional Api-Name"}, {"date_of_birth", "2023-05-06"}}}}}}};
  }

  std::string token_;
};

TEST_P(CaseApiTest, OpenListReadAndTakeStepsRoundTrip) {
  auto opened = ApiPost("/api/v1/cases", token_, Referral());
  ASSERT_EQ(opened->status, 201) << opened->body;
  const auto created = Body(opened)["case"];
  const domain::CaseId id = created["id"].get<domain::CaseId>();
  EXPECT_EQ(opened->Header("location"), CasePath(id));
  EXPECT_EQ(created["state"], "scoping");
  EXPECT_EQ(created["version"], 1);
  EXPECT_FALSE(Contains(opened->body, "Fictional Api-Name"));
  EXPECT_FALSE(Contains(opened->body, "Fictional API circumstances."));

  // The list: paging, filters and full-text search, as the list page reads them.
  const auto all = Body(ApiGet("/api/v1/cases?per_page=2&page=1", token_));
  EXPECT_EQ(all["total"], 3);
  EXPECT_EQ(all["cases"].size(), 2u);
  // Each row carries its next statutory clock, as the page's rows do: the notification's for
  // these child cases, none of it met yet.
  for (const auto& row : all["cases"]) {
    ASSERT_TRUE(row["next_clock"].is_object()) << row.dump();
    EXPECT_FALSE(row["next_clock"]["due_on"].get<std::string>().empty());
  }
  EXPECT_EQ(Body(ApiGet("/api/v1/cases?per_page=2&page=2", token_))["cases"].size(), 1u);
  EXPECT_EQ(Body(ApiGet("/api/v1/cases?type=adult", token_))["total"], 0);
  const auto found = Body(ApiGet("/api/v1/cases?q=zebra", token_));
  ASSERT_EQ(found["total"], 1);
  EXPECT_EQ(found["cases"][0]["id"], id);

  // The case with its clocks and timeline: aware Friday 2 January 2026, so the notification is
  // due five working days later.
  auto view = Body(ApiGet(CasePath(id), token_));
  EXPECT_EQ(view["case"]["reference"], "CR-2026-010");
  EXPECT_TRUE(view["notification"].is_null());
  ASSERT_FALSE(view["clocks"].empty());
  EXPECT_EQ(view["clocks"][0]["rule_code"], "notification");
  EXPECT_EQ(view["clocks"][0]["due_on"], "2026-01-09");
  const auto events = view["timeline"].size();
  ASSERT_GE(events, 1u);
  EXPECT_EQ(view["timeline"][0]["action"], "refer");
  EXPECT_TRUE(view["may_read_restricted"].get<bool>());
  EXPECT_NE(
      std::find(view["available_steps"].begin(), view["available_steps"].end(), "notify_panel"),
      view["available_steps"].end());

  auto notified = ApiPost(CasePath(id) + "/steps/notify_panel", token_,
                          {{"version", 1}, {"sent_on", "2026-01-05"}, {"panel_reference", "P-7"}});
  ASSERT_EQ(notified->status, 200) << notified->body;
  EXPECT_EQ(Body(notified)["case"]["version"], 2);

  view = Body(ApiGet(CasePath(id), token_));
  EXPECT_EQ(view["notification"]["sent_on"], "2026-01-05");
  EXPECT_EQ(view["notification"]["panel_reference"], "P-7");
  EXPECT_EQ(view["clocks"][0]["status"], "met");
  EXPECT_EQ(view["timeline"].size(), events + 1);
  EXPECT_EQ(view["timeline"].back()["action"], "notify_panel");

  auto asked = ApiPost(CasePath(id) + "/steps/request_information", token_,
                       {{"version", view["case"]["version"]},
                        {"agency_id", police_},
                        {"requested_on", "2026-01-05"},
                        {"due_on", "2026-01-19"},
                        {"asked", "A fictional chronology."}});
  ASSERT_EQ(asked->status, 201) << asked->body;
  EXPECT_EQ(Body(asked)["request"]["agency_id"], police_);
  view = Body(ApiGet(CasePath(id), token_));
  ASSERT_EQ(view["requests"].size(), 1u);
  EXPECT_EQ(view["requests"][0]["status"], "requested");
  EXPECT_EQ(CountAudit("case.transition.notify_panel", AuditOutcome::kSuccess), 1);
}

TEST_P(CaseApiTest, AStaleVersionIs409AndNothingChanges) {
  const auto first = ApiPost(CasePath(case_a_) + "/steps/notify_panel", token_,
                             {{"version", 1}, {"sent_on", "2025-12-03"}});
  ASSERT_EQ(first->status, 200) << first->body;
  const auto before = StoredCase(case_a_);
  const auto events = CaseEventCount(case_a_);

  const auto stale = ApiPost(CasePath(case_a_) + "/steps/notify_panel", token_,
                             {{"version", 1}, {"sent_on", "2025-12-04"}, {"panel_reference", "X"}});
  EXPECT_EQ(stale->status, 409);
  EXPECT_EQ(Body(stale)["error"], "conflict");

  EXPECT_EQ(StoredCase(case_a_).version, before.version);
  EXPECT_EQ(CaseEventCount(case_a_), events);
  const auto view = Body(ApiGet(CasePath(case_a_), token_));
  EXPECT_EQ(view["notification"]["sent_on"], "2025-12-03");
  EXPECT_EQ(view["notification"]["panel_reference"], "");
}

TEST_P(CaseApiTest, BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  const auto path = CasePath(case_a_) + "/steps/notify_panel";
  const auto bad_date = ApiPost(path, token_, {{"version", 1}, {"sent_on", "2025-02-30"}});
  EXPECT_EQ(bad_date->status, 422);
  EXPECT_EQ(Body(bad_date)["field"], "sent_on");
  EXPECT_FALSE(Contains(bad_date->body, "2025-02-30"));
  const auto no_version = ApiPost(path, token_, {{"sent_on", "2025-12-03"}});
  EXPECT_EQ(no_version->status, 422);
  EXPECT_EQ(Body(no_version)["field"], "version");
  EXPECT_EQ(ApiPost(CasePath(case_a_) + "/steps/fly", token_, {{"version", 1}})->status, 404);
  const auto filter = ApiGet("/api/v1/cases?type=alien", token_);
  EXPECT_EQ(filter->status, 422);
  EXPECT_EQ(Body(filter)["field"], "type");
  const auto referral = Referral();
  auto no_subjects = referral;
  no_subjects["subjects"] = json::array();
  const auto refused = ApiPost("/api/v1/cases", token_, no_subjects);
  EXPECT_EQ(refused->status, 422);
  EXPECT_EQ(Body(refused)["field"], "subjects");

  EXPECT_EQ(StoredCase(case_a_).version, 1);
  EXPECT_EQ(CaseEventCount(case_a_), 0u);
  EXPECT_EQ(Body(ApiGet("/api/v1/cases", token_))["total"], 2);
}

TEST_P(CaseApiTest, RestrictedDetailsComeOnlyFromTheirOwnAuditedRoute) {
  const auto view = ApiGet(CasePath(case_a_), token_);
  ASSERT_EQ(view->status, 200) << view->body;
  EXPECT_FALSE(Contains(view->body, kSecretName));
  EXPECT_FALSE(Contains(view->body, kCircumstances));
  EXPECT_FALSE(Contains(Body(ApiGet("/api/v1/cases", token_)).dump(), kSecretName));
  EXPECT_EQ(CountAudit("case.restricted.read", AuditOutcome::kSuccess), 0);

  const auto restricted = ApiGet(CasePath(case_a_) + "/restricted", token_);
  ASSERT_EQ(restricted->status, 200) << restricted->body;
  const auto details = Body(restricted);
  EXPECT_EQ(details["circumstances"], kCircumstances);
  EXPECT_EQ(details["identities"][0]["name"], kSecretName);
  EXPECT_EQ(details["identities"][0]["date_of_birth"], "2021-04-05");
  EXPECT_EQ(CountAudit("case.restricted.read", AuditOutcome::kSuccess), 1);

  // The appointed reviewer reads the case but not its restricted details.
  const auto reviewer = Token(reviewer_);
  EXPECT_EQ(ApiGet(CasePath(case_b_), reviewer)->status, 200);
  const auto refused = ApiGet(CasePath(case_b_) + "/restricted", reviewer);
  EXPECT_EQ(refused->status, 403);
  EXPECT_FALSE(Contains(refused->body, kSecretName));
}

TEST_P(CaseApiTest, EveryIdentifyingDetailIsStoredTidiedAndReadOnlyFromTheRestrictedRoute) {
  // Fictional details: the NHS number is in the NHS's 999 test range, XX is no postcode area.
  auto referral = Referral();
  auto& identity = referral["restricted"]["identities"][0];
  identity["date_of_death"] = "2025-12-30";
  identity["address"] = "3 Pretend Close\nNowhere";
  identity["postcode"] = " xx9 8wv";
  identity["school"] = "Nowhere Infants; Pretend Academy";
  identity["nhs_number"] = "999 876 5439";
  identity["other_details"] = "Twin of a fictional sibling";
  auto opened = ApiPost("/api/v1/cases", token_, referral);
  ASSERT_EQ(opened->status, 201) << opened->body;
  EXPECT_FALSE(Contains(opened->body, "Pretend"));
  const auto id = Body(opened)["case"]["id"].get<domain::CaseId>();
  EXPECT_FALSE(Contains(ApiGet(CasePath(id), token_)->body, "Pretend"));

  const auto details = Body(ApiGet(CasePath(id) + "/restricted", token_));
  const auto& stored = details["identities"][0];
  EXPECT_EQ(stored["name"], "Fictional Api-Name");
  EXPECT_EQ(stored["date_of_birth"], "2023-05-06");
  EXPECT_EQ(stored["date_of_death"], "2025-12-30");
  EXPECT_EQ(stored["address"], "3 Pretend Close\nNowhere");
  EXPECT_EQ(stored["postcode"], "XX9 8WV");
  EXPECT_EQ(stored["school"], "Nowhere Infants; Pretend Academy");
  EXPECT_EQ(stored["nhs_number"], "9998765439");
  EXPECT_EQ(stored["other_details"], "Twin of a fictional sibling");
  EXPECT_EQ(CountAudit("case.restricted.read", AuditOutcome::kSuccess), 1);

  // Not recorded: null and "".
  const auto other = Body(ApiGet(CasePath(case_a_) + "/restricted", token_))["identities"][0];
  EXPECT_TRUE(other["date_of_death"].is_null());
  EXPECT_EQ(other["nhs_number"], "");

  // Each refusal names the subject's field and never repeats the value.
  const auto before = Body(ApiGet("/api/v1/cases", token_))["total"];
  struct Refusal {
    const char* field;
    nlohmann::json value;
    const char* named;
  };
  const Refusal refusals[] = {
      {"nhs_number", "999 876 5430", "subjects[0].nhs_number"},
      {"postcode", "XX9 8WV 7", "subjects[0].postcode"},
      {"date_of_death", "2023-05-05", "subjects[0].date_of_death"},
      {"other_details", std::string(1001, 'x'), "subjects[0].other_details"},
  };
  for (const auto& refusal : refusals) {
    auto refused_referral = Referral();
    refused_referral["reference"] = "CR-2026-011";
    refused_referral["restricted"]["identities"][0][refusal.field] = refusal.value;
    const auto refused = ApiPost("/api/v1/cases", token_, refused_referral);
    EXPECT_EQ(refused->status, 422) << refusal.field;
    const auto body = Body(refused);
    EXPECT_EQ(body["field"], refusal.named);
    EXPECT_FALSE(
        Contains(body["message"].get<std::string>(), refusal.value.get<std::string>().substr(0, 6)))
        << refusal.field;
  }
  EXPECT_EQ(Body(ApiGet("/api/v1/cases", token_))["total"], before);
}

TEST_P(CaseApiTest, AnAgencyLeadAnswersThroughTheApiAndAStaleAnswerIs409) {
  const auto lead = Token(police_lead_);
  const auto path = "/api/v1/requests/" + std::to_string(police_request_);
  const auto request = Body(ApiGet(path, lead))["request"];
  EXPECT_EQ(request["status"], "requested");
  const auto version = request["version"].get<domain::Version>();

  const auto answered =
      ApiPost(path + "/response", lead, {{"version", version}, {"response", "Fictional answer."}});
  ASSERT_EQ(answered->status, 200) << answered->body;
  EXPECT_EQ(Body(answered)["request"]["status"], "submitted");

  const auto stale =
      ApiPost(path + "/response", lead, {{"version", version}, {"response", "Overwritten."}});
  EXPECT_EQ(stale->status, 409);
  const auto stored = StoredRequest(police_request_);
  EXPECT_EQ(stored.response, "Fictional answer.");
  EXPECT_EQ(stored.version, version + 1);

  // An agency lead cannot withdraw a request (the business unit does).
  const auto withdraw = ApiPost(path + "/withdraw", lead, {{"version", version + 1}});
  EXPECT_EQ(withdraw->status, 403);
  EXPECT_EQ(StoredRequest(police_request_).status, domain::RequestStatus::kSubmitted);
}

TEST_P(CaseApiTest, ACaseScreenedAsNotNotifiableHasNoNotificationClock) {
  auto opened = ApiPost("/api/v1/cases", token_, Referral());
  ASSERT_EQ(opened->status, 201) << opened->body;
  const auto id = Body(opened)["case"]["id"].get<std::int64_t>();
  const auto path = CasePath(id) + "/steps/screen_notification";

  // A looked-after child who died is always notifiable (Children Act 2004 s16C(2)).
  const auto refused = ApiPost(path, token_,
                               {{"version", 1},
                                {"notifiable", false},
                                {"looked_after", true},
                                {"child_died", true},
                                {"reason", "No abuse or neglect suspected."}});
  EXPECT_EQ(refused->status, 422);
  EXPECT_EQ(Body(refused)["field"], "notifiable");
  const auto no_answer = ApiPost(path, token_, {{"version", 1}});
  EXPECT_EQ(Body(no_answer)["field"], "notifiable");
  const auto no_reason = ApiPost(path, token_, {{"version", 1}, {"notifiable", false}});
  EXPECT_EQ(Body(no_reason)["field"], "reason");
  EXPECT_EQ(StoredCase(id).version, 1);

  const auto screened = ApiPost(
      path, token_, {{"version", 1}, {"notifiable", false}, {"reason", "Not a serious incident."}});
  ASSERT_EQ(screened->status, 200) << screened->body;
  auto view = Body(ApiGet(CasePath(id), token_));
  EXPECT_EQ(view["case"]["screening"]["notifiable"], false);
  EXPECT_EQ(view["case"]["screening"]["reason"], "Not a serious incident.");
  for (const auto& clock : view["clocks"]) EXPECT_NE(clock["rule_code"], "notification");
  const auto notified = ApiPost(CasePath(id) + "/steps/notify_panel", token_,
                                {{"version", 2}, {"sent_on", "2026-01-05"}});
  EXPECT_EQ(notified->status, 409);
  EXPECT_EQ(Body(notified)["field"], "screening");
  EXPECT_EQ(CountAudit("case.transition.screen_notification", AuditOutcome::kSuccess), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CaseApiTest);

}  // namespace
}  // namespace assure
