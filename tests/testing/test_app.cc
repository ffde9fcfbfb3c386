#include "testing/test_app.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "security/password_hasher.h"
#include "security/totp.h"
#include "storage/sql_store.h"

namespace assure::testing {

core::Result<std::unique_ptr<TestApp>> TestApp::Start(Backend backend) {
  std::unique_ptr<TestApp> t(new TestApp());
  auto database = TestDatabase::Create(backend);
  if (!database) return database.error();
  t->database_ = std::move(*database);
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(t->log_text_);
  t->log_ =
      std::make_unique<http::EventLog>(t->clock_, std::make_shared<spdlog::logger>("test", sink));
  cli::ApplicationConfig config;
  config.db_url = t->database_->url();
  config.assets = std::string{ASSURE_SOURCE_DIR} + "/web/dist";
  config.password_cost = security::kPasswordCostForTestsOnly;
  TestApp* self = t.get();
  config.wrap_database = [self](std::unique_ptr<storage::sql::Database> opened) {
    auto faulty = std::make_unique<FaultyDatabase>(std::move(opened));
    self->faults_ = faulty.get();
    return std::unique_ptr<storage::sql::Database>(std::move(faulty));
  };
  auto app = cli::Application::Create(config, t->clock_, t->random_, *t->log_);
  if (!app) return app.error();
  t->app_ = std::move(*app);
  t->store_ = std::make_unique<storage::SqlStore>(t->app_->database(), t->clock_);
  t->port_ = FreePort();
  http::ServerOptions options;
  options.port = t->port_;
  options.threads = 2;
  options.handle_signals = false;
  t->server_ = std::make_unique<http::Server>(options, t->app_->dispatcher(), *t->log_, t->clock_);
  ASSURE_TRY(t->server_->Start());
  return t;
}

TestApp::~TestApp() {
  if (server_) {
    server_->Stop();
    server_->Wait();
  }
  store_.reset();
  if (app_) app_->Close();
}

domain::PartnershipId TestApp::AddPartnership(const std::string& slug, const std::string& name,
                                              bool demo) {
  auto created = store_->Write([&](domain::Transaction& tx) {
    return tx.partnerships().Create({slug, name, demo, !demo});
  });
  EXPECT_TRUE(created.ok()) << created.error().message;
  return created->id;
}

domain::UserId TestApp::AddUser(domain::PartnershipId partnership, const std::string& email,
                                const std::string& password, domain::Role role) {
  const security::PasswordHasher hasher(security::kPasswordCostForTestsOnly);
  auto user = store_->Write([&](domain::Transaction& tx) -> core::Result<domain::User> {
    auto existing = tx.users().FindByEmail(email);
    auto created = existing ? std::move(existing) : tx.users().Create({email, "Test " + email});
    if (!created) return created.error();
    created->password_hash = hasher.Hash(password).value();
    auto updated = tx.users().Update(*created);
    if (!updated) return updated.error();
    domain::Membership membership;
    membership.partnership_id = partnership;
    membership.user_id = updated->id;
    membership.role = role;
    auto added = tx.memberships(partnership).Add(membership);
    if (!added) return added.error();
    return updated;
  });
  EXPECT_TRUE(user.ok()) << user.error().message;
  return user->id;
}

int TestApp::CountAudit(domain::PartnershipId partnership, const std::string& action) {
  auto events = store_->Read([&](domain::Transaction& tx) {
    domain::AuditQuery query;
    query.limit = 10000;
    return tx.audit().Query(partnership, query);
  });
  EXPECT_TRUE(events.ok());
  int count = 0;
  for (const auto& e : *events) count += e.action == action ? 1 : 0;
  return count;
}

core::Result<HttpReply> TestApp::Get(const std::string& path, const std::string& cookie) {
  return HttpGet(port_, path, cookie.empty() ? "" : "Cookie: " + cookie + "\r\n");
}

core::Result<HttpReply> TestApp::Post(const std::string& path, const std::string& form,
                                      const std::string& cookie, const std::string& extra) {
  std::string request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port_) +
                        "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        "Content-Length: " +
                        std::to_string(form.size()) + "\r\n";
  if (!cookie.empty()) request += "Cookie: " + cookie + "\r\n";
  request += extra + "Connection: close\r\n\r\n" + form;
  return HttpSend(port_, request);
}

core::Result<HttpReply> TestApp::SignIn(const std::string& email, const std::string& password) {
  return Post("/sign-in", "email=" + email + "&password=" + password);
}

Browser TestApp::SignInFully(const std::string& email, const std::string& password) {
  Browser browser;
  auto reply = SignIn(email, password);
  EXPECT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 303) << reply->body;
  browser.cookie = CookieFrom(*reply);
  const auto next = reply->Header("location").value_or("");
  if (next == "/mfa/enrol") {
    auto page = Get("/mfa/enrol", browser.cookie);
    const auto secret = FieldValue(page->body, "secret");
    const auto csrf = FieldValue(page->body, "csrf_token");
    const auto code = security::TotpCode(security::FromBase32(secret).value(), clock_.Now());
    auto enrolled = Post("/mfa/enrol", "csrf_token=" + csrf + "&secret=" + secret + "&code=" + code,
                         browser.cookie);
    EXPECT_EQ(enrolled->status, 200) << enrolled->body;
    browser.cookie = CookieFrom(*enrolled);
  } else if (next == "/mfa") {
    ADD_FAILURE() << "SignInFully handles first sign-ins and demo partnerships only";
  }
  auto home = Get("/home", browser.cookie);
  EXPECT_EQ(home->status, 200);
  browser.csrf_token = FieldValue(home->body, "csrf_token");
  return browser;
}

void AppTest::SetUp() {
  if (auto reason = TestDatabase::SkipReason(GetParam())) GTEST_SKIP() << *reason;
  auto started = TestApp::Start(GetParam());
  ASSERT_TRUE(started.ok()) << started.error().message;
  t_ = std::move(*started);
  north_ = t_->AddPartnership("northshire", "Northshire Safeguarding Partnership");
  ada_ = t_->AddUser(north_, "ada@example.org", kPassword, domain::Role::kBusinessManager);
}

std::string CookieFrom(const HttpReply& reply) {
  const auto cookie = reply.Header("set-cookie").value_or("");
  return cookie.substr(0, cookie.find(';'));
}

std::string FieldValue(const std::string& html, const std::string& name) {
  const auto input = html.find("name=\"" + name + "\" value=\"");
  if (input != std::string::npos) {
    const auto start = input + name.size() + 15;
    return html.substr(start, html.find('"', start) - start);
  }
  const auto id = html.find("id=\"" + name + "\">");
  if (id != std::string::npos) {
    const auto start = id + name.size() + 6;
    return html.substr(start, html.find('<', start) - start);
  }
  return {};
}

}  // namespace assure::testing
