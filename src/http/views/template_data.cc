#include "http/views/template_data.h"

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace assure::http::views {
namespace {

using kainjow::mustache::data;

// kainjow's set() and push_back() copy the value they are given, so building a tree bottom-up
// would copy each subtree once for every level above it. These put a placeholder in and move the
// value into it: the placeholder is a non-const element of a container `parent` owns, reached
// through kainjow's const accessors.
void SetMoved(data& parent, const std::string& name, data&& value) {
  parent.set(name, data{false});
  const_cast<data&>(*parent.get(name)) = std::move(value);
}
void PushMoved(data& parent, data&& value) {
  parent.push_back(data{false});
  const_cast<data&>(parent.list_value().back()) = std::move(value);
}

bool IsHrefKey(std::string_view key) {
  return key == "href" || (key.size() > 5 && key.substr(key.size() - 5) == "_href");
}

core::Result<data> Convert(const nlohmann::json& value, std::string_view key, int depth) {
  if (depth > 32) {
    return core::Error::Internal("page context nested more than 32 levels deep");
  }
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      data object{data::type::object};
      for (auto member = value.begin(); member != value.end(); ++member) {
        auto converted = Convert(*member, member.key(), depth + 1);
        if (!converted.ok()) return converted.error();
        SetMoved(object, member.key(), std::move(converted).value());
      }
      return object;
    }
    case nlohmann::json::value_t::array: {
      data list{data::type::list};
      for (const auto& item : value) {
        auto converted = Convert(item, key, depth + 1);
        if (!converted.ok()) return converted.error();
        PushMoved(list, std::move(converted).value());
      }
      return list;
    }
    case nlohmann::json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      if (text.empty()) return data{false};
      if (IsHrefKey(key) && !IsLocalHref(text)) {
        return core::Error::Internal("page context key '" + std::string(key) +
                                     "' is not a link on this site");
      }
      return data{text};
    }
    case nlohmann::json::value_t::boolean:
      return data{value.get<bool>()};
    case nlohmann::json::value_t::number_integer:
      return data{std::to_string(value.get<std::int64_t>())};
    case nlohmann::json::value_t::number_unsigned:
      return data{std::to_string(value.get<std::uint64_t>())};
    case nlohmann::json::value_t::number_float:
      return data{value.dump()};
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
    case nlohmann::json::value_t::binary:
      break;
  }
  return data{false};
}

}  // namespace

core::Result<kainjow::mustache::data> ToTemplateData(const nlohmann::json& value) {
  return Convert(value, {}, 0);
}

bool IsLocalHref(std::string_view href) {
  if (href.empty()) return false;
  // Browsers drop tabs and newlines from URLs ("/\t/evil.example" becomes "//evil.example"), so
  // no control character or space may appear at all.
  for (const char c : href) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
  }
  if (href.front() == '#') return true;
  if (href.front() != '/') return false;
  return href.size() == 1 || (href[1] != '/' && href[1] != '\\');
}

}  // namespace assure::http::views
