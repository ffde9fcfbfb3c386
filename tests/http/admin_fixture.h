// AdminTest: the fixture of the administration page tests (agencies, users, audit, your
// sessions), on both backends. On top of testing::AppTest (Northshire, with Ada, a business
// manager) it seeds Root, Northshire's administrator, and Southshire, a second partnership with
// its own administrator (Sol) and agency, for the tenant isolation checks. Helpers post forms
// with a browser's CSRF token and read the audit trail straight from the store. Not thread-safe;
// one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/identity/audit_event.h"
#include "security/totp.h"
#include "testing/test_app.h"

namespace assure::testing {

class AdminTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    root_ = t_->AddUser(north_, "root@example.org", kPassword, domain::Role::kAdministrator);
    south_ = t_->AddPartnership("southshire", "Southshire Safeguarding Partnership");
    sol_ = t_->AddUser(south_, "sol@example.org", kPassword, domain::Role::kAdministrator);
    auto agency = t_->store().Write([&](domain::Transaction& tx) {
      return tx.agencies(south_).Create({"Southshire Police", domain::AgencyType::kPolice, true});
    });
    ASSERT_TRUE(agency.ok()) << agency.error().message;
    south_agency_ = agency->id;
  }

  // POSTs `form` (without the token) as `browser`, adding its CSRF token.
  core::Result<HttpReply> Send(const Browser& browser, const std::string& path,
                               const std::string& form = {}) {
    return t_->Post(path, "csrf_token=" + browser.csrf_token + (form.empty() ? "" : "&" + form),
                    browser.cookie);
  }

  // Every event of the partnership's trail, newest first.
  std::vector<domain::AuditEvent> Events(domain::PartnershipId partnership) {
    auto events = t_->store().Read([&](domain::Transaction& tx) {
      domain::AuditQuery query;
      query.limit = 10000;
      return tx.audit().Query(partnership, query);
    });
    EXPECT_TRUE(events.ok());
    return events.ok() ? *events : std::vector<domain::AuditEvent>{};
  }

  // How many events of the partnership have this action, outcome and record.
  int CountEvents(domain::PartnershipId partnership, const std::string& action,
                  domain::AuditOutcome outcome, const std::string& resource_type = {},
                  const std::string& resource_id = {}) {
    int count = 0;
    for (const auto& event : Events(partnership)) {
      count += event.action == action && event.outcome == outcome &&
                       (resource_type.empty() || event.resource_type == resource_type) &&
                       (resource_id.empty() || event.resource_id == resource_id)
                   ? 1
                   : 0;
    }
    return count;
  }

  // Signs in again someone who has already set up MFA, with a fresh code.
  Browser SignInAgain(const std::string& email) {
    t_->clock().Advance(std::chrono::seconds{31});  // a code of a new time step
    Browser browser;
    auto reply = t_->SignIn(email, kPassword);
    EXPECT_EQ(reply->Header("location"), "/mfa");
    browser.cookie = CookieFrom(*reply);
    const auto csrf = FieldValue(t_->Get("/mfa", browser.cookie)->body, "csrf_token");
    auto user =
        t_->store().Read([&](domain::Transaction& tx) { return tx.users().FindByEmail(email); });
    const auto code = security::TotpCode(user->totp_secret, t_->clock().Now());
    auto passed = t_->Post("/mfa", "csrf_token=" + csrf + "&code=" + code, browser.cookie);
    EXPECT_EQ(passed->status, 303);
    browser.cookie = CookieFrom(*passed);
    browser.csrf_token = FieldValue(t_->Get("/home", browser.cookie)->body, "csrf_token");
    return browser;
  }

  domain::UserId root_ = 0;
  domain::PartnershipId south_ = 0;
  domain::UserId sol_ = 0;
  domain::AgencyId south_agency_ = 0;
};

// The id at the end of a redirect's Location ("/agencies/12" -> "12").
inline std::string IdFromLocation(const HttpReply& reply) {
  const auto location = reply.Header("location").value_or("");
  return location.substr(location.rfind('/') + 1);
}

// How many times `needle` occurs in `text`.
inline int Occurrences(const std::string& text, const std::string& needle) {
  int count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

}  // namespace assure::testing
