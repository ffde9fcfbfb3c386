// Upload rules for evidence files (agency responses now; action evidence later): what may be
// uploaded, how big, and under what name. The type is decided from the bytes (their signature),
// never from what the browser claims, and must agree with the file name's extension. Pure;
// thread-safe.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::domain {

inline constexpr std::size_t kMaxUploadBytes = 10 * 1024 * 1024;  // 10 MiB a file

struct AcceptedUpload {
  std::string file_name;     // cleaned: no path, no control characters, at most 120 characters
  std::string content_type;  // "application/pdf", ...
};

// The extensions allowed, for the form's hint: ".pdf", ".docx", ".xlsx", ".png", ".jpg", ".txt".
std::span<const std::string_view> AllowedUploadExtensions();

// Checks one file (field names it in errors): not empty, at most kMaxUploadBytes, a type in the
// allowed list by its signature (PDF, Word and Excel OOXML (a ZIP with the right part), PNG,
// JPEG, plain UTF-8 text) whose extension matches. Returns the cleaned name and the type.
core::Result<AcceptedUpload> CheckUpload(std::string_view field, std::string_view file_name,
                                         std::string_view bytes);

}  // namespace assure::domain
