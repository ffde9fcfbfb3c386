// ReminderService over a real Store (both backends) with the real SmtpMailer sending to a local
// SMTP sink the test starts: one digest per lead with exactly their actions that need attention
// (by the partnership's own calendar and the quarter's review round), nothing of another
// partnership and nothing about case subjects; once per London day, a refused digest retried;
// nothing without a mail server. Fictional data only.
#include "domain/reminders/reminders.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "testing/fake_random.h"
#include "testing/sink_mailer.h"
#include "testing/smtp_sink.h"
#include "testing/store_fixture.h"

namespace assure::domain {
namespace {

using namespace std::chrono_literals;

constexpr const char* kBaseUrl = "https://assure.northshire.example";
constexpr const char* kSam = "sam.lead@northshire.example";
constexpr const char* kAlex = "alex.lead@northshire.example";

CivilDate D(const char* text) { return *ParseCivilDate(text); }

// A Mailer that refuses mail to some addresses and hands the rest to another.
class RefusingMailer final : public Mailer {
 public:
  explicit RefusingMailer(Mailer& inner) : inner_(inner) {}
  core::Status Send(const OutgoingMail& mail) override {
    if (refused.contains(mail.to)) return core::Error::Unavailable("refused by the test");
    return inner_.Send(mail);
  }
  bool configured() const override { return true; }
  std::set<std::string> refused;

 private:
  Mailer& inner_;
};

// One received message: its recipients and its body with LF line ends.
struct Received {
  std::vector<std::string> recipients;
  std::string headers;
  std::string body;
};

class ReminderServiceTest : public testing::StoreTest {
 protected:
  // The fake clock starts on Monday 5 January 2026 at 09:00 (2025-26 Q4).
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    south_ = MakePartnership("southshire");
    const AgencyId police = MakeAgency(north_, "Northshire Police");
    const AgencyId health = MakeAgency(north_, "Northshire Health");
    const AgencyId south_police = MakeAgency(south_, "Southshire Police");
    sam_ = MakeUser(kSam, "Sam Lead");
    alex_ = MakeUser(kAlex, "Alex Lead");
    dee_ = MakeUser("dee.lead@northshire.example", "Dee Lead");
    MakeMember(north_, sam_, Role::kAgencyLead, police);
    MakeMember(north_, alex_, Role::kAgencyLead, health);
    MakeMember(north_, dee_, Role::kAgencyLead, health);
    MakeMember(south_, sam_, Role::kAgencyLead, south_police);

    // A case whose subject and circumstances must never reach an e-mail.
    auto reviewed = store().Write([&](Transaction& tx) -> core::Result<CaseId> {
      NewCase draft;
      draft.reference = "CR-2025-017";
      draft.type = CaseType::kChild;
      Subject subject;
      subject.pseudonym = "Child Q";
      draft.subjects = {subject};
      draft.aware_on = D("2025-09-01");
      draft.referral.received_on = D("2025-09-01");
      draft.referral.referrer = "Designated nurse";
      draft.summary = "Fictional summary of the Quayside neglect case.";
      draft.restricted.circumstances = "Fictional circumstances at 14 Elm Road.";
      auto made = tx.cases(north_).Create(draft);
      if (!made.ok()) return made.error();
      RapidReview rapid;
      rapid.case_id = made->id;
      rapid.meeting_on = D("2025-09-20");
      rapid.completed_on = D("2025-09-22");
      rapid.facts = "Fictional facts about Child Q's school.";
      rapid.learning = "Fictional learning about Child Q.";
      auto put = tx.review_records(north_).PutRapidReview(rapid);
      if (!put.ok()) return put.error();
      return made->id;
    });
    ASSERT_TRUE(reviewed.ok()) << reviewed.error().message;
    const ActionSource rapid_review{SourceKind::kRapidReview, *reviewed, ""};
    const ActionSource board{SourceKind::kBoardDecision, std::nullopt,
                             "Board decision on Child Q, December 2025"};

    // Northshire has an extra day off on Wednesday 7 January 2026, so Tuesday 20 January is
    // the tenth working day after Monday 5 January there (the eleventh nationally).
    ASSERT_TRUE(store()
                    .Write([&](Transaction& tx) {
                      return tx.calendar(north_).AddAdjustment({D("2026-01-07"), true, "Move"},
                                                               std::nullopt);
                    })
                    .ok());

