// The attendance figure: GET /governance/attendance (report: read). For the period of ?from and
// ?to (date inputs' boxes or YYYY-MM-DD; by default the current financial year, April to March),
// a table by agency then body of the meetings each agency was expected at, those attended in
// person and by deputy, and the share attended ("–" when none was expected); with ?format=csv
// (or xlsx) the same table as a file, columns agency, body, expected, in_person, by_deputy,
// percent. A date that is not one, or an end before the start, is 422 with the problem by its box.
#include <string>
#include <utility>

#include "domain/actions/financial_year.h"
#include "domain/london_date.h"
#include "http/common/display.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"
#include "http/pages/governance/meeting_support.h"
#include "reports/table.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string BodyName(const domain::AttendanceReport& report, domain::BodyId id) {
  const auto found = report.body_names.find(id);
  return found == report.body_names.end() ? std::string{"A body no longer listed"} : found->second;
}

reports::Table AttendanceTable(const domain::AttendanceReport& report) {
  reports::Table table{
      "Attendance", {"agency", "body", "expected", "in_person", "by_deputy", "percent"}, {}};
  for (const auto& figure : report.figures) {
    const auto percent = figure.percent();
    table.rows.push_back({AgencyName(report.agency_names, figure.agency_id),
                          BodyName(report, figure.body_id), std::int64_t{figure.expected},
                          std::int64_t{figure.in_person}, std::int64_t{figure.by_deputy},
                          percent ? reports::Cell{std::int64_t{*percent}} : reports::Cell{""}});
  }
  return table;
}

json Rows(const domain::AttendanceReport& report) {
  json rows = json::array();
  for (const auto& figure : report.figures) {
    const auto percent = figure.percent();
    rows.push_back({{"agency", AgencyName(report.agency_names, figure.agency_id)},
                    {"body", BodyName(report, figure.body_id)},
                    {"expected", std::to_string(figure.expected)},
                    {"in_person", std::to_string(figure.in_person)},
                    {"by_deputy", std::to_string(figure.by_deputy)},
                    {"percent", percent ? std::to_string(*percent) + "%" : "–"}});
  }
  return rows;
}

// One end of the period: the query's date, or `fallback` (shown in the boxes) when it names none.
domain::CivilDate PeriodEnd(const Request& request, const std::string& name, std::string_view what,
                            domain::CivilDate fallback, DateFields& fields, FormErrors& errors) {
  const auto asked = QueryDate(request, name, what, fields, errors);
  if (asked) return *asked;
  if (errors.MessageFor(name).empty()) fields = DateFieldsOf(fallback);
  return fallback;
}

core::Result<Response> AttendancePage(const MeetingServices& services, const Request& request) {
  const auto today = domain::LondonDate(services.context.clock.Now());
  const int year = domain::HalfYearOf(today).year;
  FormErrors errors;
  DateFields from_fields;
  DateFields to_fields;
  const auto from = PeriodEnd(request, "from", "the first date",
                              domain::FirstDay(domain::HalfYear{year, 1}), from_fields, errors);
  const auto to = PeriodEnd(request, "to", "the last date",
                            domain::LastDay(domain::HalfYear{year, 2}), to_fields, errors);
  const std::string format = request.QueryParam("format").value_or("");
  const auto show = [&](json page, int status) {
    page["title"] = "Attendance at meetings";
    page["from_input"] = DateInputControl("from", "From", "For example, 1 4 2025",
                                          errors.MessageFor("from"), from_fields);
    page["to_input"] =
        DateInputControl("to", "To", "For example, 31 3 2026", errors.MessageFor("to"), to_fields);
    AddFormErrors(page, errors, {{"from", "from-day"}, {"to", "to-day"}});
    return RenderPage(services.context.renderer, request, "governance_attendance", std::move(page),
                      status);
  };
  const json empty{{"rows", json::array()},
                   {"has_rows", false},
                   {"summary", ""},
                   {"csv_href", ""},
                   {"xlsx_href", ""}};
  if (!errors.empty()) return show(empty, 422);
  auto report = services.attendance.Report(RequesterOf(request), from, to);
  if (!report.ok()) {
    if (report.error().code != core::ErrorCode::kInvalidInput) return report.error();
    errors.Add(report.error());
    return show(empty, 422);
  }
  const std::string stem =
      "attendance-" + domain::FormatCivilDate(from) + "-to-" + domain::FormatCivilDate(to);
  if (format == "csv" || format == "xlsx") {
    return TableDownload(AttendanceTable(*report), stem, format == "xlsx");
  }
  const std::string query =
      "from=" + domain::FormatCivilDate(from) + "&to=" + domain::FormatCivilDate(to);
  json rows = Rows(*report);
  json page{{"has_rows", !rows.empty()},
            {"rows", std::move(rows)},
            {"summary", std::to_string(report->meetings) +
                            (report->meetings == 1 ? " meeting" : " meetings") +
                            " with attendance recorded, held from " + domain::LongCivilDate(from) +
                            " to " + domain::LongCivilDate(to) + "."},
            {"csv_href", "/governance/attendance?format=csv&" + query},
            {"xlsx_href", "/governance/attendance?format=xlsx&" + query}};
  return show(std::move(page), 200);
}

}  // namespace

void AddAttendanceReportRoutes(Router& router, const MeetingServices& services) {
  router.Add(Method::kGet, "/governance/attendance",
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             MeetingPageHandler(services, AttendancePage));
}

}  // namespace assure::http::pages
