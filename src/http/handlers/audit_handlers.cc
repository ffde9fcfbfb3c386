#include "http/handlers/audit_handlers.h"

#include <charconv>
#include <chrono>
#include <string>

#include "domain/identity/audit_trail_service.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// A GOV.UK date input's three fields, as typed.
struct DateFields {
  std::string day;
  std::string month;
  std::string year;

  bool empty() const { return day.empty() && month.empty() && year.empty(); }
};

DateFields DateFrom(const Request& request, const std::string& name) {
  return {request.QueryParam(name + "-day").value_or(""),
          request.QueryParam(name + "-month").value_or(""),
          request.QueryParam(name + "-year").value_or("")};
}

std::optional<int> Number(const std::string& text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc{} || ptr != end) return std::nullopt;
  return value;
}

// The first instant of the date, or nullopt when it is not a real date (years 1900-9999).
std::optional<core::Instant> StartOfDay(const DateFields& fields) {
  using namespace std::chrono;
  const auto day = Number(fields.day);
  const auto month = Number(fields.month);
  const auto year = Number(fields.year);
  if (!day || !month || !year || *year < 1900 || *year > 9999 || *day < 1 || *month < 1) {
    return std::nullopt;
  }
  const year_month_day date{std::chrono::year{*year},
                            std::chrono::month{static_cast<unsigned>(*month)},
                            std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return core::Instant{sys_days{date}};
}

void AddDate(json& page, const std::string& name, const DateFields& fields) {
  page[name + "_day"] = fields.day;
  page[name + "_month"] = fields.month;
  page[name + "_year"] = fields.year;
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

}  // namespace

void AddAuditRoutes(Router& router, AdminDependencies deps) {
  const domain::AuditTrailService trail(deps.store, deps.clock);

  router.Add(Method::kGet, "/audit", RoutePolicy::Authorised(Resource::kAuditTrail, Action::kRead),
             [deps, trail](const Request& request) {
               domain::AuditFilter filter;
               filter.user = request.QueryParam("user").value_or("");
               filter.resource_type = request.QueryParam("resource_type").value_or("");
               filter.resource_id = request.QueryParam("resource_id").value_or("");
               const auto from = DateFrom(request, "from");
               const auto to = DateFrom(request, "to");
               json page{{"title", "Audit trail"},
                         {"user", filter.user},
                         {"resource_type", filter.resource_type},
                         {"resource_id", filter.resource_id},
                         {"limit", domain::kAuditPageLimit}};
               AddDate(page, "from", from);
               AddDate(page, "to", to);
               if (!from.empty()) {
                 filter.from = StartOfDay(from);
                 if (!filter.from) {
                   AddFieldError(page,
                                 core::Error::InvalidInput("from",
                                                           "The start date must be a real date, "
                                                           "like 27 3 2026."),
                                 "from", "from-day");
                 }
               }
               if (!to.empty()) {
                 const auto start = StartOfDay(to);
                 if (!start) {
                   AddFieldError(page,
                                 core::Error::InvalidInput("to",
                                                           "The end date must be a real date, like "
                                                           "27 3 2026."),
                                 "to", "to-day");
                 } else {
                   filter.to = *start + std::chrono::days{1};  // the whole end day
                 }
               }
               if (filter.from && filter.to && *filter.from >= *filter.to) {
                 AddFieldError(
                     page,
                     core::Error::InvalidInput("to",
                                               "The end date must be the same as or after "
                                               "the start date."),
                     "to", "to-day");
               }
               if (page.contains("errors")) {
                 return RenderPage(deps.renderer, request, "audit", std::move(page), 422);
               }
               auto view = trail.Read(RequesterOf(request), filter);
               if (!view) {
                 if (view.error().code != core::ErrorCode::kInvalidInput) {
                   return ErrorResponse(deps.renderer, request, view.error());
                 }
                 AddFieldError(page, view.error(), "user");
                 return RenderPage(deps.renderer, request, "audit", std::move(page), 422);
               }
               json rows = json::array();
               for (const auto& event : view->events) {
                 std::string record = event.resource_type;
                 if (!event.resource_id.empty()) record += " " + event.resource_id;
                 rows.push_back({{"at", DisplayTime(event.at)},
                                 {"person", PersonLabel(event, view->names)},
                                 {"action", event.action},
                                 {"record", record.empty() ? "None" : record},
                                 {"outcome", OutcomeLabel(event.outcome)},
                                 {"address", event.client_address},
                                 {"reason", event.reason}});
               }
               page["has_events"] = !rows.empty();
               page["count"] = std::to_string(rows.size());
               page["events"] = std::move(rows);
               return RenderPage(deps.renderer, request, "audit", std::move(page));
             });
}

}  // namespace assure::http::handlers
