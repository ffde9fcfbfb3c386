// Sign-in, MFA, sessions and CSRF through real HTTP against the whole server, on both backends.
#include <gtest/gtest.h>

#include "domain/identity/sign_in_service.h"
#include "security/password_hasher.h"
#include "security/totp.h"
#include "testing/test_app.h"

namespace assure {
namespace {

using namespace std::chrono_literals;

using SignInTest = testing::AppTest;

TEST_P(SignInTest, FirstSignInEnrolsMfaShowsRecoveryCodesAndRotatesTheToken) {
  auto reply = t_->SignIn("ada@example.org", kPassword);
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 303);
  EXPECT_EQ(reply->Header("location"), "/mfa/enrol");
  const auto pending = testing::CookieFrom(*reply);
  EXPECT_NE(reply->Header("set-cookie")->find("HttpOnly"), std::string::npos);
  EXPECT_NE(reply->Header("set-cookie")->find("SameSite=Lax"), std::string::npos);
  // A password alone does not open the service.
  EXPECT_EQ(t_->Get("/home", pending)->Header("location"), "/mfa/enrol");

  auto page = t_->Get("/mfa/enrol", pending);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("data:image/svg+xml;base64,"), std::string::npos);
  const auto secret = testing::FieldValue(page->body, "secret");
  const auto csrf = testing::FieldValue(page->body, "csrf_token");
  ASSERT_FALSE(secret.empty());
  const auto wrong =
      t_->Post("/mfa/enrol", "csrf_token=" + csrf + "&secret=" + secret + "&code=000000", pending);
  EXPECT_EQ(wrong->status, 422);
  const auto code = security::TotpCode(security::FromBase32(secret).value(), t_->clock().Now());
  auto enrolled =
      t_->Post("/mfa/enrol", "csrf_token=" + csrf + "&secret=" + secret + "&code=" + code, pending);
  ASSERT_EQ(enrolled->status, 200) << enrolled->body;
  EXPECT_NE(enrolled->body.find("recovery-codes"), std::string::npos);
  const auto full = testing::CookieFrom(*enrolled);
  EXPECT_NE(full, pending);
  EXPECT_EQ(t_->Get("/home", full)->status, 200);
  EXPECT_EQ(t_->Get("/home", pending)->Header("location"), "/sign-in");
  EXPECT_EQ(t_->CountAudit(north_, "mfa.enrol"), 1);
}

TEST_P(SignInTest, LaterSignInsAskForTheCodeAndRefuseAReplay) {
  t_->SignInFully("ada@example.org", kPassword);
  t_->clock().Advance(1min);
  auto reply = t_->SignIn("ada@example.org", kPassword);
  ASSERT_EQ(reply->Header("location"), "/mfa");
  const auto cookie = testing::CookieFrom(*reply);
  auto page = t_->Get("/mfa", cookie);
  const auto csrf = testing::FieldValue(page->body, "csrf_token");
  auto user = t_->store().Read(
      [&](domain::Transaction& tx) { return tx.users().FindByEmail("ada@example.org"); });
  const auto code = security::TotpCode(user->totp_secret, t_->clock().Now());
  auto passed = t_->Post("/mfa", "csrf_token=" + csrf + "&code=" + code, cookie);
  EXPECT_EQ(passed->status, 303);
  EXPECT_EQ(passed->Header("location"), "/home");
  // The same code again, in a new session, is refused.
  auto again = t_->SignIn("ada@example.org", kPassword);
  const auto cookie2 = testing::CookieFrom(*again);
  const auto csrf2 = testing::FieldValue(t_->Get("/mfa", cookie2)->body, "csrf_token");
  EXPECT_EQ(t_->Post("/mfa", "csrf_token=" + csrf2 + "&code=" + code, cookie2)->status, 422);
}

TEST_P(SignInTest, UnknownEmailAndWrongPasswordGetTheSameAnswer) {
  auto unknown = t_->SignIn("nobody@example.org", kPassword);
  auto wrong = t_->SignIn("ada@example.org", "not-the-password");
  ASSERT_TRUE(unknown.ok() && wrong.ok());
  EXPECT_EQ(unknown->status, 401);
  EXPECT_EQ(wrong->status, 401);
  // The pages differ only in the email typed, which the form keeps.
  std::string unknown_page = unknown->body;
  unknown_page.replace(unknown_page.find("nobody@example.org"), 18, "ada@example.org");
  EXPECT_EQ(unknown_page, wrong->body);
  EXPECT_NE(wrong->body.find(domain::kSignInRefused), std::string::npos);
  EXPECT_FALSE(wrong->Header("set-cookie").has_value());
  EXPECT_EQ(t_->CountAudit(north_, "sign_in"), 0);  // failures are in the system chain
}

