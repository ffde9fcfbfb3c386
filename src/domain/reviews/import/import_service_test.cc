// ImportService over a real Store (part of the storage suite, so it runs on both backends): a
// good file becomes cases in the states their data says, with their records and one audit event;
// a file with any bad row writes nothing but the audit event; the same file twice changes
// nothing; only the business unit may import.
#include "domain/reviews/import/import_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/reviews/clocks/clocks.h"
#include "testing/store_fixture.h"

namespace assure::domain {
namespace {

using ::testing::ElementsAre;

constexpr std::string_view kHeader =
    "reference,case_type,referral_received,referring_agency,notification_sent,"
    "rapid_review_completed,decision,decision_date,published,themes\r\n";

constexpr std::string_view kGoodRows =
    "CR-2019-001,child,2019-04-02,Northshire Police,2019-04-03,2019-04-20,cspr,2019-04-25,"
    "2019-11-01,neglect\r\n"
    "CR-2019-002,adult,2019-05-01,,,2019-05-20,,,,\r\n"
    "CR-2019-003,adult,2019-05-01,northshire police,,2019-05-22,none,,,neglect;self-neglect\r\n"
    "CR-2019-004,joint,2019-06-01,,2019-06-02,2019-06-20,joint,2019-06-21,,\r\n"
    "CR-2019-005,child,2019-07-01,,,,,,,\r\n";

CivilDate D(const char* text) { return *ParseCivilDate(text); }

std::string File(std::string_view rows) { return std::string{kHeader} + std::string{rows}; }

class ImportServiceTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    south_ = MakePartnership("southshire");
    MakeAgency(north_, "Northshire Police");
    for (auto partnership : {north_, south_}) {
      auto added = store().Write([&](Transaction& tx) -> core::Status {
        ASSURE_TRY(tx.themes(partnership).Add("neglect"));
        return tx.themes(partnership).Add("self-neglect");
      });
      ASSERT_TRUE(added.ok()) << added.error().message;
    }
    manager_ = Member(north_, "manager@example.org", Role::kBusinessManager);
    officer_ = Member(north_, "officer@example.org", Role::kBusinessOfficer);
    board_ = Member(north_, "board@example.org", Role::kBoardMember);
    south_manager_ = Member(south_, "manager@south.example.org", Role::kBusinessManager);
    service_ = std::make_unique<ImportService>(store(), clock_);
  }

  std::vector<Case> Cases(PartnershipId partnership) {
    auto page = store().Read([&](Transaction& tx) {
      CaseQuery query;
      query.limit = 0;
      return tx.cases(partnership).List(query);
    });
    EXPECT_TRUE(page.ok()) << page.error().message;
    return page.ok() ? page->cases : std::vector<Case>{};
  }

  Case ByReference(PartnershipId partnership, const std::string& reference) {
    auto found = store().Read([&](Transaction& tx) -> core::Result<Case> {
      auto record = tx.cases(partnership).FindByReference(reference);
      if (!record.ok()) return record.error();
      if (!record->has_value()) return core::Error::NotFound("no case");
      return **record;
    });
    EXPECT_TRUE(found.ok()) << reference;
    return found.ok() ? *found : Case{};
  }

  std::vector<AuditEvent> Audit(PartnershipId partnership, const std::string& action) {
    auto events = store().Read([&](Transaction& tx) { return tx.audit().Query(partnership, {}); });
    EXPECT_TRUE(events.ok());
    std::vector<AuditEvent> matching;
    for (const auto& event : *events) {
      if (event.action == action) matching.push_back(event);
    }
    return matching;
  }

  ImportService& service() { return *service_; }

  PartnershipId north_ = 0;
  PartnershipId south_ = 0;
  Requester manager_;
  Requester officer_;
  Requester board_;
  Requester south_manager_;
  std::unique_ptr<ImportService> service_;
};

