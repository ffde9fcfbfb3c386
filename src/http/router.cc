#include "http/router.h"

#include <algorithm>
#include <stdexcept>

namespace assure::http {

namespace {

// "/a/b" -> {"a", "b"}; "/" -> {""}.
template <typename Out>
std::vector<Out> Segments(std::string_view path) {
  std::vector<Out> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    const auto slash = path.find('/');
    out.emplace_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool IsParam(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool IsRest(std::string_view segment) {
  return IsParam(segment) && segment[segment.size() - 2] == '*';
}

// Matches the route's segments against the request path's; fills `params` on success.
bool MatchSegments(const std::vector<std::string>& want, const std::vector<std::string_view>& got,
                   std::map<std::string, std::string, std::less<>>& params) {
  params.clear();
  for (std::size_t i = 0; i < want.size(); ++i) {
    const std::string_view segment = want[i];
    if (IsRest(segment)) {
      if (i >= got.size()) return false;
      std::string joined;
      for (std::size_t j = i; j < got.size(); ++j) {
        if (got[j].empty() || got[j] == "." || got[j] == "..") return false;
        joined += (j == i ? "" : "/");
        joined += got[j];
      }
      auto decoded = PercentDecode(joined, false);
      if (!decoded) return false;
      params.emplace(std::string{segment.substr(1, segment.size() - 3)}, std::move(*decoded));
      return true;
    }
    if (i >= got.size()) return false;
    if (IsParam(segment)) {
      if (got[i].empty()) return false;
      auto decoded = PercentDecode(got[i], false);
      if (!decoded) return false;
      params.emplace(std::string{segment.substr(1, segment.size() - 2)}, std::move(*decoded));
    } else if (segment != got[i]) {
      return false;
    }
  }
  return want.size() == got.size();
}

}  // namespace

void Router::Add(Method method, std::string pattern, RoutePolicy policy, Handler handler,
                 std::size_t max_body_bytes) {
  const bool exists = std::any_of(routes_.begin(), routes_.end(), [&](const Route& r) {
    return r.method == method && r.pattern == pattern;
  });
  if (exists) throw std::logic_error("route registered twice: " + pattern);
  auto segments = Segments<std::string>(pattern);
  routes_.push_back(Route{method, std::move(pattern), policy, std::move(handler),
                          std::move(segments), max_body_bytes});
}

Router::Match Router::Find(Method method, std::string_view path) const {
  Match match;
  const Method wanted = method == Method::kHead ? Method::kGet : method;
  std::map<std::string, std::string, std::less<>> params;
  const auto got = Segments<std::string_view>(path);
  for (const auto& route : routes_) {
    if (!MatchSegments(route.segments, got, params)) continue;
    if (route.method == wanted) {
      match.route = &route;
      match.params = std::move(params);
      match.allowed.clear();
      return match;
    }
    match.allowed.push_back(route.method);
  }
  return match;
}

}  // namespace assure::http
