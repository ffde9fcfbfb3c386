// Recovery codes: single-use lookup secrets that stand in for the TOTP app when it is lost.
//
// A code is 24 symbols of Crockford's base32 alphabet in lowercase (0-9 and a-z without i, l, o
// and u), that is 120 random bits, shown in groups of four: "7k2m-9qx4-...". 120 bits meets ASVS
// 4.0.3 2.6.2 (at least 112 bits of entropy) without a salt, so the stored form is
// HashToken(NormalizeRecoveryCode(code)) and a typed code is checked by hashing it the same way.
// NormalizeRecoveryCode ignores case, spaces and hyphens and reads the look-alikes o as 0 and i
// and l as 1. Free functions; thread-safe if the Random is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "security/random.h"

namespace assure::security {

inline constexpr int kRecoveryCodeCount = 10;
inline constexpr std::size_t kRecoveryCodeSymbols = 24;  // 5 bits each
inline constexpr std::size_t kRecoveryCodeGroup = 4;

// REQUIRES: count >= 0.
std::vector<std::string> NewRecoveryCodes(Random& random, int count = kRecoveryCodeCount);

std::string NormalizeRecoveryCode(std::string_view typed);

}  // namespace assure::security
