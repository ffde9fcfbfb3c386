#include "storage/audit/audit_hash.h"

#include <gtest/gtest.h>

#include <chrono>

namespace assure::storage {
namespace {

using namespace std::chrono_literals;

domain::AuditEvent FirstEvent() {
  domain::AuditEvent event;
  event.partnership_id = 7;
  event.session_id = 12;
  event.action = "sign_in";
  event.outcome = domain::AuditOutcome::kDenied;
  event.client_address = "192.0.2.1";
  event.at = core::Instant{std::chrono::sys_days{std::chrono::year{2026} / 1 / 5} + 9h};
  event.previous_hash = std::string{kGenesisHash};
  return event;
}

// Pinned: every stored audit trail depends on this exact value.
TEST(AuditHashTest, IsTheSha256OfThePreviousHashAndTheCanonicalContent) {
  EXPECT_EQ(AuditEventHash(FirstEvent()),
            "2e4b4250c2695bafa26952752d709d89b46fbe8a80d1adea85e249d9ac626f8f");
}

TEST(AuditHashTest, ChangesWithAnyFieldButTheIdAndHash) {
  const std::string original = AuditEventHash(FirstEvent());
  domain::AuditEvent event = FirstEvent();
  event.id = 5;
  event.hash = "whatever";
  EXPECT_EQ(AuditEventHash(event), original);
  event.reason = "x";
  EXPECT_NE(AuditEventHash(event), original);
  event = FirstEvent();
  event.previous_hash[0] = '1';
  EXPECT_NE(AuditEventHash(event), original);
}

TEST(AuditHashTest, ChainsAreThePartnershipOrTheSystemAndLockKeysDiffer) {
  domain::AuditEvent event = FirstEvent();
  EXPECT_EQ(AuditChainOf(event), 7);
  event.partnership_id.reset();
  EXPECT_EQ(AuditChainOf(event), 0);
  EXPECT_NE(AuditChainLockKey(0), AuditChainLockKey(7));
  EXPECT_NE(AuditChainLockKey(0), 0x4173737572654D67);  // the migration lock
}

}  // namespace
}  // namespace assure::storage
