#include "http/handlers/case_handlers.h"

#include "http/handlers/case_support.h"

namespace assure::http::handlers {

void AddCaseRoutes(Router& router, const AdminDependencies& deps,
                   const domain::DeadlineSettingsSource& deadlines) {
  const CaseServices services(deps, deadlines);
  // /cases/new and the export paths before /cases/{id}: the router takes the first match.
  AddNewCaseRoutes(router, services);
  AddCaseListRoutes(router, services);
  AddCasePageRoutes(router, services);
  AddCaseStepRoutes(router, services);
  AddDeadlineRoutes(router, services);
  AddReviewerRoutes(router, services);
}

}  // namespace assure::http::handlers
