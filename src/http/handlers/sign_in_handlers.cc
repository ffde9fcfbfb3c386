#include "http/handlers/sign_in_handlers.h"

#include "http/access_gate.h"
#include "http/handlers/page_render.h"
#include "security/qr_svg.h"
#include "security/tokens.h"
#include "security/totp.h"

namespace assure::http::handlers {

namespace {

using nlohmann::json;

int StatusFor(const core::Error& error) {
  switch (error.code) {
    case core::ErrorCode::kUnauthenticated:
      return 401;
    case core::ErrorCode::kRateLimited:
      return 429;
    default:
      return 422;
  }
}

std::string DataUri(std::string_view svg) {
  return "data:image/svg+xml;base64," + security::Base64(svg);
}

Response EnrolPage(const SignInDependencies& deps, const Request& request,
                   const std::string& secret_base32, std::string error, int status) {
  const auto& context = *request.session;
  auto secret = security::FromBase32(secret_base32);
  if (!secret) throw std::runtime_error("enrolment secret does not decode");
  auto qr = security::QrSvg(security::OtpauthUri("Assure", context.user.email, *secret),
                            "QR code for setting up your authenticator app");
  if (!qr) throw std::runtime_error(qr.error().message);
  json page{{"title", "Set up your authenticator app"},
            {"csrf_token", context.session.csrf_token},
            {"secret", secret_base32},
            {"qr_src", DataUri(*qr)},
            {"error_message", error}};
  return RenderPage(deps.renderer, request, "mfa_enrol", page, status);
}

Response WithNewSession(const Request& request, Response response, std::string token) {
  response.SetCookie(SessionCookie(request, std::move(token)));
  return response;
}

}  // namespace

void AddSignInRoutes(Router& router, SignInDependencies deps) {
  router.Add(Method::kGet, "/sign-in", RoutePolicy::Public(), [deps](const Request& request) {
    json page{{"title", "Sign in"}};
    if (request.QueryParam("signed-out")) page["notice"] = "You have been signed out.";
    if (request.QueryParam("password-set")) {
      page["notice"] = "Your password has been set. Sign in with it now.";
    }
    return RenderPage(deps.renderer, request, "sign_in", page);
  });

  router.Add(Method::kPost, "/sign-in", RoutePolicy::Public(), [deps](const Request& request) {
    auto form = request.Form();
    if (!form) throw std::runtime_error("sign-in form: " + form.error().message);
    domain::SignInAttempt attempt{form->Get("email").value_or(""),
                                  form->Get("password").value_or(""), request.remote_address,
                                  std::string{request.Header("user-agent").value_or("")}};
    auto signed_in = deps.sign_in.SignIn(attempt);
    if (!signed_in) {
      const auto& error = signed_in.error();
      return RenderPage(deps.renderer, request, "sign_in",
                        {{"title", "Sign in"},
                         {"email", attempt.email},
                         {"error_message", error.message},
                         {"error_field", error.field.empty() ? "email" : error.field}},
                        StatusFor(error));
    }
    const char* next = signed_in->session.mfa_passed    ? "/home"
                       : signed_in->needs_mfa_enrolment ? "/mfa/enrol"
                                                        : "/mfa";
    return WithNewSession(request, Response::Redirect(next), std::move(signed_in->token));
  });

  router.Add(Method::kGet, "/mfa", RoutePolicy::MfaStep(), [deps](const Request& request) {
    if (request.session->user.totp_secret.empty()) return Response::Redirect("/mfa/enrol");
    return RenderPage(
        deps.renderer, request, "mfa",
        {{"title", "Enter your code"}, {"csrf_token", request.session->session.csrf_token}});
  });

  router.Add(Method::kPost, "/mfa", RoutePolicy::MfaStep(), [deps](const Request& request) {
    auto form = request.Form();
    const auto code = form ? form->Get("code").value_or("") : "";
    auto passed = deps.sessions.VerifySecondFactor(*request.session, code);
    if (!passed) {
      return RenderPage(deps.renderer, request, "mfa",
                        {{"title", "Enter your code"},
                         {"csrf_token", request.session->session.csrf_token},
                         {"error_message", passed.error().message}},
                        StatusFor(passed.error()));
    }
    return WithNewSession(request, Response::Redirect("/home"), std::move(passed->token));
  });

  router.Add(Method::kGet, "/mfa/enrol", RoutePolicy::MfaStep(), [deps](const Request& request) {
    if (!request.session->user.totp_secret.empty()) return Response::Redirect("/mfa");
    return EnrolPage(deps, request, security::Base32(security::NewTotpSecret(deps.random)), "",
                     200);
  });

  router.Add(Method::kPost, "/mfa/enrol", RoutePolicy::MfaStep(), [deps](const Request& request) {
    if (!request.session->user.totp_secret.empty()) return Response::Redirect("/mfa");
    auto form = request.Form();
    const auto secret_text = form ? form->Get("secret").value_or("") : "";
    auto secret = security::FromBase32(secret_text);
    if (!secret) return Response{400, {}, {}, {}};
    auto passed =
        deps.sessions.Enrol(*request.session, *secret, form ? form->Get("code").value_or("") : "");
    if (!passed) {
      return EnrolPage(deps, request, secret_text, passed.error().message,
                       StatusFor(passed.error()));
    }
    auto page = RenderPage(deps.renderer, request, "recovery_codes",
                           {{"title", "Your recovery codes"}, {"codes", passed->recovery_codes}});
    return WithNewSession(request, std::move(page), std::move(passed->token));
  });

  router.Add(Method::kGet, "/home",
             RoutePolicy::Authorised(domain::Resource::kOwnAccount, domain::Action::kRead),
             [deps](const Request& request) {
               const auto& context = *request.session;
               json roles = json::array();
               for (const auto& m : context.principal.memberships) {
                 roles.push_back(domain::RoleLabel(m.role));
               }
               return RenderPage(deps.renderer, request, "home",
                                 {{"title", context.partnership.name},
                                  {"user_name", context.user.display_name},
                                  {"role_labels", roles},
                                  {"csrf_token", context.session.csrf_token}});
             });

  router.Add(Method::kPost, "/sign-out",
             RoutePolicy::Authorised(domain::Resource::kOwnAccount, domain::Action::kUpdate),
             [deps](const Request& request) {
               auto status = deps.sessions.SignOut(*request.session);
               if (!status) throw std::runtime_error(status.error().message);
               return WithNewSession(request, Response::Redirect("/sign-in?signed-out=1"), "");
             });
}

}  // namespace assure::http::handlers
