#include "http/pages/actions/action_handlers.h"

#include "http/pages/actions/action_support.h"

namespace assure::http::pages {

void AddActionRoutes(Router& router, const HandlerContext& context) {
  const ActionServices services(context);
  // /actions/new, /actions/dashboard and the export paths before /actions/{id}: the router takes
  // the first match.
  AddActionListRoutes(router, services);
  AddActionFormRoutes(router, services);
  AddActionUpdateRoutes(router, services);
  AddActionPageRoutes(router, services);
  AddReviewRoundRoutes(router, services);
}

}  // namespace assure::http::pages
