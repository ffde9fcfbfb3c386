// Tokens: random bearer secrets and the one-way form they are stored in.
//
// A token (session, API, set-password link) is 32 random bytes shown as 43 base64url characters
// without padding. Only HashToken(token), the hex SHA-256, is ever stored or logged against a
// record; the token itself goes to its holder once. A plain hash is enough because the token
// carries 256 bits of entropy: no salt or slow hash is needed against guessing. Compare stored
// hashes with ConstantTimeEquals, never ==. Free functions, no state; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "security/random.h"

namespace assure::security {

inline constexpr std::size_t kTokenBytes = 32;
inline constexpr std::size_t kTokenLength = 43;  // base64url of 32 bytes, no padding

std::string NewToken(Random& random);

// The stored form of a token or recovery code: lowercase hex SHA-256, 64 characters.
std::string HashToken(std::string_view token);

// Lowercase hex SHA-256 of any bytes.
std::string Sha256Hex(std::string_view bytes);

// Standard base64 with padding (RFC 4648 section 4), e.g. for data: URIs.
std::string Base64(std::string_view bytes);

// True when a and b hold the same bytes. Time depends only on the lengths, never on where the
// first difference is; different lengths are unequal.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace assure::security
