// TestApp: the whole Assure server as `assure serve` builds it (cli::Application), on a fresh
// database of either backend that fails on command (faults()), with a fake clock and deterministic
// randomness, listening on a loopback port. Helpers seed partnerships and users and walk the
// sign-in journey through real HTTP. Not thread-safe; one test owns it.
#pragma once

#include <memory>
#include <sstream>
#include <string>

#include "cli/application.h"
#include "domain/identity/role.h"
#include "domain/store.h"
#include "http/server.h"
#include "testing/database_fixture.h"
#include "testing/fake_clock.h"
#include "testing/fake_random.h"
#include "testing/faulty_database.h"
#include "testing/http_client.h"

namespace assure::testing {

// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct Browser {
  std::string cookie;  // "assure_session=..."
  std::string csrf_token;
};

class TestApp {
 public:
  static core::Result<std::unique_ptr<TestApp>> Start(Backend backend);
  ~TestApp();

  std::uint16_t port() const { return port_; }
  FakeClock& clock() { return clock_; }
  domain::Store& store() { return *store_; }
  cli::Application& app() { return *app_; }
  // The application's database, which fails on command (faulty_database.h).
  FaultyDatabase& faults() { return *faults_; }
  std::string LogText() const { return log_text_.str(); }

  // Seeding, straight into the store.
  domain::PartnershipId AddPartnership(const std::string& slug, const std::string& name,
                                       bool demo = false);
  domain::UserId AddUser(domain::PartnershipId partnership, const std::string& email,
                         const std::string& password, domain::Role role);
  int CountAudit(domain::PartnershipId partnership, const std::string& action);

  // HTTP helpers.
  core::Result<HttpReply> Get(const std::string& path, const std::string& cookie = {});
  core::Result<HttpReply> Post(const std::string& path, const std::string& form,
                               const std::string& cookie = {}, const std::string& extra = {});
  // Signs in with a password; returns the cookie of the (possibly MFA-pending) session.
  core::Result<HttpReply> SignIn(const std::string& email, const std::string& password);
  // Signs in and passes MFA (enrolling on first use); a fully signed-in browser.
  Browser SignInFully(const std::string& email, const std::string& password);

 private:
  TestApp() = default;

  FakeClock clock_;
  FakeRandom random_{42};
  std::ostringstream log_text_;
  std::unique_ptr<http::EventLog> log_;
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<cli::Application> app_;
  FaultyDatabase* faults_ = nullptr;  // owned by app_
  std::unique_ptr<domain::Store> store_;
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
};

// A test of the whole application, instantiated on both backends with
// ASSURE_INSTANTIATE_BACKEND_TESTS: SetUp starts a TestApp (or skips, saying why) and seeds the
// Northshire partnership (MFA required) with Ada, a business manager whose password is kPassword.
class AppTest : public ::testing::TestWithParam<Backend> {
 protected:
  static constexpr const char* kPassword = "correct-horse-battery";
  void SetUp() override;

  std::unique_ptr<TestApp> t_;
  domain::PartnershipId north_ = 0;
  domain::UserId ada_ = 0;
};

// The value of a Set-Cookie's name=value part, e.g. "assure_session=abc".
std::string CookieFrom(const HttpReply& reply);
// The value attribute of <input name="NAME" value="...">, or of id="secret">...< for the key.
std::string FieldValue(const std::string& html, const std::string& name);

}  // namespace assure::testing
