#include "storage/audit/audit_verifier.h"

#include <gtest/gtest.h>

#include <chrono>
#include <sstream>

#include "storage/audit/audit_export.h"
#include "storage/audit/audit_hash.h"
#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using domain::AuditEvent;
using domain::Transaction;
using namespace std::chrono_literals;

// Five events in two chains, then tampering as someone with raw access to the database would.
class AuditVerifierTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a_ = MakePartnership("area-a");
    b_ = MakePartnership("area-b");
    for (auto [partnership, action] :
         std::vector<std::pair<domain::PartnershipId, const char*>>{{a_, "agency.create"},
                                                                    {a_, "agency.update"},
                                                                    {b_, "agency.create"},
                                                                    {a_, "review.read"},
                                                                    {b_, "agency.delete"}}) {
      AuditEvent event;
      event.partnership_id = partnership;
      event.action = action;
      event.resource_type = "agency";
      event.resource_id = "1";
      event.client_address = "192.0.2.1";
      event.reason = "routine";
      event.at = clock_.Now();
      clock_.Advance(1min);
      auto appended = store().Write([&](Transaction& tx) { return tx.audit().Append(event); });
      ASSERT_TRUE(appended.ok()) << appended.error().message;
      events_.push_back(*appended);
    }
  }

  // Runs `statement` as an attacker with raw database access would: as it stands, the append-only
  // triggers refuse it (unless `refused` is false: an INSERT); with them dropped or disabled
  // (PostgreSQL: as the superuser the tests connect as), it runs.
  void Tamper(const std::string& statement, const std::vector<sql::Value>& params,
              bool refused = true) {
    if (refused) {
      auto blocked = db().Write([&](sql::Connection& c) { return c.Execute(statement, params); });
      ASSERT_FALSE(blocked.ok()) << statement;
      EXPECT_NE(blocked.error().message.find("append-only"), std::string::npos);
    }
    auto done = db().Write([&](sql::Connection& c) -> core::Status {
      ASSURE_TRY(c.ExecuteScript(sqlite()
                                     ? "DROP TRIGGER IF EXISTS audit_events_append_only_update;"
                                       " DROP TRIGGER IF EXISTS audit_events_append_only_delete;"
                                     : "ALTER TABLE audit_events DISABLE TRIGGER ALL"));
      ASSURE_TRY(c.Execute(statement, params));
      return core::Ok();
    });
    ASSERT_TRUE(done.ok()) << done.error().message;
  }

  AuditVerification Verify() {
    auto verified = VerifyAuditTrail(db());
    EXPECT_TRUE(verified.ok()) << verified.error().message;
    return verified.ok() ? *verified : AuditVerification{};
  }

  void ExpectBroken(const AuditVerification& verification, std::int64_t event_id,
                    std::int64_t chain, AuditBreak what) {
    ASSERT_FALSE(verification.ok());
    EXPECT_EQ(verification.broken->event_id, event_id);
    EXPECT_EQ(verification.broken->chain, chain);
    EXPECT_EQ(AuditBreakName(verification.broken->what), AuditBreakName(what));
    EXPECT_NE(verification.broken->description.find("event " + std::to_string(event_id)),
              std::string::npos)
        << verification.broken->description;
  }

  domain::PartnershipId a_ = 0;
  domain::PartnershipId b_ = 0;
  std::vector<AuditEvent> events_;  // a1, a2, b1, a3, b2
};

TEST_P(AuditVerifierTest, AnIntactTrailVerifiesAndReportsEachChainsHead) {
  const AuditVerification verification = Verify();
  EXPECT_TRUE(verification.ok());
  EXPECT_EQ(verification.events_checked, 5);
  ASSERT_EQ(verification.chains.size(), 2u);
  EXPECT_EQ(verification.chains[0].chain, a_);
  EXPECT_EQ(verification.chains[0].events, 3);
  EXPECT_EQ(verification.chains[0].last_id, events_[3].id);
  EXPECT_EQ(verification.chains[0].last_hash, events_[3].hash);
  EXPECT_EQ(verification.chains[1].chain, b_);
  EXPECT_EQ(verification.chains[1].events, 2);
}

