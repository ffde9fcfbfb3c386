// The deadline rules page (/deadline-rules): each rule of the partnership with the amount in force
// today, what it counts from, whether it is statutory or local, its source, the "uncertain" tag
// on the readings that should be checked, and every version (in force from when, changed when);
// for its administrator, a form per local rule that has an amount (POST /deadline-rules/{code},
// the code with hyphens: the amount and the date it takes effect, effective_from-day/-month/-year)
// setting the rule's next version through domain::CalendarService, which audits it. Statutory
// rules have no form; a change sent for one anyway is refused on the page, naming the rule's
// source.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/calendar/calendar_service.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/calendar/calendar_handlers.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::DeadlineRule;
using domain::Resource;
using nlohmann::json;

// The date input's key: its boxes are effective_from-day, -month and -year. Only one rule (the
// adult rapid review) has a form, so the ids are unique on the page.
constexpr std::string_view kEffectiveFrom = "effective_from";

// "rapid_review" <-> "rapid-review" (URLs and element ids use hyphens).
std::string Replaced(std::string_view text, char from, char to) {
  std::string out{text};
  std::replace(out.begin(), out.end(), from, to);
  return out;
}
std::string Slug(std::string_view code) { return Replaced(code, '_', '-'); }
std::string RuleId(std::string_view code) { return "rule-" + Slug(code); }
std::string AmountId(std::string_view code) { return "amount-" + Slug(code); }

// Whether the rule has an amount an administrator may set: a local rule, not the agency
// response rule.
bool Changeable(const DeadlineRule& rule) { return domain::ValidateRuleAmount(rule.code, 1).ok(); }

std::string UnitText(const DeadlineRule& rule, int amount) {
  const bool one = amount == 1;
  if (rule.unit == domain::DeadlineUnit::kCalendarMonths) {
    return one ? "calendar month" : "calendar months";
  }
  return one ? "working day" : "working days";
}

std::string AmountText(const DeadlineRule& rule, int amount) {
  if (rule.amount == 0) return "Its own due date";
  return std::to_string(amount) + " " + UnitText(rule, amount);
}

std::string FromText(const std::optional<domain::CivilDate>& from) {
  return from ? domain::LongCivilDate(*from) : "The beginning";
}

// A change sent and refused: shown again on its rule's form, as typed.
struct SentChange {
  std::string code;
  std::string amount;
  DateFields effective_from;
  FormErrors errors;
};

// Where each field's error lands (the error summary's links).
std::map<std::string, std::string> Anchors(std::string_view code) {
  return {{"code", RuleId(code)},
          {"amount", AmountId(code)},
          {std::string{kEffectiveFrom}, std::string{kEffectiveFrom} + "-day"}};
}

// Every version of `rule`'s code: version 1 (the national default) and what the partnership
// stored, each with whether it applies today.
json VersionRows(const domain::DeadlineRules& rules, const DeadlineRule& rule,
                 const std::vector<domain::DeadlineRuleOverride>& history,
                 domain::CivilDate today) {
  const int in_force = rules.InForceOn(rule.code, today).version;
  const auto status = [&](int version, const std::optional<domain::CivilDate>& from) {
    if (version == in_force) return "In force";
    if (from && *from > today) return "Comes into force later";
    return "Replaced";
  };
  const DeadlineRule& first = rules.Versions(rule.code).front();
  json rows = json::array();
  rows.push_back({{"version", std::to_string(first.version)},
                  {"amount", AmountText(rule, first.amount)},
                  {"effective_from", FromText(first.effective_from)},
                  {"changed", "National default"},
                  {"status", status(first.version, first.effective_from)}});
  for (const auto& change : history) {
    if (change.code != rule.code) continue;
    rows.push_back({{"version", std::to_string(change.version)},
                    {"amount", AmountText(rule, change.amount)},
                    {"effective_from", FromText(change.effective_from)},
                    {"changed", LondonTimeText(change.changed_at)},
                    {"status", rule.statutory ? "Not applied: the rule is statutory"
                                              : status(change.version, change.effective_from)}});
  }
  return rows;
}

// The change form of a local rule: empty boxes, or what was sent when it was refused.
json ChangeForm(const DeadlineRule& in_force, const SentChange* sent, domain::CivilDate today) {
  const auto example = DateFieldsOf(domain::AddMonths(today.year() / today.month() / 1, 1));
  const std::string hint =
      "Today or later. A clock that started before it keeps the amount it "
      "started with. For example, " +
      example.day + " " + example.month + " " + example.year;
  const bool refused = sent && sent->code == in_force.code;
  const std::string amount_error = refused ? sent->errors.MessageFor("amount") : "";
  const std::string date_error = refused ? sent->errors.MessageFor(kEffectiveFrom) : "";
  return {{"action_href", "/deadline-rules/" + Slug(in_force.code)},
          {"input_id", AmountId(in_force.code)},
          {"value", refused ? sent->amount : ""},
          {"unit", UnitText(in_force, 2)},
          {"error", amount_error},
          {"date", DateInputControl(kEffectiveFrom, "The date the new amount takes effect", hint,
                                    date_error, refused ? sent->effective_from : DateFields{})}};
}

