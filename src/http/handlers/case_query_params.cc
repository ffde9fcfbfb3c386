#include "http/handlers/case_query_params.h"

#include <optional>
#include <string>

#include "domain/text_rules.h"
#include "http/url_encoding.h"

namespace assure::http::handlers {

core::Result<CaseListParams> ParseCaseListParams(const Request& request) {
  auto form = ParseUrlEncoded(request.query);
  if (!form) return core::Error::InvalidInput("query", "The query string is malformed.");
  const auto get = [&](std::string_view name) { return form->Get(name).value_or(""); };

  CaseListParams params;
  if (const auto type = get("type"); !type.empty()) {
    params.query.type = domain::ParseCaseType(type);
    if (!params.query.type) {
      return core::Error::InvalidInput("type", "Choose child, adult or joint.");
    }
  }
  if (const auto state = get("state"); !state.empty()) {
    params.query.state = domain::ParseCaseState(state);
    if (!params.query.state) return core::Error::InvalidInput("state", "Choose a state.");
  }
  if (const auto theme = domain::TrimName(get("theme")); !theme.empty()) {
    params.query.theme = theme;
  }
  if (const auto stage = get("stage"); !stage.empty()) {
    for (std::string_view name : domain::ReviewStageNames()) {
      if (stage == name) params.query.stage = stage;
    }
    if (!params.query.stage) {
      return core::Error::InvalidInput("stage", "Choose a stage of a full review.");
    }
  }
  if (const auto year = get("year"); !year.empty()) {
    auto value = ParseBoundedNumber(year, 4, 1900, 2999);
    if (!value) return core::Error::InvalidInput("year", "Enter a year as 4 digits.");
    params.query.year = static_cast<int>(*value);
  }
  params.query.text = domain::TrimName(get("q"));
  if (params.query.text.size() > 200) {
    return core::Error::InvalidInput("q", "Search for at most 200 characters.");
  }
  if (const auto page = get("page"); !page.empty()) {
    auto value = ParseBoundedNumber(page, 9, 1, 100000000);
    if (!value) return core::Error::InvalidInput("page", "Enter a page number from 1.");
    params.page = *value;
  }
  if (const auto per_page = get("per_page"); !per_page.empty()) {
    auto value = ParseBoundedNumber(per_page, 3, 1, kMaxCasesPerPage);
    if (!value) return core::Error::InvalidInput("per_page", "Show from 1 to 200 cases a page.");
    params.per_page = *value;
  }
  params.query.limit = params.per_page;
  params.query.offset = (params.page - 1) * params.per_page;
  return params;
}

}  // namespace assure::http::handlers
