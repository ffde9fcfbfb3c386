#include "security/recovery_codes.h"

#include <cstdint>

namespace assure::security {
namespace {

constexpr std::string_view kAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";
static_assert(kAlphabet.size() == 32);
static_assert(kRecoveryCodeSymbols * 5 % 8 == 0);

std::string NewRecoveryCode(Random& random) {
  const std::string bytes = random.Bytes(kRecoveryCodeSymbols * 5 / 8);
  std::string code;
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t symbols = 0;
  for (const char c : bytes) {
    buffer = (buffer << 8) | static_cast<unsigned char>(c);
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      if (symbols > 0 && symbols % kRecoveryCodeGroup == 0) code += '-';
      code += kAlphabet[(buffer >> bits) & 0x1F];
      ++symbols;
    }
  }
  return code;
}

}  // namespace

std::vector<std::string> NewRecoveryCodes(Random& random, int count) {
  std::vector<std::string> codes;
  codes.reserve(static_cast<std::size_t>(count > 0 ? count : 0));
  for (int i = 0; i < count; ++i) codes.push_back(NewRecoveryCode(random));
  return codes;
}

std::string NormalizeRecoveryCode(std::string_view typed) {
  std::string normalized;
  normalized.reserve(typed.size());
  for (char c : typed) {
    if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == 'o') c = '0';
    if (c == 'i' || c == 'l') c = '1';
    normalized += c;
  }
  return normalized;
}

}  // namespace assure::security
