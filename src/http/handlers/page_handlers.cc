#include "http/handlers/page_handlers.h"

#include "http/handlers/page_render.h"

namespace assure::http::handlers {

void AddPageRoutes(Router& router, const views::Renderer& renderer) {
  router.Add(Method::kGet, "/", RoutePolicy::Public(), [&renderer](const Request& request) {
    return RenderPage(renderer, request, views::kStartPage, nlohmann::json::object());
  });
}

}  // namespace assure::http::handlers
