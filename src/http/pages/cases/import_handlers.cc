#include "http/pages/cases/import_handlers.h"

#include <string>
#include <utility>

#include "domain/reviews/import/import_service.h"
#include "http/common/errors.h"
#include "http/common/handler_context.h"
#include "http/common/page_render.h"
#include "http/multipart.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kPage = "case_import";
constexpr std::string_view kPath = "/cases/import";
// The most problems the page lists; the rest are counted.
constexpr std::size_t kShownProblems = 200;

json BasePage(const Request& request) {
  json columns = json::array();
  for (std::string_view column : domain::ImportColumns()) columns.push_back(column);
  json optional_columns = json::array();
  for (std::string_view column : domain::ImportOptionalColumns()) {
    optional_columns.push_back(column);
  }
  return {{"title", "Import review history"},
          {"action_href", kPath},
          {"csrf_token", request.session->session.csrf_token},
          {"columns", std::move(columns)},
          {"optional_columns", std::move(optional_columns)}};
}

// The CSV text sent: the file if one was chosen, otherwise the pasted text. InvalidInput naming
// "file" when there is neither, or the body cannot be read.
core::Result<std::string> SentCsv(const Request& request) {
  const auto type = request.Header("content-type").value_or("");
  std::string csv;
  if (IsMultipartFormData(type)) {
    auto form = ParseMultipart(type, request.body);
    if (!form.ok()) return core::Error::InvalidInput("file", "The upload could not be read.");
    if (const MultipartPart* file = form->File("file"); file != nullptr) {
      csv = std::string{file->content};
    }
    if (csv.empty()) csv = form->Get("csv").value_or("");
  } else {
    auto form = request.Form();
    if (!form.ok()) return core::Error::InvalidInput("file", "The form could not be read.");
    csv = form->Get("csv").value_or("");
  }
  if (csv.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::Error::InvalidInput("file", "Choose a CSV file, or paste its text.");
  }
  return csv;
}

std::string Plural(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string{count == 1 ? one : many};
}

}  // namespace

void AddImportRoutes(Router& router, const HandlerContext& context) {
  const domain::ImportService imports(context.store, context.clock);

  router.Add(Method::kGet, std::string{kPath},
             RoutePolicy::Authorised(Resource::kCase, Action::kCreate),
             [context](const Request& request) {
               return RenderPage(context.renderer, request, kPage, BasePage(request));
             });

  router.Add(
      Method::kPost, std::string{kPath}, RoutePolicy::Authorised(Resource::kCase, Action::kCreate),
      PageHandler(
          context.renderer, [context, imports](const Request& request) -> core::Result<Response> {
            json page = BasePage(request);
            auto csv = SentCsv(request);
            if (!csv.ok()) {
              AddFieldError(page, csv.error(), "file");
              return RenderPage(context.renderer, request, kPage, std::move(page), 422);
            }
            ASSURE_ASSIGN_OR_RETURN(const auto report, imports.Import(RequesterOf(request), *csv));
            if (!report.imported()) {
              const auto& problems = report.problems;
              AddFieldError(
                  page,
                  core::Error::InvalidInput(
                      "problems", "The file has " + Plural(problems.size(), "problem", "problems") +
                                      ": nothing was imported. Correct the file and try "
                                      "again."),
                  "problems");
              json rows = json::array();
              for (std::size_t i = 0; i < problems.size() && i < kShownProblems; ++i) {
                const auto& problem = problems[i];
                rows.push_back(
                    {{"row",
                      problem.row == 0 ? std::string{"Whole file"} : std::to_string(problem.row)},
                     {"column", problem.column.empty() ? std::string{"Whole row"} : problem.column},
                     {"value", problem.value},
                     {"reason", problem.reason}});
              }
              page["problems"] = std::move(rows);
              page["has_problems"] = true;
              if (problems.size() > kShownProblems) {
                page["more_problems"] = "and " + Plural(problems.size() - kShownProblems,
                                                        "more problem", "more problems");
              }
              return RenderPage(context.renderer, request, kPage, std::move(page), 422);
            }
            page["done"] = true;
            page["summary"] = Plural(report.created.size(), "case imported", "cases imported") +
                              ", " + std::to_string(report.unchanged.size()) + " unchanged";
            json created = json::array();
            for (const auto& reference : report.created) created.push_back(reference);
            json unchanged = json::array();
            for (const auto& reference : report.unchanged) unchanged.push_back(reference);
            page["has_created"] = !created.empty();
            page["created"] = std::move(created);
            page["has_unchanged"] = !unchanged.empty();
            page["unchanged"] = std::move(unchanged);
            return RenderPage(context.renderer, request, kPage, std::move(page));
          }));
}

}  // namespace assure::http::pages