core::Result<Response> RulesPage(const HandlerContext& context,
                                 const domain::CalendarService& calendar, const Request& request,
                                 const SentChange* sent, int status) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto rules, calendar.Rules(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto history, calendar.RuleHistory(requester));
  const bool may_update =
      domain::MayEver(requester.principal, Resource::kCalendar, Action::kUpdate);
  const domain::CivilDate today = domain::LondonDate(context.clock.Now());

  json shown = json::array();
  bool has_forms = false;
  bool has_changes = false;
  for (const auto& latest : rules.All()) {
    const DeadlineRule& now = rules.InForceOn(latest.code, today);
    const bool refused = sent && sent->code == latest.code;
    json row{{"id", RuleId(latest.code)},
             {"label", latest.label},
             {"code", latest.code},
             {"amount", AmountText(now, now.amount)},
             {"version", std::to_string(now.version)},
             {"basis", latest.basis},
             {"kind", latest.statutory ? "Statutory" : "Local"},
             {"statutory", latest.statutory},
             {"uncertain", latest.uncertain},
             {"source", latest.source},
             {"refused", refused ? sent->errors.MessageFor("code") : ""},
             {"versions", VersionRows(rules, latest, history, today)},
             {"has_form", false}};
    if (may_update && Changeable(latest)) {
      row["has_form"] = true;
      row["form"] = ChangeForm(now, sent, today);
      has_forms = true;
    }
    if (row["versions"].size() > 1) has_changes = true;
    shown.push_back(std::move(row));
  }

  json page{{"title", "Deadline rules"},    {"rules", shown},
            {"has_forms", has_forms},       {"has_changes", has_changes},
            {"calendar_href", "/calendar"}, {"csrf_token", request.session->session.csrf_token}};
  if (sent) AddFormErrors(page, sent->errors, Anchors(sent->code));
  const auto done = request.QueryParam("done").value_or("");
  for (const auto& latest : rules.All()) {
    if (done.empty() || Slug(latest.code) != done) continue;
    page["notice"] = latest.label + ": version " + std::to_string(latest.version) + ", " +
                     AmountText(latest, latest.amount) + ", in force from " +
                     FromText(latest.effective_from) + ".";
  }
  return RenderPage(context.renderer, request, "deadline_rules", std::move(page), status);
}

core::Result<Response> ChangeRule(const HandlerContext& context,
                                  const domain::CalendarService& calendar, const Request& request) {
  const auto code = Replaced(request.PathParam("code").value_or(""), '-', '_');
  if (!domain::DefaultDeadlineRule(code)) return core::Error::NotFound("no such deadline rule");
  auto form = request.Form();
  if (!form) return Response::Status(400);
  SentChange sent{
      code,
      domain::TrimName(form->Get("amount").value_or("")),
      {form->Get("effective_from-day").value_or(""), form->Get("effective_from-month").value_or(""),
       form->Get("effective_from-year").value_or("")},
      {}};
  if (auto fixed = domain::ValidateRuleAmount(code, 1); !fixed.ok()) {
    // A statutory rule, or one with no amount: nothing else on the form matters.
    sent.errors.Add(fixed.error());
    return RulesPage(context, calendar, request, &sent, 422);
  }
  const auto amount = ParseWhole(sent.amount, 4);
  // Not a number: the message the rule gives for an amount out of its range.
  if (!amount) sent.errors.Add(domain::ValidateRuleAmount(code, 0).error());
  const auto effective_from =
      ParseDate(*form, kEffectiveFrom, "the date the new amount takes effect", true, sent.errors);
  if (sent.errors.empty()) {
    auto changed = calendar.AdjustRule(RequesterOf(request), code, *amount, *effective_from);
    if (changed) return Response::Redirect("/deadline-rules?done=" + Slug(code));
    if (changed.error().code != core::ErrorCode::kInvalidInput) return changed.error();
    sent.errors.Add(changed.error());
  }
  return RulesPage(context, calendar, request, &sent, 422);
}

}  // namespace

void AddDeadlineRuleRoutes(Router& router, const HandlerContext& context) {
  const domain::CalendarService calendar(context.store, context.clock);
  router.Add(Method::kGet, "/deadline-rules",
             RoutePolicy::Authorised(Resource::kCalendar, Action::kRead),
             PageHandler(context.renderer, [context, calendar](const Request& request) {
               return RulesPage(context, calendar, request, nullptr, 200);
             }));
  router.Add(Method::kPost, "/deadline-rules/{code}",
             RoutePolicy::Authorised(Resource::kCalendar, Action::kUpdate),
             PageHandler(context.renderer, [context, calendar](const Request& request) {
               return ChangeRule(context, calendar, request);
             }));
}

}  // namespace assure::http::pages
