#include "http/common/list_page.h"

#include "domain/text_rules.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/url_encoding.h"

namespace assure::http {

using nlohmann::json;

QueryPairs CaseListParams::Filters() const {
  QueryPairs pairs;
  if (!query.text.empty()) pairs.emplace_back("q", query.text);
  if (query.type) pairs.emplace_back("type", domain::CaseTypeName(*query.type));
  if (query.state) pairs.emplace_back("state", domain::CaseStateName(*query.state));
  if (query.theme) pairs.emplace_back("theme", *query.theme);
  if (query.stage) pairs.emplace_back("stage", *query.stage);
  if (query.year) pairs.emplace_back("year", std::to_string(*query.year));
  if (overdue) pairs.emplace_back("overdue", "yes");
  return pairs;
}

core::Result<CaseListParams> ParseCaseListParams(const Request& request) {
  auto form = ParseUrlEncoded(request.query);
  if (!form) return core::Error::InvalidInput("query", "The query string is malformed.");
  const auto get = [&](std::string_view name) { return form->Get(name).value_or(""); };

  CaseListParams params;
  if (const auto type = get("type"); !type.empty()) {
    params.query.type = domain::ParseCaseType(type);
    if (!params.query.type)
      return core::Error::InvalidInput("type", "Choose child, adult or joint.");
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
    auto value = ParseBoundedNumber(year, 4, domain::kFirstListedYear, domain::kLastListedYear);
    if (!value) {
      return core::Error::InvalidInput(
          "year", "Enter a year as 4 digits, from " + std::to_string(domain::kFirstListedYear) +
                      " to " + std::to_string(domain::kLastListedYear) + ".");
    }
    params.query.year = static_cast<int>(*value);
  }
  if (const auto overdue = get("overdue"); !overdue.empty()) {
    if (overdue != "yes")
      return core::Error::InvalidInput("overdue", "Send overdue=yes or nothing.");
    params.overdue = true;
  }
  params.query.text = domain::TrimName(get("q"));
  if (params.query.text.size() > 200) {
    return core::Error::InvalidInput("q", "Search for at most 200 characters.");
  }
  if (const auto page = get("page"); !page.empty()) {
    auto value = ParseBoundedNumber(page, 9, 1, 100'000'000);
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

json SelectOptions(const QueryPairs& choices, std::string_view selected, std::string_view any) {
  json options = json::array({{{"value", ""}, {"label", any}, {"checked", selected.empty()}}});
  for (const auto& [value, label] : choices) {
    options.push_back({{"value", value}, {"label", label}, {"checked", value == selected}});
  }
  return options;
}

json SelectControl(std::string_view key, std::string_view label, std::string_view hint,
                   std::string_view error, json options) {
  return {{"key", key},
          {"label", label},
          {"hint", hint},
          {"error", error},
          {"described_by", DescribedBy(key, !hint.empty(), !error.empty())},
          {"options", std::move(options)},
          {"has_groups", false},
          {"groups", json::array()}};
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

std::string QueryString(const std::vector<std::pair<std::string, std::string>>& pairs) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto encode = [](std::string_view text) {
    std::string out;
    for (const char signed_c : text) {
      const auto c = static_cast<unsigned char>(signed_c);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_' || c == '.' || c == '~') {
        out.push_back(static_cast<char>(c));
      } else if (c == ' ') {
        out.push_back('+');
      } else {
        out.push_back('%');
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0x0F]);
      }
    }
    return out;
  };
  std::string query;
  for (const auto& [name, value] : pairs) {
    query += (query.empty() ? "" : "&") + encode(name) + "=" + encode(value);
  }
  return query;
}

}  // namespace assure::http
