// The JSON API under /api/v1. Calls carry a personal access token ("Authorization: Bearer ...")
// or the session cookie with the X-CSRF-Token header; the access gate applies the same policy as
// for pages. doc/openapi.yaml describes every route. Thread-safe (stateless).
#pragma once

#include "http/router.h"

namespace assure::http::handlers {

void AddApiRoutes(Router& router);

}  // namespace assure::http::handlers
