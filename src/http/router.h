// Router: maps a method and a path to a handler, with path parameters.
//
// Patterns are literal segments and "{name}" segments ("/agencies/{id}"); a last segment
// "{name*}" takes the rest of the path ("/assets/{file*}"). Parameters are percent-decoded.
// HEAD is answered by a GET route. Routes are added at start-up, before the server runs; after
// that the router is read-only and safe to share between threads.
#pragma once

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

struct Route {
  Method method;
  std::string pattern;
  RoutePolicy policy;
  Handler handler;
  std::vector<std::string> segments;  // the pattern split at '/', made once by Add
};

class Router {
 public:
  struct Match {
    const Route* route = nullptr;  // null: no route for this method and path
    std::map<std::string, std::string, std::less<>> params;
    std::vector<Method> allowed;  // when route is null but the path exists: the methods it has
  };

  // A pattern registered twice for one method is a bug and aborts start-up (throws).
  void Add(Method method, std::string pattern, RoutePolicy policy, Handler handler);
  Match Find(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace assure::http
