// A staff survey's results pages: GET /assurance/surveys/{id}/results (respondents by agency,
// then each question's answers as an SVG bar chart of the totals with the same numbers by agency
// as a table; a hidden number shows as "[c]"), /results.csv and /results.xlsx (the same
// aggregates; no single answer is ever in them), and /free-text (the business unit reads the
// free-text answers, with the publication check's flags on each).
#include <string>
#include <utility>
#include <vector>

#include "http/common/display.h"
#include "http/common/downloads.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"
#include "reports/table.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kHidden = "[c]";

domain::SurveyId SurveyIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

std::string CountText(const std::optional<std::int64_t>& count) {
  return count ? std::to_string(*count) : std::string{kHidden};
}

reports::Cell CountCell(const std::optional<std::int64_t>& count) {
  if (count) return *count;
  return std::string{kHidden};
}

json QuestionView(const domain::QuestionResult& question) {
  std::vector<reports::BarItem> items;
  json rows = json::array();
  for (const auto& row : question.rows) {
    json cells = json::array();
    for (const auto& count : row.by_group) cells.push_back(CountText(count));
    rows.push_back({{"label", row.label}, {"total", CountText(row.total)}, {"cells", cells}});
    if (row.total) items.push_back({row.label + ": " + std::to_string(*row.total), *row.total});
  }
  const bool charted = question.kind != domain::QuestionKind::kFreeText && !question.rows.empty() &&
                       question.rows.front().total.has_value();
  json view{{"number", question.number},
            {"section", question.section},
            {"text", question.text},
            {"kind", domain::QuestionKindLabel(question.kind)},
            {"rows", rows},
            {"charted", charted},
            {"totals_hidden", question.totals_hidden}};
  if (charted) view["chart"] = BarChartView(items);
  return view;
}

core::Result<Response> ResultsPage(const AssuranceServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = SurveyIdOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.surveys.Get(requester, id));
  ASSURE_ASSIGN_OR_RETURN(const auto results, services.surveys.Results(requester, id));
  json groups = json::array();
  for (const auto& group : results.groups) {
    groups.push_back(
        {{"agency", group.agency_name}, {"respondents", CountText(group.respondents)}});
  }
  json questions = json::array();
  for (const auto& question : results.questions) questions.push_back(QuestionView(question));
  const std::string href = SurveyHref(id);
  json page{{"title", "Results: " + view.survey.content.title},
            {"back_href", href},
            {"minimum_group", std::to_string(results.minimum_group)},
            {"total", CountText(results.total_respondents)},
            {"any_hidden", results.any_hidden},
            {"groups", groups},
            {"questions", questions},
            {"csv_href", href + "/results.csv"},
            {"xlsx_href", href + "/results.xlsx"},
            {"may_run", view.may_run},
            {"free_text_href", href + "/free-text"}};
  return RenderPage(services.context.renderer, request, "assurance_survey_results",
                    std::move(page));
}

// The aggregates as one table: the respondents, then every question's rows, each for every
// agency and in total; a hidden number is "[c]".
reports::Table ResultsTable(const domain::SurveyResults& results) {
  reports::Table table{"Survey results", {"Question", "Answer", "Agency", "Count"}, {}};
  for (std::size_t g = 0; g < results.groups.size(); ++g) {
    table.rows.push_back({std::string{"Respondents"}, std::string{}, results.groups[g].agency_name,
                          CountCell(results.groups[g].respondents)});
  }
  table.rows.push_back({std::string{"Respondents"}, std::string{}, std::string{"All agencies"},
                        CountCell(results.total_respondents)});
  for (const auto& question : results.questions) {
    const std::string name = std::to_string(question.number) + ". " + question.text;
    for (const auto& row : question.rows) {
      for (std::size_t g = 0; g < row.by_group.size(); ++g) {
        table.rows.push_back(
            {name, row.label, results.groups[g].agency_name, CountCell(row.by_group[g])});
      }
      table.rows.push_back({name, row.label, std::string{"All agencies"}, CountCell(row.total)});
    }
  }
  return table;
}

core::Result<Response> ResultsDownload(const AssuranceServices& services, const Request& request,
                                       bool xlsx) {
  const auto id = SurveyIdOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto results, services.surveys.Results(RequesterOf(request), id));
  return TableDownload(ResultsTable(results), "survey-" + std::to_string(id) + "-results", xlsx);
}

core::Result<Response> ResultsCsv(const AssuranceServices& services, const Request& request) {
  return ResultsDownload(services, request, false);
}

core::Result<Response> ResultsXlsx(const AssuranceServices& services, const Request& request) {
  return ResultsDownload(services, request, true);
}

core::Result<Response> FreeTextPage(const AssuranceServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = SurveyIdOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto answers, services.surveys.FreeText(requester, id));
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.surveys.Get(requester, id));
  json questions = json::array();
  int flagged = 0;
  for (const auto& answer : answers) {
    if (questions.empty() || questions.back()["number"] != answer.question) {
      questions.push_back({{"number", answer.question},
                           {"text", answer.question_text},
                           {"answers", json::array()}});
    }
    json hits = json::array();
    for (const auto& hit : answer.hits) {
      hits.push_back({{"text", hit.text}, {"matched", hit.matched}});
    }
    if (!answer.hits.empty()) ++flagged;
    questions.back()["answers"].push_back(
        {{"text", answer.text}, {"flagged", !answer.hits.empty()}, {"hits", hits}});
  }
  json page{{"title", "Free-text answers: " + view.survey.content.title},
            {"back_href", SurveyHref(id)},
            {"count", std::to_string(answers.size())},
            {"flagged", std::to_string(flagged)},
            {"has_answers", !answers.empty()},
            {"questions", questions}};
  return RenderPage(services.context.renderer, request, "assurance_survey_free_text",
                    std::move(page));
}

}  // namespace

void AddSurveyResultsRoutes(Router& router, const AssuranceServices& services) {
  const auto read = RoutePolicy::Authorised(Resource::kAssurance, Action::kRead);
  router.Add(Method::kGet, "/assurance/surveys/{id}/results", read,
             AssurancePageHandler(services, ResultsPage));
  router.Add(Method::kGet, "/assurance/surveys/{id}/results.csv", read,
             AssurancePageHandler(services, ResultsCsv));
  router.Add(Method::kGet, "/assurance/surveys/{id}/results.xlsx", read,
             AssurancePageHandler(services, ResultsXlsx));
  router.Add(Method::kGet, "/assurance/surveys/{id}/free-text",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate),
             AssurancePageHandler(services, FreeTextPage));
}

}  // namespace assure::http::pages
