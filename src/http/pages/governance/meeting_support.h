// What the meeting pages share (meeting_page_handlers.h lists the routes): the services they call
// (MeetingServices, built once from the handler context by AddMeetingRoutes and copied into each
// route's handler), the part of the routes each handler file adds, paths, the words shown for a
// meeting's quorum and minutes, and reading a date from a query string. Called only by the files
// of this folder whose names start meeting_ or attendance_. Free functions and a struct of
// references to thread-safe services: thread-safe.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/governance/body_service.h"
#include "domain/governance/meetings/attendance_service.h"
#include "domain/governance/meetings/meeting_service.h"
#include "domain/partnership/agency_service.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/handler_context.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace assure::http::pages {

struct MeetingServices {
  // `handler_context` is borrowed; it outlives the router.
  explicit MeetingServices(const HandlerContext& handler_context);

  const HandlerContext& context;
  domain::MeetingService meetings;
  domain::BodyService bodies;
  domain::AttendanceService attendance;
  domain::AgencyService agencies;
};

using MeetingPageFunction = core::Result<Response> (*)(const MeetingServices& services,
                                                       const Request& request);
// A route's handler calling `page` with a copy of `services`, through the handler kit
// (PageHandler): an error it returns is answered with its error page.
Handler MeetingPageHandler(const MeetingServices& services, MeetingPageFunction page);

// Each part of the pages adds its routes (AddMeetingRoutes adds them all).
void AddMeetingListRoutes(Router& router, const MeetingServices& services);
void AddMeetingFormRoutes(Router& router, const MeetingServices& services);
void AddMeetingAgendaRoutes(Router& router, const MeetingServices& services);
void AddMeetingAttendanceRoutes(Router& router, const MeetingServices& services);
void AddAttendanceReportRoutes(Router& router, const MeetingServices& services);

std::string MeetingHref(domain::MeetingId id);   // "/governance/meetings/12"
std::string MeetingBodyHref(domain::BodyId id);  // "/governance/bodies/3"
// "/governance/meetings/12/papers/5"
std::string PaperHref(domain::MeetingId meeting, domain::PaperId paper);

// "Quorate: 6 counted, at least 5 needed"; "Not quorate: 3 counted, at least 5 needed; no one
// from Northshire Police"; "Attendance not recorded".
std::string QuorumOutcomeText(const domain::Quorum& quorum,
                              const std::map<domain::AgencyId, std::string>& agency_names);
// "Quorate", "Not quorate", "Not recorded", and its GOV.UK tag class.
std::string_view QuorumOutcomeLabel(const domain::Quorum& quorum);
std::string_view QuorumOutcomeTag(const domain::Quorum& quorum);
// "No minutes yet", "Draft", "Approved".
std::string_view MinutesStateLabel(domain::MinutesState state);

// A date a page's query names as the date input's boxes (<name>-day, -month, -year) or as
// <name>=YYYY-MM-DD; nullopt when it names none. A date that is not a real one is an error on
// `name` in `errors`, saying `what` ("the first date"). `fields` gets the boxes to show again.
std::optional<domain::CivilDate> QueryDate(const Request& request, const std::string& name,
                                           std::string_view what, DateFields& fields,
                                           FormErrors& errors);

// The meeting id of the path's {id} (0 for none: the service answers 404).
domain::MeetingId MeetingIdOf(const Request& request);

// Whether a service's refusal of a form is shown on the form again (with HttpStatusFor): invalid
// input (422, by its field) and a stale version (409, on the form as a whole). Any other error
// gets its standard page.
bool IsShownOnForm(const core::Error& error);

}  // namespace assure::http::pages
