#include "http/pages/assurance/assurance_handlers.h"

#include "http/pages/assurance/assurance_support.h"

namespace assure::http::pages {

void AddAssuranceRoutes(Router& router, const HandlerContext& context) {
  const AssuranceServices services(context);
  // Literal paths (/new) before parameter paths: the router takes the first match.
  AddActivityPageRoutes(router, services);
  AddRoundPageRoutes(router, services);
  AddReturnPageRoutes(router, services);
  AddSurveyPageRoutes(router, services);
  AddSurveyResultsRoutes(router, services);
  AddAuditPageRoutes(router, services);
  AddAuditPartRoutes(router, services);
  AddThematicPageRoutes(router, services);
  AddFrameworkEditRoutes(router, services);
  AddFrameworkPageRoutes(router, services);
}

}  // namespace assure::http::pages
