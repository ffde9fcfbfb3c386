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
  EXPECT_EQ(NewCaseFrom(json{{"type", "alien"}}).error().field, "type");
}

}  // namespace
}  // namespace assure::http::api