TEST_P(ImportServiceTest, AGoodFileBecomesCasesInTheStatesTheirDataSays) {
  auto report = service().Import(manager_, File(kGoodRows));
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_TRUE(report->imported()) << report->problems[0].reason;
  EXPECT_THAT(report->created, ElementsAre("CR-2019-001", "CR-2019-002", "CR-2019-003",
                                           "CR-2019-004", "CR-2019-005"));
  EXPECT_TRUE(report->unchanged.empty());
  EXPECT_EQ(Cases(north_).size(), 5u);
  EXPECT_TRUE(Cases(south_).empty());

  const Case published = ByReference(north_, "CR-2019-001");
  EXPECT_EQ(published.state, CaseState::kPublished);
  EXPECT_EQ(published.type, CaseType::kChild);
  EXPECT_EQ(published.referral.received_on, D("2019-04-02"));
  EXPECT_TRUE(published.referring_agency_id.has_value());
  EXPECT_THAT(published.themes, ElementsAre("neglect"));
  ASSERT_EQ(published.subjects.size(), 1u);
  EXPECT_EQ(published.subjects[0].pseudonym, "Not recorded");
  EXPECT_EQ(ByReference(north_, "CR-2019-002").state, CaseState::kRapidReview);
  const Case closed = ByReference(north_, "CR-2019-003");
  EXPECT_EQ(closed.state, CaseState::kClosed);
  EXPECT_THAT(closed.themes, ElementsAre("neglect", "self-neglect"));
  EXPECT_EQ(ByReference(north_, "CR-2019-004").state, CaseState::kFullReview);
  EXPECT_EQ(ByReference(north_, "CR-2019-005").state, CaseState::kScoping);

  auto records = store().Read([&](Transaction& tx) -> core::Result<CaseRecords> {
    CaseRecords out;
    auto& r = tx.review_records(north_);
    auto notification = r.GetNotification(published.id);
    if (!notification.ok()) return notification.error();
    out.notification = *notification;
    auto rapid = r.GetRapidReview(published.id);
    if (!rapid.ok()) return rapid.error();
    out.rapid_review = *rapid;
    auto full = r.GetFullReview(published.id);
    if (!full.ok()) return full.error();
    out.full_review = *full;
    return out;
  });
  ASSERT_TRUE(records.ok()) << records.error().message;
  EXPECT_EQ(records->notification->sent_on, D("2019-04-03"));
  EXPECT_EQ(records->rapid_review->completed_on, D("2019-04-20"));
  EXPECT_EQ(records->rapid_review->decision, ReviewDecision::kCspr);
  EXPECT_EQ(records->full_review->kind, FullReviewKind::kCspr);
  EXPECT_EQ(records->full_review->decided_on, D("2019-04-25"));
  EXPECT_EQ(records->full_review->published_on, D("2019-11-01"));

  auto timeline =
      store().Read([&](Transaction& tx) { return tx.cases(north_).Events(published.id); });
  ASSERT_TRUE(timeline.ok());
  ASSERT_EQ(timeline->size(), 1u);
  EXPECT_EQ((*timeline)[0].action, "import");
  EXPECT_EQ((*timeline)[0].to_state, CaseState::kPublished);
  EXPECT_EQ((*timeline)[0].user_id, manager_.user_id());

  const auto audit = Audit(north_, "case.import");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kSuccess);
  EXPECT_EQ(audit[0].reason, "created 5, unchanged 0");
  EXPECT_EQ(audit[0].user_id, manager_.user_id());
}

TEST_P(ImportServiceTest, TheSameFileTwiceChangesNothing) {
  ASSERT_TRUE(service().Import(manager_, File(kGoodRows)).ok());
  const auto before = Cases(north_);
  auto again = service().Import(officer_, File(kGoodRows));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_TRUE(again->imported());
  EXPECT_TRUE(again->created.empty());
  EXPECT_EQ(again->unchanged.size(), 5u);
  const auto after = Cases(north_);
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(after[i].version, before[i].version);
    EXPECT_EQ(after[i].state, before[i].state);
  }
  const auto audit = Audit(north_, "case.import");
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0].reason, "created 0, unchanged 5");  // newest first
}

TEST_P(ImportServiceTest, OneBadRowAndNothingIsWrittenButTheReportAndTheAuditEvent) {
  const std::string file = File(std::string{kGoodRows} +
                                "CR-2019-006,kid,2019-07-01,,,,,,,\r\n"
                                "CR-2019-007,adult,2019-07-01,Northshire Fire,,,,,,\r\n"
                                "CR-2019-008,adult,2019-07-01,,,,,,,hoarding\r\n");
  auto report = service().Import(manager_, file);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_FALSE(report->imported());
  ASSERT_EQ(report->problems.size(), 3u);
  EXPECT_EQ(report->problems[0].row, 7);
  EXPECT_EQ(report->problems[0].column, "case_type");
  EXPECT_EQ(report->problems[0].value, "kid");
  EXPECT_EQ(report->problems[1].column, "referring_agency");
  EXPECT_EQ(report->problems[2].column, "themes");
  EXPECT_EQ(report->problems[2].value, "hoarding");
  EXPECT_TRUE(report->created.empty());
  EXPECT_TRUE(Cases(north_).empty());
  const auto audit = Audit(north_, "case.import");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kFailure);
  EXPECT_EQ(audit[0].reason, "3 problems; nothing imported");
}

TEST_P(ImportServiceTest, ReferencesAreThePartnershipsOwn) {
  ASSERT_TRUE(service().Import(manager_, File(kGoodRows)).ok());
  // Southshire has no Northshire Police: its own file names no agency.
  auto south = service().Import(south_manager_, File("CR-2019-001,child,2019-04-02,,,,,,,\r\n"));
  ASSERT_TRUE(south.ok()) << south.error().message;
  EXPECT_THAT(south->created, ElementsAre("CR-2019-001"));
  ASSERT_EQ(Cases(south_).size(), 1u);
  EXPECT_EQ(Cases(south_)[0].state, CaseState::kScoping);
  EXPECT_EQ(ByReference(north_, "CR-2019-001").state, CaseState::kPublished);
}

TEST_P(ImportServiceTest, OnlyTheBusinessUnitMayImportAndARefusalIsAudited) {
  auto refused = service().Import(board_, File(kGoodRows));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);
  EXPECT_TRUE(Cases(north_).empty());
  const auto audit = Audit(north_, "case.import");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kDenied);
  EXPECT_TRUE(service().Import(officer_, File(kGoodRows)).ok());
  EXPECT_EQ(Cases(north_).size(), 5u);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ImportServiceTest);

}  // namespace
}  // namespace assure::domain
