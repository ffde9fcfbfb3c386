#include "http/pages/account/sign_in_handlers.h"

#include <string>
#include <string_view>
#include <utility>

#include "http/access_gate.h"
#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "security/qr_svg.h"
#include "security/tokens.h"
#include "security/totp.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

// Whether a refusal is shown on the journey's own page (a wrong password or code, too many
// attempts, an authenticator app set up meanwhile) rather than as an error page: a failure of
// the store is the standard 503 or 500 page.
bool ShownOnThePage(const core::Error& error) {
  switch (error.code) {
    case core::ErrorCode::kInvalidInput:
    case core::ErrorCode::kUnauthenticated:
    case core::ErrorCode::kRateLimited:
    case core::ErrorCode::kConflict:
      return true;
    default:
      return false;
  }
}

std::string DataUri(std::string_view svg) {
  return "data:image/svg+xml;base64," + security::Base64(svg);
}

// The authenticator app's set-up page; `error` (when set) is shown in its error summary, linked
// to the code's box.
core::Result<Response> EnrolPage(const HandlerContext& context, const Request& request,
                                 const std::string& secret_base32, const core::Error* error,
                                 int status) {
  const auto& signed_in = *request.session;
  ASSURE_ASSIGN_OR_RETURN(const auto secret, security::FromBase32(secret_base32));
  ASSURE_ASSIGN_OR_RETURN(
      const auto qr, security::QrSvg(security::OtpauthUri("Assure", signed_in.user.email, secret),
                                     "QR code for setting up your authenticator app"));
  json page{{"title", "Set up your authenticator app"},
            {"csrf_token", signed_in.session.csrf_token},
            {"secret", secret_base32},
            {"qr_src", DataUri(qr)}};
  if (error != nullptr) AddFieldError(page, *error, "code", "code");
  return RenderPage(context.renderer, request, "mfa_enrol", page, status);
}

Response WithNewSession(const Request& request, Response response, std::string token) {
  response.SetCookie(SessionCookie(request, std::move(token)));
  return response;
}

core::Result<Response> SignIn(const HandlerContext& context, const Request& request) {
  auto form = request.Form();
  if (!form) return Response::Status(400);
  domain::SignInAttempt attempt{form->Get("email").value_or(""), form->Get("password").value_or(""),
                                request.remote_address,
                                std::string{request.Header("user-agent").value_or("")}};
  auto signed_in = context.sign_in.SignIn(attempt);
  if (!signed_in) {
    const auto& error = signed_in.error();
    if (!ShownOnThePage(error)) return error;
    json page{{"title", "Sign in"}, {"email", attempt.email}};
    AddFieldError(page, error, "email");
    return RenderPage(context.renderer, request, "sign_in", std::move(page),
                      HttpStatusFor(error.code));
  }
  const char* next = signed_in->session.mfa_passed    ? "/home"
                     : signed_in->needs_mfa_enrolment ? "/mfa/enrol"
                                                      : "/mfa";
  return WithNewSession(request, Response::Redirect(next), std::move(signed_in->token));
}

core::Result<Response> VerifyCode(const HandlerContext& context, const Request& request) {
  auto form = request.Form();
  const auto code = form ? form->Get("code").value_or("") : "";
  auto passed = context.sessions.VerifySecondFactor(*request.session, code);
  if (!passed) {
    if (!ShownOnThePage(passed.error())) return passed.error();
    json page{{"title", "Enter your code"}, {"csrf_token", request.session->session.csrf_token}};
    AddFieldError(page, passed.error(), "code", "code");
    return RenderPage(context.renderer, request, "mfa", std::move(page),
                      HttpStatusFor(passed.error().code));
  }
  return WithNewSession(request, Response::Redirect("/home"), std::move(passed->token));
}

core::Result<Response> Enrol(const HandlerContext& context, const Request& request) {
  if (!request.session->user.totp_secret.empty()) return Response::Redirect("/mfa");
  auto form = request.Form();
  const auto secret_text = form ? form->Get("secret").value_or("") : "";
  auto secret = security::FromBase32(secret_text);
  if (!secret) return Response::Status(400);
  auto passed =
      context.sessions.Enrol(*request.session, *secret, form ? form->Get("code").value_or("") : "");
  if (!passed) {
    if (!ShownOnThePage(passed.error())) return passed.error();
    return EnrolPage(context, request, secret_text, &passed.error(),
                     HttpStatusFor(passed.error().code));
  }
  auto page = RenderPage(context.renderer, request, "recovery_codes",
                         {{"title", "Your recovery codes"}, {"codes", passed->recovery_codes}});
  return WithNewSession(request, std::move(page), std::move(passed->token));
}

}  // namespace

void AddSignInRoutes(Router& router, const HandlerContext& context) {
  router.Add(Method::kGet, "/sign-in", RoutePolicy::Public(), [context](const Request& request) {
    json page{{"title", "Sign in"}};
    if (request.QueryParam("signed-out")) page["notice"] = "You have been signed out.";
    if (request.QueryParam("password-set")) {
      page["notice"] = "Your password has been set. Sign in with it now.";
    }
    return RenderPage(context.renderer, request, "sign_in", page);
  });

  router.Add(Method::kPost, "/sign-in", RoutePolicy::Public(),
             PageHandler(context.renderer,
                         [context](const Request& request) { return SignIn(context, request); }));

  router.Add(Method::kGet, "/mfa", RoutePolicy::MfaStep(), [context](const Request& request) {
    if (request.session->user.totp_secret.empty()) return Response::Redirect("/mfa/enrol");
    return RenderPage(
        context.renderer, request, "mfa",
        {{"title", "Enter your code"}, {"csrf_token", request.session->session.csrf_token}});
  });

  router.Add(Method::kPost, "/mfa", RoutePolicy::MfaStep(),
             PageHandler(context.renderer, [context](const Request& request) {
               return VerifyCode(context, request);
             }));

  router.Add(
      Method::kGet, "/mfa/enrol", RoutePolicy::MfaStep(),
      PageHandler(context.renderer, [context](const Request& request) -> core::Result<Response> {
        if (!request.session->user.totp_secret.empty()) {
          return Response::Redirect("/mfa");
        }
        return EnrolPage(context, request,
                         security::Base32(security::NewTotpSecret(context.random)), nullptr, 200);
      }));

  router.Add(Method::kPost, "/mfa/enrol", RoutePolicy::MfaStep(),
             PageHandler(context.renderer,
                         [context](const Request& request) { return Enrol(context, request); }));

  router.Add(
      Method::kPost, "/sign-out",
      RoutePolicy::Authorised(domain::Resource::kOwnAccount, domain::Action::kUpdate),
      PageHandler(context.renderer, [context](const Request& request) -> core::Result<Response> {
        ASSURE_TRY(context.sessions.SignOut(*request.session));
        return WithNewSession(request, Response::Redirect("/sign-in?signed-out=1"), "");
      }));
}

}  // namespace assure::http::pages