    publish_ =
        Make(north_, "Publish the escalation policy", police, sam_, "2026-01-09", {rapid_review});
    audit_ = Make(north_, "Audit the referral pathway", police, sam_, "2025-12-15", {board});
    training_ = Make(north_, "Refresh neglect training", police, sam_, "2026-06-30", {board});
    supervision_ = Make(north_, "Review supervision arrangements", health, alex_, "2026-01-14",
                        {rapid_review});
    protocol_ = Make(north_, "Agree the information-sharing protocol", health, alex_, "2026-01-20",
                     {board});
    Make(north_, "Plan the spring conference", health, alex_, "2026-09-30", {board});
    Make(north_, "Update the missing-from-home protocol", health, std::nullopt, "2026-01-07",
         {board});
    const ActionId closed =
        Make(north_, "Close the old referral form", health, alex_, "2026-01-08", {board});
    Make(north_, "Dee's action", health, dee_, "2026-01-08", {board});
    south_action_ = Make(south_, "Southshire action", south_police, sam_, "2026-01-08",
                         {{SourceKind::kNationalReview, std::nullopt, "National review"}});
    Make(south_, "Southshire later action", south_police, sam_, "2026-01-20",
         {{SourceKind::kNationalReview, std::nullopt, "National review"}});

    auto changed = store().Write([&](Transaction& tx) -> core::Status {
      auto action = tx.actions(north_).Get(closed);
      if (!action.ok()) return action.error();
      action->status = ActionStatus::kCompleted;
      if (auto stored = tx.actions(north_).Update(*action); !stored.ok()) return stored.error();
      auto dee = tx.users().Get(dee_);
      if (!dee.ok()) return dee.error();
      dee->disabled = true;
      if (auto stored = tx.users().Update(*dee); !stored.ok()) return stored.error();
      // The 2025-26 Q4 round: the training action not reviewed yet, supervision on track.
      const std::vector<ActionId> open{training_, supervision_};
      auto round = tx.review_rounds(north_).Open(
          {0, Quarter{2025, 4}, D("2026-01-02"), std::nullopt, std::nullopt, 0}, open);
      if (!round.ok()) return round.error();
      auto entries = tx.review_rounds(north_).Entries(round->id);
      if (!entries.ok()) return entries.error();
      for (ReviewEntry entry : *entries) {
        if (entry.action_id != supervision_) continue;
        entry.outcome = ReviewOutcome::kOnTrack;
        entry.reviewed_on = D("2026-01-02");
        if (auto stored = tx.review_rounds(north_).UpdateEntry(entry); !stored.ok()) {
          return stored.error();
        }
      }
      return core::Ok();
    });
    ASSERT_TRUE(changed.ok()) << changed.error().message;

    sink_ = std::make_unique<testing::SmtpSink>();
    smtp_ = testing::SinkMailer(*sink_, clock_, random_, "assure@northshire.example");
  }

