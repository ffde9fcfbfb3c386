// `assure user add` and `assure user disable`: people and their memberships, each command one
// transaction, audited as the actor "cli".
//
// `user add` reuses the account when the email is already known (one person may serve several
// partnerships), adds the membership and makes a one-time set-password link valid for 72 hours;
// only the link's hash is stored, so the link is printed once. `user disable` also ends every
// session of the account at once.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "security/tokens.h"

namespace assure::cli {

namespace {

constexpr std::chrono::hours kSetPasswordLinkLifetime{72};

std::string RoleNames() {
  std::string names;
  for (const domain::Role role : domain::AllRoles()) {
    if (!names.empty()) names += ", ";
    names += domain::RoleName(role);
  }
  return names;
}

core::Result<domain::User> FindUser(domain::Transaction& tx, const std::string& email) {
  auto user = tx.users().FindByEmail(email);
  if (!user && user.error().code == core::ErrorCode::kNotFound) {
    return core::Error::NotFound("there is no user with that email address");
  }
  return user;
}

core::Result<domain::AgencyId> FindAgency(domain::Transaction& tx,
                                          const domain::Partnership& partnership,
                                          const std::string& name) {
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership.id).List());
  const auto found =
      std::find_if(agencies.begin(), agencies.end(),
                   [&](const domain::Agency& agency) { return agency.name == name; });
  if (found != agencies.end()) return found->id;
  std::string known;
  for (const auto& agency : agencies) known += (known.empty() ? "" : ", ") + agency.name;
  return core::Error::NotFound("partnership '" + partnership.slug + "' has no agency named '" +
                               name + "'" +
                               (known.empty() ? " (it has none yet)" : "; its agencies: " + known));
}

// A change to an account, which no one partnership owns: recorded in the chain of every
// partnership the user belongs to, so each one's auditors see it (the system chain if none).
core::Status RecordUserEvent(domain::Transaction& tx, domain::UserId user_id,
                             const std::string& action, core::Instant at) {
  ASSURE_ASSIGN_OR_RETURN(auto memberships, tx.users().Memberships(user_id));
  std::set<std::optional<domain::PartnershipId>> chains;
  for (const auto& membership : memberships) chains.insert(membership.partnership_id);
  if (chains.empty()) chains.insert(std::nullopt);
  for (const auto& chain : chains) {
    ASSURE_TRY(domain::Record(
        tx.audit(), domain::MakeAuditEvent(CliActor(chain), action, domain::AuditOutcome::kSuccess,
                                           at, {"user", std::to_string(user_id)})));
  }
  return core::Ok();
}

std::string WithoutTrailingSlashes(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

}  // namespace

int UserAdd(const std::string& db_url, const UserAddOptions& options, const core::Clock& clock,
            security::Random& random) {
  const auto role = domain::ParseRole(options.role);
  if (!role) {
    return Fail(core::Error::InvalidInput(
        "role", "unknown role '" + options.role + "': use one of " + RoleNames()));
  }
  if (*role == domain::Role::kAgencyLead && options.agency.empty()) {
    return Fail(core::Error::InvalidInput(
        "agency", "an agency_lead needs --agency: the name of the agency they work for"));
  }
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());

  const std::string token = security::NewToken(random);
  const auto now = clock.Now();
  auto added = (*opened)->store().Write([&](domain::Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto partnership, FindPartnership(tx, options.partnership));
    const auto actor = CliActor(partnership.id);
    auto user = tx.users().FindByEmail(options.email);
    const bool is_new = !user && user.error().code == core::ErrorCode::kNotFound;
    if (is_new) user = tx.users().Create({options.email, options.name});
    if (!user) return user.error();

    domain::Membership membership;
    membership.partnership_id = partnership.id;
    membership.user_id = user->id;
    membership.role = *role;
    if (!options.agency.empty()) {
      ASSURE_ASSIGN_OR_RETURN(auto agency, FindAgency(tx, partnership, options.agency));
      membership.agency_id = agency;
    }
    ASSURE_ASSIGN_OR_RETURN(auto member, tx.memberships(partnership.id).Add(membership));
    ASSURE_TRY(tx.invitations().Create(user->id, security::HashToken(token),
                                       now + kSetPasswordLinkLifetime, now));

    const domain::AuditSubject subject{"user", std::to_string(user->id)};
    if (is_new) {
      ASSURE_TRY(domain::Record(
          tx.audit(), domain::MakeAuditEvent(actor, "user.create", domain::AuditOutcome::kSuccess,
                                             now, subject)));
    }
    ASSURE_TRY(domain::Record(
        tx.audit(),
        domain::MakeAuditEvent(actor, "membership.create", domain::AuditOutcome::kSuccess, now,
                               {"membership", std::to_string(member.id)})));
    return domain::Record(tx.audit(),
                          domain::MakeAuditEvent(actor, "invitation.create",
                                                 domain::AuditOutcome::kSuccess, now, subject));
  });
  if (!added) return Fail(added.error());
  std::fprintf(stderr,
               "%s is now %s in %s. Send them this link to set their password (it works once, "
               "for 72 hours):\n",
               options.email.c_str(), std::string{domain::RoleName(*role)}.c_str(),
               options.partnership.c_str());
  std::printf("%s/set-password/%s\n", WithoutTrailingSlashes(options.base_url).c_str(),
              token.c_str());
  return kExitOk;
}

int UserDisable(const std::string& db_url, const std::string& email, const core::Clock& clock) {
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  const auto now = clock.Now();
  auto ended = (*opened)->store().Write([&](domain::Transaction& tx) -> core::Result<int> {
    ASSURE_ASSIGN_OR_RETURN(auto user, FindUser(tx, email));
    if (!user.disabled) {
      user.disabled = true;
      ASSURE_TRY(tx.users().Update(user));
    }
    ASSURE_ASSIGN_OR_RETURN(auto sessions, tx.sessions().EndAll(user.id, now, std::nullopt));
    ASSURE_TRY(RecordUserEvent(tx, user.id, "user.disable", now));
    return sessions;
  });
  if (!ended) return Fail(ended.error());
  std::printf("%s is disabled; %d session(s) ended\n", email.c_str(), *ended);
  return kExitOk;
}

}  // namespace assure::cli
