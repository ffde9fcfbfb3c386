#include "http/api/actions/action_api_params.h"

#include <optional>
#include <string>

#include "domain/text_rules.h"
#include "http/common/numbers.h"
#include "http/common/url_encoding.h"

namespace assure::http::api {

namespace {

// An id parameter: a positive whole number.
core::Result<std::optional<std::int64_t>> IdOf(const std::string& text, std::string_view name) {
  if (text.empty()) return std::optional<std::int64_t>{};
  const auto value = ParsePositive(text);
  if (!value) return core::Error::InvalidInput(std::string{name}, "Send a positive whole number.");
  return std::optional<std::int64_t>{*value};
}

}  // namespace

core::Result<ActionListParams> ParseActionListParams(const Request& request) {
  auto form = ParseUrlEncoded(request.query);
  if (!form) return core::Error::InvalidInput("query", "The query string is malformed.");
  const auto get = [&](std::string_view name) { return form->Get(name).value_or(""); };

  ActionListParams params;
  domain::ActionQuery& query = params.query;
  ASSURE_ASSIGN_OR_RETURN(query.owner_agency_id, IdOf(get("agency"), "agency"));
  if (const auto kind = get("source_kind"); !kind.empty()) {
    query.source_kind = domain::ParseSourceKind(kind);
    if (!query.source_kind) return core::Error::InvalidInput("source_kind", "Choose a source.");
  }
  if (const auto status = get("status"); !status.empty()) {
    query.status = domain::ParseActionStatus(status);
    if (!query.status) return core::Error::InvalidInput("status", "Choose a status.");
  }
  if (const auto open = get("open"); !open.empty()) {
    if (open != "true" && open != "false") {
      return core::Error::InvalidInput("open", "Send true or false.");
    }
    query.open = open == "true";
  }
  if (const auto due = get("due_before"); !due.empty()) {
    query.due_before = domain::ParseCivilDate(due);
    if (!query.due_before) {
      return core::Error::InvalidInput("due_before", "Enter a real date as YYYY-MM-DD.");
    }
  }
  if (const auto theme = domain::TrimName(get("theme")); !theme.empty()) {
    if (theme.size() > 200) {
      return core::Error::InvalidInput("theme", "Name a theme in at most 200 characters.");
    }
    query.theme = theme;
  }
  ASSURE_ASSIGN_OR_RETURN(query.case_id, IdOf(get("case"), "case"));
  ASSURE_ASSIGN_OR_RETURN(query.lead_user_id, IdOf(get("lead"), "lead"));
  if (const auto page = get("page"); !page.empty()) {
    auto value = ParseBoundedNumber(page, 9, 1, 100000000);
    if (!value) return core::Error::InvalidInput("page", "Enter a page number from 1.");
    params.page = *value;
  }
  if (const auto per_page = get("per_page"); !per_page.empty()) {
    auto value = ParseBoundedNumber(per_page, 3, 1, kMaxActionsPerPage);
    if (!value) {
      return core::Error::InvalidInput("per_page", "Show from 1 to 200 actions a page.");
    }
    params.per_page = *value;
  }
  query.limit = params.per_page;
  query.offset = (params.page - 1) * params.per_page;
  return params;
}

}  // namespace assure::http::api
