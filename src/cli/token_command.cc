// `assure token create`: an API token for one member of one partnership (scopes "read write"),
// valid for 1 to 365 days. Only its hash is stored, so the token is printed once, here.
#include <chrono>
#include <cstdio>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "security/tokens.h"

namespace assure::cli {

namespace {

constexpr int kMaxTokenDays = 365;

}  // namespace

int TokenCreate(const std::string& db_url, const TokenCreateOptions& options,
                const core::Clock& clock, security::Random& random) {
  if (options.days < 1 || options.days > kMaxTokenDays) {
    return Fail(core::Error::InvalidInput("days", "--days must be from 1 to 365"));
  }
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());

  const std::string token = security::NewToken(random);
  const auto now = clock.Now();
  auto created =
      (*opened)->store().Write([&](domain::Transaction& tx) -> core::Result<domain::ApiToken> {
        ASSURE_ASSIGN_OR_RETURN(auto partnership, FindPartnership(tx, options.partnership));
        auto user = tx.users().FindByEmail(options.email);
        if (user) user = tx.memberships(partnership.id).GetMemberUser(user->id);
        if (!user) {
          if (user.error().code != core::ErrorCode::kNotFound) return user.error();
          return core::Error::NotFound("no member of '" + partnership.slug +
                                       "' has that email address");
        }
        if (user->disabled) {
          return core::Error::InvalidInput("email", "that user is disabled");
        }
        domain::ApiToken api_token;
        api_token.partnership_id = partnership.id;
        api_token.user_id = user->id;
        api_token.name = options.name;
        api_token.token_hash = security::HashToken(token);
        api_token.scopes = {"read", "write"};
        api_token.created_at = now;
        api_token.expires_at = now + std::chrono::days{options.days};
        ASSURE_ASSIGN_OR_RETURN(auto stored, tx.api_tokens().Create(api_token));
        ASSURE_TRY(domain::Record(
            tx.audit(), domain::MakeAuditEvent(CliActor(partnership.id), "api_token.create",
                                               domain::AuditOutcome::kSuccess, now,
                                               {"api_token", std::to_string(stored.id)})));
        return stored;
      });
  if (!created) return Fail(created.error());
  std::fprintf(stderr,
               "API token %lld for %s in %s, expires %s. Copy it now: it is not shown again.\n",
               static_cast<long long>(created->id), options.email.c_str(),
               options.partnership.c_str(), core::FormatInstant(created->expires_at).c_str());
  std::printf("%s\n", token.c_str());
  return kExitOk;
}

}  // namespace assure::cli
