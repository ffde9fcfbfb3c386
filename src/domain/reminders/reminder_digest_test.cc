#include "domain/reminders/reminder_digest.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace assure::domain {
namespace {

CivilDate Day(std::string_view text) { return *ParseCivilDate(text); }

DigestAddress Address() {
  return {"sam.lead@northshire.example", "Sam Lead", "Northshire Safeguarding Partnership",
          "https://assure.northshire.example/"};
}

TEST(ReminderDigestTest, TheSubjectCountsTheActions) {
  EXPECT_EQ(DigestSubject(1), "Assure: 1 action needs your attention");
  EXPECT_EQ(DigestSubject(3), "Assure: 3 actions need your attention");
  EXPECT_EQ(DigestSubject(0, 1), "Assure: 1 briefing to confirm as shared");
  EXPECT_EQ(DigestSubject(0, 2), "Assure: 2 briefings to confirm as shared");
  EXPECT_EQ(DigestSubject(1, 1), "Assure: 1 action and 1 briefing need your attention");
  EXPECT_EQ(DigestSubject(2, 3), "Assure: 2 actions and 3 briefings need your attention");
}

TEST(ReminderDigestTest, TheLinkIsTheBaseUrlWithoutTrailingSlashesThenTheAction) {
  EXPECT_EQ(ActionLink("https://assure.example.org//", 42),
            "https://assure.example.org/actions/42");
  EXPECT_EQ(ActionLink("http://localhost:8080", 7), "http://localhost:8080/actions/7");
}

TEST(ReminderDigestTest, ABaseUrlIsHttpOrHttpsWithAHostAndNoSpaces) {
  EXPECT_TRUE(ValidateBaseUrl("https://assure.example.org").ok());
  EXPECT_TRUE(ValidateBaseUrl("http://localhost:8080/").ok());
  for (const char* bad :
       {"", "assure.example.org", "ftp://assure.example.org", "https://", "https:///actions",
        "https://assure.example.org/a b", "https://assure.example.org\nBcc: x@example.org"}) {
    const core::Status status = ValidateBaseUrl(bad);
    ASSERT_FALSE(status.ok()) << bad;
    EXPECT_EQ(status.error().field, "base-url");
  }
  EXPECT_FALSE(ValidateBaseUrl("https://" + std::string(200, 'a')).ok());
}

TEST(ReminderDigestTest, ADigestListsEachActionsTitleDueDateReasonsAndLink) {
  const std::vector<DigestItem> items{
      {12,
       "Train duty staff in the new referral pathway",
       Day("2025-06-16"),
       {ReminderReason::kDueSoon}},
      {13,
       "Audit the referral pathway",
       Day("2025-05-30"),
       {ReminderReason::kOverdue, ReminderReason::kUnreviewed}},
  };
  const OutgoingMail mail = ComposeDigest(Address(), items);
  EXPECT_EQ(mail.to, "sam.lead@northshire.example");
  EXPECT_EQ(mail.subject, "Assure: 2 actions need your attention");
  EXPECT_EQ(mail.text,
            "Hello Sam Lead,\n"
            "\n"
            "These 2 actions you lead for Northshire Safeguarding Partnership need your "
            "attention today.\n"
            "\n"
            "1. Train duty staff in the new referral pathway\n"
            "   Due: 16 June 2025\n"
            "   Why: Due within 10 working days\n"
            "   Open: https://assure.northshire.example/actions/12\n"
            "\n"
            "2. Audit the referral pathway\n"
            "   Due: 30 May 2025\n"
            "   Why: Overdue; Not reviewed this quarter\n"
            "   Open: https://assure.northshire.example/actions/13\n"
            "\n"
            "Record progress on each action in Assure. If a due date needs to move, ask the\n"
            "business unit.\n"
            "\n"
            "You get this e-mail because you are the named lead for these actions. Assure\n"
            "sends it at most once a day while one of your actions is due within 10 working\n"
            "days, overdue, or not yet reviewed in this quarter's review round.\n");
}

TEST(ReminderDigestTest, ADigestOfOneActionSaysSoAndALeadWithoutANameIsGreetedPlainly) {
  DigestAddress address = Address();
  address.lead_name.clear();
  const std::vector<DigestItem> items{
      {5, "Publish the escalation policy", Day("2025-06-02"), {ReminderReason::kDueSoon}}};
  const OutgoingMail mail = ComposeDigest(address, items);
  EXPECT_EQ(mail.subject, "Assure: 1 action needs your attention");
  EXPECT_EQ(mail.text.rfind("Hello,\n\nThis action you lead for Northshire Safeguarding "
                            "Partnership needs your attention today.\n\n1. ",
                            0),
            0u)
      << mail.text;
}

// An action's sources may name a case's rapid review, whose case has a pseudonym and
// circumstances, and its other fields hold free text: none of it may reach an e-mail.
TEST(ReminderDigestTest, NothingButTheTitleDueDateAndLinkOfAnActionReachesTheDigest) {
  PlanAction action;
  action.id = 31;
  action.title = "Refresh neglect training for health visitors";
  action.owner_agency_id = 4;
  action.lead_user_id = 9;
  action.lead_name = "Sam Lead";
  action.success_measure = "Fewer missed signs like those in the case of Child Q.";
  action.due_on = Day("2025-06-10");
  action.status = ActionStatus::kInProgress;
  action.status_reason = "Child Q's family moved to Eastshire.";
  action.sources = {
      {SourceKind::kRapidReview, 77, "Rapid review of Child Q (CR-2025-007)"},
      {SourceKind::kBoardDecision, std::nullopt,
       "Board decision after the death of Child Q, 14 Elm Road"},
  };
  const DigestItem item = DigestItemOf(action, {ReminderReason::kDueSoon});
  EXPECT_EQ(item.id, 31);
  EXPECT_EQ(item.title, action.title);
  EXPECT_EQ(item.due_on, action.due_on);

  const OutgoingMail mail = ComposeDigest(Address(), std::vector<DigestItem>{item});
  EXPECT_NE(mail.text.find("Refresh neglect training for health visitors"), std::string::npos);
  EXPECT_NE(mail.text.find("https://assure.northshire.example/actions/31"), std::string::npos);
  for (const char* secret : {"Child Q", "CR-2025-007", "Elm Road", "Eastshire", "missed signs",
                             "/77", "Rapid review", "Board decision"}) {
    EXPECT_EQ(mail.text.find(secret), std::string::npos) << secret;
    EXPECT_EQ(mail.subject.find(secret), std::string::npos) << secret;
  }
}

TEST(ReminderDigestTest, AnAgencyLeadsDigestListsEachUnconfirmedBriefingWithItsAgencyAndLink) {
  const std::vector<BriefingDigestItem> briefings{
      {12, "Hearing the voice of the child", "Northshire Council", Day("2025-07-01")},
      {15, "Neglect: seeing the pattern", "Northshire Council", Day("2025-07-20")}};
  const OutgoingMail mail = ComposeDigest(Address(), {}, briefings);
  EXPECT_EQ(mail.subject, "Assure: 2 briefings to confirm as shared");
  EXPECT_EQ(mail.text,
            "Hello Sam Lead,\n\n"
            "Your agency has not yet confirmed how it shared these briefings of Northshire "
            "Safeguarding Partnership with its staff:\n\n"
            "1. Hearing the voice of the child\n"
            "   Agency: Northshire Council\n"
            "   Confirm by: 1 July 2025 (passed)\n"
            "   Open: https://assure.northshire.example/briefings/12\n\n"
            "2. Neglect: seeing the pattern\n"
            "   Agency: Northshire Council\n"
            "   Confirm by: 20 July 2025 (passed)\n"
            "   Open: https://assure.northshire.example/briefings/15\n\n"
            "Record on each briefing's page when and how your agency shared it, and roughly\n"
            "how many staff it reached.\n\n"
            "You get this e-mail because you lead an agency that has not confirmed sharing a\n"
            "published briefing within 20 working days of its publication.\n");
}

TEST(ReminderDigestTest, ALeadOfActionsAndAnAgencyGetsBothInOneDigestNumberedOnce) {
  const std::vector<DigestItem> items{
      {5, "Publish the escalation policy", Day("2025-06-02"), {ReminderReason::kOverdue}}};
  const std::vector<BriefingDigestItem> briefings{
      {12, "Hearing the voice of the child", "Northshire Council", Day("2025-07-01")}};
  const OutgoingMail mail = ComposeDigest(Address(), items, briefings);
  EXPECT_EQ(mail.subject, "Assure: 1 action and 1 briefing need your attention");
  const auto action = mail.text.find("1. Publish the escalation policy");
  const auto briefing = mail.text.find("2. Hearing the voice of the child");
  ASSERT_NE(action, std::string::npos) << mail.text;
  ASSERT_NE(briefing, std::string::npos) << mail.text;
  EXPECT_LT(action, briefing);
  EXPECT_NE(mail.text.find("named lead for these actions"), std::string::npos);
  EXPECT_NE(mail.text.find("and because you lead an agency"), std::string::npos);
}

}  // namespace
}  // namespace assure::domain
