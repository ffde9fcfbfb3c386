#include "http/dispatcher.h"

#include <exception>
#include <string>

#include "http/security_headers.h"

namespace assure::http {

Dispatcher::Dispatcher(const Router& router, const AccessGate& gate, const ErrorPages& error_pages,
                       const EventLog& log, const core::Clock& clock)
    : router_(router), gate_(gate), error_pages_(error_pages), log_(log), clock_(clock) {}

Response Dispatcher::Route(Request& request, bool& unlogged) const {
  auto match = router_.Find(request.method, request.path);
  if (match.route == nullptr) {
    if (match.allowed.empty()) return error_pages_.ForStatus(request, 404);
    auto response = error_pages_.ForStatus(request, 405);
    std::string allow;
    for (auto method : match.allowed) {
      allow += (allow.empty() ? "" : ", ") + std::string{MethodName(method)};
      if (method == Method::kGet) allow += ", HEAD";
    }
    response.SetHeader("Allow", allow);
    return response;
  }
  request.route_pattern = match.route->pattern;
  unlogged = match.route->policy.unlogged;
  request.path_params = std::move(match.params);
  if (request.body.size() > match.route->max_body_bytes) {
    return error_pages_.ForStatus(request, 413);
  }
  auto refusal = gate_.Admit(request, match.route->policy);
  auto response = refusal ? std::move(*refusal) : match.route->handler(request);
  if (response.status >= 400 && response.BodyView().empty()) {
    auto page = error_pages_.ForStatus(request, response.status);
    for (auto& [name, value] : response.headers) page.SetHeader(name, value);
    response = std::move(page);
  }
  return response;
}

Response Dispatcher::Handle(Request& request) const noexcept {
  const auto started = clock_.Steady();
  Response response;
  bool unlogged = false;
  try {
    try {
      response = Route(request, unlogged);
    } catch (const std::exception& e) {
      log_.Error("handler_exception", {{"request_id", request.request_id},
                                       {"route", request.route_pattern},
                                       {"what", e.what()}});
      response = error_pages_.ForStatus(request, 500);
    } catch (...) {
      log_.Error("handler_exception",
                 {{"request_id", request.request_id}, {"route", request.route_pattern}});
      response = error_pages_.ForStatus(request, 500);
    }
    AddSecurityHeaders(response, request.secure);
    response.SetHeader("X-Request-Id", request.request_id);
    if (request.method == Method::kHead) {
      response.body.clear();
      response.shared_body.reset();
    }
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(clock_.Steady() - started);
    if (unlogged && response.status < 500) return response;
    log_.Info("request",
              {{"method", MethodName(request.method)},
               {"route", request.route_pattern.empty() ? "(none)" : request.route_pattern},
               {"status", response.status},
               {"duration_ms", static_cast<double>(micros.count()) / 1000.0},
               {"request_id", request.request_id}});
  } catch (...) {
    // Only allocation failure gets here; answer with the bare minimum.
    response = Response{500, {{"Content-Type", "text/plain"}}, "Internal Server Error\n", {}};
  }
  return response;
}

}  // namespace assure::http
