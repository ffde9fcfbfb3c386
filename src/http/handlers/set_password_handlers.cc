#include "http/handlers/set_password_handlers.h"

#include <optional>
#include <set>
#include <stdexcept>
#include <string>

#include "domain/identity/audit_record.h"
#include "http/handlers/page_render.h"
#include "security/tokens.h"

namespace assure::http::handlers {

namespace {

using nlohmann::json;

constexpr const char* kTitle = "Set your password";

core::Error LinkDoesNotWork() { return core::Error::NotFound("set-password link does not work"); }

Response FormPage(const SetPasswordDependencies& deps, const Request& request,
                  const core::Error* error = nullptr) {
  json page{{"title", kTitle}};
  if (error != nullptr) {
    const std::string field = error->field == "confirm" ? "confirm" : "password";
    page["error_message"] = error->message;
    page["error_field"] = field;
    page[field + "_error"] = error->message;
  }
  return RenderPage(deps.renderer, request, "set_password", page, error != nullptr ? 422 : 200);
}

// The same page for every link that cannot be used, so it tells nothing about which it was.
Response LinkDoesNotWorkPage(const SetPasswordDependencies& deps, const Request& request) {
  return RenderPage(deps.renderer, request, "error",
                    {{"title", "This link does not work"},
                     {"message",
                      "A link to set your password works once, for 72 hours, and only if it is "
                      "copied in full. Ask your partnership's administrator for a new one."},
                     {"link_href", "/sign-in"},
                     {"link_text", "Go to sign in"}},
                    404);
}

// The form's values, checked; kInvalidInput on "password" or "confirm".
core::Result<std::string> NewPassword(const SetPasswordDependencies& deps, const FormData& form) {
  const std::string password = form.Get("password").value_or("");
  if (password.empty()) return core::Error::InvalidInput("password", "Enter a new password.");
  ASSURE_TRY(security::CheckNewPassword(password, deps.common_passwords));
  if (form.Get("confirm").value_or("") != password) {
    return core::Error::InvalidInput("confirm", "Enter the same password in both boxes.");
  }
  return password;
}

// The one transaction of a successful POST. kNotFound (LinkDoesNotWork) for a link that cannot
// be used; nothing is then written, the link included.
core::Status SetPassword(const SetPasswordDependencies& deps, std::string_view token_hash,
                         const std::string& password_hash, const std::string& client_address) {
  const auto now = deps.clock.Now();
  return deps.store.Write([&](domain::Transaction& tx) -> core::Status {
    auto user_id = tx.invitations().Consume(token_hash, now);
    if (!user_id) {
      return user_id.error().code == core::ErrorCode::kNotFound ? LinkDoesNotWork()
                                                                : user_id.error();
    }
    auto user = tx.users().Get(*user_id);
    if (!user) return user.error();
    if (user->disabled) return LinkDoesNotWork();
    user->password_hash = password_hash;
    auto updated = tx.users().Update(*user);
    if (!updated) return updated.error();
    ASSURE_TRY(tx.invitations().RevokeAll(user->id, now));
    // Whoever held the old password is signed out everywhere.
    auto ended = tx.sessions().EndAll(user->id, now, std::nullopt);
    if (!ended) return ended.error();

    // An account belongs to no one partnership: every partnership it serves sees the change.
    auto memberships = tx.users().Memberships(user->id);
    if (!memberships) return memberships.error();
    std::set<std::optional<domain::PartnershipId>> chains;
    for (const auto& membership : *memberships) chains.insert(membership.partnership_id);
    if (chains.empty()) chains.insert(std::nullopt);
    for (const auto& chain : chains) {
      const domain::Actor actor{chain, user->id, std::nullopt, client_address};
      ASSURE_TRY(domain::Record(
          tx.audit(),
          domain::MakeAuditEvent(actor, "user.set_password", domain::AuditOutcome::kSuccess, now,
                                 {"user", std::to_string(user->id)})));
    }
    return core::Ok();
  });
}

// Whether the link could be used now, without using it: Consume inside a transaction that is
// then rolled back (the repositories offer no read-only lookup of a link).
core::Result<bool> LinkWorks(const SetPasswordDependencies& deps, std::string_view token_hash) {
  bool works = false;
  auto status = deps.store.Write([&](domain::Transaction& tx) -> core::Status {
    auto user_id = tx.invitations().Consume(token_hash, deps.clock.Now());
    if (!user_id) return user_id.error();
    auto user = tx.users().Get(*user_id);
    if (!user) return user.error();
    works = !user->disabled;
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

}  // namespace

void AddSetPasswordRoutes(Router& router, SetPasswordDependencies deps) {
  router.Add(Method::kGet, "/set-password/{token}", RoutePolicy::Public(),
             [deps](const Request& request) {
               auto works = LinkWorks(deps, TokenHash(request));
               if (!works) throw std::runtime_error("set-password link: " + works.error().message);
               if (!*works) return LinkDoesNotWorkPage(deps, request);
               return FormPage(deps, request);
             });

  router.Add(Method::kPost, "/set-password/{token}", RoutePolicy::Public(),
             [deps](const Request& request) {
               auto form = request.Form();
               if (!form) return Response{400, {}, {}, {}};
               auto password = NewPassword(deps, *form);
               if (!password) return FormPage(deps, request, &password.error());
               // A link that cannot work is refused before the slow hash, so made-up links
               // cannot tie up the hasher.
               auto works = LinkWorks(deps, TokenHash(request));
               if (!works) throw std::runtime_error("set-password: " + works.error().message);
               if (!*works) return LinkDoesNotWorkPage(deps, request);
               // Argon2id is slow on purpose: hash before the transaction.
               auto hash = deps.hasher.Hash(*password);
               if (!hash) throw std::runtime_error("set-password: " + hash.error().message);
               auto status = SetPassword(deps, TokenHash(request), *hash, request.remote_address);
               if (!status) {
                 if (status.error().code == core::ErrorCode::kNotFound) {
                   return LinkDoesNotWorkPage(deps, request);
                 }
                 throw std::runtime_error("set-password: " + status.error().message);
               }
               return Response::Redirect("/sign-in?password-set=1");
             });
}

}  // namespace assure::http::handlers
