#include "http/pages/learning/briefing_handlers.h"

#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

void AddBriefingRoutes(Router& router, const HandlerContext& context) {
  const BriefingServices services(context);
  AddBriefingListRoutes(router, services);
  // Before /briefings/{id}: the router takes the first match.
  AddBriefingFormRoutes(router, services);
  AddBriefingPageRoutes(router, services);
  AddBriefingStepRoutes(router, services);
  AddDisseminationRoutes(router, services);
}

}  // namespace assure::http::pages
