// The lists of actions: /actions (every action the asker may see, with filters as a GET form, 50
// a page with GOV.UK pagination), the same filtered list as CSV (/actions.csv) or XLSX
// (/actions.xlsx) through reports/table.h (audited as "action.export" by the service), an agency
// lead's /my-actions (their agencies' open actions, due first, tagged due soon or overdue, each
// with its update form's link) and the quarter's dashboard (/actions/dashboard).
//
// The RAG filter is on the rating shown today (action_rules.h, EffectiveRag), which no query can
// know: with it, the list reads every action matching the other filters, keeps those rated so and
// pages them here.
#include <algorithm>
#include <array>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "http/common/display.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/list_page.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/actions/action_support.h"
#include "reports/table.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::int64_t kPageSize = 50;

constexpr std::array kSourceKinds{
    domain::SourceKind::kRecommendation, domain::SourceKind::kRapidReview,
    domain::SourceKind::kNationalReview, domain::SourceKind::kThematicReview,
    domain::SourceKind::kAuditFinding,   domain::SourceKind::kBoardDecision,
    domain::SourceKind::kSelfEvaluation, domain::SourceKind::kMeeting,
};

// The list's filters as the GET form sent them; unknown values count as "any".
struct ListFilters {
  std::string agency;
  std::string source;
  std::string status;
  std::string rag;  // "red", "amber", "green" or "none"
  std::string theme;
  std::string due_day, due_month, due_year;  // the "due on or before" date's boxes
  std::int64_t page = 1;

  // The filters (not the page) as query pairs, for the pagination and export links.
  QueryPairs Pairs() const {
    QueryPairs pairs;
    for (const auto& [name, value] :
         {std::pair{"agency", &agency}, std::pair{"source", &source}, std::pair{"status", &status},
          std::pair{"rag", &rag}, std::pair{"theme", &theme}, std::pair{"due_before-day", &due_day},
          std::pair{"due_before-month", &due_month}, std::pair{"due_before-year", &due_year}}) {
      if (!value->empty()) pairs.emplace_back(name, *value);
    }
    return pairs;
  }
};

ListFilters FiltersOf(const Request& request) {
  const auto get = [&](std::string_view name) {
    return domain::TrimName(request.QueryParam(name).value_or(""));
  };
  ListFilters filters;
  filters.agency = get("agency");
  filters.source = get("source");
  filters.status = get("status");
  filters.rag = get("rag");
  filters.theme = get("theme");
  filters.due_day = get("due_before-day");
  filters.due_month = get("due_before-month");
  filters.due_year = get("due_before-year");
  filters.page = std::min<std::int64_t>(
      ParsePositive(request.QueryParam("page").value_or("")).value_or(1), 1'000'000);
  return filters;
}

// The query for the filters, or the form's errors (a due date that is not one).
struct ParsedFilters {
  domain::ActionQuery query;
  std::optional<std::optional<domain::Rag>> rag;  // set: only this rating ({} = no rating)
  FormErrors errors;
};

ParsedFilters Parse(const ListFilters& filters) {
  ParsedFilters parsed;
  auto& query = parsed.query;
  if (auto agency = ParsePositive(filters.agency)) query.owner_agency_id = *agency;
  query.source_kind = domain::ParseSourceKind(filters.source);
  query.status = domain::ParseActionStatus(filters.status);
  if (!filters.theme.empty()) query.theme = filters.theme;
  if (filters.rag == "none") {
    parsed.rag = std::optional<domain::Rag>{};
  } else if (auto rag = domain::ParseRag(filters.rag)) {
    parsed.rag = rag;
  }
  const FormData dates({{"due_before-day", filters.due_day},
                        {"due_before-month", filters.due_month},
                        {"due_before-year", filters.due_year}});
  query.due_before =
      ParseDate(dates, "due_before", "the date actions are due by", false, parsed.errors);
  query.offset = (filters.page - 1) * kPageSize;
  query.limit = kPageSize;
  if (parsed.rag) {  // every match, paged here after the rating
    query.offset = 0;
    query.limit = 0;
  }
  return parsed;
}

// Keeps the actions rated `rag` (all when unset), then the page `filters` asks for.
domain::RatedActionPage Rated(domain::RatedActionPage page,
                              const std::optional<std::optional<domain::Rag>>& rag,
                              std::optional<std::int64_t> page_number) {
  if (!rag) return page;
  std::erase_if(page.actions,
                [&](const domain::RatedAction& rated) { return rated.effective_rag != *rag; });
  page.total = static_cast<std::int64_t>(page.actions.size());
  if (page_number) {
    const auto from = std::min((*page_number - 1) * kPageSize, page.total);
    const auto to = std::min(from + kPageSize, page.total);
    page.actions =
        std::vector<domain::RatedAction>(page.actions.begin() + from, page.actions.begin() + to);
  }
  return page;
}

