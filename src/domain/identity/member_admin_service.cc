#include "domain/identity/member_admin_service.h"

#include <functional>
#include <utility>

#include "domain/text_rules.h"
#include "security/tokens.h"

namespace assure::domain {

namespace {

constexpr std::string_view kNotHere = "no membership of this partnership";

AuditSubject UserSubject(UserId id) { return {"user", std::to_string(id)}; }

std::string NotAllowedReason(Action action) {
  return "role does not allow user:" + std::string{ActionName(action)};
}

core::Error NotAllowed() {
  return core::Error::Forbidden("Your role does not allow this change to people's accounts.");
}

bool Allowed(const Requester& requester, Action action) {
  return Permits(requester.principal, Resource::kUser, action, InPartnership(requester));
}

}  // namespace

MemberAdminService::MemberAdminService(Store& store, const core::Clock& clock,
                                       security::Random& random)
    : store_(store), clock_(clock), random_(random) {}

core::Result<std::vector<MemberRecord>> MemberAdminService::List(const Requester& requester) const {
  if (!Allowed(requester, Action::kRead)) {
    return RecordRefusal(store_, clock_, requester, "user.list", {"user", ""},
                         NotAllowedReason(Action::kRead), NotAllowed());
  }
  ASSURE_ASSIGN_OR_RETURN(auto members, store_.Read([&](Transaction& tx) {
    return tx.memberships(requester.partnership_id()).ListMembers();
  }));
  std::vector<MemberRecord> records;
  for (auto& member : members) {
    if (records.empty() || records.back().user.id != member.user.id) {
      records.push_back({std::move(member.user), {}});
    }
    records.back().memberships.push_back(member.membership);
  }
  return records;
}

core::Result<MemberRecord> MemberAdminService::Get(const Requester& requester,
                                                   UserId user_id) const {
  std::optional<std::string> refused;
  auto record = store_.Write([&](Transaction& tx) -> core::Result<MemberRecord> {
    auto& memberships = tx.memberships(requester.partnership_id());
    auto user = memberships.GetMemberUser(user_id);
    if (!user.ok()) {
      if (user.error().code == core::ErrorCode::kNotFound) refused = kNotHere;
      return user.error();
    }
    if (!Allowed(requester, Action::kRead)) {
      refused = NotAllowedReason(Action::kRead);
      return NotAllowed();
    }
    ASSURE_ASSIGN_OR_RETURN(auto held, memberships.ForUser(user_id));
    ASSURE_TRY(
        Record(tx.audit(), MakeAuditEvent(requester.actor, "user.read", AuditOutcome::kSuccess,
                                          clock_.Now(), UserSubject(user_id))));
    return MemberRecord{std::move(*user), std::move(held)};
  });
  if (!record.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, "user.read", UserSubject(user_id), *refused,
                         record.error());
  }
  return record;
}

core::Result<InvitedMember> MemberAdminService::Invite(const Requester& requester,
                                                       MemberInvitation invitation) const {
  if (!Allowed(requester, Action::kCreate)) {
    return RecordRefusal(store_, clock_, requester, "user.invite", {"user", ""},
                         NotAllowedReason(Action::kCreate), NotAllowed());
  }
  invitation.display_name = TrimName(invitation.display_name);
  ASSURE_ASSIGN_OR_RETURN(auto email, NormalizeEmail(invitation.email));
  ASSURE_TRY(ValidateNewUser({email, invitation.display_name}));
  Membership membership;
  membership.partnership_id = requester.partnership_id();
  membership.role = invitation.role;
  if (invitation.role == Role::kAgencyLead) membership.agency_id = invitation.agency_id;
  ASSURE_TRY(ValidateMembership(membership));

  return store_.Write([&](Transaction& tx) -> core::Result<InvitedMember> {
    const auto now = clock_.Now();
    InvitedMember invited;
    auto existing = tx.users().FindByEmail(email);
    if (existing.ok()) {
      // Someone who works for another partnership is that partnership's person too: adding them
      // here from this partnership's pages would show their name and status, and could lock
      // them out of the other. The service operator adds such people (`assure user add`).
      ASSURE_ASSIGN_OR_RETURN(auto elsewhere, tx.users().Memberships(existing->id));
      for (const auto& held : elsewhere) {
        if (held.partnership_id != requester.partnership_id()) {
          return core::Error::Conflict(
              "This email address cannot be invited from here. Ask Assure's service "
              "administrator to add this person.",
              "email");
        }
      }
      invited.user = std::move(*existing);
    } else if (existing.error().code == core::ErrorCode::kNotFound) {
      ASSURE_ASSIGN_OR_RETURN(auto created, tx.users().Create({email, invitation.display_name}));
      invited.user = std::move(created);
      invited.new_account = true;
    } else {
      return existing.error();
    }
    membership.user_id = invited.user.id;
    ASSURE_ASSIGN_OR_RETURN(auto added, tx.memberships(requester.partnership_id()).Add(membership));
    invited.membership = added;
    bool only_here = true;
    ASSURE_ASSIGN_OR_RETURN(auto everywhere, tx.users().Memberships(invited.user.id));
    for (const auto& held : everywhere) {
      only_here = only_here && held.partnership_id == requester.partnership_id();
    }
    if (invited.user.password_hash.empty() && only_here) {
      invited.set_password_token = security::NewToken(random_);
      invited.link_expires_at = now + kSetPasswordLinkLifetime;
      ASSURE_TRY(tx.invitations().Create(invited.user.id,
                                         security::HashToken(invited.set_password_token),
                                         invited.link_expires_at, now));
    }
    std::string reason = "role " + std::string{RoleName(membership.role)};
    if (membership.agency_id) reason += ", agency " + std::to_string(*membership.agency_id);
    reason += invited.new_account ? "; new account" : "; existing account";
    if (!invited.set_password_token.empty()) reason += "; set-password link issued";
    ASSURE_TRY(
        Record(tx.audit(), MakeAuditEvent(requester.actor, "user.invite", AuditOutcome::kSuccess,
                                          now, UserSubject(invited.user.id), std::move(reason))));
    return invited;
  });
}

