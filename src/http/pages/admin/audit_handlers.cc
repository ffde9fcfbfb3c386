#include "http/pages/admin/audit_handlers.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "domain/identity/audit_trail_service.h"
#include "domain/london_date.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// The first instant of the London day the boxes name, or nullopt when it is not a real date.
std::optional<core::Instant> StartOfDay(const DateFields& fields) {
  const auto date = DateOf(fields);
  if (!date) return std::nullopt;
  return domain::LondonStartOfDay(*date);
}

// The first instant of the London day after the one the boxes name.
std::optional<core::Instant> EndOfDay(const DateFields& fields) {
  const auto date = DateOf(fields);
  if (!date) return std::nullopt;
  return domain::LondonStartOfDay(std::chrono::sys_days{*date} + std::chrono::days{1});
}

std::string_view OutcomeLabel(domain::AuditOutcome outcome) {
  switch (outcome) {
    case domain::AuditOutcome::kSuccess:
      return "Success";
    case domain::AuditOutcome::kFailure:
      return "Failure";
    case domain::AuditOutcome::kDenied:
      return "Denied";
  }
  return "Unknown";
}

std::string PersonLabel(const domain::AuditEvent& event,
                        const std::map<domain::UserId, std::string>& names) {
  if (!event.user_id) return "No one signed in";
  const auto name = names.find(*event.user_id);
  const std::string number = "user " + std::to_string(*event.user_id);
  return name == names.end() ? number : name->second + " (" + number + ")";
}

// The filter's dates (`from` inclusive, `to` the whole day), or their problems on `page`.
void ReadDates(nlohmann::json& page, const DateFields& from, const DateFields& to,
               domain::AuditFilter& filter) {
  if (!from.empty()) {
    filter.from = StartOfDay(from);
    if (!filter.from) {
      AddFieldError(
          page,
          core::Error::InvalidInput("from", "The start date must be a real date, like 27 3 2026."),
          "from", "from-day");
    }
  }
  if (!to.empty()) {
    const auto end = EndOfDay(to);
    if (!end) {
      AddFieldError(
          page,
          core::Error::InvalidInput("to", "The end date must be a real date, like 27 3 2026."),
          "to", "to-day");
    } else {
      filter.to = *end;  // the whole end day
    }
  }
  if (filter.from && filter.to && *filter.from >= *filter.to) {
    AddFieldError(page,
                  core::Error::InvalidInput(
                      "to", "The end date must be the same as or after the start date."),
                  "to", "to-day");
  }
}

json EventRows(const domain::AuditView& view) {
  json rows = json::array();
  for (const auto& event : view.events) {
    std::string record = event.resource_type;
    if (!event.resource_id.empty()) record += " " + event.resource_id;
    rows.push_back({{"at", LondonTimeText(event.at, /*with_seconds=*/true)},
                    {"person", PersonLabel(event, view.names)},
                    {"action", event.action},
                    {"record", record.empty() ? "None" : record},
                    {"outcome", OutcomeLabel(event.outcome)},
                    {"address", event.client_address},
                    {"reason", event.reason}});
  }
  return rows;
}

core::Result<Response> AuditPage(const HandlerContext& context,
                                 const domain::AuditTrailService& trail, const Request& request) {
  domain::AuditFilter filter;
  filter.user = request.QueryParam("user").value_or("");
  filter.resource_type = request.QueryParam("resource_type").value_or("");
  filter.resource_id = request.QueryParam("resource_id").value_or("");
  const auto from = DateFieldsAsked(request, "from").value_or(DateFields{});
  const auto to = DateFieldsAsked(request, "to").value_or(DateFields{});
  json page{{"title", "Audit trail"},
            {"user", filter.user},
            {"resource_type", filter.resource_type},
            {"resource_id", filter.resource_id},
            {"limit", domain::kAuditPageLimit}};
  // The page with its date inputs, which show the boxes as typed and the errors on `page`.
  const auto render = [&](int status) {
    page["from_input"] = DateInputControl("from", "From", "For example, 27 3 2026",
                                          page.value("from_error", std::string{}), from);
    page["to_input"] =
        DateInputControl("to", "To", "For example, 28 3 2026 (the whole day is included)",
                         page.value("to_error", std::string{}), to);
    return RenderPage(context.renderer, request, "audit", std::move(page), status);
  };
  ReadDates(page, from, to, filter);
  if (page.contains("errors")) return render(422);
  auto view = trail.Read(RequesterOf(request), filter);
  if (!view) {
    if (view.error().code != core::ErrorCode::kInvalidInput) return view.error();
    AddFieldError(page, view.error(), "user");
    return render(HttpStatusFor(view.error().code));
  }
  json rows = EventRows(*view);
  page["has_events"] = !rows.empty();
  page["count"] = std::to_string(rows.size());
  page["events"] = std::move(rows);
  return render(200);
}

}  // namespace

void AddAuditRoutes(Router& router, const HandlerContext& context) {
  const domain::AuditTrailService trail(context.store, context.clock);
  router.Add(Method::kGet, "/audit", RoutePolicy::Authorised(Resource::kAuditTrail, Action::kRead),
             PageHandler(context.renderer, [context, trail](const Request& request) {
               return AuditPage(context, trail, request);
             }));
}

}  // namespace assure::http::pages
