// User: a person who can sign in, and Membership: their place in one partnership (role, and the
// agency they work for where the role is agency-bound). Users are not owned by a partnership (one
// person may serve several, e.g. an independent reviewer); memberships are. Plain values; safe to
// copy between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/role.h"
#include "domain/ids.h"

namespace assure::domain {

using UserId = std::int64_t;
using MembershipId = std::int64_t;

struct User {
  UserId id = 0;
  std::string email;          // normalised: trimmed, lower-case; unique
  std::string display_name;   // "Sam Patel"
  std::string password_hash;  // Argon2id string; empty until the person sets a password
  bool disabled = false;
  std::string totp_secret;                    // raw bytes; empty until MFA enrolment is confirmed
  std::int64_t totp_last_step = 0;            // the last accepted TOTP time step (refuses replays)
  std::optional<core::Instant> locked_until;  // sign-in refused until then (throttling)
  Version version = 0;
};

struct NewUser {
  std::string email;
  std::string display_name;
};

struct Membership {
  MembershipId id = 0;
  PartnershipId partnership_id = 0;
  UserId user_id = 0;
  Role role = Role::kBoardMember;
  std::optional<AgencyId> agency_id;  // required for agency_lead
  Version version = 0;
};

// Trims and lower-cases; refuses anything that is not one plausible address (field "email").
core::Result<std::string> NormalizeEmail(std::string_view email);
// Checks email (field "email") and display_name (field "name").
core::Status ValidateNewUser(const NewUser& user);
// An agency lead must name their agency (field "agency").
core::Status ValidateMembership(const Membership& membership);

}  // namespace assure::domain
