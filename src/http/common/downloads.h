// The one way a response hands bytes over as a file: Download sets the content type,
// "Content-Disposition: attachment" (never shown inline) with a file name that cannot break the
// header (an ASCII fallback and the UTF-8 name percent-encoded, RFC 6266), and
// "X-Content-Type-Options: nosniff". FileDownload gives back a stored upload; TableDownload a
// list's export as CSV or Excel. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/reviews/cases/review_records.h"
#include "http/response.h"
#include "reports/table.h"

namespace assure::http {

inline constexpr std::string_view kCsvType = "text/csv; charset=utf-8";
inline constexpr std::string_view kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr std::string_view kPdfType = "application/pdf";

Response Download(std::string_view content_type, std::string_view file_name, std::string bytes);

// A stored upload, with its stored name and content type.
Response FileDownload(const domain::ResponseFile& file, std::string bytes);

// `table` as "<stem>.csv" (formula-safe) or, when `xlsx`, "<stem>.xlsx".
core::Result<Response> TableDownload(const reports::Table& table, std::string_view stem, bool xlsx);

// The Content-Disposition value for `file_name`: attachment; filename="..."; filename*=UTF-8''...
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace assure::http