// The filter form's selects and date input, as their partials read them; `due_error` is the due
// date's problem, or "".
core::Result<json> FilterForm(const ActionServices& services, const domain::Requester& requester,
                              const ListFilters& filters,
                              const std::map<domain::AgencyId, std::string>& names,
                              const std::string& due_error) {
  ASSURE_ASSIGN_OR_RETURN(const auto theme_list, services.choices.Themes(requester));
  QueryPairs agencies, sources, statuses, rags, themes;
  for (const auto& [id, name] : names) agencies.emplace_back(std::to_string(id), name);
  for (const auto kind : kSourceKinds) {
    sources.emplace_back(domain::SourceKindName(kind), domain::SourceKindLabel(kind));
  }
  for (const auto status : domain::AllActionStatuses()) {
    statuses.emplace_back(domain::ActionStatusName(status), domain::ActionStatusLabel(status));
  }
  for (const auto rag : {domain::Rag::kRed, domain::Rag::kAmber, domain::Rag::kGreen}) {
    rags.emplace_back(domain::RagName(rag), domain::RagLabel(rag));
  }
  rags.emplace_back("none", "No rating");
  for (const auto& theme : theme_list) themes.emplace_back(theme, theme);
  const auto filter_select = [](std::string_view key, std::string_view label, json options) {
    return SelectControl(key, label, "", "", std::move(options));
  };
  return json{
      {"agency", filter_select("agency", "Owner agency",
                               SelectOptions(agencies, filters.agency, "Any agency"))},
      {"source",
       filter_select("source", "Source", SelectOptions(sources, filters.source, "Any source"))},
      {"status",
       filter_select("status", "Status", SelectOptions(statuses, filters.status, "Any status"))},
      {"rag",
       filter_select("rag", "RAG rating shown", SelectOptions(rags, filters.rag, "Any rating"))},
      {"theme", filter_select("theme", "Theme of the case",
                              SelectOptions(themes, filters.theme, "Any theme"))},
      {"due_before",
       DateInputControl("due_before", "Due on or before", "For example, 31 3 2026", due_error,
                        {filters.due_day, filters.due_month, filters.due_year})}};
}

json Rows(const std::vector<domain::RatedAction>& list,
          const std::map<domain::AgencyId, std::string>& names) {
  json rows = json::array();
  for (const auto& rated : list) rows.push_back(ActionRow(rated, names));
  return rows;
}

core::Result<Response> ListPage(const ActionServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto filters = FiltersOf(request);
  auto parsed = Parse(filters);
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, requester));
  ASSURE_ASSIGN_OR_RETURN(auto filter_form, FilterForm(services, requester, filters, names,
                                                       parsed.errors.MessageFor("due_before")));
  json page{
      {"title", "Actions"},
      {"filters", std::move(filter_form)},
      {"may_create", domain::MayEver(requester.principal, Resource::kAction, Action::kCreate)},
      {"may_export", domain::MayEver(requester.principal, Resource::kAction, Action::kExport)},
      {"may_see_rounds",
       domain::MayEver(requester.principal, Resource::kReviewRound, Action::kRead)},
      {"rows", json::array()},
      {"has_rows", false},
      {"count_text", ""},
      {"range_text", ""},
      {"pagination", nullptr}};
  if (!parsed.errors.empty()) {
    AddFormErrors(page, parsed.errors, {{"due_before", "due_before-day"}});
    return RenderPage(services.context.renderer, request, "actions", std::move(page), 422);
  }
  ASSURE_ASSIGN_OR_RETURN(auto listed, services.actions.List(requester, parsed.query));
  const auto shown = Rated(std::move(listed), parsed.rag, filters.page);
  json rows = Rows(shown.actions, names);

  const auto pages = std::max<std::int64_t>(1, (shown.total + kPageSize - 1) / kPageSize);
  const auto query = QueryString(filters.Pairs());
  const std::string suffix = query.empty() ? "" : "?" + query;
  const auto first = (filters.page - 1) * kPageSize + 1;
  page["csv_href"] = "/actions.csv" + suffix;
  page["xlsx_href"] = "/actions.xlsx" + suffix;
  page["has_rows"] = !rows.empty();
  page["rows"] = std::move(rows);
  page["count_text"] = shown.total == 1 ? "1 action" : std::to_string(shown.total) + " actions";
  if (!shown.actions.empty()) {
    page["range_text"] =
        "Showing " + std::to_string(first) + " to " +
        std::to_string(first + static_cast<std::int64_t>(shown.actions.size()) - 1);
  }
  if (pages > 1) page["pagination"] = Pagination("/actions", filters.Pairs(), filters.page, pages);
  return RenderPage(services.context.renderer, request, "actions", std::move(page));
}

std::string SourcesText(const domain::PlanAction& action) {
  std::string text;
  for (const auto& source : action.sources) {
    std::string one{domain::SourceKindLabel(source.kind)};
    if (!source.label.empty()) one += ": " + source.label;
    text += (text.empty() ? "" : "; ") + one;
  }
  return text;
}

