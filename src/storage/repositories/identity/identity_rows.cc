#include "storage/repositories/identity/identity_rows.h"

#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string HexEncode(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * bytes.size());
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0x0F];
  }
  return hex;
}

std::optional<std::string> HexDecode(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string bytes;
  bytes.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = HexDigit(hex[i]);
    const int low = HexDigit(hex[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    bytes += static_cast<char>(static_cast<unsigned char>(high * 16 + low));
  }
  return bytes;
}

core::Result<domain::User> UserFromRow(const sql::Row& row, std::size_t first) {
  domain::User user;
  user.id = row.Int64(first);
  user.email = row.Text(first + 1);
  user.display_name = row.Text(first + 2);
  user.password_hash = row.Text(first + 3);
  user.disabled = row.Bool(first + 4);
  auto secret = HexDecode(row.Text(first + 5));
  if (!secret) return core::Error::Internal("users.totp_secret is not hexadecimal");
  user.totp_secret = std::move(*secret);
  user.totp_last_step = row.Int64(first + 6);
  ASSURE_ASSIGN_OR_RETURN(auto locked_until,
                          sql::OptionalInstantAt(row, first + 7, "users.locked_until"));
  user.locked_until = locked_until;
  user.version = row.Int64(first + 8);
  return user;
}

core::Result<domain::Membership> MembershipFromRow(const sql::Row& row, std::size_t first) {
  auto role = domain::ParseRole(row.Text(first + 3));
  if (!role) return core::Error::Internal("memberships.role holds an unknown role");
  return domain::Membership{row.Int64(first),
                            row.Int64(first + 1),
                            row.Int64(first + 2),
                            *role,
                            row.OptionalInt64(first + 4),
                            row.Int64(first + 5)};
}

}  // namespace assure::storage
