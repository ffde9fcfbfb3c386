#include "http/handlers/page_handlers.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace assure::http::handlers {

void AddPageRoutes(Router& router, const views::Renderer& renderer) {
  router.Add(Method::kGet, "/", [&renderer](const Request&) {
    auto html = renderer.RenderPage(views::kStartPage, nlohmann::json::object());
    if (!html) throw std::runtime_error(html.error().message);
    return Response::Html(200, std::move(*html));
  });
}

}  // namespace assure::http::handlers
