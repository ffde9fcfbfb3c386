#include "domain/identity/audit_event.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>

namespace assure::domain {
namespace {

using namespace std::chrono_literals;

core::Instant NineOnMonday() {
  return core::Instant{std::chrono::sys_days{std::chrono::year{2026} / 1 / 5} + 9h};
}

AuditEvent SignInDenied() {
  AuditEvent event;
  event.partnership_id = 7;
  event.session_id = 12;
  event.action = "sign_in";
  event.outcome = AuditOutcome::kDenied;
  event.client_address = "192.0.2.1";
  event.at = NineOnMonday();
  return event;
}

TEST(AuditOutcomeTest, NamesRoundTripAndOthersDoNotParse) {
  for (AuditOutcome outcome :
       {AuditOutcome::kSuccess, AuditOutcome::kFailure, AuditOutcome::kDenied}) {
    EXPECT_EQ(ParseAuditOutcome(AuditOutcomeName(outcome)), outcome);
  }
  EXPECT_EQ(AuditOutcomeName(AuditOutcome::kDenied), "denied");
  EXPECT_FALSE(ParseAuditOutcome("Success").has_value());
  EXPECT_FALSE(ParseAuditOutcome("").has_value());
}

// The form is part of every stored hash: changing it breaks every existing audit trail.
TEST(CanonicalAuditContentTest, HasAFixedLengthPrefixedForm) {
  EXPECT_EQ(CanonicalAuditContent(SignInDenied()),
            "1:7;-;2:12;7:sign_in;0:;0:;6:denied;9:192.0.2.1;0:;"
            "27:2026-01-05T09:00:00.000000Z;0:;");
}

TEST(CanonicalAuditContentTest, LeavesOutIdAndHashButCoversThePreviousHash) {
  AuditEvent event = SignInDenied();
  const std::string form = CanonicalAuditContent(event);
  event.id = 99;
  event.hash = "abc";
  EXPECT_EQ(CanonicalAuditContent(event), form);
  event.previous_hash = "0123";
  EXPECT_NE(CanonicalAuditContent(event), form);
}

TEST(CanonicalAuditContentTest, NoTwoDifferentEventsShareAForm) {
  std::set<std::string> forms;
  auto add = [&](const AuditEvent& event) {
    EXPECT_TRUE(forms.insert(CanonicalAuditContent(event)).second) << CanonicalAuditContent(event);
  };
  AuditEvent base = SignInDenied();
  add(base);
  // Moving text between neighbouring fields.
  AuditEvent shifted = base;
  shifted.action = "sign_in;0:";
  shifted.resource_type = "";
  add(shifted);
  AuditEvent moved = base;
  moved.resource_type = "review";
  add(moved);
  AuditEvent moved_on = base;
  moved_on.resource_id = "review";
  add(moved_on);
  // An absent id differs from any present one, and from empty text.
  AuditEvent no_partnership = base;
  no_partnership.partnership_id.reset();
  add(no_partnership);
  AuditEvent zero_partnership = base;
  zero_partnership.partnership_id = 0;
  add(zero_partnership);
  AuditEvent user_not_session = base;
  user_not_session.user_id = 12;
  user_not_session.session_id.reset();
  add(user_not_session);
  AuditEvent other_outcome = base;
  other_outcome.outcome = AuditOutcome::kFailure;
  add(other_outcome);
  AuditEvent later = base;
  later.at += std::chrono::microseconds{1};
  add(later);
  AuditEvent reason = base;
  reason.reason = "-";
  add(reason);
}

}  // namespace
}  // namespace assure::domain
