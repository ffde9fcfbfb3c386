// ErrorPages: the bodies of error responses. Requests under /api/ get JSON
// ({"error": code, "message": ..., "field": ..., "error_id": ...}); others an HTML page.
// This is the one place that maps an ErrorCode to an HTTP status. Thread-safe after
// construction (the renderer is).
#pragma once

#include <string_view>

#include "core/error.h"
#include "http/event_log.h"
#include "http/request.h"
#include "http/response.h"
#include "http/views/renderer.h"

namespace assure::http {

int HttpStatusFor(core::ErrorCode code);

class ErrorPages {
 public:
  // Errors answered 5xx are logged (with the request id the page shows) through `log`.
  ErrorPages(const views::Renderer& renderer, const EventLog& log);

  // An error value from a service, mapped to its status.
  Response FromError(const Request& request, const core::Error& error) const;
  // A status with a standard body (404, 405, 500, ...). `error_id` goes on 500 pages.
  Response ForStatus(const Request& request, int status) const;

 private:
  Response Render(const Request& request, int status, std::string_view code,
                  std::string_view message, std::string_view field) const;

  const views::Renderer& renderer_;
  const EventLog& log_;
};

}  // namespace assure::http
