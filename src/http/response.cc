#include "http/response.h"

#include <algorithm>
#include <cctype>

namespace assure::http {

namespace {

bool SameName(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

Response Response::Html(int status, std::string html) {
  Response r;
  r.status = status;
  r.body = std::move(html);
  r.headers.emplace_back("Content-Type", "text/html; charset=utf-8");
  return r;
}

Response Response::Json(int status, const nlohmann::json& value) {
  Response r;
  r.status = status;
  r.body = value.dump();
  r.headers.emplace_back("Content-Type", "application/json");
  return r;
}

Response Response::Text(int status, std::string text) {
  Response r;
  r.status = status;
  r.body = std::move(text);
  r.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
  return r;
}

Response Response::Redirect(std::string location) {
  Response r;
  r.status = 303;
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

Response Response::Status(int status) {
  Response r;
  r.status = status;
  return r;
}

std::optional<std::string_view> Response::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (SameName(key, name)) return std::string_view{value};
  }
  return std::nullopt;
}

void Response::SetHeader(std::string name, std::string value) {
  std::erase_if(headers, [&](const auto& h) { return SameName(h.first, name); });
  headers.emplace_back(std::move(name), std::move(value));
}

void Response::SetDefaultHeader(std::string name, std::string value) {
  if (!Header(name)) headers.emplace_back(std::move(name), std::move(value));
}

void Response::SetCookie(const CookieSpec& cookie) {
  std::string line = (cookie.secure ? "__Host-" : "") + cookie.name + "=" + cookie.value;
  line += "; Path=/; SameSite=Lax";
  if (cookie.secure) line += "; Secure";
  if (cookie.http_only) line += "; HttpOnly";
  if (cookie.max_age) line += "; Max-Age=" + std::to_string(cookie.max_age->count());
  headers.emplace_back("Set-Cookie", std::move(line));
}

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 204:
      return "No Content";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

}  // namespace assure::http
