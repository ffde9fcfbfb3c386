// GET /healthz (the process is alive) and GET /readyz (the database answers and its migrations
// are current), both JSON, for load balancers and orchestrators. They reveal no data.
#pragma once

#include <functional>
#include <string>

#include "core/result.h"
#include "http/router.h"

namespace assure::http::pages {

// Returns ok when the service can take traffic; otherwise an error saying why
// (e.g. kUnavailable "database unreachable", or "2 migrations pending").
using ReadinessCheck = std::function<core::Status()>;

void AddHealthRoutes(Router& router, ReadinessCheck readiness);

}  // namespace assure::http::pages
