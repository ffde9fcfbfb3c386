// Request: one HTTP request as Assure's handlers see it, independent of the server library.
//
// The server adapter (server.cc) fills it; the router adds path parameters. Header names are
// stored lower-cased. Plain value type; not shared between threads.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/identity/session_service.h"
#include "http/common/url_encoding.h"
#include "http/method.h"

namespace assure::http {

struct Request {
  Method method = Method::kGet;
  std::string path;   // as sent, still percent-encoded; no query string
  std::string query;  // raw query string without the '?'
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_address;  // the peer, or the client a trusted proxy named
  bool secure = false;         // TLS, or a trusted proxy said the client used HTTPS
  std::string request_id;      // random, also in the log line and on error pages
  std::string route_pattern;   // the matched route, e.g. "/agencies/{id}"; set by the router
  std::map<std::string, std::string, std::less<>> path_params;  // decoded
  std::optional<domain::SessionContext> session;  // set by the access gate when signed in

  std::optional<std::string_view> Header(std::string_view lower_case_name) const;
  std::optional<std::string> Cookie(std::string_view name) const;
  std::optional<std::string> QueryParam(std::string_view name) const;
  std::optional<std::string> PathParam(std::string_view name) const;

  // The body as a form (application/x-www-form-urlencoded); an error names the problem.
  core::Result<FormData> Form() const;
  // The body as JSON (application/json); an error names the problem and where it is.
  core::Result<nlohmann::json> Json() const;
};

}  // namespace assure::http
