#include "http/pages/cases/case_handlers.h"

#include "http/pages/cases/case_support.h"

namespace assure::http::pages {

void AddCaseRoutes(Router& router, const HandlerContext& context) {
  const CaseServices services(context);
  // /cases/new and the export paths before /cases/{id}: the router takes the first match.
  AddNewCaseRoutes(router, services);
  AddCaseListRoutes(router, services);
  AddCasePageRoutes(router, services);
  AddCaseStepRoutes(router, services);
  AddDeadlineRoutes(router, services);
  AddReviewerRoutes(router, services);
}

}  // namespace assure::http::pages
