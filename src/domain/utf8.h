// UTF-8, one character at a time: decoding the character at a byte offset and appending a code
// point. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace assure::domain {

struct Utf8Character {
  char32_t code = 0;
  std::size_t length = 1;  // bytes; 1 for an invalid sequence, so a reader can step past it
  bool valid = false;
};

// The character starting at byte `at` of `text` (REQUIRES: at < text.size()). Invalid: a stray
// continuation byte, a cut-off sequence, an overlong form, a surrogate or a code past U+10FFFF.
Utf8Character DecodeUtf8(std::string_view text, std::size_t at);

// Appends `code` (REQUIRES: a Unicode scalar value) to `out` as UTF-8.
void AppendUtf8(char32_t code, std::string& out);

}  // namespace assure::domain
