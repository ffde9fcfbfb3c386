// The headers every response carries, pages, assets and errors alike: a strict Content Security
// Policy (no inline script or style, no framing), nosniff, a referrer policy, a permissions
// policy, and HSTS when the client reached us over HTTPS. Pure; thread-safe.
#pragma once

#include "http/response.h"

namespace assure::http {

void AddSecurityHeaders(Response& response, bool secure);

}  // namespace assure::http
