#include "http/handlers/calendar_handlers.h"

#include <charconv>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/calendar/bank_holidays.h"
#include "domain/calendar/calendar_service.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "http/handlers/case_forms.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// The years a date can name (domain::ParseCivilDate).
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;
constexpr std::string_view kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};
constexpr std::string_view kAddHref = "/calendar/adjustments/new";

// "Monday 25 May 2026".
std::string DayText(domain::CivilDate date) {
  const std::chrono::weekday weekday{std::chrono::sys_days{date}};
  return std::string{kWeekdays[weekday.c_encoding()]} + " " + domain::LongCivilDate(date);
}

int YearOf(domain::CivilDate date) { return static_cast<int>(date.year()); }

std::string CalendarHref(int year) { return "/calendar?year=" + std::to_string(year); }

std::string RemoveHref(domain::CivilDate date) {
  return "/calendar/adjustments/" + domain::FormatCivilDate(date) + "/remove";
}

// The year the page shows: ?year=YYYY, or this year in London; nullopt for anything else.
std::optional<int> ShownYear(const Request& request, const core::Clock& clock) {
  const auto text = request.QueryParam("year");
  if (!text) return YearOf(domain::LondonDate(clock.Now()));
  int year = 0;
  const auto* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, year);
  if (text->size() != 4 || ec != std::errc{} || ptr != end) return std::nullopt;
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  return year;
}

Response CalendarPage(const AdminDependencies& deps, const domain::CalendarService& calendar,
                      const Request& request) {
  const auto year = ShownYear(request, deps.clock);
  if (!year) {
    return ErrorResponse(deps.renderer, request,
                         core::Error::InvalidInput("year", "Choose a year from 1900 to 2199."));
  }
  const auto requester = RequesterOf(request);
  auto stored = calendar.Adjustments(requester);
  if (!stored) return ErrorResponse(deps.renderer, request, stored.error());

  std::vector<domain::CalendarAdjustment> adjustments;
  std::map<domain::CivilDate, std::string> reasons;
  for (const auto& each : *stored) {
    adjustments.push_back(each.adjustment);
    reasons[each.adjustment.date] = each.adjustment.reason;
  }
  std::map<domain::CivilDate, std::string_view> national;
  for (const auto& holiday : domain::EnglandAndWalesBankHolidays(*year)) {
    national[holiday.date] = holiday.name;
  }
  json days = json::array();
  for (const auto date : domain::WorkingCalendar{adjustments}.Holidays(*year)) {
    const auto known = national.find(date);
    const bool is_national = known != national.end();
    days.push_back(
        {{"date", DayText(date)},
         {"name", is_national ? std::string{known->second} : reasons[date]},
         {"source", is_national ? "National bank holiday" : "Added by the partnership"}});
  }

  const bool may_remove =
      domain::MayEver(requester.principal, Resource::kCalendar, Action::kDelete);
  json changes = json::array();
  for (const auto& each : *stored) {
    const auto& adjustment = each.adjustment;
    if (YearOf(adjustment.date) != *year) continue;
    json row{{"date", DayText(adjustment.date)},
             {"change", adjustment.non_working ? "Extra day off" : "Bank holiday worked as normal"},
             {"reason", adjustment.reason}};
    if (may_remove) row["remove_href"] = RemoveHref(adjustment.date);
    changes.push_back(std::move(row));
  }

  json page{{"title", "Working calendar " + std::to_string(*year)},
            {"year", std::to_string(*year)},
            {"days", days},
            {"has_days", !days.empty()},
            {"changes", changes},
            {"has_changes", !changes.empty()},
            {"may_add", domain::MayEver(requester.principal, Resource::kCalendar, Action::kCreate)},
            {"may_remove", may_remove},
            {"add_href", kAddHref},
            {"csrf_token", request.session->session.csrf_token}};
  if (*year > kFirstYear) {
    page["previous_href"] = CalendarHref(*year - 1);
    page["previous_year"] = std::to_string(*year - 1);
  }
  if (*year < kLastYear) {
    page["next_href"] = CalendarHref(*year + 1);
    page["next_year"] = std::to_string(*year + 1);
  }
  const auto done = request.QueryParam("done").value_or("");
  if (done == "added") page["notice"] = "The change to the calendar is saved.";
  if (done == "removed") {
    page["notice"] = "The change is removed: that day follows the national calendar again.";
  }
  return RenderPage(deps.renderer, request, "calendar", std::move(page));
}

// What the form holds, kept as typed when it is refused.
struct AdjustmentForm {
  std::string day;
  std::string month;
  std::string year;
  std::string non_working;  // "yes", "no", or what was sent
  std::string reason;
};

