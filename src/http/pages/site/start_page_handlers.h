// The public pages that need no sign-in: the start page. Stateless; thread-safe.
#pragma once

#include "http/router.h"
#include "http/views/renderer.h"

namespace assure::http::pages {

void AddPageRoutes(Router& router, const views::Renderer& renderer);

}  // namespace assure::http::pages