core::Status MemberAdminService::ChangeMember(
    const Requester& requester, UserId user_id, std::string_view action,
    const std::function<core::Result<std::string>(Transaction&, User&)>& change) const {
  std::optional<std::string> refused;
  auto changed = store_.Write([&](Transaction& tx) -> core::Status {
    auto user = tx.memberships(requester.partnership_id()).GetMemberUser(user_id);
    if (!user.ok()) {
      if (user.error().code == core::ErrorCode::kNotFound) refused = kNotHere;
      return user.error();
    }
    if (!Allowed(requester, Action::kUpdate)) {
      refused = NotAllowedReason(Action::kUpdate);
      return NotAllowed();
    }
    if (user_id == requester.user_id()) {
      return core::Error::InvalidInput(
          "", "You cannot do this to your own account. Ask another administrator.");
    }
    // Disabling and MFA resets act on the whole account: only when this partnership is the
    // person's only one, so no partnership can lock someone out of another.
    ASSURE_ASSIGN_OR_RETURN(auto everywhere, tx.users().Memberships(user_id));
    for (const auto& membership : everywhere) {
      if (membership.partnership_id != requester.partnership_id()) {
        return core::Error::Conflict(
            "This person also works for another partnership, so their account can only be "
            "changed by Assure's service administrator.");
      }
    }
    ASSURE_ASSIGN_OR_RETURN(auto reason, change(tx, *user));
    return Record(tx.audit(),
                  MakeAuditEvent(requester.actor, std::string{action}, AuditOutcome::kSuccess,
                                 clock_.Now(), UserSubject(user_id), std::move(reason)));
  });
  if (!changed.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, std::string{action}, UserSubject(user_id),
                         *refused, changed.error());
  }
  return changed;
}

core::Result<int> MemberAdminService::Disable(const Requester& requester, UserId user_id) const {
  int ended = 0;
  ASSURE_TRY(ChangeMember(requester, user_id, "user.disable",
                          [&](Transaction& tx, User& user) -> core::Result<std::string> {
                            user.disabled = true;
                            ASSURE_TRY(tx.users().Update(user));
                            ASSURE_ASSIGN_OR_RETURN(
                                auto count,
                                tx.sessions().EndAll(user.id, clock_.Now(), std::nullopt));
                            ended = count;
                            return "ended " + std::to_string(ended) + " session(s)";
                          }));
  return ended;
}

core::Status MemberAdminService::ResetMfa(const Requester& requester, UserId user_id) const {
  return ChangeMember(requester, user_id, "user.mfa_reset",
                      [&](Transaction& tx, User& user) -> core::Result<std::string> {
                        const auto now = clock_.Now();
                        user.totp_secret.clear();
                        user.totp_last_step = 0;
                        ASSURE_TRY(tx.users().Update(user));
                        ASSURE_TRY(tx.recovery_codes().Replace(user.id, {}, now));
                        ASSURE_ASSIGN_OR_RETURN(auto count,
                                                tx.sessions().EndAll(user.id, now, std::nullopt));
                        return "authenticator and recovery codes cleared; ended " +
                               std::to_string(count) + " session(s)";
                      });
}

}  // namespace assure::domain
