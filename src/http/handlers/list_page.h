// What the list pages (/cases, /actions) share: a filter select's options with "any" first, and
// GOV.UK pagination whose links keep the list's filters. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace assure::http::handlers {

using QueryPairs = std::vector<std::pair<std::string, std::string>>;

// [{value, label, selected}] for a GOV.UK select: `any` (value "") first, then `choices`
// ({value, label}); the one equal to `selected` is selected.
nlohmann::json SelectOptions(const QueryPairs& choices, const std::string& selected,
                             std::string_view any);

// GOV.UK pagination of `pages` pages with `page` current: previous, next, the first and last
// page and those around the current one, an ellipsis for each gap. Each link is `path` with
// `filters` (the list's query pairs, without the page) and page=N for pages after the first.
nlohmann::json Pagination(std::string_view path, const QueryPairs& filters, std::int64_t page,
                          std::int64_t pages);

}  // namespace assure::http::handlers
