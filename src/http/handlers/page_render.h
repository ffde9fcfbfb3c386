// RenderPage: a handler's way to answer with an HTML page. Adds what every page shows from the
// request's session (the partnership's name, the demo banner). A template that fails to render
// is a bug: it throws, and the dispatcher answers 500. Thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "http/request.h"
#include "http/response.h"
#include "http/views/renderer.h"

namespace assure::http::handlers {

Response RenderPage(const views::Renderer& renderer, const Request& request, std::string_view page,
                    nlohmann::json context, int status = 200);

}  // namespace assure::http::handlers
