// What the list pages (/cases, /actions) share: GOV.UK pagination whose links keep the list's
// filters, and the query string that carries them; and the select boxes of every page (a list's
// filters, a form's choice), as web/templates/partials/select.mustache reads them. Pure
// functions; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/reviews/cases/case_repository.h"
#include "http/request.h"

namespace assure::http {

using QueryPairs = std::vector<std::pair<std::string, std::string>>;

inline constexpr std::int64_t kDefaultCasesPerPage = 50;
inline constexpr std::int64_t kMaxCasesPerPage = 200;

// The case list's filters and paging: type (child|adult|joint), state (a CaseState name), theme
// (a theme's name), stage (a full review's stage), year (of the referral, 4 digits within
// domain::kFirstListedYear..kLastListedYear), overdue ("yes": only cases with an overdue clock),
// q (full-text search, at most 200 characters), page (from 1) and per_page (1 to 200; default
// 50). Empty values mean "any".
struct CaseListParams {
  domain::CaseQuery query;  // offset and limit from page and per_page
  bool overdue = false;
  std::int64_t page = 1;
  std::int64_t per_page = kDefaultCasesPerPage;

  // The filters (not the paging) as query pairs, for links that keep them.
  QueryPairs Filters() const;
};

// kInvalidInput naming the parameter for a value that is not one of its kind.
core::Result<CaseListParams> ParseCaseListParams(const Request& request);

// [{value, label, checked}] for a GOV.UK select: `any` (value "", checked when `selected` is
// empty) first, then `choices` ({value, label}); the one whose value is `selected` is checked.
nlohmann::json SelectOptions(const QueryPairs& choices, std::string_view selected,
                             std::string_view any);

// A select box for the select partial: {key (its id and name), label, hint, error (the message),
// described_by ("<key>-hint" and "<key>-error" as there are), options (as SelectOptions makes
// them), has_groups (false), groups ([])}. Every key is set, "" when empty, so that no lookup in
// the partial falls through to the page's context.
nlohmann::json SelectControl(std::string_view key, std::string_view label, std::string_view hint,
                             std::string_view error, nlohmann::json options);

// GOV.UK pagination of `pages` pages with `page` current: previous, next, the first and last
// page and those around the current one, an ellipsis for each gap. Each link is `path` with
// `filters` (the list's query pairs, without the page) and page=N for pages after the first.
nlohmann::json Pagination(std::string_view path, const QueryPairs& filters, std::int64_t page,
                          std::int64_t pages);

// "a=1&b=two+words": for links that carry a list's filters.
std::string QueryString(const QueryPairs& pairs);

}  // namespace assure::http
