#include "http/handlers/list_page.h"

#include "http/handlers/case_support.h"

namespace assure::http::handlers {

using nlohmann::json;

json SelectOptions(const QueryPairs& choices, const std::string& selected, std::string_view any) {
  json options = json::array({{{"value", ""}, {"label", any}, {"selected", selected.empty()}}});
  for (const auto& [value, label] : choices) {
    options.push_back({{"value", value}, {"label", label}, {"selected", value == selected}});
  }
  return options;
}

json Pagination(std::string_view path, const QueryPairs& filters, std::int64_t page,
                std::int64_t pages) {
  const auto href = [&](std::int64_t number) {
    auto pairs = filters;
    if (number > 1) pairs.emplace_back("page", std::to_string(number));
    const auto query = QueryString(pairs);
    return std::string{path} + (query.empty() ? std::string{} : "?" + query);
  };
  json items = json::array();
  bool gap = false;
  for (std::int64_t number = 1; number <= pages; ++number) {
    const bool shown = number == 1 || number == pages || (number >= page - 1 && number <= page + 1);
    if (!shown) {
      if (!gap) items.push_back({{"ellipsis", true}, {"number", ""}, {"href", ""}});
      gap = true;
      continue;
    }
    gap = false;
    items.push_back({{"ellipsis", false},
                     {"number", number},
                     {"href", href(number)},
                     {"current", number == page}});
  }
  return {{"prev_href", page > 1 ? href(page - 1) : ""},
          {"next_href", page < pages ? href(page + 1) : ""},
          {"items", std::move(items)}};
}

}  // namespace assure::http::handlers
