#include "http/views/template_data.h"

#include <nlohmann/json.hpp>
#include <string>

namespace assure::http::views {
namespace {

bool IsHrefKey(std::string_view key) {
  return key == "href" || (key.size() > 5 && key.substr(key.size() - 5) == "_href");
}

core::Status Check(const nlohmann::json& value, std::string_view key, int depth) {
  if (depth > 32) {
    return core::Error::Internal("page context nested more than 32 levels deep");
  }
  if (value.is_object()) {
    for (auto member = value.begin(); member != value.end(); ++member) {
      ASSURE_TRY(Check(*member, member.key(), depth + 1));
    }
  } else if (value.is_array()) {
    for (const auto& item : value) ASSURE_TRY(Check(item, key, depth + 1));
  } else if (value.is_string() && IsHrefKey(key)) {
    const auto& text = value.get_ref<const std::string&>();
    if (!text.empty() && !IsLocalHref(text)) {
      return core::Error::Internal("page context key '" + std::string(key) +
                                   "' is not a link on this site");
    }
  }
  return core::Ok();
}

}  // namespace

core::Status CheckTemplateData(const nlohmann::json& value) { return Check(value, {}, 0); }

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
