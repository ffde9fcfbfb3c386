// The case API's body readers: each refuses a wrong kind of value naming its field.
#include "http/api/cases/case_api_input.h"

#include <gtest/gtest.h>

namespace assure::http::api {
namespace {

using nlohmann::json;

TEST(CaseApiInputTest, AStepNeedsTheVersionAndItsRequiredDate) {
  EXPECT_EQ(NotificationFrom(json{{"version", 1}}).error().field, "sent_on");
  auto notification = NotificationFrom(json{{"sent_on", "2026-01-05"}, {"panel_reference", "P"}});
  ASSERT_TRUE(notification.ok()) << notification.error().message;
  EXPECT_EQ(notification->panel_reference, "P");
  EXPECT_EQ(
      RapidReviewFrom(
          json{{"meeting_on", "2026-01-05"}, {"completed_on", "2026-01-06"}, {"decision", "maybe"}})
          .error()
          .field,
      "decision");
}

TEST(CaseApiInputTest, AReferralNamesSubjectsByIndexForTheirIdentities) {
  auto draft = NewCaseFrom(
      json{{"reference", "CR-2026-001"},
           {"type", "adult"},
           {"subjects", {{{"pseudonym", "Adult K"}}, {{"pseudonym", "Adult L"}}}},
           {"aware_on", "2026-01-02"},
           {"referral", {{"received_on", "2026-01-02"}, {"referrer", "GP"}}},
           {"restricted", {{"identities", {{{"subject", 1}, {"name", "Fictional Name"}}}}}}});
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  EXPECT_EQ(draft->type, domain::CaseType::kAdult);
  ASSERT_EQ(draft->subjects.size(), 2u);
  ASSERT_EQ(draft->restricted.identities.size(), 1u);
  EXPECT_EQ(draft->restricted.identities[0].subject_id, 1);
  EXPECT_EQ(NewCaseFrom(json{{"type", "adult"}}).error().field, "aware_on");
}

TEST(CaseApiInputTest, AnIdentityCarriesEveryIdentifyingDetailAsSent) {
  json body{{"reference", "CR-2026-002"},
            {"type", "child"},
            {"subjects", {{{"pseudonym", "Child M"}}}},
            {"aware_on", "2026-01-02"},
            {"referral", {{"received_on", "2026-01-02"}, {"referrer", "GP"}}},
            {"restricted",
             {{"identities",
               {{{"subject", 0},
                 {"name", "Fictional Name"},
                 {"date_of_birth", "2020-02-01"},
                 {"date_of_death", "2026-01-01"},
                 {"address", "4 Invented Street\nNowhere"},
                 {"postcode", "xx1 2yz"},
                 {"school", "Nowhere Primary"},
                 {"nhs_number", "999 000 0018"},
                 {"other_details", "Fictional nickname"}}}}}}};
  auto draft = NewCaseFrom(body);
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  ASSERT_EQ(draft->restricted.identities.size(), 1u);
  const auto& identity = draft->restricted.identities[0];
  EXPECT_EQ(identity.date_of_death, domain::ParseCivilDate("2026-01-01"));
  EXPECT_EQ(identity.address, "4 Invented Street\nNowhere");
  EXPECT_EQ(identity.postcode, "xx1 2yz");  // the service tidies it
  EXPECT_EQ(identity.school, "Nowhere Primary");
  EXPECT_EQ(identity.nhs_number, "999 000 0018");
  EXPECT_EQ(identity.other_details, "Fictional nickname");

  body["restricted"]["identities"][0]["nhs_number"] = 9990000018;
  EXPECT_EQ(NewCaseFrom(body).error().field, "restricted.identities[0].nhs_number");
  body["restricted"]["identities"][0]["nhs_number"] = "9990000018";
  body["restricted"]["identities"][0]["date_of_death"] = "2026-02-30";
  EXPECT_EQ(NewCaseFrom(body).error().field, "restricted.identities[0].date_of_death");
  EXPECT_EQ(NewCaseFrom(json{{"type", "alien"}}).error().field, "type");
}

}  // namespace
}  // namespace assure::http::api
