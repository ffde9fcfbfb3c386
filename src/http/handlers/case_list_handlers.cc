// The case list (/cases): filters as a GET form, full-text search, 50 cases a page with GOV.UK
// pagination, each row's next statutory clock; and the same filtered list, every page, as CSV
// (/cases.csv) or XLSX (/cases.xlsx) through reports/table.h, audited as "case.export".
#include <algorithm>
#include <chrono>

#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "http/handlers/case_forms.h"
#include "http/handlers/case_support.h"
#include "http/handlers/list_page.h"
#include "http/handlers/page_render.h"
#include "reports/table.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::int64_t kPageSize = 50;

// The list's filters as the GET form sent them; unknown values count as "any".
struct ListFilters {
  std::string type;
  std::string state;
  std::string theme;
  std::string stage;
  std::string year;
  bool overdue = false;
  std::string text;
  std::int64_t page = 1;

  // The filters (not the page) as query pairs, for the pagination and export links.
  std::vector<std::pair<std::string, std::string>> Pairs() const {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& [name, value] :
         {std::pair{"q", &text}, std::pair{"type", &type}, std::pair{"state", &state},
          std::pair{"theme", &theme}, std::pair{"stage", &stage}, std::pair{"year", &year}}) {
      if (!value->empty()) pairs.emplace_back(name, *value);
    }
    if (overdue) pairs.emplace_back("overdue", "yes");
    return pairs;
  }
};

ListFilters FiltersOf(const Request& request) {
  ListFilters filters;
  filters.text = domain::TrimName(request.QueryParam("q").value_or(""));
  filters.type = request.QueryParam("type").value_or("");
  filters.state = request.QueryParam("state").value_or("");
  filters.theme = request.QueryParam("theme").value_or("");
  filters.stage = request.QueryParam("stage").value_or("");
  filters.year = request.QueryParam("year").value_or("");
  filters.overdue = request.QueryParam("overdue").value_or("") == "yes";
  filters.page = std::min<std::int64_t>(
      ParsePositive(request.QueryParam("page").value_or("")).value_or(1), 1'000'000);
  return filters;
}

domain::CaseQuery QueryOf(const ListFilters& filters) {
  domain::CaseQuery query;
  query.type = domain::ParseCaseType(filters.type);
  query.state = domain::ParseCaseState(filters.state);
  if (!filters.theme.empty()) query.theme = filters.theme;
  for (std::string_view stage : domain::ReviewStageNames()) {
    if (filters.stage == stage) query.stage = filters.stage;
  }
  if (auto year = ParsePositive(filters.year); year && *year >= 1900 && *year <= 2199) {
    query.year = static_cast<int>(*year);
  }
  query.text = filters.text;
  query.offset = (filters.page - 1) * kPageSize;
  query.limit = kPageSize;
  return query;
}

std::string Pseudonyms(const domain::Case& record) {
  std::string joined;
  for (const auto& subject : record.subjects) {
    joined += (joined.empty() ? "" : ", ") + subject.pseudonym;
  }
  return joined;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string joined;
  for (const auto& item : items) joined += (joined.empty() ? "" : ", ") + item;
  return joined;
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
         domain::FormatCivilDate(record.referral.received_on),
         domain::FormatCivilDate(record.aware_on), record.referral.referrer, Joined(record.themes),
         record.summary, next ? next->label : std::string{},
         next ? domain::FormatCivilDate(next->due_on) : std::string{},
         next ? std::string{domain::ClockStatusLabel(next->status)} : std::string{}});
  }
  return table;
}

Response Attachment(std::string content_type, const std::string& file_name, std::string body) {
  Response response{200, {}, std::move(body), {}};
  response.SetHeader("Content-Type", std::move(content_type));
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  return response;
}

Response ListPage(const CaseServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto filters = FiltersOf(request);
  auto page = services.clocks.List(requester, QueryOf(filters), filters.overdue);
  if (!page) return ErrorResponse(services.deps.renderer, request, page.error());
  json rows = json::array();
  for (const auto& c : page->cases) rows.push_back(Row(c));

  std::vector<std::pair<std::string, std::string>> types, states, themes, stages, years;
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
  if (auto names = services.cases.Themes(requester)) {
    for (const auto& name : *names) themes.emplace_back(name, name);
  }
  const int this_year = static_cast<int>(domain::LondonDate(services.deps.clock.Now()).year());
  for (int year = this_year; year > this_year - 10; --year) {
    years.emplace_back(std::to_string(year), std::to_string(year));
  }

  const auto pages = std::max<std::int64_t>(1, (page->total + kPageSize - 1) / kPageSize);
  const auto query = QueryString(filters.Pairs());
  const std::string suffix = query.empty() ? "" : "?" + query;
  const auto first = (filters.page - 1) * kPageSize + 1;
  json context{
      {"title", "Cases"},
      {"may_create", domain::MayEver(requester.principal, Resource::kCase, Action::kCreate)},
      {"may_export", domain::MayEver(requester.principal, Resource::kCase, Action::kExport)},
      {"csv_href", "/cases.csv" + suffix},
      {"xlsx_href", "/cases.xlsx" + suffix},
      {"q", filters.text},
      {"types", SelectOptions(types, filters.type, "Any type")},
      {"states", SelectOptions(states, filters.state, "Any state")},
      {"themes", SelectOptions(themes, filters.theme, "Any theme")},
      {"stages", SelectOptions(stages, filters.stage, "Any stage")},
      {"years", SelectOptions(years, filters.year, "Any year")},
      {"overdue", filters.overdue},
      {"has_rows", !rows.empty()},
      {"count_text", page->total == 1 ? "1 case" : std::to_string(page->total) + " cases"},
      {"range_text", rows.empty()
                         ? ""
                         : "Showing " + std::to_string(first) + " to " +
                               std::to_string(first + static_cast<std::int64_t>(rows.size()) - 1)},
      {"pagination",
       pages > 1 ? Pagination("/cases", filters.Pairs(), filters.page, pages) : json(nullptr)}};
  context["rows"] = std::move(rows);
  return RenderPage(services.deps.renderer, request, "cases", std::move(context));
}

Response Export(const CaseServices& services, const Request& request, bool xlsx) {
  const auto requester = RequesterOf(request);
  const auto filters = FiltersOf(request);
  auto page = services.clocks.Export(requester, QueryOf(filters), filters.overdue);
  if (!page) return ErrorResponse(services.deps.renderer, request, page.error());
  const auto table = ExportTable(*page);
  const std::string stem =
      "cases-" + domain::FormatCivilDate(domain::LondonDate(services.deps.clock.Now()));
  if (!xlsx) return Attachment("text/csv; charset=utf-8", stem + ".csv", reports::ToCsv(table));
  auto workbook = reports::ToXlsx(table);
  if (!workbook) return ErrorResponse(services.deps.renderer, request, workbook.error());
  return Attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    stem + ".xlsx", std::move(*workbook));
}

}  // namespace

void AddCaseListRoutes(Router& router, const CaseServices& services) {
  router.Add(Method::kGet, "/cases", RoutePolicy::Authorised(Resource::kCase, Action::kRead),
             [services](const Request& request) { return ListPage(services, request); });
  router.Add(Method::kGet, "/cases.csv", RoutePolicy::Authorised(Resource::kCase, Action::kExport),
             [services](const Request& request) { return Export(services, request, false); });
  router.Add(Method::kGet, "/cases.xlsx", RoutePolicy::Authorised(Resource::kCase, Action::kExport),
             [services](const Request& request) { return Export(services, request, true); });
}

}  // namespace assure::http::handlers
