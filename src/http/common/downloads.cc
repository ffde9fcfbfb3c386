#include "http/common/downloads.h"

#include <cctype>
#include <utility>

namespace assure::http {

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

Response Download(std::string_view content_type, std::string_view file_name, std::string bytes) {
  Response response;
  response.status = 200;
  response.body = std::move(bytes);
  response.SetHeader("Content-Type", std::string{content_type});
  response.SetHeader("Content-Disposition", AttachmentDisposition(file_name));
  response.SetHeader("X-Content-Type-Options", "nosniff");
  return response;
}

Response FileDownload(const domain::ResponseFile& file, std::string bytes) {
  return Download(file.content_type, file.file_name, std::move(bytes));
}

core::Result<Response> TableDownload(const reports::Table& table, std::string_view stem,
                                     bool xlsx) {
  if (!xlsx) return Download(kCsvType, std::string{stem} + ".csv", reports::ToCsv(table));
  ASSURE_ASSIGN_OR_RETURN(auto workbook, reports::ToXlsx(table));
  return Download(kXlsxType, std::string{stem} + ".xlsx", std::move(workbook));
}

}  // namespace assure::http
