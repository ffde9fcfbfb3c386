#include "http/handlers/action_handlers.h"

#include "http/handlers/action_support.h"

namespace assure::http::handlers {

void AddActionRoutes(Router& router, const AdminDependencies& deps,
                     const domain::DeadlineSettingsSource& deadlines) {
  const ActionServices services(deps, deadlines);
  // /actions/new, /actions/dashboard and the export paths before /actions/{id}: the router takes
  // the first match.
  AddActionListRoutes(router, services);
  AddActionFormRoutes(router, services);
  AddActionUpdateRoutes(router, services);
  AddActionPageRoutes(router, services);
  AddReviewRoundRoutes(router, services);
}

}  // namespace assure::http::handlers
