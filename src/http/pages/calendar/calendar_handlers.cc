#include "http/pages/calendar/calendar_handlers.h"

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
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// The years a date can name (domain::ParseCivilDate).
// The page shows only the years whose bank holidays are verified.
constexpr int kFirstYear = domain::kFirstVerifiedYear;
constexpr int kLastYear = domain::kLastVerifiedYear;
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
  if (text->size() != 4) return std::nullopt;
  const auto year = ParseBoundedNumber(*text, 4, kFirstYear, kLastYear);
  if (!year) return std::nullopt;
  return static_cast<int>(*year);
}

core::Result<Response> CalendarPage(const HandlerContext& context,
                                    const domain::CalendarService& calendar,
                                    const Request& request) {
  const auto year = ShownYear(request, context.clock);
  if (!year) {
    return core::Error::InvalidInput("year", "Choose a year from " + std::to_string(kFirstYear) +
                                                 " to " + std::to_string(kLastYear) +
                                                 ", the years whose bank holidays are verified.");
  }
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto stored, calendar.Adjustments(requester));

  std::vector<domain::CalendarAdjustment> adjustments;
  std::map<domain::CivilDate, std::string> reasons;
  for (const auto& each : stored) {
    adjustments.push_back(each.adjustment);
    reasons[each.adjustment.date] = each.adjustment.reason;
  }
  std::map<domain::CivilDate, std::string_view> national;
  for (const auto& holiday : domain::EnglandAndWalesBankHolidays(*year)) {
    national[holiday.date] = holiday.name;
  }
  json days = json::array();
  ASSURE_ASSIGN_OR_RETURN(const auto holidays,
                          domain::WorkingCalendar{adjustments}.Holidays(*year));
  for (const auto date : holidays) {
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
  for (const auto& each : stored) {
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
  return RenderPage(context.renderer, request, "calendar", std::move(page));
}

// What the form holds, kept as typed when it is refused.
struct AdjustmentForm {
  DateFields date;          // the date's boxes
  std::string non_working;  // "yes", "no", or what was sent
  std::string reason;
};

AdjustmentForm FormFrom(const FormData& sent) {
  return {{sent.Get("date-day").value_or(""), sent.Get("date-month").value_or(""),
           sent.Get("date-year").value_or("")},
          sent.Get("non_working").value_or(""),
          sent.Get("reason").value_or("")};
}

Response FormPage(const HandlerContext& context, const Request& request, const AdjustmentForm& form,
                  const FormErrors& errors, int status) {
  json page{{"title", "Change the working calendar"},
            {"back_href", "/calendar"},
            {"action_href", kAddHref},
            {"csrf_token", request.session->session.csrf_token},
            {"date", DateInputControl("date", "Date", "For example, 24 12 2026",
                                      errors.MessageFor("date"), form.date)},
            {"day_off", form.non_working == "yes"},
            {"worked", form.non_working == "no"},
            {"reason", form.reason}};
  // Each field's first input, where the error summary's link lands.
  AddFormErrors(page, errors,
                {{"date", "date-day"}, {"non_working", "non_working"}, {"reason", "reason"}});
  return RenderPage(context.renderer, request, "calendar_form", std::move(page), status);
}

core::Result<Response> AddAdjustment(const HandlerContext& context,
                                     const domain::CalendarService& calendar,
                                     const Request& request) {
  auto sent = request.Form();
  if (!sent) return Response::Status(400);
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
    return FormPage(context, request, form, errors, 422);
  }
  auto added = calendar.AddAdjustment(RequesterOf(request), {*date, *non_working, form.reason});
  if (added) return Response::Redirect(CalendarHref(YearOf(*date)) + "&done=added");
  const auto& error = added.error();
  const bool on_the_form = error.code == core::ErrorCode::kInvalidInput ||
                           (error.code == core::ErrorCode::kConflict && !error.field.empty());
  if (!on_the_form) return error;
  errors.Add(error);
  return FormPage(context, request, form, errors, 422);
}

core::Result<Response> RemoveAdjustment(const domain::CalendarService& calendar,
                                        const Request& request) {
  const auto date = domain::ParseCivilDate(request.PathParam("date").value_or(""));
  if (!date) return core::Error::NotFound("no calendar change on that day");
  ASSURE_TRY(calendar.RemoveAdjustment(RequesterOf(request), *date));
  return Response::Redirect(CalendarHref(YearOf(*date)) + "&done=removed");
}

}  // namespace

void AddCalendarRoutes(Router& router, const HandlerContext& context) {
  const domain::CalendarService calendar(context.store, context.clock);
  router.Add(Method::kGet, "/calendar", RoutePolicy::Authorised(Resource::kCalendar, Action::kRead),
             PageHandler(context.renderer, [context, calendar](const Request& request) {
               return CalendarPage(context, calendar, request);
             }));
  router.Add(Method::kGet, std::string{kAddHref},
             RoutePolicy::Authorised(Resource::kCalendar, Action::kCreate),
             [context](const Request& request) {
               return FormPage(context, request, {}, FormErrors{}, 200);
             });
  router.Add(Method::kPost, std::string{kAddHref},
             RoutePolicy::Authorised(Resource::kCalendar, Action::kCreate),
             PageHandler(context.renderer, [context, calendar](const Request& request) {
               return AddAdjustment(context, calendar, request);
             }));
  router.Add(Method::kPost, "/calendar/adjustments/{date}/remove",
             RoutePolicy::Authorised(Resource::kCalendar, Action::kDelete),
             PageHandler(context.renderer, [calendar](const Request& request) {
               return RemoveAdjustment(calendar, request);
             }));
  AddDeadlineRuleRoutes(router, context);
}

}  // namespace assure::http::pages
