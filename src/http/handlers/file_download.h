// The response that hands an uploaded file back: its stored bytes with its stored content type,
// "Content-Disposition: attachment" (never shown inline) with a filename that cannot break the
// header (an ASCII fallback and the UTF-8 name percent-encoded, RFC 6266), and
// "X-Content-Type-Options: nosniff". Used by the page and the API download routes. Pure;
// thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "domain/reviews/review_records.h"
#include "http/response.h"

namespace assure::http::handlers {

Response FileDownload(const domain::ResponseFile& file, std::string bytes);

// The Content-Disposition value for `file_name`: attachment; filename="..."; filename*=UTF-8''...
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace assure::http::handlers
