// UserRepository: people who can sign in (not owned by any one partnership), and
// MembershipRepository: their memberships of ONE partnership. Declared here, implemented by
// storage. Like every repository, an instance works inside one transaction its creator provides
// and is used by one thread at a time. Expected failures: kNotFound, kConflict (email taken:
// field "email"; a stale version), kInvalidInput, kUnavailable.
#pragma once

#include <vector>

#include "core/result.h"
#include "domain/identity/user.h"

namespace assure::domain {

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  // Validates, normalises the email and stores a new user at version 1 (no password yet).
  virtual core::Result<User> Create(const NewUser& user) = 0;
  virtual core::Result<User> Get(UserId id) = 0;
  // `email` is normalised before the lookup.
  virtual core::Result<User> FindByEmail(std::string_view email) = 0;
  // Stores display_name, password_hash, disabled, totp_secret, totp_last_step and locked_until if
  // the stored version still equals user.version; returns the user at its new version.
  virtual core::Result<User> Update(const User& user) = 0;
  // Every membership of the user, in every partnership (for choosing where to work).
  virtual core::Result<std::vector<Membership>> Memberships(UserId id) = 0;
};

struct Member {
  Membership membership;
  User user;
};

// Bound to one partnership when made; every operation is confined to it: another partnership's
// membership or user is kNotFound, exactly as if it did not exist.
class MembershipRepository {
 public:
  virtual ~MembershipRepository() = default;
  // Validates and stores at version 1; the agency, if any, must belong to this partnership.
  // kConflict (field "role") if the user already holds that role here.
  virtual core::Result<Membership> Add(const Membership& membership) = 0;
  virtual core::Result<Membership> Get(MembershipId id) = 0;
  // The user's memberships here (empty if none).
  virtual core::Result<std::vector<Membership>> ForUser(UserId user_id) = 0;
  // Every member with their user record, by display name (case-folded, then id).
  virtual core::Result<std::vector<Member>> ListMembers() = 0;
  // The user, only if they hold a membership of this partnership.
  virtual core::Result<User> GetMemberUser(UserId user_id) = 0;
  // Stores role and agency_id if the stored version still equals membership.version.
  virtual core::Result<Membership> Update(const Membership& membership) = 0;
  virtual core::Status Remove(MembershipId id, Version version) = 0;
};

}  // namespace assure::domain
