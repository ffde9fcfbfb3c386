#include "domain/text_rules.h"

#include <algorithm>
#include <string>

namespace assure::domain {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsSlugCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// Counts the code points of `text`, or returns false if it is not valid UTF-8 or holds a control
// character (C0, DEL, or C1).
bool CountCodePoints(std::string_view text, std::size_t& count) {
  count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = PrintableCharacterLength(text.substr(i));
    if (length == 0) return false;
    i += length;
    ++count;
  }
  return true;
}

}  // namespace

std::size_t PrintableCharacterLength(std::string_view text) {
  if (text.empty()) return 0;
  const auto lead = static_cast<unsigned char>(text[0]);
  std::size_t length = 0;
  char32_t code = 0;
  if (lead < 0x80) {
    length = 1;
    code = lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code = lead & 0x07u;
  } else {
    return 0;
  }
  if (length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[k]);
    if ((next & 0xC0) != 0x80) return 0;
    code = (code << 6) | (next & 0x3Fu);
  }
  const bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
                        (length == 4 && code < 0x10000);
  if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  if (code < 0x20 || code == 0x7F || (code >= 0x80 && code < 0xA0)) return 0;
  return length;
}

core::Status ValidateSlug(std::string_view field, std::string_view slug) {
  const std::string name{field};
  if (slug.size() < kSlugMinLength || slug.size() > kSlugMaxLength) {
    return core::Error::InvalidInput(name, "The " + name + " must be 2 to 63 characters long.");
  }
  for (char c : slug) {
    if (!IsSlugCharacter(c)) {
      return core::Error::InvalidInput(
          name, "The " + name + " may contain only lowercase letters a-z, digits and hyphens.");
    }
  }
  if (slug.front() == '-' || slug.back() == '-') {
    return core::Error::InvalidInput(name,
                                     "The " + name + " must start and end with a letter or digit.");
  }
  return core::Ok();
}

core::Status ValidateName(std::string_view field, std::string_view value) {
  const std::string name{field};
  if (TrimName(value).empty()) {
    return core::Error::InvalidInput(name, "Enter the " + name + ".");
  }
  if (IsSpace(value.front()) || IsSpace(value.back())) {
    return core::Error::InvalidInput(name, "The " + name + " must not start or end with spaces.");
  }
  std::size_t characters = 0;
  if (!CountCodePoints(value, characters)) {
    return core::Error::InvalidInput(
        name, "The " + name + " contains a character that is not allowed, such as a line break.");
  }
  if (characters > kNameMaxCharacters) {
    return core::Error::InvalidInput(name, "The " + name + " must be 200 characters or fewer.");
  }
  return core::Ok();
}

bool IsPrintableUtf8(std::string_view text) {
  std::size_t characters = 0;
  return CountCodePoints(text, characters);
}

std::string TrimName(std::string_view name) {
  std::size_t begin = 0;
  std::size_t end = name.size();
  while (begin < end && IsSpace(name[begin])) ++begin;
  while (end > begin && IsSpace(name[end - 1])) --end;
  return std::string{name.substr(begin, end - begin)};
}

core::Status ValidateLongText(std::string_view field, std::string_view text, std::size_t max,
                              bool required) {
  if (required && TrimName(text).empty()) {
    return core::Error::InvalidInput(std::string{field}, "This cannot be blank.");
  }
  std::string flat{text};  // line breaks and tabs are fine in long text; other controls are not
  std::replace_if(
      flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  std::size_t characters = 0;
  if (!CountCodePoints(flat, characters)) {
    return core::Error::InvalidInput(std::string{field},
                                     "Remove control characters from this text.");
  }
  if (characters > max) {
    return core::Error::InvalidInput(std::string{field},
                                     "Use " + std::to_string(max) + " characters or fewer.");
  }
  return core::Ok();
}

}  // namespace assure::domain