TEST_P(AuditVerifierTest, AChangedReasonNamesThatEvent) {
  Tamper("UPDATE audit_events SET reason = 'nothing to see' WHERE id = ?", {events_[1].id});
  ExpectBroken(Verify(), events_[1].id, a_, AuditBreak::kContentChanged);
}

TEST_P(AuditVerifierTest, AChangedLinkNamesThatEvent) {
  Tamper("UPDATE audit_events SET previous_hash = ? WHERE id = ?",
         {events_[2].hash, events_[3].id});  // as if a3 followed b1, of the other chain
  ExpectBroken(Verify(), events_[3].id, a_, AuditBreak::kPreviousLinkBroken);
}

TEST_P(AuditVerifierTest, ADeletedMiddleEventNamesTheEventAfterTheGap) {
  Tamper("DELETE FROM audit_events WHERE id = ?", {events_[1].id});
  ExpectBroken(Verify(), events_[3].id, a_, AuditBreak::kMissingEvent);
}

TEST_P(AuditVerifierTest, AForgedEventInsertedMidChainIsNamed) {
  // Make room after a2 by moving the later events' ids up, then insert a forged event there.
  Tamper("UPDATE audit_events SET id = id + 1000 WHERE id > ?", {events_[2].id});
  const std::int64_t forged_id = events_[2].id + 1;
  Tamper(
      "INSERT INTO audit_events (id, chain, partnership_id, action, resource_type, resource_id,"
      " outcome, client_address, reason, at, previous_hash, hash)"
      " VALUES (?, ?, ?, 'agency.delete', 'agency', '1', 'success', '192.0.2.66', '',"
      " '2026-01-05T09:01:30.000000Z', ?, ?)",
      {forged_id, a_, a_, std::string(64, 'f'), std::string(64, 'e')}, /*refused=*/false);
  ExpectBroken(Verify(), forged_id, a_, AuditBreak::kInsertedEvent);
}

TEST_P(AuditVerifierTest, AForgedEventAtTheEndWithAMadeUpHashIsNamed) {
  Tamper(
      "INSERT INTO audit_events (chain, partnership_id, action, resource_type, resource_id,"
      " outcome, client_address, reason, at, previous_hash, hash)"
      " VALUES (?, ?, 'agency.delete', 'agency', '1', 'success', '192.0.2.66', '',"
      " '2026-01-05T10:00:00.000000Z', ?, ?)",
      {a_, a_, events_[3].hash, std::string(64, 'e')}, /*refused=*/false);
  const AuditVerification verification = Verify();
  ASSERT_FALSE(verification.ok());
  EXPECT_GT(verification.broken->event_id, events_[4].id);
  EXPECT_EQ(verification.broken->what, AuditBreak::kContentChanged);
}

TEST_P(AuditVerifierTest, ExportWritesOneJsonLinePerEventInIdOrder) {
  std::ostringstream all;
  auto written = ExportAuditEvents(db(), {}, all);
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(*written, 5);
  std::istringstream lines{all.str()};
  std::string first;
  std::getline(lines, first);
  EXPECT_EQ(first, "{\"id\":" + std::to_string(events_[0].id) + ",\"chain\":" + std::to_string(a_) +
                       ",\"partnership_id\":" + std::to_string(a_) +
                       ",\"user_id\":null,\"session_id\":null,\"action\":\"agency.create\","
                       "\"resource_type\":\"agency\",\"resource_id\":\"1\",\"outcome\":\"success\","
                       "\"client_address\":\"192.0.2.1\",\"reason\":\"routine\",\"at\":\"" +
                       core::FormatInstant(events_[0].at) + "\",\"previous_hash\":\"" +
                       std::string{kGenesisHash} + "\",\"hash\":\"" + events_[0].hash + "\"}");

  std::ostringstream some;
  AuditExportFilter filter;
  filter.partnership_id = a_;
  filter.from = events_[1].at;
  filter.to = events_[3].at;
  written = ExportAuditEvents(db(), filter, some);
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(*written, 1);
  EXPECT_NE(some.str().find("\"action\":\"agency.update\""), std::string::npos);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(AuditVerifierTest);

}  // namespace
}  // namespace assure::storage
