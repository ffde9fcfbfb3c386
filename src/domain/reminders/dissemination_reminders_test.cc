// ReminderService and dissemination, over a real Store (both backends) with the real SmtpMailer
// sending to a local SMTP sink: an agency whose staff have not been told of a published briefing
// within 20 working days is reminded through its agency leads' daily digest (title, agency, the
// date it was due and a link only), an agency that confirmed is not, and nothing is sent before
// the date passes. Fictional data only.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"
#include "domain/learning/dissemination_service.h"
#include "domain/reminders/reminders.h"
#include "testing/case_fixture.h"
#include "testing/fake_random.h"
#include "testing/sink_mailer.h"
#include "testing/smtp_sink.h"

namespace assure::domain {
namespace {

constexpr const char* kBaseUrl = "https://assure.northshire.example";

class DisseminationReminderTest : public testing::CaseServiceTest {
 protected:
  // Publishes one briefing on Monday 5 January 2026 (the fixture's clock); the police record
  // that they shared it the same day.
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    BriefingService briefings(store(), clock_);
    BriefingPublication publication(store(), clock_);
    BriefingContent content;
    content.kind = BriefingKind::kLessonsLearned;
    content.title = "Fictional: hearing the child at the front door";
    content.audiences = {Audience::kChildrensWorkforce};
    content.body_markdown =
        "## Summary\n\nText.\n\n## Learning\n\nText.\n\n## Community\n\nText.\n";
    auto created = briefings.Create(officer_, content);
    ASSERT_TRUE(created.ok()) << created.error().message;
    auto submitted = publication.Submit(officer_, created->id, created->version);
    ASSERT_TRUE(submitted.ok()) << submitted.error().message;
    auto approved = publication.Approve(manager_, created->id, submitted->version);
    ASSERT_TRUE(approved.ok() && approved->briefing);
    auto published = publication.Publish(manager_, created->id, approved->briefing->version);
    ASSERT_TRUE(published.ok() && published->briefing);
    briefing_ = published->briefing->id;

    DisseminationService dissemination(store(), clock_, national_);
    NewDissemination entry;
    entry.agency_id = police_;
    entry.shared_on = D("2026-01-05");
    entry.method = DisseminationMethod::kTeamMeeting;
    entry.staff_reached = 30;
    auto recorded = dissemination.Record(police_lead_, briefing_, entry);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message;

    sink_ = std::make_unique<testing::SmtpSink>();
    mailer_ = testing::SinkMailer(*sink_, clock_, random_);
  }

  core::Result<ReminderRun> Run() {
    ReminderService service(store(), clock_, *mailer_, kBaseUrl);
    return service.RunDaily({north_, {}});
  }

  // The messages sent to `address`, with LF line ends.
  std::vector<std::string> MessagesTo(const std::string& address) const {
    std::vector<std::string> bodies;
    for (const auto& message : sink_->messages()) {
      if (message.recipients != std::vector<std::string>{address}) continue;
      std::string body;
      for (std::size_t i = 0; i < message.data.size(); ++i) {
        if (message.data.compare(i, 2, "\r\n") == 0) {
          body += '\n';
          ++i;
        } else {
          body += message.data[i];
        }
      }
      bodies.push_back(std::move(body));
    }
    return bodies;
  }

  BriefingId briefing_ = 0;
  testing::FakeRandom random_;
  std::unique_ptr<testing::SmtpSink> sink_;
  std::unique_ptr<Mailer> mailer_;
};

TEST_P(DisseminationReminderTest, AnAgencyOverdueToConfirmIsRemindedThroughItsLead) {
  auto early = Run();  // the day of publication: nobody is overdue yet
  ASSERT_TRUE(early.ok()) << early.error().message;
  EXPECT_EQ(early->DigestsSent(), 0);
  EXPECT_EQ(early->BriefingsSent(), 0);

  clock_.Advance(std::chrono::days{28});  // Monday 2 February 2026: the 20th working day
  auto due_day = Run();
  ASSERT_TRUE(due_day.ok()) << due_day.error().message;
  EXPECT_EQ(due_day->BriefingsSent(), 0) << "not overdue on the day it is due";

  clock_.Advance(std::chrono::days{1});  // Tuesday 3 February 2026
  auto late = Run();
  ASSERT_TRUE(late.ok()) << late.error().message;
  EXPECT_EQ(late->DigestsSent(), 1);  // the ICB's lead; the police confirmed, the council has none
  EXPECT_EQ(late->BriefingsSent(), 1);
  EXPECT_TRUE(MessagesTo("police.lead@example.org").empty());
  const auto health = MessagesTo("health.lead@example.org");
  ASSERT_EQ(health.size(), 1u);
  const std::string& mail = health.front();
  EXPECT_NE(mail.find("Subject: Assure: 1 briefing to confirm as shared"), std::string::npos)
      << mail;
  EXPECT_NE(mail.find("1. Fictional: hearing the child at the front door\n"
                      "   Agency: Northshire ICB\n"
                      "   Confirm by: 2 February 2026 (passed)\n"
                      "   Open: https://assure.northshire.example/briefings/" +
                      std::to_string(briefing_) + "\n"),
            std::string::npos)
      << mail;

  auto events = store().Read([&](Transaction& tx) { return tx.audit().Query(north_, {}); });
  ASSERT_TRUE(events.ok());
  bool counted = false;
  for (const AuditEvent& event : *events) {
    if (event.action == "reminders.sent" && event.reason.ends_with("actions 0, briefings 1")) {
      counted = true;
    }
  }
  EXPECT_TRUE(counted);

  clock_.Advance(std::chrono::days{1});  // still overdue the next day: reminded again
  auto next = Run();
  ASSERT_TRUE(next.ok()) << next.error().message;
  EXPECT_EQ(next->BriefingsSent(), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(DisseminationReminderTest);

}  // namespace
}  // namespace assure::domain
