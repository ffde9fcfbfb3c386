// The deadline rules page (/deadline-rules): the rules in force for the partnership, with the
// "uncertain" tag on those DOMAIN.md asks us to check, and every earlier change; for its
// administrator, a form per rule that has an amount (POST /deadline-rules/{code}, the code with
// hyphens) setting the rule's next version through domain::CalendarService, which audits it.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "domain/calendar/calendar_service.h"
#include "domain/text_rules.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/calendar/calendar_handlers.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::DeadlineRule;
using domain::Resource;
using nlohmann::json;

// "rapid_review" <-> "rapid-review" (URLs and element ids use hyphens).
std::string Replaced(std::string_view text, char from, char to) {
  std::string out{text};
  std::replace(out.begin(), out.end(), from, to);
  return out;
}
std::string Slug(std::string_view code) { return Replaced(code, '_', '-'); }

const DeadlineRule* DefaultRule(std::string_view code) {
  for (const auto& rule : domain::DefaultDeadlineRules()) {
    if (rule.code == code) return &rule;
  }
  return nullptr;
}

// Whether the rule has an amount an administrator may set (not the agency response rule).
bool Changeable(const DeadlineRule& rule) { return domain::ValidateRuleAmount(rule.code, 1).ok(); }

std::string UnitText(const DeadlineRule& rule, int amount) {
  const bool one = amount == 1;
  if (rule.unit == domain::DeadlineUnit::kCalendarMonths) {
    return one ? "calendar month" : "calendar months";
  }
  return one ? "working day" : "working days";
}

std::string AmountText(const DeadlineRule& rule, int amount) {
  if (!Changeable(rule)) return "Its own due date";
  return std::to_string(amount) + " " + UnitText(rule, amount);
}

// A refused change, shown on its rule's form.
struct Refusal {
  std::string code;
  std::string typed;
  core::Error error;
};

core::Result<Response> RulesPage(const HandlerContext& context,
                                 const domain::CalendarService& calendar, const Request& request,
                                 const Refusal* refusal, int status) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto rules, calendar.Rules(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto history, calendar.RuleHistory(requester));
  const bool may_update =
      domain::MayEver(requester.principal, Resource::kCalendar, Action::kUpdate);

  json rows = json::array();
  json forms = json::array();
  for (const auto& rule : rules.All()) {
    rows.push_back({{"label", rule.label},
                    {"code", rule.code},
                    {"amount", AmountText(rule, rule.amount)},
                    {"basis", rule.basis},
                    {"version", std::to_string(rule.version)},
                    {"uncertain", rule.uncertain}});
    if (!may_update || !Changeable(rule)) continue;
    const bool refused = refusal && refusal->code == rule.code;
    forms.push_back({{"label", rule.label},
                     {"action_href", "/deadline-rules/" + Slug(rule.code)},
                     {"input_id", "amount-" + Slug(rule.code)},
                     {"value", refused ? refusal->typed : std::to_string(rule.amount)},
                     {"unit", UnitText(rule, 2)},
                     {"now", AmountText(rule, rule.amount) + " " + rule.basis + ", version " +
                                 std::to_string(rule.version)},
                     {"error", refused ? refusal->error.message : ""}});
  }
  json changes = json::array();
  for (const auto& change : history) {
    const auto* rule = DefaultRule(change.code);
    if (!rule) continue;
    changes.push_back({{"label", rule->label},
                       {"version", std::to_string(change.version)},
                       {"amount", AmountText(*rule, change.amount)},
                       {"changed", LondonTimeText(change.changed_at)}});
  }

  json page{{"title", "Deadline rules"},
            {"rows", rows},
            {"forms", forms},
            {"has_forms", !forms.empty()},
            {"changes", changes},
            {"has_changes", !changes.empty()},
            {"calendar_href", "/calendar"},
            {"csrf_token", request.session->session.csrf_token}};
  if (refusal) {
    page["has_errors"] = true;
    page["errors"] = json::array(
        {{{"href", "#amount-" + Slug(refusal->code)}, {"text", refusal->error.message}}});
  }
  const auto done = request.QueryParam("done").value_or("");
  for (const auto& rule : rules.All()) {
    if (done.empty() || Slug(rule.code) != done) continue;
    page["notice"] = rule.label + " is now " + AmountText(rule, rule.amount) + " (version " +
                     std::to_string(rule.version) + ").";
  }
  return RenderPage(context.renderer, request, "deadline_rules", std::move(page), status);
}

core::Result<Response> ChangeRule(const HandlerContext& context,
                                  const domain::CalendarService& calendar, const Request& request) {
  const auto code = Replaced(request.PathParam("code").value_or(""), '-', '_');
  if (!DefaultRule(code)) return core::Error::NotFound("no such deadline rule");
  auto sent = request.Form();
  if (!sent) return Response::Status(400);
  const auto typed = domain::TrimName(sent->Get("amount").value_or(""));
  core::Result<DeadlineRule> changed = core::Error::Internal("not attempted");
  if (const auto amount = ParseWhole(typed, 4)) {
    changed = calendar.AdjustRule(RequesterOf(request), code, *amount);
  } else {
    // Not a number: the message the rule gives for an amount out of its range.
    changed = domain::ValidateRuleAmount(code, 0).error();
  }
  if (changed) return Response::Redirect("/deadline-rules?done=" + Slug(code));
  const auto& error = changed.error();
  if (error.code != core::ErrorCode::kInvalidInput || error.field != "amount") return error;
  const Refusal refusal{code, typed, error};
  return RulesPage(context, calendar, request, &refusal, 422);
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
