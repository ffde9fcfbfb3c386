#include "http/handlers/file_download.h"

#include <cctype>
#include <utility>

namespace assure::http::handlers {

namespace {

bool IsPlain(unsigned char c) { return std::isalnum(c) != 0 || c == '.' || c == '-' || c == '_'; }

}  // namespace

std::string AttachmentDisposition(std::string_view file_name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string fallback;
  std::string encoded;
  for (char c : file_name) {
    const auto byte = static_cast<unsigned char>(c);
    fallback += IsPlain(byte) || c == ' ' ? c : '_';
    if (IsPlain(byte)) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0x0F];
    }
  }
  if (fallback.empty()) fallback = "download";
  return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

Response FileDownload(const domain::ResponseFile& file, std::string bytes) {
  Response response;
  response.status = 200;
  response.body = std::move(bytes);
  response.SetHeader("Content-Type", file.content_type);
  response.SetHeader("Content-Disposition", AttachmentDisposition(file.file_name));
  response.SetHeader("X-Content-Type-Options", "nosniff");
  return response;
}

}  // namespace assure::http::handlers
