// Response: what a handler returns. The dispatcher adds the security and caching headers; the
// server adapter writes it. Plain value type.
#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace assure::http {

struct CookieSpec {
  std::string name;
  std::string value;
  bool secure = false;  // also switches the name to the "__Host-" form
  bool http_only = true;
  std::optional<std::chrono::seconds> max_age;  // none: a session cookie; zero: delete
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // Large immutable bytes shared with their owner (static assets), sent without a copy. When
  // set, it is the body and `body` is empty.
  std::shared_ptr<const std::string> shared_body;

  static Response Html(int status, std::string html);
  static Response Json(int status, const nlohmann::json& value);
  static Response Text(int status, std::string text);
  static Response Redirect(std::string location);  // 303 See Other
  // No body: the dispatcher gives an error status its standard page (JSON under /api/).
  static Response Status(int status);

  std::string_view BodyView() const { return shared_body ? *shared_body : body; }
  // The first value of a header (case-insensitive name), if set.
  std::optional<std::string_view> Header(std::string_view name) const;
  // Replaces any header of that name.
  void SetHeader(std::string name, std::string value);
  // Sets the header only when the handler did not set it.
  void SetDefaultHeader(std::string name, std::string value);
  void SetCookie(const CookieSpec& cookie);
};

std::string_view ReasonPhrase(int status);

}  // namespace assure::http
