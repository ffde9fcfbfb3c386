// Text rules shared by the entities: what a slug and a display name may look like.
//
// Pure functions with no state; safe to call from any thread. Each Validate* returns
// Error::InvalidInput naming the field it was given, with a message a person can act on that never
// repeats the rejected value (it may be personal data).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::domain {

inline constexpr std::size_t kSlugMinLength = 2;
inline constexpr std::size_t kSlugMaxLength = 63;
inline constexpr std::size_t kNameMaxCharacters = 200;

// A slug: 2-63 characters of lowercase letters a-z, digits and hyphens, starting and ending with a
// letter or digit (so it reads well in a URL: /p/north-yorkshire).
core::Status ValidateSlug(std::string_view field, std::string_view slug);

// A display name: 1-200 characters (Unicode code points) of valid UTF-8, not blank, no control
// characters, and already trimmed (no leading or trailing white space: call TrimName first).
core::Status ValidateName(std::string_view field, std::string_view name);

// Free text (a summary, a rationale, a response): valid UTF-8, up to `max` code points, line
// breaks and tabs allowed but no other control character; when `required`, not blank.
core::Status ValidateLongText(std::string_view field, std::string_view text, std::size_t max,
                              bool required);

// The byte length of the UTF-8 sequence at the start of `text` when it is valid and holds a
// printable character (no C0, DEL or C1 control); 0 otherwise, or when `text` is empty.
std::size_t PrintableCharacterLength(std::string_view text);

// True if `text` is valid UTF-8 holding no control character (C0, DEL or C1). Empty text is.
bool IsPrintableUtf8(std::string_view text);

// The name with leading and trailing white space (ASCII spaces, tabs, line breaks) removed.
std::string TrimName(std::string_view name);

}  // namespace assure::domain
