#include "http/pages/site/asset_handlers.h"

namespace assure::http::pages {

void AddAssetRoutes(Router& router, const StaticAssets& assets) {
  router.Add(Method::kGet, "/assets/{file*}", RoutePolicy::Public(),
             [&assets](const Request& request) {
               return assets.Serve(request, request.PathParam("file").value_or(""));
             });
}

}  // namespace assure::http::pages
