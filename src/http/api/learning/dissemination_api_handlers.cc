#include "http/api/learning/dissemination_api_handlers.h"

#include <string>

#include "http/common/errors.h"
#include "http/common/handler_context.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

json RecordJson(const domain::Dissemination& d) {
  return {{"id", d.id},
          {"agency_id", d.agency_id},
          {"shared_on", domain::FormatCivilDate(d.shared_on)},
          {"method", domain::DisseminationMethodName(d.method)},
          {"staff_reached", d.staff_reached},
          {"recorded_by", d.recorded_by},
          {"recorded_at", core::FormatInstant(d.recorded_at)}};
}

json ViewJson(const domain::DisseminationView& view) {
  json agencies = json::array();
  for (const auto& line : view.agencies) {
    agencies.push_back({{"agency_id", line.agency_id},
                        {"agency_name", line.agency_name},
                        {"confirmed", line.confirmed},
                        {"first_shared_on", DateJson(line.first_shared_on)},
                        {"staff_reached", line.staff_reached},
                        {"overdue", line.overdue}});
  }
  json records = json::array();
  for (const auto& record : view.records) records.push_back(RecordJson(record));
  return {{"briefing_id", view.briefing.id},
          {"state", domain::BriefingStateName(view.briefing.state)},
          {"published_on", DateJson(view.briefing.published_on)},
          {"confirm_by", DateJson(view.confirm_by)},
          {"agencies", agencies},
          {"records", records},
          {"may_record_for", view.may_record_for}};
}

core::Result<domain::NewDissemination> EntryFrom(const json& body) {
  JsonFields fields(body);
  domain::NewDissemination entry;
  entry.agency_id = fields.Id("agency_id").value_or(0);
  entry.shared_on = fields.Date("shared_on");
  if (fields.Has("method")) {
    entry.method = domain::ParseDisseminationMethod(fields.Text("method"));
    if (!entry.method) {
      fields.Fail("method", "Choose team_meeting, training, newsletter, supervision or other.");
    }
  }
  if (fields.Has("staff_reached")) {
    entry.staff_reached = fields.Index("staff_reached");
  }
  return ValueIfAllRead(fields, entry);
}

}  // namespace

void AddDisseminationApi(Router& router, const domain::DisseminationService& dissemination,
                         const ErrorPages& errors) {
  router.Add(Method::kGet, "/api/v1/briefings/{id}/dissemination",
             RoutePolicy::Authorised(Resource::kDissemination, Action::kRead),
             ApiHandler(errors, [dissemination](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   const auto view,
                   dissemination.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
               return Response::Json(200, ViewJson(view));
             }));
  router.Add(
      Method::kPost, "/api/v1/briefings/{id}/dissemination",
      RoutePolicy::Authorised(Resource::kDissemination, Action::kCreate),
      ApiHandler(errors, [dissemination](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        ASSURE_ASSIGN_OR_RETURN(const auto entry, EntryFrom(body));
        ASSURE_ASSIGN_OR_RETURN(
            const auto recorded,
            dissemination.Record(RequesterOf(request), IdParam(request, "id").value_or(0), entry));
        return Response::Json(201, {{"dissemination", RecordJson(recorded)}});
      }));
}

}  // namespace assure::http::api
