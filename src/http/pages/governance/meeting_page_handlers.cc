#include "http/pages/governance/meeting_page_handlers.h"

#include "http/pages/governance/meeting_support.h"

namespace assure::http::pages {

void AddMeetingRoutes(Router& router, const HandlerContext& context) {
  const MeetingServices services(context);
  // Literal paths before parameter paths: the router takes the first match.
  AddMeetingListRoutes(router, services);
  AddAttendanceReportRoutes(router, services);
  AddMeetingFormRoutes(router, services);
  AddMeetingAgendaRoutes(router, services);
  AddMeetingAttendanceRoutes(router, services);
}

}  // namespace assure::http::pages
