#include "security/password_policy.h"

#include <fstream>
#include <string>
#include <utility>

namespace assure::security {
namespace {

std::string AsciiLower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

core::Result<CommonPasswords> CommonPasswords::LoadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return core::Error::Unavailable("Cannot read the common passwords list " + path.string() + ".");
  }
  CommonPasswords common;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.starts_with("#!comment:")) continue;
    common.Add(line);
  }
  if (in.bad()) {
    return core::Error::Unavailable("Cannot read the common passwords list " + path.string() + ".");
  }
  if (common.size() == 0) {
    return core::Error::InvalidInput(
        "common_passwords_file",
        "The common passwords list " + path.string() + " holds no passwords.");
  }
  return common;
}

CommonPasswords CommonPasswords::FromList(std::vector<std::string> passwords) {
  CommonPasswords common;
  for (auto& password : passwords) common.Add(std::move(password));
  return common;
}

void CommonPasswords::Add(std::string password) {
  lowered_.insert(AsciiLower(std::move(password)));
}

bool CommonPasswords::Contains(std::string_view password) const {
  return lowered_.count(AsciiLower(std::string(password))) > 0;
}

core::Result<std::size_t> CountCodePoints(std::string_view utf8, std::string_view field) {
  const auto malformed = [&] {
    return core::Error::InvalidInput(std::string(field),
                                     "Contains bytes that are not valid UTF-8 text.");
  };
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t length = 0;
    char32_t code_point = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
      length = 1;
      code_point = lead;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2;
      code_point = lead & 0x1Fu;
      minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      code_point = lead & 0x0Fu;
      minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      code_point = lead & 0x07u;
      minimum = 0x10000;
    } else {
      return malformed();
    }
    if (utf8.size() - i < length) return malformed();
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(utf8[i + k]);
      if ((next & 0xC0) != 0x80) return malformed();
      code_point = (code_point << 6) | (next & 0x3Fu);
    }
    if (code_point < minimum || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return malformed();
    }
    i += length;
    ++count;
  }
  return count;
}

core::Status CheckNewPassword(std::string_view password, const CommonPasswords& common) {
  ASSURE_ASSIGN_OR_RETURN(auto count, CountCodePoints(password, "password"));
  if (count < kPasswordMinCodePoints) {
    return core::Error::InvalidInput(
        "password", "Use at least " + std::to_string(kPasswordMinCodePoints) + " characters.");
  }
  if (count > kPasswordMaxCodePoints) {
    return core::Error::InvalidInput(
        "password", "Use at most " + std::to_string(kPasswordMaxCodePoints) + " characters.");
  }
  if (common.Contains(password)) {
    return core::Error::InvalidInput(
        "password", "This password is on a list of commonly used passwords. Choose another.");
  }
  return core::Ok();
}

}  // namespace assure::security