  ActionId Make(PartnershipId partnership, const std::string& title, AgencyId agency,
                std::optional<UserId> lead, const char* due_on, std::vector<ActionSource> sources) {
    NewAction draft;
    draft.title = title;
    draft.owner_agency_id = agency;
    draft.lead_user_id = lead;
    draft.lead_name = "A Lead";
    draft.success_measure = "Fictional measure mentioning Child Q.";
    draft.due_on = D(due_on);
    draft.sources = std::move(sources);
    auto made =
        store().Write([&](Transaction& tx) { return tx.actions(partnership).Create(draft); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  core::Result<ReminderRun> Run(Mailer& mailer, std::optional<PartnershipId> partnership,
                                std::stop_token stop = {}) {
    ReminderService service(store(), clock_, mailer, kBaseUrl);
    return service.RunDaily({partnership, stop});
  }

  std::vector<Received> Messages() const {
    std::vector<Received> received;
    for (const auto& message : sink_->messages()) {
      const auto split = message.data.find("\r\n\r\n");
      Received one{message.recipients, message.data.substr(0, split), {}};
      for (std::size_t i = split + 4; i < message.data.size(); ++i) {
        if (message.data.compare(i, 2, "\r\n") == 0) {
          one.body += '\n';
          ++i;
        } else {
          one.body += message.data[i];
        }
      }
      received.push_back(std::move(one));
    }
    return received;
  }

  // The one message to `address` that names `partnership_name`.
  Received MessageTo(const std::string& address, const std::string& partnership_name) const {
    std::vector<Received> found;
    for (const Received& message : Messages()) {
      if (message.recipients == std::vector<std::string>{address} &&
          message.body.find(partnership_name) != std::string::npos) {
        found.push_back(message);
      }
    }
    EXPECT_EQ(found.size(), 1u) << address << " " << partnership_name;
    return found.empty() ? Received{} : found.front();
  }

  std::vector<AuditEvent> RunEvents(PartnershipId partnership) {
    auto events = store().Read([&](Transaction& tx) { return tx.audit().Query(partnership, {}); });
    EXPECT_TRUE(events.ok());
    std::vector<AuditEvent> runs;
    for (const AuditEvent& event : *events) {
      if (event.action == "reminders.sent") runs.push_back(event);
    }
    return runs;
  }

  static std::string Link(ActionId id) {
    return std::string{kBaseUrl} + "/actions/" + std::to_string(id);
  }

  PartnershipId north_ = 0;
  PartnershipId south_ = 0;
  UserId sam_ = 0;
  UserId alex_ = 0;
  UserId dee_ = 0;
  ActionId publish_ = 0;
  ActionId audit_ = 0;
  ActionId training_ = 0;
  ActionId supervision_ = 0;
  ActionId protocol_ = 0;
  ActionId south_action_ = 0;
  testing::FakeRandom random_{11};
  std::unique_ptr<testing::SmtpSink> sink_;
  std::unique_ptr<Mailer> smtp_;
};

TEST_P(ReminderServiceTest, EachLeadGetsOneDigestOfTheirActionsThatNeedAttention) {
  auto run = Run(*smtp_, north_);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_TRUE(run->mail_configured);
  EXPECT_EQ(run->day, D("2026-01-05"));
  ASSERT_EQ(run->partnerships.size(), 1u);
  const PartnershipReminders& north = run->partnerships.front();
  EXPECT_EQ(north.digests_sent, 2);
  EXPECT_EQ(north.actions_sent, 5);
  EXPECT_EQ(north.leads_skipped, 1);  // Dee's account is disabled
  EXPECT_TRUE(north.failed_leads.empty());
  EXPECT_TRUE(north.finished);
  ASSERT_EQ(sink_->messages().size(), 2u);

  const Received sam = MessageTo(kSam, "Partnership northshire");
  EXPECT_NE(sam.headers.find("To: sam.lead@northshire.example"), std::string::npos);
  EXPECT_NE(sam.headers.find("Subject: Assure: 3 actions need your attention"), std::string::npos);
  // Due date order: overdue first.
  EXPECT_EQ(sam.body,
            "Hello Sam Lead,\n\n"
            "These 3 actions you lead for Partnership northshire need your attention today.\n\n"
            "1. Audit the referral pathway\n"
            "   Due: 15 December 2025\n"
            "   Why: Overdue\n"
            "   Open: " +
                Link(audit_) +
                "\n\n"
                "2. Publish the escalation policy\n"
                "   Due: 9 January 2026\n"
                "   Why: Due within 10 working days\n"
                "   Open: " +
                Link(publish_) +
                "\n\n"
                "3. Refresh neglect training\n"
                "   Due: 30 June 2026\n"
                "   Why: Not reviewed this quarter\n"
                "   Open: " +
                Link(training_) +
                "\n\n"
                "Record progress on each action in Assure. If a due date needs to move, ask the\n"
                "business unit.\n\n"
                "You get this e-mail because you are the named lead for these actions. Assure\n"
                "sends it at most once a day while one of your actions is due within 10 working\n"
                "days, overdue, or not yet reviewed in this quarter's review round.\n");

  // Alex: supervision (reviewed this quarter, but due soon) and the protocol, due soon only by
  // Northshire's calendar; not the completed action or the one due in September.
  const Received alex = MessageTo(kAlex, "Partnership northshire");
  EXPECT_NE(alex.headers.find("Subject: Assure: 2 actions need your attention"), std::string::npos);
  EXPECT_NE(alex.body.find("1. Review supervision arrangements\n   Due: 14 January 2026\n"
                           "   Why: Due within 10 working days\n   Open: " +
                           Link(supervision_)),
            std::string::npos)
      << alex.body;
  EXPECT_NE(alex.body.find("2. Agree the information-sharing protocol\n   Due: 20 January 2026\n"
                           "   Why: Due within 10 working days\n   Open: " +
                           Link(protocol_)),
            std::string::npos)
      << alex.body;
  for (const char* absent : {"Close the old referral form", "spring conference", "missing-from",
                             "Dee's action", "Southshire"}) {
    EXPECT_EQ(alex.body.find(absent), std::string::npos) << absent;
    EXPECT_EQ(sam.body.find(absent), std::string::npos) << absent;
  }
}

TEST_P(ReminderServiceTest, NoDigestCarriesAnythingAboutTheCaseOrItsSubject) {
  ASSERT_TRUE(Run(*smtp_, std::nullopt).ok());
  ASSERT_EQ(sink_->messages().size(), 3u);
  for (const auto& message : sink_->messages()) {
    for (const char* secret : {"Child Q", "CR-2025-017", "Quayside", "Elm Road", "school",
                               "Board decision", "Fictional", "Designated nurse"}) {
      EXPECT_EQ(message.data.find(secret), std::string::npos) << secret;
    }
  }
}

TEST_P(ReminderServiceTest, AnotherPartnershipsActionNeverAppearsInALeadsDigest) {
  auto run = Run(*smtp_, std::nullopt);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_EQ(run->DigestsSent(), 3);
  // Sam leads in both partnerships: one digest from each, each with its own actions only.
  const Received north = MessageTo(kSam, "Partnership northshire");
  const Received south = MessageTo(kSam, "Partnership southshire");
  EXPECT_EQ(north.body.find("Southshire action"), std::string::npos);
  EXPECT_EQ(north.body.find(Link(south_action_) + "\n"), std::string::npos);
  EXPECT_NE(south.body.find("1. Southshire action\n"), std::string::npos) << south.body;
  EXPECT_NE(south.headers.find("Subject: Assure: 1 action needs your attention"),
            std::string::npos);
  // Southshire works to the national calendar: its 20 January action is not due soon yet.
  EXPECT_EQ(south.body.find("later action"), std::string::npos);
  for (ActionId id : {audit_, publish_, training_}) {
    EXPECT_EQ(south.body.find(Link(id) + "\n"), std::string::npos) << id;
  }
}

TEST_P(ReminderServiceTest, ASecondRunTheSameLondonDaySendsNothingAndTheNextDaySendsAgain) {
  ASSERT_TRUE(Run(*smtp_, std::nullopt).ok());
  ASSERT_EQ(sink_->messages().size(), 3u);
  ASSERT_EQ(RunEvents(north_).size(), 1u);

  clock_.Advance(14h);  // 23:00 on Monday in London
  auto again = Run(*smtp_, std::nullopt);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->DigestsSent(), 0);
  ASSERT_EQ(again->partnerships.size(), 2u);
  EXPECT_TRUE(again->partnerships[0].already_finished);
  EXPECT_TRUE(again->partnerships[1].already_finished);
  EXPECT_EQ(sink_->messages().size(), 3u);
  EXPECT_EQ(RunEvents(north_).size(), 1u);  // a skipped run is not audited

  clock_.Advance(2h);  // 01:00 on Tuesday
  auto next_day = Run(*smtp_, std::nullopt);
  ASSERT_TRUE(next_day.ok()) << next_day.error().message;
  EXPECT_EQ(next_day->day, D("2026-01-06"));
  EXPECT_EQ(next_day->DigestsSent(), 3);
  EXPECT_TRUE(sink_->WaitForMessages(6, 10s));
  EXPECT_EQ(RunEvents(north_).size(), 2u);
}

TEST_P(ReminderServiceTest, EachRunIsAuditedOnThePartnershipWithCountsOnly) {
  ASSERT_TRUE(Run(*smtp_, north_).ok());
  const auto events = RunEvents(north_);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].outcome, AuditOutcome::kSuccess);
  EXPECT_EQ(events[0].resource_type, "partnership");
  EXPECT_EQ(events[0].resource_id, std::to_string(north_));
  EXPECT_FALSE(events[0].user_id.has_value());
  EXPECT_EQ(events[0].reason,
            "digests sent 2, failed 0, already sent 0, leads skipped 1, actions 5, briefings 0");
  EXPECT_TRUE(RunEvents(south_).empty());  // only the partnership asked for
}

TEST_P(ReminderServiceTest, ARefusedDigestIsReportedAndOnlyItIsSentByTheNextRun) {
  RefusingMailer mailer(*smtp_);
  mailer.refused = {kAlex};
  auto first = Run(mailer, north_);
  ASSERT_TRUE(first.ok()) << first.error().message;
  const PartnershipReminders& north = first->partnerships.front();
  EXPECT_EQ(north.digests_sent, 1);
  EXPECT_EQ(north.failed_leads, std::vector<UserId>{alex_});
  EXPECT_FALSE(north.finished);
  EXPECT_EQ(first->DigestsFailed(), 1);
  ASSERT_EQ(RunEvents(north_).size(), 1u);
  EXPECT_EQ(RunEvents(north_)[0].outcome, AuditOutcome::kFailure);
  EXPECT_EQ(RunEvents(north_)[0].reason.find('@'), std::string::npos);

  mailer.refused.clear();
  clock_.Advance(1h);
  auto retry = Run(mailer, north_);
  ASSERT_TRUE(retry.ok()) << retry.error().message;
  EXPECT_EQ(retry->partnerships.front().digests_sent, 1);
  EXPECT_EQ(retry->partnerships.front().already_sent, 1);  // Sam's went the first time
  EXPECT_TRUE(retry->partnerships.front().finished);
  ASSERT_EQ(sink_->messages().size(), 2u);
  EXPECT_EQ(Messages()[0].recipients, std::vector<std::string>{kSam});
  EXPECT_EQ(Messages()[1].recipients, std::vector<std::string>{kAlex});

  auto third = Run(mailer, north_);
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->partnerships.front().already_finished);
  EXPECT_EQ(sink_->messages().size(), 2u);
}

