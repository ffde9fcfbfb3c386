// MemberAdminService: the people of the asker's partnership (users holding a membership here), as
// an administrator manages them and a business manager reads them: list, read, invite, disable,
// and reset MFA.
//
// Each call checks the policy (domain::Permits, resource kUser) and writes its audit event in the
// same transaction as the change, naming the user ("user.invite", "user.disable",
// "user.mfa_reset"; "user.read" for a person's page). A user id with no membership of the asker's
// partnership (another partnership's person, or nobody) is kNotFound, exactly as if it did not
// exist, and the attempt is audited with outcome denied in the asker's trail.
//
// Users are not owned by one partnership (an independent reviewer may serve several), so
// disabling a person and resetting their MFA act on the account everywhere. Inviting someone who
// already has an account adds a membership only: a set-password link is issued only for an
// account with no password yet and no membership of another partnership, so one partnership can
// never take over another's member.
//
// Expected failures: kNotFound, kForbidden, kInvalidInput (fields "email", "name", "role",
// "agency"; or none, for acting on oneself), kConflict (field "role": they already hold it here;
// no field: someone else changed the person first), kUnavailable. Thread-safe: references to
// thread-safe collaborators and no mutable state; cheap to copy.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/store.h"
#include "security/random.h"

namespace assure::domain {

inline constexpr std::chrono::hours kSetPasswordLinkLifetime{72};

// A person with their memberships of the asker's partnership (never another's).
struct MemberRecord {
  User user;
  std::vector<Membership> memberships;
};

struct MemberInvitation {
  std::string email;
  std::string display_name;
  Role role = Role::kBoardMember;
  std::optional<AgencyId> agency_id;  // agency leads only; ignored for other roles
};

struct InvitedMember {
  User user;
  Membership membership;
  bool new_account = false;
  // The set-password link's token, to show once ("/set-password/<token>"); only its hash is
  // stored. Empty when the person already has a password.
  std::string set_password_token;
  core::Instant link_expires_at;
};

class MemberAdminService {
 public:
  MemberAdminService(Store& store, const core::Clock& clock, security::Random& random);

  // Every member, by display name.
  core::Result<std::vector<MemberRecord>> List(const Requester& requester) const;
  core::Result<MemberRecord> Get(const Requester& requester, UserId user_id) const;
  // Creates the account if the email is new, adds the membership, and issues a set-password link
  // (valid for kSetPasswordLinkLifetime) when the account has no password.
  core::Result<InvitedMember> Invite(const Requester& requester, MemberInvitation invitation) const;
  // Marks the account disabled and ends all its sessions; returns how many it ended.
  core::Result<int> Disable(const Requester& requester, UserId user_id) const;
  // Clears the authenticator secret and the recovery codes, so the person sets MFA up again at
  // their next sign-in, and ends their sessions.
  core::Status ResetMfa(const Requester& requester, UserId user_id) const;

 private:
  // Runs `change` on the member in one write transaction, after the lookup and the policy check;
  // refusals are audited as `action` with outcome denied.
  core::Status ChangeMember(
      const Requester& requester, UserId user_id, std::string_view action,
      const std::function<core::Result<std::string>(Transaction&, User&)>& change) const;

  Store& store_;
  const core::Clock& clock_;
  security::Random& random_;
};

}  // namespace assure::domain
