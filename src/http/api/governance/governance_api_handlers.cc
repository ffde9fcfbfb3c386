#include "http/api/governance/governance_api_handlers.h"

#include <map>
#include <string>
#include <utility>

#include "domain/governance/meetings/attendance_service.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/json_fields.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

template <typename Id>
json NameOf(const std::map<Id, std::string>& names, Id id) {
  const auto found = names.find(id);
  return found == names.end() ? json("") : json(found->second);
}

// {from, to, meetings, figures: [{agency_id, agency, body_id, body, expected, in_person,
// by_deputy, percent}]}, percent null when nothing was expected.
json AttendanceJson(const domain::AttendanceReport& report) {
  json figures = json::array();
  for (const auto& figure : report.figures) {
    const auto percent = figure.percent();
    figures.push_back({{"agency_id", figure.agency_id},
                       {"agency", NameOf(report.agency_names, figure.agency_id)},
                       {"body_id", figure.body_id},
                       {"body", NameOf(report.body_names, figure.body_id)},
                       {"expected", figure.expected},
                       {"in_person", figure.in_person},
                       {"by_deputy", figure.by_deputy},
                       {"percent", percent ? json(*percent) : json()}});
  }
  return {{"from", DateJson(report.from)},
          {"to", DateJson(report.to)},
          {"meetings", report.meetings},
          {"figures", std::move(figures)}};
}

void AddAttendanceReportApi(Router& router, const domain::AttendanceService& attendance,
                            const ErrorPages& errors) {
  router.Add(
      Method::kGet, "/api/v1/reports/attendance",
      RoutePolicy::Authorised(Resource::kReport, Action::kRead),
      ApiHandler(errors, [&errors, attendance](const Request& request) -> core::Result<Response> {
        const auto period = PeriodAsked(request);
        if (!period) return BadQuery(errors, request, period.error());
        auto report = attendance.Report(RequesterOf(request), period->from, period->to);
        // A period longer than the figure allows is a query the API cannot read, as a bad date.
        if (!report.ok() && report.error().code == core::ErrorCode::kInvalidInput) {
          return BadQuery(errors, request, report.error());
        }
        if (!report.ok()) return report.error();
        return Response::Json(200, AttendanceJson(*report));
      }));
}

}  // namespace

void AddGovernanceApiRoutes(Router& router, const HandlerContext& context) {
  AddBodyApi(router, domain::BodyService(context.store, context.clock), context.error_pages);
  AddMeetingApi(router, domain::MeetingService(context.store, context.clock), context.error_pages);
  AddAttendanceReportApi(router, domain::AttendanceService(context.store, context.clock),
                         context.error_pages);
}

}  // namespace assure::http::api
