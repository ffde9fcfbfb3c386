// Multipart form data (RFC 7578, multipart/form-data): the body of an HTML form with a file
// input. ParseMultipart reads the boundary from the Content-Type header and splits the body into
// its parts, each with its field name, its file name (file inputs only) and its content type.
//
// Limits keep a hostile body from costing more than its size: how many parts, how large one
// part's headers and how large a text field may be (a file part may be as large as the body; the
// server's body limit and the upload rules bound it). Anything malformed is kInvalidInput naming
// "content-type" or "body" (or the text field that is too long), and never repeats what was sent.
// Pure functions; the parsed form holds views into the body, valid while the body lives.
// Thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/common/url_encoding.h"

namespace assure::http {

struct MultipartPart {
  std::string name;                      // the form field's name
  std::optional<std::string> file_name;  // set for a file input; empty when no file was chosen
  std::string content_type;              // as sent; "text/plain" when the part names none
  std::string_view content;              // into the body

  bool is_file() const { return file_name.has_value(); }
};

struct MultipartLimits {
  std::size_t max_parts = 32;
  std::size_t max_header_bytes = 8 * 1024;   // one part's header block
  std::size_t max_field_bytes = 256 * 1024;  // one text field (a part without a file name)
};

class MultipartForm {
 public:
  MultipartForm() = default;
  explicit MultipartForm(std::vector<MultipartPart> parts) : parts_(std::move(parts)) {}

  // The first text field called `name` (file parts are not text fields).
  std::optional<std::string> Get(std::string_view name) const;
  // The text fields, in order, as a FormData (for handlers shared with url-encoded forms).
  FormData Fields() const;
  // The first file part called `name`, or null.
  const MultipartPart* File(std::string_view name) const;
  const std::vector<MultipartPart>& parts() const { return parts_; }

 private:
  std::vector<MultipartPart> parts_;
};

// True when the media type of `content_type` is multipart/form-data (any case, any parameters).
bool IsMultipartFormData(std::string_view content_type);

// The boundary parameter of a multipart/form-data Content-Type (quoted or not): 1 to 70
// characters of those RFC 2046 allows. kInvalidInput ("content-type") otherwise.
core::Result<std::string> MultipartBoundary(std::string_view content_type);

// Splits `body` into its parts. Each part needs a Content-Disposition of form-data with a name;
// the body must end with the closing delimiter. Preamble and epilogue are ignored.
core::Result<MultipartForm> ParseMultipart(std::string_view content_type, std::string_view body,
                                           const MultipartLimits& limits = {});

}  // namespace assure::http
