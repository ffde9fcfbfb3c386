#include "security/totp.h"

#include <liboath/oath.h>

#include <array>
#include <chrono>
#include <ctime>
#include <stdexcept>

#include "security/tokens.h"

namespace assure::security {
namespace {

constexpr std::string_view kBase32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

void EnsureOathInitialized() {
  static const bool initialized = [] {
    if (oath_init() != OATH_OK) throw std::runtime_error("liboath could not be initialised");
    return true;
  }();
  (void)initialized;
}

// The code for one step. REQUIRES: step >= 0, 6 <= digits <= 8, !secret.empty().
std::string CodeForStep(std::string_view secret, std::int64_t step, int digits) {
  EnsureOathInitialized();
  std::array<char, 9> otp{};  // up to 8 digits and the NUL
  const auto now = static_cast<std::time_t>(step * kTotpStepSeconds);
  const int rc = oath_totp_generate2(secret.data(), secret.size(), now, kTotpStepSeconds,
                                     OATH_TOTP_DEFAULT_START_TIME, static_cast<unsigned>(digits), 0,
                                     otp.data());
  if (rc != OATH_OK) {
    throw std::runtime_error(std::string("oath_totp_generate2 failed: ") + oath_strerror(rc));
  }
  return std::string(otp.data());
}

void CheckDigits(int digits) {
  if (digits < 6 || digits > 8) throw std::invalid_argument("TOTP digits must be 6, 7 or 8");
}

int Base32Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= '2' && c <= '7') return c - '2' + 26;
  return -1;
}

bool IsUnreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

std::string PercentEncode(std::string_view text) {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    if (IsUnreserved(c)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

}  // namespace

std::string NewTotpSecret(Random& random) { return random.Bytes(kTotpSecretBytes); }

std::string Base32(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 8 + 4) / 5);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char c : bytes) {
    buffer = (buffer << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += kBase32Alphabet[(buffer >> bits) & 0x1F];
    }
  }
  if (bits > 0) out += kBase32Alphabet[(buffer << (5 - bits)) & 0x1F];
  return out;
}

core::Result<std::string> FromBase32(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t symbols = 0;
  for (const char c : text) {
    if (c == ' ' || c == '-') continue;
    const int value = Base32Value(c);
    if (value < 0) {
      return core::Error::InvalidInput("secret",
                                       "Use only the letters A to Z and the digits 2 to 7.");
    }
    ++symbols;
    buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  // Whole bytes leave 0, 2, 4, 5 or 7 symbols in the last group of 8; and the unused bits of the
  // last symbol are zero in the canonical encoding.
  const std::size_t tail = symbols % 8;
  const bool possible_length = tail == 0 || tail == 2 || tail == 4 || tail == 5 || tail == 7;
  if (!possible_length || (buffer & ((1u << bits) - 1)) != 0) {
    return core::Error::InvalidInput("secret", "This is not a complete base32 secret.");
  }
  return out;
}

std::int64_t TotpStep(core::Instant at) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(at).time_since_epoch().count();
  const std::int64_t step = kTotpStepSeconds;
  return seconds >= 0 ? seconds / step : -((-seconds + step - 1) / step);
}

std::string TotpCode(std::string_view secret, core::Instant at, int digits) {
  CheckDigits(digits);
  if (secret.empty()) throw std::invalid_argument("TOTP secret is empty");
  const std::int64_t step = TotpStep(at);
  if (step < 0) throw std::invalid_argument("TOTP time is before 1970");
  return CodeForStep(secret, step, digits);
}

std::optional<std::int64_t> VerifyTotp(std::string_view secret, std::string_view code,
                                       core::Instant at, int window_steps, int digits) {
  CheckDigits(digits);
  if (secret.empty() || window_steps < 0) return std::nullopt;
  if (code.size() != static_cast<std::size_t>(digits)) return std::nullopt;
  for (const char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const std::int64_t now = TotpStep(at);
  std::optional<std::int64_t> matched;
  // Every candidate is computed and compared, so the time taken does not say which one matched.
  for (std::int64_t step = now - window_steps; step <= now + window_steps; ++step) {
    if (step < 0) continue;
    if (ConstantTimeEquals(CodeForStep(secret, step, digits), code) && !matched) matched = step;
  }
  return matched;
}

std::string OtpauthUri(std::string_view issuer, std::string_view account, std::string_view secret) {
  const std::string encoded_issuer = PercentEncode(issuer);
  return "otpauth://totp/" + encoded_issuer + ":" + PercentEncode(account) +
         "?secret=" + Base32(secret) + "&issuer=" + encoded_issuer +
         "&algorithm=SHA1&digits=" + std::to_string(kTotpDigits) +
         "&period=" + std::to_string(kTotpStepSeconds);
}

}  // namespace assure::security
