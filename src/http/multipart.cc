#include "http/multipart.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace assure::http {

namespace {

constexpr std::size_t kMaxBoundary = 70;

core::Error Malformed(std::string message) {
  return core::Error::InvalidInput("body", std::move(message));
}

core::Error BadContentType() {
  return core::Error::InvalidInput(
      "content-type", "The form must be sent as multipart/form-data with a valid boundary.");
}

std::string Lower(std::string_view text) {
  std::string out{text};
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 2046 bchars: digits, letters and '()+_,-./:=? (and space, not last).
bool IsBoundaryChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
         std::string_view{"'()+_,-./:=? "}.find(c) != std::string_view::npos;
}

// A header's parameters ("; name=value; name="quoted value""), names lower-cased. A quoted value
// may escape '"' and '\' with a backslash; any other backslash is kept (old browsers send
// Windows paths unescaped). nullopt when a quoted value is not closed.
std::optional<std::vector<std::pair<std::string, std::string>>> Parameters(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ';' || text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) break;
    const std::size_t name_start = i;
    while (i < text.size() && text[i] != '=' && text[i] != ';') ++i;
    std::string name = Lower(Trim(text.substr(name_start, i - name_start)));
    std::string value;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i < text.size() && text[i] == '"') {
        ++i;
        bool closed = false;
        while (i < text.size()) {
          const char c = text[i];
          if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) {
            value += text[i + 1];
            i += 2;
            continue;
          }
          ++i;
          if (c == '"') {
            closed = true;
            break;
          }
          value += c;
        }
        if (!closed) return std::nullopt;
      } else {
        const std::size_t value_start = i;
        while (i < text.size() && text[i] != ';') ++i;
        value = std::string{Trim(text.substr(value_start, i - value_start))};
      }
    }
    if (!name.empty()) out.emplace_back(std::move(name), std::move(value));
  }
  return out;
}

std::optional<std::string> Parameter(
    const std::vector<std::pair<std::string, std::string>>& parameters, std::string_view name) {
  for (const auto& [key, value] : parameters) {
    if (key == name) return value;
  }
  return std::nullopt;
}

// The media type of a header value ("multipart/form-data; ..."), lower-cased, and the rest.
std::pair<std::string, std::string_view> MediaType(std::string_view value) {
  const auto semi = value.find(';');
  return {Lower(Trim(value.substr(0, semi))),
          semi == std::string_view::npos ? std::string_view{} : value.substr(semi + 1)};
}

// Reads one part's header block into `part`.
core::Status ReadHeaders(std::string_view block, MultipartPart& part) {
  bool disposition = false;
  while (!block.empty()) {
    const auto end = block.find("\r\n");
    const std::string_view line = block.substr(0, end);
    block = end == std::string_view::npos ? std::string_view{} : block.substr(end + 2);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      return Malformed("A part of the form has a malformed header.");
    }
    const std::string name = Lower(line.substr(0, colon));
    const std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-disposition") {
      auto [type, rest] = MediaType(value);
      auto parameters = Parameters(rest);
      if (type != "form-data" || !parameters) {
        return Malformed("A part of the form is not form data.");
      }
      auto field = Parameter(*parameters, "name");
      if (!field || field->empty()) return Malformed("A part of the form has no field name.");
      part.name = std::move(*field);
      part.file_name = Parameter(*parameters, "filename");
      disposition = true;
    } else if (name == "content-type") {
      part.content_type = std::string{value};
    }
  }
  if (!disposition) return Malformed("A part of the form has no Content-Disposition.");
  if (part.content_type.empty()) part.content_type = "text/plain";
  return core::Ok();
}

}  // namespace

std::optional<std::string> MultipartForm::Get(std::string_view name) const {
  for (const auto& part : parts_) {
    if (!part.is_file() && part.name == name) return std::string{part.content};
  }
  return std::nullopt;
}

FormData MultipartForm::Fields() const {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& part : parts_) {
    if (!part.is_file()) pairs.emplace_back(part.name, std::string{part.content});
  }
  return FormData{std::move(pairs)};
}

const MultipartPart* MultipartForm::File(std::string_view name) const {
  for (const auto& part : parts_) {
    if (part.is_file() && part.name == name) return &part;
  }
  return nullptr;
}

bool IsMultipartFormData(std::string_view content_type) {
  return MediaType(content_type).first == "multipart/form-data";
}

core::Result<std::string> MultipartBoundary(std::string_view content_type) {
  auto [type, rest] = MediaType(content_type);
  if (type != "multipart/form-data") return BadContentType();
  auto parameters = Parameters(rest);
  if (!parameters) return BadContentType();
  auto boundary = Parameter(*parameters, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > kMaxBoundary ||
      boundary->back() == ' ' || !std::all_of(boundary->begin(), boundary->end(), IsBoundaryChar)) {
    return BadContentType();
  }
  return std::move(*boundary);
}

core::Result<MultipartForm> ParseMultipart(std::string_view content_type, std::string_view body,
                                           const MultipartLimits& limits) {
  ASSURE_ASSIGN_OR_RETURN(auto boundary, MultipartBoundary(content_type));
  const std::string dash = "--" + boundary;
  const std::string delimiter = "\r\n" + dash;

  // The first delimiter: at the very start, or after a preamble.
  std::size_t at = 0;
  if (!body.starts_with(dash)) {
    at = body.find(delimiter);
    if (at == std::string_view::npos) return Malformed("The form has no parts.");
    at += 2;
  }
  at += dash.size();

  std::vector<MultipartPart> parts;
  while (true) {
    std::string_view rest = body.substr(at);
    if (rest.starts_with("--")) break;  // the closing delimiter; the epilogue is ignored
    // Transport padding, then the line break that ends the delimiter line.
    std::size_t skip = 0;
    while (skip < rest.size() && (rest[skip] == ' ' || rest[skip] == '\t')) ++skip;
    if (rest.substr(skip, 2) != "\r\n") return Malformed("The form's parts are not delimited.");
    at += skip + 2;
    if (parts.size() >= limits.max_parts) return Malformed("The form has too many parts.");

    const std::string_view after = body.substr(at);
    const auto headers_end = after.find("\r\n\r\n");
    if (headers_end == std::string_view::npos || headers_end > limits.max_header_bytes) {
      return Malformed("A part of the form has malformed or oversized headers.");
    }
    MultipartPart part;
    ASSURE_TRY(ReadHeaders(after.substr(0, headers_end), part));
    const std::size_t content_start = at + headers_end + 4;
    const auto next = body.find(delimiter, content_start);
    if (next == std::string_view::npos) return Malformed("The form ends before its last part.");
    part.content = body.substr(content_start, next - content_start);
    if (!part.is_file() && part.content.size() > limits.max_field_bytes) {
      return core::Error::InvalidInput(part.name, "This field is too long.");
    }
    parts.push_back(std::move(part));
    at = next + delimiter.size();
  }
  return MultipartForm{std::move(parts)};
}

}  // namespace assure::http
