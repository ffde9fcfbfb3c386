#include "http/pages/site/start_page_handlers.h"

#include <memory>

#include "http/common/page_render.h"

namespace assure::http::pages {

void AddPageRoutes(Router& router, const views::Renderer& renderer) {
  // The start page is public and the same for everyone: rendered once, at start-up, and sent
  // from one shared buffer.
  Response start = RenderPage(renderer, Request{}, views::kStartPage, nlohmann::json::object());
  start.shared_body = std::make_shared<const std::string>(std::move(start.body));
  start.body.clear();
  router.Add(Method::kGet, "/", RoutePolicy::Public(),
             [start = std::move(start)](const Request&) { return start; });
}

}  // namespace assure::http::pages
