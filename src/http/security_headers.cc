#include "http/security_headers.h"

namespace assure::http {

void AddSecurityHeaders(Response& response, bool secure) {
  response.SetHeader(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      "frame-ancestors 'none'");
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("Permissions-Policy",
                     "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                     "microphone=(), payment=(), usb=(), interest-cohort=()");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.SetHeader("Cross-Origin-Resource-Policy", "same-origin");
  if (secure) {
    response.SetHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  // Pages may show case data: never store them in shared or browser caches unless the handler
  // said otherwise (static assets do).
  response.SetDefaultHeader("Cache-Control", "no-store");
}

}  // namespace assure::http
