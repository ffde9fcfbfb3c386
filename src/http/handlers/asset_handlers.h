// GET /assets/{file*}: the compiled web assets. Thread-safe (StaticAssets is read-only).
#pragma once

#include "http/router.h"
#include "http/static_assets.h"

namespace assure::http::handlers {

void AddAssetRoutes(Router& router, const StaticAssets& assets);

}  // namespace assure::http::handlers
