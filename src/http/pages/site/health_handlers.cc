#include "http/pages/site/health_handlers.h"

namespace assure::http::pages {

void AddHealthRoutes(Router& router, ReadinessCheck readiness) {
  router.Add(Method::kGet, "/healthz", RoutePolicy::Public(), [](const Request&) {
    return Response::Json(200, {{"status", "alive"}});
  });
  router.Add(Method::kGet, "/readyz", RoutePolicy::Public(),
             [readiness = std::move(readiness)](const Request&) {
               auto status = readiness();
               if (!status) {
                 // The reason may name hosts or files: the readiness check logs it; callers see
                 // none.
                 return Response::Json(503, {{"status", "not_ready"}});
               }
               return Response::Json(200, {{"status", "ready"}});
             });
}

}  // namespace assure::http::pages