AdjustmentForm FormFrom(const FormData& sent) {
  return {sent.Get("date-day").value_or(""), sent.Get("date-month").value_or(""),
          sent.Get("date-year").value_or(""), sent.Get("non_working").value_or(""),
          sent.Get("reason").value_or("")};
}

Response FormPage(const AdminDependencies& deps, const Request& request, const AdjustmentForm& form,
                  const FormErrors& errors, int status) {
  json page{{"title", "Change the working calendar"},
            {"back_href", "/calendar"},
            {"action_href", kAddHref},
            {"csrf_token", request.session->session.csrf_token},
            {"day", form.day},
            {"month", form.month},
            {"year", form.year},
            {"day_off", form.non_working == "yes"},
            {"worked", form.non_working == "no"},
            {"reason", form.reason}};
  // Each field's first input, where the error summary's link lands.
  const std::map<std::string, std::string> anchors{
      {"date", "date-day"}, {"non_working", "non_working"}, {"reason", "reason"}};
  json list = json::array();
  for (const auto& entry : errors.entries()) {
    const auto anchor = anchors.find(entry.key);
    list.push_back(
        {{"href", anchor == anchors.end() ? "" : "#" + anchor->second}, {"text", entry.message}});
    if (anchor != anchors.end()) page[entry.key + "_error"] = entry.message;
  }
  if (!list.empty()) {
    page["has_errors"] = true;
    page["errors"] = std::move(list);
  }
  return RenderPage(deps.renderer, request, "calendar_form", std::move(page), status);
}

Response AddAdjustment(const AdminDependencies& deps, const domain::CalendarService& calendar,
                       const Request& request) {
  auto sent = request.Form();
  if (!sent) return Response{400, {}, {}, {}};
  const auto form = FormFrom(*sent);
  FormErrors errors;
  const auto date = ParseDate(*sent, "date", "the date", true, errors);
  std::optional<bool> non_working;
  if (form.non_working == "yes" || form.non_working == "no") {
    non_working = form.non_working == "yes";
  } else {
    errors.Add("non_working", "Select whether the day becomes a day off or a working day");
  }
  if (!errors.empty()) {
    // The reason's problem too, so that the summary lists every field at once.
    if (auto reason = domain::ValidateName("reason", domain::TrimName(form.reason)); !reason) {
      errors.Add(reason.error());
    }
    return FormPage(deps, request, form, errors, 422);
  }
  auto added = calendar.AddAdjustment(RequesterOf(request), {*date, *non_working, form.reason});
  if (added) return Response::Redirect(CalendarHref(YearOf(*date)) + "&done=added");
  const auto& error = added.error();
  const bool on_the_form = error.code == core::ErrorCode::kInvalidInput ||
                           (error.code == core::ErrorCode::kConflict && !error.field.empty());
  if (!on_the_form) return ErrorResponse(deps.renderer, request, error);
  errors.Add(error);
  return FormPage(deps, request, form, errors, 422);
}

Response RemoveAdjustment(const AdminDependencies& deps, const domain::CalendarService& calendar,
                          const Request& request) {
  const auto date = domain::ParseCivilDate(request.PathParam("date").value_or(""));
  if (!date) return RenderPage(deps.renderer, request, views::kNotFoundPage, {}, 404);
  auto removed = calendar.RemoveAdjustment(RequesterOf(request), *date);
  if (!removed) return ErrorResponse(deps.renderer, request, removed.error());
  return Response::Redirect(CalendarHref(YearOf(*date)) + "&done=removed");
}

}  // namespace

void AddCalendarRoutes(Router& router, AdminDependencies deps) {
  const domain::CalendarService calendar(deps.store, deps.clock);
  router.Add(
      Method::kGet, "/calendar", RoutePolicy::Authorised(Resource::kCalendar, Action::kRead),
      [deps, calendar](const Request& request) { return CalendarPage(deps, calendar, request); });
  router.Add(
      Method::kGet, std::string{kAddHref},
      RoutePolicy::Authorised(Resource::kCalendar, Action::kCreate),
      [deps](const Request& request) { return FormPage(deps, request, {}, FormErrors{}, 200); });
  router.Add(
      Method::kPost, std::string{kAddHref},
      RoutePolicy::Authorised(Resource::kCalendar, Action::kCreate),
      [deps, calendar](const Request& request) { return AddAdjustment(deps, calendar, request); });
  router.Add(Method::kPost, "/calendar/adjustments/{date}/remove",
             RoutePolicy::Authorised(Resource::kCalendar, Action::kDelete),
             [deps, calendar](const Request& request) {
               return RemoveAdjustment(deps, calendar, request);
             });
  AddDeadlineRuleRoutes(router, deps);
}

}  // namespace assure::http::handlers
