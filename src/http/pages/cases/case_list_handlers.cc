// The case list (/cases): filters as a GET form, full-text search, 50 cases a page with GOV.UK
// pagination, each row's next statutory clock; and the same filtered list, every page, as CSV
// (/cases.csv) or XLSX (/cases.xlsx) through reports/table.h, audited as "case.export".
#include <algorithm>

#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/list_page.h"
#include "http/common/page_render.h"
#include "http/pages/cases/case_support.h"
#include "reports/table.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string Joined(const std::vector<std::string>& items) {
  std::string joined;
  for (const auto& item : items) joined += (joined.empty() ? "" : ", ") + item;
  return joined;
}

// A date as the export writes it: YYYY-MM-DD, empty when unknown.
std::string DateCell(const std::optional<domain::CivilDate>& date) {
  return date ? domain::FormatCivilDate(*date) : std::string{};
}

std::string Pseudonyms(const domain::Case& record) {
  std::vector<std::string> names;
  for (const auto& subject : record.subjects) names.push_back(subject.pseudonym);
  return Joined(names);
}

json Row(const domain::ListedCase& c) {
  const auto& record = c.record;
  json row{{"href", CaseHref(record.id)},
           {"reference", record.reference},
           {"type", CaseTypeLabel(record.type)},
           {"state", domain::CaseStateLabel(record.state)},
           {"subjects", Pseudonyms(record)},
           {"received", domain::LongCivilDate(record.referral.received_on)},
           {"next", nullptr}};
  if (c.next) row["next"] = ClockRow(*c.next);
  return row;
}

reports::Table ExportTable(const domain::ListedCasePage& page) {
  reports::Table table;
  table.title = "Cases";
  table.headers = {"Reference",         "Type",       "State",          "Subjects",
                   "Referral received", "Date aware", "Referrer",       "Themes",
                   "Summary",           "Next clock", "Next clock due", "Next clock status"};
  for (const auto& c : page.cases) {
    const auto& record = c.record;
    const auto& next = c.next;
    table.rows.push_back(
        {record.reference, std::string{CaseTypeLabel(record.type)},
         std::string{domain::CaseStateLabel(record.state)}, Pseudonyms(record),
         domain::FormatCivilDate(record.referral.received_on), DateCell(record.aware_on),
         record.referral.referrer, Joined(record.themes), record.summary,
         next ? next->label : std::string{},
         next ? domain::FormatCivilDate(next->due_on) : std::string{},
         next ? std::string{domain::ClockStatusLabel(next->status)} : std::string{}});
  }
  return table;
}

core::Result<Response> ListPage(const CaseServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(auto params, ParseCaseListParams(request));
  params.per_page = kDefaultCasesPerPage;
  params.query.limit = params.per_page;
  params.query.offset = (params.page - 1) * params.per_page;
  ASSURE_ASSIGN_OR_RETURN(const auto page,
                          services.clocks.List(requester, params.query, params.overdue));
  ASSURE_ASSIGN_OR_RETURN(const auto theme_names, services.cases.Themes(requester));
  json rows = json::array();
  for (const auto& c : page.cases) rows.push_back(Row(c));

  QueryPairs types, states, themes, stages, years;
  for (const auto type :
       {domain::CaseType::kChild, domain::CaseType::kAdult, domain::CaseType::kJoint}) {
    types.emplace_back(domain::CaseTypeName(type), CaseTypeLabel(type));
  }
  for (const auto state : domain::AllCaseStates()) {
    states.emplace_back(domain::CaseStateName(state), domain::CaseStateLabel(state));
  }
  for (std::string_view stage : domain::ReviewStageNames()) {
    std::string label{stage};
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
    stages.emplace_back(stage, label);
  }
  for (const auto& name : theme_names) themes.emplace_back(name, name);
  const int this_year = static_cast<int>(domain::LondonDate(services.context.clock.Now()).year());
  for (int year = this_year; year > this_year - 10; --year) {
    years.emplace_back(std::to_string(year), std::to_string(year));
  }
  const auto& query = params.query;
  const auto chosen = [](const auto& value, auto name) {
    return value ? std::string{name(*value)} : std::string{};
  };
  const auto filter_select = [](std::string_view key, std::string_view label, json options) {
    return SelectControl(key, label, "", "", std::move(options));
  };

  const auto per_page = params.per_page;
  const auto pages = std::max<std::int64_t>(1, (page.total + per_page - 1) / per_page);
  const auto filters = params.Filters();
  const auto link_query = QueryString(filters);
  const std::string suffix = link_query.empty() ? "" : "?" + link_query;
  const auto first = (params.page - 1) * per_page + 1;
  json context{
      {"title", "Cases"},
      {"may_create", domain::MayEver(requester.principal, Resource::kCase, Action::kCreate)},
      {"may_export", domain::MayEver(requester.principal, Resource::kCase, Action::kExport)},
      {"csv_href", "/cases.csv" + suffix},
      {"xlsx_href", "/cases.xlsx" + suffix},
      {"q", query.text},
      {"filters",
       json::array(
           {filter_select(
                "type", "Type",
                SelectOptions(types, chosen(query.type, domain::CaseTypeName), "Any type")),
            filter_select(
                "state", "State",
                SelectOptions(states, chosen(query.state, domain::CaseStateName), "Any state")),
            filter_select("theme", "Theme",
                          SelectOptions(themes, query.theme.value_or(""), "Any theme")),
            filter_select("stage", "Full review stage",
                          SelectOptions(stages, query.stage.value_or(""), "Any stage")),
            filter_select(
                "year", "Year referred",
                SelectOptions(years, query.year ? std::to_string(*query.year) : "", "Any year"))})},
      {"overdue", params.overdue},
      {"has_rows", !rows.empty()},
      {"count_text", page.total == 1 ? "1 case" : std::to_string(page.total) + " cases"},
      {"range_text",
       rows.empty() ? ""
                    : "Showing " + std::to_string(first) + " to " +
                          std::to_string(first + static_cast<std::int64_t>(rows.size()) - 1)},
      {"pagination",
       pages > 1 ? Pagination("/cases", filters, params.page, pages) : json(nullptr)}};
  context["rows"] = std::move(rows);
  return RenderPage(services.context.renderer, request, "cases", std::move(context));
}

core::Result<Response> Export(const CaseServices& services, const Request& request, bool xlsx) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto params, ParseCaseListParams(request));
  ASSURE_ASSIGN_OR_RETURN(const auto page,
                          services.clocks.Export(requester, params.query, params.overdue));
  const std::string stem =
      "cases-" + domain::FormatCivilDate(domain::LondonDate(services.context.clock.Now()));
  return TableDownload(ExportTable(page), stem, xlsx);
}

}  // namespace

void AddCaseListRoutes(Router& router, const CaseServices& services) {
  const auto& renderer = services.context.renderer;
  router.Add(Method::kGet, "/cases", RoutePolicy::Authorised(Resource::kCase, Action::kRead),
             PageHandler(renderer, [services](const Request& request) {
               return ListPage(services, request);
             }));
  router.Add(Method::kGet, "/cases.csv", RoutePolicy::Authorised(Resource::kCase, Action::kExport),
             PageHandler(renderer, [services](const Request& request) {
               return Export(services, request, false);
             }));
  router.Add(Method::kGet, "/cases.xlsx", RoutePolicy::Authorised(Resource::kCase, Action::kExport),
             PageHandler(renderer, [services](const Request& request) {
               return Export(services, request, true);
             }));
}

}  // namespace assure::http::pages
