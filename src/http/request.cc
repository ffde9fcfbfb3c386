#include "http/request.h"

namespace assure::http {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string_view> Request::Header(std::string_view lower_case_name) const {
  for (const auto& [name, value] : headers) {
    if (name == lower_case_name) return std::string_view{value};
  }
  return std::nullopt;
}

std::optional<std::string> Request::Cookie(std::string_view wanted) const {
  for (const auto& [name, value] : headers) {
    if (name != "cookie") continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto semi = rest.find(';');
      const auto pair = Trim(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
      const auto eq = pair.find('=');
      if (eq == std::string_view::npos) continue;
      if (Trim(pair.substr(0, eq)) != wanted) continue;
      auto cookie_value = Trim(pair.substr(eq + 1));
      if (cookie_value.size() >= 2 && cookie_value.front() == '"' && cookie_value.back() == '"') {
        cookie_value = cookie_value.substr(1, cookie_value.size() - 2);
      }
      return std::string{cookie_value};
    }
  }
  return std::nullopt;
}

std::optional<std::string> Request::QueryParam(std::string_view name) const {
  auto form = ParseUrlEncoded(query);
  if (!form) return std::nullopt;
  return form->Get(name);
}

std::optional<std::string> Request::PathParam(std::string_view name) const {
  auto it = path_params.find(name);
  if (it == path_params.end()) return std::nullopt;
  return it->second;
}

core::Result<FormData> Request::Form() const {
  const auto type = Header("content-type").value_or("");
  if (type.substr(0, type.find(';')) != "application/x-www-form-urlencoded") {
    return core::Error::InvalidInput("content-type",
                                     "The form must be sent as application/x-www-form-urlencoded.");
  }
  auto form = ParseUrlEncoded(body);
  if (!form) {
    return core::Error::InvalidInput("body", "The form data is malformed (a bad % escape).");
  }
  return std::move(*form);
}

core::Result<nlohmann::json> Request::Json() const {
  const auto type = Header("content-type").value_or("");
  if (type.substr(0, type.find(';')) != "application/json") {
    return core::Error::InvalidInput("content-type", "The body must be sent as application/json.");
  }
  auto value = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    return core::Error::InvalidInput("body", "The body is not valid JSON.");
  }
  return value;
}

}  // namespace assure::http
