#include "http/pages/account/set_password_handlers.h"

#include <optional>
#include <set>
#include <string>

#include "domain/identity/audit_record.h"
#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "security/tokens.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

constexpr const char* kTitle = "Set your password";

core::Error LinkDoesNotWork() { return core::Error::NotFound("set-password link does not work"); }

Response FormPage(const HandlerContext& context, const Request& request,
                  const core::Error* error = nullptr) {
  json page{{"title", kTitle}};
  if (error != nullptr) {
    core::Error on_the_form = *error;
    on_the_form.field = error->field == "confirm" ? "confirm" : "password";
    AddFieldError(page, on_the_form, on_the_form.field);
  }
  return RenderPage(context.renderer, request, "set_password", page, error != nullptr ? 422 : 200);
}

// The same page for every link that cannot be used, so it tells nothing about which it was.
Response LinkDoesNotWorkPage(const HandlerContext& context, const Request& request) {
  return RenderPage(context.renderer, request, "error",
                    {{"title", "This link does not work"},
                     {"message",
                      "A link to set your password works once, for 72 hours, and only if it is "
                      "copied in full. Ask your partnership's administrator for a new one."},
                     {"link_href", "/sign-in"},
                     {"link_text", "Go to sign in"}},
                    404);
}

// The form's values, checked; kInvalidInput on "password" or "confirm".
core::Result<std::string> NewPassword(const HandlerContext& context, const FormData& form) {
  const std::string password = form.Get("password").value_or("");
  if (password.empty()) return core::Error::InvalidInput("password", "Enter a new password.");
  ASSURE_TRY(security::CheckNewPassword(password, context.common_passwords));
  if (form.Get("confirm").value_or("") != password) {
    return core::Error::InvalidInput("confirm", "Enter the same password in both boxes.");
  }
  return password;
}

// The one transaction of a successful POST. kNotFound (LinkDoesNotWork) for a link that cannot
// be used; nothing is then written, the link included.
core::Status SetPassword(const HandlerContext& context, std::string_view token_hash,
                         const std::string& password_hash, const std::string& client_address) {
  const auto now = context.clock.Now();
  return context.store.Write([&](domain::Transaction& tx) -> core::Status {
    auto user_id = tx.invitations().Consume(token_hash, now);
    if (!user_id) {
      return user_id.error().code == core::ErrorCode::kNotFound ? LinkDoesNotWork()
                                                                : user_id.error();
    }
    ASSURE_ASSIGN_OR_RETURN(auto user, tx.users().Get(*user_id));
    if (user.disabled) return LinkDoesNotWork();
    user.password_hash = password_hash;
    ASSURE_TRY(tx.users().Update(user));
    ASSURE_TRY(tx.invitations().RevokeAll(user.id, now));
    // Whoever held the old password is signed out everywhere.
    ASSURE_TRY(tx.sessions().EndAll(user.id, now, std::nullopt));

    // An account belongs to no one partnership: every partnership it serves sees the change.
    ASSURE_ASSIGN_OR_RETURN(const auto memberships, tx.users().Memberships(user.id));
    std::set<std::optional<domain::PartnershipId>> chains;
    for (const auto& membership : memberships) chains.insert(membership.partnership_id);
    if (chains.empty()) chains.insert(std::nullopt);
    for (const auto& chain : chains) {
      const domain::Actor actor{chain, user.id, std::nullopt, client_address};
      ASSURE_TRY(domain::Record(
          tx.audit(),
          domain::MakeAuditEvent(actor, "user.set_password", domain::AuditOutcome::kSuccess, now,
                                 {"user", std::to_string(user.id)})));
    }
    return core::Ok();
  });
}

// Whether the link could be used now, without using it: Consume inside a transaction that is
// then rolled back (the repositories offer no read-only lookup of a link).
core::Result<bool> LinkWorks(const HandlerContext& context, std::string_view token_hash) {
  bool works = false;
  auto status = context.store.Write([&](domain::Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(const auto user_id,
                            tx.invitations().Consume(token_hash, context.clock.Now()));
    ASSURE_ASSIGN_OR_RETURN(const auto user, tx.users().Get(user_id));
    works = !user.disabled;
    return core::Error::Conflict("only looking: roll back");
  });
  if (works) return true;
  if (status.error().code == core::ErrorCode::kNotFound) return false;
  if (status.error().code == core::ErrorCode::kConflict) return false;  // a disabled account
  return status.error();
}

std::string TokenHash(const Request& request) {
  return security::HashToken(request.PathParam("token").value_or(""));
}

// POST: the new password checked, then the link, then the one transaction.
core::Result<Response> SetPasswordFromForm(const HandlerContext& context, const Request& request) {
  auto form = request.Form();
  if (!form) return Response::Status(400);
  auto password = NewPassword(context, *form);
  if (!password) return FormPage(context, request, &password.error());
  // A link that cannot work is refused before the slow hash, so made-up links cannot tie up the
  // hasher.
  ASSURE_ASSIGN_OR_RETURN(const bool works, LinkWorks(context, TokenHash(request)));
  if (!works) return LinkDoesNotWorkPage(context, request);
  // Argon2id is slow on purpose: hash before the transaction.
  ASSURE_ASSIGN_OR_RETURN(const auto hash, context.hasher.Hash(*password));
  auto status = SetPassword(context, TokenHash(request), hash, request.remote_address);
  if (!status && status.error().code == core::ErrorCode::kNotFound) {
    return LinkDoesNotWorkPage(context, request);
  }
  ASSURE_TRY(status);
  return Response::Redirect("/sign-in?password-set=1");
}

}  // namespace

void AddSetPasswordRoutes(Router& router, const HandlerContext& context) {
  router.Add(
      Method::kGet, "/set-password/{token}", RoutePolicy::Public(),
      PageHandler(context.renderer, [context](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const bool works, LinkWorks(context, TokenHash(request)));
        if (!works) return LinkDoesNotWorkPage(context, request);
        return FormPage(context, request);
      }));

  router.Add(Method::kPost, "/set-password/{token}", RoutePolicy::Public(),
             PageHandler(context.renderer, [context](const Request& request) {
               return SetPasswordFromForm(context, request);
             }));
}

}  // namespace assure::http::pages
