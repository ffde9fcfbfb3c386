// TOTP (RFC 6238, HMAC-SHA-1, 30-second steps from the Unix epoch): the second factor that
// authenticator apps show, computed with liboath; plus the RFC 4648 base32 and otpauth:// URI
// those apps expect.
//
// Secrets are raw bytes (20 from NewTotpSecret); a person sees them only as Base32 when setting
// up an app. VerifyTotp returns the 30-second step that matched: callers store the last accepted
// step and refuse a code whose step is not greater, so no code is accepted twice (ASVS 2.8.4).
// The time is always passed in (from core::Clock). Free functions; thread-safe (oath_init runs
// once behind a function-local static).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "security/random.h"

namespace assure::security {

inline constexpr std::size_t kTotpSecretBytes = 20;
inline constexpr int kTotpStepSeconds = 30;
inline constexpr int kTotpDigits = 6;

std::string NewTotpSecret(Random& random);

// RFC 4648 base32: uppercase A-Z and 2-7, no padding.
std::string Base32(std::string_view bytes);

// Accepts either case and ignores spaces, hyphens and trailing "=" padding. InvalidInput on
// field "secret" for any other character, an impossible length or non-zero trailing bits.
core::Result<std::string> FromBase32(std::string_view text);

// The 30-second step that holds `at` (floor of Unix seconds / 30).
std::int64_t TotpStep(core::Instant at);

// The code for `at`, zero-padded to `digits`.
// REQUIRES: !secret.empty(), 6 <= digits <= 8, `at` not before 1970. Throws std::invalid_argument
// otherwise (a bug in the caller).
std::string TotpCode(std::string_view secret, core::Instant at, int digits = kTotpDigits);

// The step whose code equals `code`, trying the steps from window_steps before `at` to
// window_steps after it; nullopt if none does, if code is not exactly `digits` ASCII digits, or
// if secret is empty. Each candidate is compared in constant time.
// REQUIRES: 6 <= digits <= 8 (std::invalid_argument otherwise).
std::optional<std::int64_t> VerifyTotp(std::string_view secret, std::string_view code,
                                       core::Instant at, int window_steps = 1,
                                       int digits = kTotpDigits);

// "otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30"
// with issuer and account percent-encoded (RFC 3986 unreserved characters kept).
std::string OtpauthUri(std::string_view issuer, std::string_view account, std::string_view secret);

}  // namespace assure::security
