// GET /assets/{file*}: the compiled web assets. Thread-safe (StaticAssets is read-only).
#pragma once

#include "http/pages/site/static_assets.h"
#include "http/router.h"

namespace assure::http::pages {

void AddAssetRoutes(Router& router, const StaticAssets& assets);

}  // namespace assure::http::pages
