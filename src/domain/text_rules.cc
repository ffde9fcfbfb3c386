#include "domain/text_rules.h"

#include <algorithm>
#include <string>

#include "domain/utf8.h"

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
  const Utf8Character character = DecodeUtf8(text, 0);
  if (!character.valid) return 0;
  const char32_t code = character.code;
  if (code < 0x20 || code == 0x7F || (code >= 0x80 && code < 0xA0)) return 0;
  return character.length;
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