TEST_P(SignInTest, TenFailuresLockTheAccountForFifteenMinutes) {
  for (int i = 0; i < 10; ++i) {
    ASSERT_EQ(t_->SignIn("ada@example.org", "wrong-password-" + std::to_string(i))->status, 401);
  }
  auto locked = t_->SignIn("ada@example.org", kPassword);
  EXPECT_EQ(locked->status, 401);
  EXPECT_NE(locked->body.find(domain::kSignInRefused), std::string::npos);
  t_->clock().Advance(14min);
  EXPECT_EQ(t_->SignIn("ada@example.org", kPassword)->status, 401);
  t_->clock().Advance(2min);
  EXPECT_EQ(t_->SignIn("ada@example.org", kPassword)->status, 303);
}

TEST_P(SignInTest, CsrfMissingWrongForeignOrOfAnotherSessionIsRefusedAndChangesNothing) {
  const auto a = t_->SignInFully("ada@example.org", kPassword);
  t_->AddUser(north_, "bo@example.org", kPassword, domain::Role::kBoardMember);
  const auto b = t_->SignInFully("bo@example.org", kPassword);
  const auto denied_before = t_->CountAudit(north_, "access.denied");
  const std::string origin = "Origin: http://127.0.0.1:" + std::to_string(t_->port()) + "\r\n";
  EXPECT_EQ(t_->Post("/sign-out", "", a.cookie, origin)->status, 403);
  EXPECT_EQ(t_->Post("/sign-out", "csrf_token=forged", a.cookie, origin)->status, 403);
  EXPECT_EQ(t_->Post("/sign-out", "csrf_token=" + b.csrf_token, a.cookie, origin)->status, 403);
  EXPECT_EQ(t_->Post("/sign-out", "csrf_token=" + a.csrf_token, a.cookie,
                     "Origin: https://attacker.example\r\n")
                ->status,
            403);
  EXPECT_EQ(t_->CountAudit(north_, "access.denied"), denied_before + 4);
  // Nothing changed: both sessions still work, and nobody signed out.
  EXPECT_EQ(t_->Get("/home", a.cookie)->status, 200);
  EXPECT_EQ(t_->Get("/home", b.cookie)->status, 200);
  EXPECT_EQ(t_->CountAudit(north_, "sign_out"), 0);
  // The right token from the right origin works.
  auto out = t_->Post("/sign-out", "csrf_token=" + a.csrf_token, a.cookie, origin);
  EXPECT_EQ(out->status, 303);
  EXPECT_EQ(t_->Get("/home", a.cookie)->Header("location"), "/sign-in");
  EXPECT_EQ(t_->CountAudit(north_, "sign_out"), 1);
}

TEST_P(SignInTest, SessionsEndAfterThirtyIdleMinutes) {
  const auto a = t_->SignInFully("ada@example.org", kPassword);
  t_->clock().Advance(29min);
  EXPECT_EQ(t_->Get("/home", a.cookie)->status, 200);
  t_->clock().Advance(31min);
  EXPECT_EQ(t_->Get("/home", a.cookie)->Header("location"), "/sign-in");
  EXPECT_EQ(t_->CountAudit(north_, "session.expired"), 1);
}

TEST_P(SignInTest, SessionsEndTwelveHoursAfterSignInHoweverBusy) {
  const auto a = t_->SignInFully("ada@example.org", kPassword);
  for (int i = 0; i < 35; ++i) {
    t_->clock().Advance(20min);
    ASSERT_EQ(t_->Get("/home", a.cookie)->status, 200) << "after " << (i + 1) * 20 << " min";
  }
  t_->clock().Advance(20min);  // 12 h 0 min
  t_->clock().Advance(1min);
  EXPECT_EQ(t_->Get("/home", a.cookie)->Header("location"), "/sign-in");
}

TEST_P(SignInTest, ADemoPartnershipSkipsMfa) {
  const auto demo = t_->AddPartnership("demo", "Demo Safeguarding Partnership", /*demo=*/true);
  t_->AddUser(demo, "demo-manager@example.org", kPassword, domain::Role::kBusinessManager);
  auto reply = t_->SignIn("demo-manager@example.org", kPassword);
  EXPECT_EQ(reply->Header("location"), "/home");
  auto home = t_->Get("/home", testing::CookieFrom(*reply));
  EXPECT_EQ(home->status, 200);
  EXPECT_NE(home->body.find("govuk-phase-banner"), std::string::npos);
}

TEST_P(SignInTest, EveryRouteHasAPolicyAndOnlyTheseArePublic) {
  std::set<std::string> public_routes;
  for (const auto& route : t_->app().router().routes()) {
    EXPECT_NE(route.policy.kind, http::RoutePolicy::Kind::kUnset)
        << route.pattern << " has no policy entry";
    if (route.policy.kind == http::RoutePolicy::Kind::kPublic) public_routes.insert(route.pattern);
  }
  EXPECT_EQ(public_routes,
            (std::set<std::string>{
                "/", "/assets/{file*}", "/healthz", "/readyz", "/set-password/{token}", "/sign-in",
                // The public learning library (doc/learning.md).
                "/learning", "/learning/{slug}", "/learning/{slug}/feed.atom",
                "/learning/{slug}/briefings/{id}", "/learning/{slug}/briefings/{id}/pdf",
                "/learning/{slug}/briefings/{id}/feedback",
                // The staff survey form, each agency's link (doc/assurance.md).
                "/s/{token}", "/s/{token}/thanks"}));
  // Only the survey form is unlogged.
  for (const auto& route : t_->app().router().routes()) {
    EXPECT_EQ(route.policy.unlogged, route.pattern.starts_with("/s/")) << route.pattern;
  }
}

