// How the identity tables' rows become domain values, shared by the repositories that read them
// (users are read by SqlUserRepository and, joined to memberships, by SqlMembershipRepository).
// Internal to storage. Pure functions; thread-safe.
//
// User columns, in this order: id, email, display_name, password_hash, disabled, totp_secret,
// totp_last_step, locked_until, version. Membership columns: id, partnership_id, user_id, role,
// agency_id, version.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/identity/user.h"
#include "storage/sql/row.h"

namespace assure::storage {

inline constexpr std::size_t kMembershipColumnCount = 6;

// The user whose columns start at `first`. kInternal for a damaged row.
core::Result<domain::User> UserFromRow(const sql::Row& row, std::size_t first = 0);
core::Result<domain::Membership> MembershipFromRow(const sql::Row& row, std::size_t first = 0);

// Lowercase hex of raw bytes (how users.totp_secret is stored), and back (nullopt if not hex).
std::string HexEncode(std::string_view bytes);
std::optional<std::string> HexDecode(std::string_view hex);

}  // namespace assure::storage