reports::Table ExportTable(const domain::RatedActionPage& page,
                           const std::map<domain::AgencyId, std::string>& agencies) {
  reports::Table table;
  table.title = "Actions";
  table.headers = {"Id",        "What will change", "Owner agency", "Lead",   "Success measure",
                   "Due date",  "Due date moved",   "Priority",     "Status", "Reason",
                   "RAG shown", "RAG reported",     "Last update",  "Sources"};
  for (const auto& rated : page.actions) {
    const auto& action = rated.action;
    table.rows.push_back(
        {action.id, action.title, AgencyName(agencies, action.owner_agency_id), action.lead_name,
         action.success_measure, domain::FormatCivilDate(action.due_on),
         std::int64_t{action.due_date_changes}, std::string{PriorityLabel(action.priority)},
         std::string{domain::ActionStatusLabel(action.status)}, action.status_reason,
         RagText(rated.effective_rag),
         action.reported_rag ? std::string{domain::RagLabel(*action.reported_rag)} : "",
         action.last_update_on ? domain::FormatCivilDate(*action.last_update_on) : "",
         SourcesText(action)});
  }
  return table;
}

core::Result<Response> Export(const ActionServices& services, const Request& request, bool xlsx) {
  const auto requester = RequesterOf(request);
  const auto filters = FiltersOf(request);
  auto parsed = Parse(filters);
  if (!parsed.errors.empty()) {
    return core::Error::InvalidInput("due_before", parsed.errors.MessageFor("due_before"));
  }
  ASSURE_ASSIGN_OR_RETURN(auto exported, services.actions.Export(requester, parsed.query));
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, requester));
  const auto table = ExportTable(Rated(std::move(exported), parsed.rag, std::nullopt), names);
  const std::string stem =
      "actions-" + domain::FormatCivilDate(domain::LondonDate(services.context.clock.Now()));
  return TableDownload(table, stem, xlsx);
}

core::Result<Response> ExportCsv(const ActionServices& services, const Request& request) {
  return Export(services, request, false);
}

core::Result<Response> ExportXlsx(const ActionServices& services, const Request& request) {
  return Export(services, request, true);
}

core::Result<Response> MyActionsPage(const ActionServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto mine, services.actions.MyActions(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto calendar, services.calendar.Calendar(requester));
  const auto today = domain::LondonDate(services.context.clock.Now());
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, requester));
  json rows = json::array();
  for (const auto& rated : mine) {
    auto row = ActionRow(rated, names);
    row["overdue"] = domain::IsOverdue(rated.action, today);
    row["due_soon"] = domain::IsDueSoon(rated.action, today, calendar);
    row["update_href"] = ActionHref(rated.action.id) + "/update";
    rows.push_back(std::move(row));
  }
  json context{{"title", "My actions"}, {"has_rows", !rows.empty()}};
  context["rows"] = std::move(rows);  // not copied: a lead may have hundreds
  return RenderPage(services.context.renderer, request, "my_actions", std::move(context));
}

core::Result<Response> DashboardPage(const ActionServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto dashboard, services.rounds.Dashboard(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, requester));
  const auto quarter = domain::FormatQuarter(dashboard.quarter);
  std::string round_text = "The review round for " + quarter + " has not been opened yet.";
  std::string round_href;
  if (dashboard.round) {
    round_href = RoundHref(dashboard.round->id);
    round_text = "The review round for " + quarter + " opened on " +
                 domain::LongCivilDate(dashboard.round->opened_on) +
                 (dashboard.round->closed_on
                      ? " and closed on " + domain::LongCivilDate(*dashboard.round->closed_on) + "."
                      : " and is open.");
  }
  const auto section = [&](const std::vector<domain::RatedAction>& list) {
    return json{{"rows", Rows(list, names)},
                {"has_rows", !list.empty()},
                {"count", static_cast<std::int64_t>(list.size())}};
  };
  return RenderPage(services.context.renderer, request, "actions_dashboard",
                    {{"title", "Action plan dashboard"},
                     {"quarter", quarter},
                     {"round_text", round_text},
                     {"round_href", round_href},
                     {"not_reviewed", section(dashboard.not_reviewed)},
                     {"overdue", section(dashboard.overdue)},
                     {"dates_moved", section(dashboard.dates_moved)}});
}

}  // namespace

void AddActionListRoutes(Router& router, const ActionServices& services) {
  router.Add(Method::kGet, "/actions", RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ActionPageHandler(services, ListPage));
  router.Add(Method::kGet, "/actions.csv",
             RoutePolicy::Authorised(Resource::kAction, Action::kExport),
             ActionPageHandler(services, ExportCsv));
  router.Add(Method::kGet, "/actions.xlsx",
             RoutePolicy::Authorised(Resource::kAction, Action::kExport),
             ActionPageHandler(services, ExportXlsx));
  router.Add(Method::kGet, "/my-actions", RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ActionPageHandler(services, MyActionsPage));
  router.Add(Method::kGet, "/actions/dashboard",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             ActionPageHandler(services, DashboardPage));
}

}  // namespace assure::http::pages