TEST_P(SignInTest, SignedOutVisitorsAreSentToSignIn) {
  EXPECT_EQ(t_->Get("/home")->Header("location"), "/sign-in");
  EXPECT_EQ(t_->Get("/home", "assure_session=made-up")->Header("location"), "/sign-in");
}

TEST_P(SignInTest, TenWrongCodesEndTheSessionAndPauseTheAccount) {
  t_->SignInFully("ada@example.org", kPassword);
  t_->clock().Advance(1min);
  auto reply = t_->SignIn("ada@example.org", kPassword);
  const auto cookie = testing::CookieFrom(*reply);
  const auto csrf = testing::FieldValue(t_->Get("/mfa", cookie)->body, "csrf_token");
  for (int i = 0; i < 9; ++i) {
    ASSERT_EQ(
        t_->Post("/mfa", "csrf_token=" + csrf + "&code=00000" + std::to_string(i), cookie)->status,
        422);
  }
  EXPECT_EQ(t_->Post("/mfa", "csrf_token=" + csrf + "&code=000009", cookie)->status, 401);
  EXPECT_EQ(t_->Get("/mfa", cookie)->Header("location"), "/sign-in");
  EXPECT_EQ(t_->CountAudit(north_, "mfa.lockout"), 1);
  EXPECT_EQ(t_->CountAudit(north_, "mfa.verify"), 10);
  // The password alone does not get back in until the pause is over.
  EXPECT_EQ(t_->SignIn("ada@example.org", kPassword)->status, 401);
  t_->clock().Advance(16min);
  EXPECT_EQ(t_->SignIn("ada@example.org", kPassword)->status, 303);
}

TEST_P(SignInTest, OneAddressIsLimitedAcrossAccounts) {
  // 50 failures from one address within 5 minutes, spread over made-up accounts so that no
  // account locks: then even a right password from that address waits.
  for (int i = 0; i < 50; ++i) {
    ASSERT_EQ(t_->SignIn("nobody" + std::to_string(i) + "@example.org", kPassword)->status, 401);
  }
  auto limited = t_->SignIn("ada@example.org", kPassword);
  EXPECT_EQ(limited->status, 429);
  EXPECT_FALSE(limited->Header("set-cookie").has_value());
  t_->clock().Advance(6min);
  EXPECT_EQ(t_->SignIn("ada@example.org", kPassword)->status, 303);
}

TEST_P(SignInTest, ARecoveryCodeWorksOnceInsteadOfTheAuthenticator) {
  auto first = t_->SignIn("ada@example.org", kPassword);
  const auto pending = testing::CookieFrom(*first);
  auto page = t_->Get("/mfa/enrol", pending);
  const auto secret = testing::FieldValue(page->body, "secret");
  const auto csrf = testing::FieldValue(page->body, "csrf_token");
  const auto code = security::TotpCode(security::FromBase32(secret).value(), t_->clock().Now());
  auto enrolled =
      t_->Post("/mfa/enrol", "csrf_token=" + csrf + "&secret=" + secret + "&code=" + code, pending);
  const auto codes_at = enrolled->body.find("<code>");
  ASSERT_NE(codes_at, std::string::npos);
  const auto recovery =
      enrolled->body.substr(codes_at + 6, enrolled->body.find('<', codes_at + 6) - codes_at - 6);
  ASSERT_FALSE(recovery.empty());

  auto use = [&]() {
    auto again = t_->SignIn("ada@example.org", kPassword);
    const auto cookie = testing::CookieFrom(*again);
    const auto token = testing::FieldValue(t_->Get("/mfa", cookie)->body, "csrf_token");
    return t_->Post("/mfa", "csrf_token=" + token + "&code=" + recovery, cookie);
  };
  EXPECT_EQ(use()->Header("location"), "/home");
  EXPECT_EQ(use()->status, 422);
  EXPECT_EQ(t_->CountAudit(north_, "mfa.recovery_code"), 1);
}

TEST_P(SignInTest, AHashMadeAtAnotherCostIsReplacedAtSignIn) {
  const security::PasswordHasher older({1, 16 * 1024});
  auto stored = t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::User> {
    auto user = tx.users().Get(ada_);
    if (!user) return user.error();
    user->password_hash = older.Hash(kPassword).value();
    return tx.users().Update(*user);
  });
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(t_->SignIn("ada@example.org", kPassword)->status, 303);
  auto user = t_->store().Read([&](domain::Transaction& tx) { return tx.users().Get(ada_); });
  EXPECT_NE(user->password_hash, stored->password_hash);
  const security::PasswordHasher current(security::kPasswordCostForTestsOnly);
  EXPECT_FALSE(current.NeedsRehash(user->password_hash));
  EXPECT_TRUE(current.Verify(kPassword, user->password_hash));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SignInTest);

}  // namespace
}  // namespace assure
