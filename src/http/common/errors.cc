#include "http/common/errors.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "http/common/page_render.h"
#include "http/error_pages.h"

namespace assure::http {

std::string FieldKey(std::string_view field) {
  std::string key;
  key.reserve(field.size());
  for (char c : field) {
    if (c == '.' || c == '[') {
      if (!key.empty() && key.back() != '_') key.push_back('_');
    } else if (c != ']') {
      key.push_back(c);
    }
  }
  return key;
}

void FormErrors::Add(std::string key, std::string message) {
  const bool known = std::any_of(entries_.begin(), entries_.end(),
                                 [&](const Entry& entry) { return entry.key == key; });
  if (!known || key.empty()) entries_.push_back({std::move(key), std::move(message)});
}

void FormErrors::Add(const core::Error& error) { Add(FieldKey(error.field), error.message); }

std::string FormErrors::MessageFor(std::string_view key) const {
  for (const auto& entry : entries_) {
    if (entry.key == key) return entry.message;
  }
  return {};
}

void AddFieldError(nlohmann::json& page, const core::Error& error, std::string_view fallback_field,
                   std::string_view anchor) {
  const std::string field = error.field.empty() ? std::string{fallback_field} : error.field;
  const std::string target = anchor.empty() ? field : std::string{anchor};
  if (!page.contains("errors")) page["errors"] = nlohmann::json::array();
  page["has_errors"] = true;
  page["errors"].push_back({{"href", "#" + target}, {"text", error.message}});
  page[field + "_error"] = error.message;
}

Response ErrorResponse(const views::Renderer& renderer, const Request& request,
                       const core::Error& error) {
  const int status = HttpStatusFor(error.code);
  if (status == 500) throw std::runtime_error(error.message);
  if (status == 422 || status == 400) {
    return RenderPage(renderer, request, views::kErrorPage,
                      {{"title", "You cannot do that"},
                       {"message", error.message},
                       {"link_href", "/home"},
                       {"link_text", "Go to your home page"}},
                      status);
  }
  if (status == 404) return RenderPage(renderer, request, views::kNotFoundPage, {}, 404);
  return Response::Status(status);  // the dispatcher's standard page
}

Response Answer(const views::Renderer& renderer, const Request& request,
                core::Result<Response> result) {
  if (!result) return ErrorResponse(renderer, request, result.error());
  return std::move(result).value();
}

Handler PageHandler(const views::Renderer& renderer, ResultHandler handler) {
  return [&renderer, handler = std::move(handler)](const Request& request) {
    return Answer(renderer, request, handler(request));
  };
}

Handler ApiHandler(const ErrorPages& errors, ResultHandler handler) {
  return [&errors, handler = std::move(handler)](const Request& request) {
    auto result = handler(request);
    if (!result) return errors.FromError(request, result.error());
    return std::move(result).value();
  };
}

Response BadQuery(const ErrorPages& errors, const Request& request, const core::Error& error) {
  Response response = errors.FromError(request, error);
  response.status = 400;
  return response;
}

}  // namespace assure::http