TEST_P(ReminderServiceTest, ADigestClaimedByARunAtTheSameTimeIsNotSentAgain) {
  ASSERT_TRUE(*store().Write(
      [&](Transaction& tx) { return tx.reminder_runs(north_).Claim(D("2026-01-05"), sam_, 3); }));
  auto run = Run(*smtp_, north_);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_EQ(run->partnerships.front().already_sent, 1);
  EXPECT_EQ(run->partnerships.front().digests_sent, 1);
  ASSERT_EQ(sink_->messages().size(), 1u);
  EXPECT_EQ(sink_->messages()[0].recipients, std::vector<std::string>{kAlex});
}

TEST_P(ReminderServiceTest, WithoutAMailServerNothingIsSentOrRecorded) {
  NoMailer none;
  auto run = Run(none, std::nullopt);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_FALSE(run->mail_configured);
  EXPECT_TRUE(run->partnerships.empty());
  EXPECT_TRUE(RunEvents(north_).empty());
  // A server configured later the same day still sends the day's digests.
  auto later = Run(*smtp_, std::nullopt);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->DigestsSent(), 3);
  EXPECT_TRUE(sink_->messages().size() == 3u);
}

TEST_P(ReminderServiceTest, AStoppedRunSendsNothingMoreAndLeavesTheDayOpen) {
  std::stop_source stop;
  stop.request_stop();
  auto run = Run(*smtp_, std::nullopt, stop.get_token());
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_TRUE(run->stopped);
  EXPECT_EQ(run->DigestsSent(), 0);
  EXPECT_TRUE(sink_->messages().empty());
  auto later = Run(*smtp_, std::nullopt);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->DigestsSent(), 3);
}

TEST_P(ReminderServiceTest, AnUnknownPartnershipIsNotFound) {
  auto run = Run(*smtp_, PartnershipId{987654});
  ASSERT_FALSE(run.ok());
  EXPECT_EQ(run.error().code, core::ErrorCode::kNotFound);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReminderServiceTest);

}  // namespace
}  // namespace assure::domain
