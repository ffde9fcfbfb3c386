// Router: maps a method and a path to a handler, with path parameters.
//
// Patterns are literal segments and "{name}" segments ("/agencies/{id}"); a last segment
// "{name*}" takes the rest of the path ("/assets/{file*}"). Parameters are percent-decoded.
// HEAD is answered by a GET route. Routes are added at start-up, before the server runs; after
// that the router is read-only and safe to share between threads.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/method.h"
#include "http/request.h"
#include "http/response.h"
#include "http/route_policy.h"

namespace assure::http {

using Handler = std::function<Response(const Request&)>;

// Request bodies: a route takes up to kMaxFormBodyBytes unless it is registered for more (the
// upload forms: kMaxUploadBodyBytes, a 10 MiB file with its form); the dispatcher answers 413 to
// a larger body. The server's own limit (ServerOptions::max_body_bytes) is the largest of these.
inline constexpr std::size_t kMaxFormBodyBytes = 1024 * 1024;
inline constexpr std::size_t kMaxUploadBodyBytes = 12 * 1024 * 1024;

struct Route {
  Method method;
  std::string pattern;
  RoutePolicy policy;
  Handler handler;
  std::vector<std::string> segments;  // the pattern split at '/', made once by Add
  std::size_t max_body_bytes = kMaxFormBodyBytes;
};

class Router {
 public:
  struct Match {
    const Route* route = nullptr;  // null: no route for this method and path
    std::map<std::string, std::string, std::less<>> params;
    std::vector<Method> allowed;  // when route is null but the path exists: the methods it has
  };

  // A pattern registered twice for one method is a bug and aborts start-up (throws).
  void Add(Method method, std::string pattern, RoutePolicy policy, Handler handler,
           std::size_t max_body_bytes = kMaxFormBodyBytes);
  Match Find(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace assure::http
