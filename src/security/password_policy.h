// Password policy for a new password (set, reset or change), after NIST SP 800-63B and OWASP
// ASVS 4.0.3 V2.1: at least 12 and at most 256 characters counted as Unicode code points, any
// characters allowed, no composition rules, and not on a list of common passwords.
//
// CommonPasswords is loaded once at start-up and then only read: immutable, thread-safe, and
// owned by whoever loads it (normally the composition root), borrowed by CheckNewPassword.
// Comparison ignores ASCII case. Messages never repeat the password.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/result.h"

namespace assure::security {

// Installed by Debian's john-data (Openwall's list, 3546 passwords).
inline constexpr std::string_view kDefaultCommonPasswordsFile = "/usr/share/john/password.lst";

inline constexpr std::size_t kPasswordMinCodePoints = 12;
inline constexpr std::size_t kPasswordMaxCodePoints = 256;

class CommonPasswords {
 public:
  // One password per line; lines starting with "#!comment:" and empty lines are skipped, a
  // trailing CR is dropped. Unavailable if the file cannot be read, InvalidInput (field
  // "common_passwords_file") if it holds no passwords.
  static core::Result<CommonPasswords> LoadFile(const std::filesystem::path& path);
  static CommonPasswords FromList(std::vector<std::string> passwords);

  bool Contains(std::string_view password) const;
  std::size_t size() const { return lowered_.size(); }

 private:
  CommonPasswords() = default;
  void Add(std::string password);

  std::unordered_set<std::string> lowered_;
};

// Ok, or InvalidInput on field "password" saying what to change.
core::Status CheckNewPassword(std::string_view password, const CommonPasswords& common);

// The number of Unicode code points in well-formed UTF-8, or an InvalidInput on `field` for
// malformed UTF-8 (overlong forms, surrogates, beyond U+10FFFF, truncated sequences).
core::Result<std::size_t> CountCodePoints(std::string_view utf8, std::string_view field);

}  // namespace assure::security
