#include "http/handlers/page_render.h"

#include <stdexcept>

namespace assure::http::handlers {

Response RenderPage(const views::Renderer& renderer, const Request& request, std::string_view page,
                    nlohmann::json context, int status) {
  if (request.session && request.session->partnership.id != 0) {
    context["partnership_name"] = request.session->partnership.name;
    context["demo"] = request.session->partnership.demo;
  }
  auto html = renderer.RenderPage(page, context);
  if (!html)
    throw std::runtime_error("rendering " + std::string{page} + ": " + html.error().message);
  return Response::Html(status, std::move(*html));
}

}  // namespace assure::http::handlers
