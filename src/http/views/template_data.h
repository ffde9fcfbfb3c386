// CheckTemplateData: what a page's JSON context must satisfy before it is rendered (mustache.h
// says how its values render). Internal to the views library. Pure function; thread-safe.
//
// Links are checked: a string under a key named `href` or ending in `_href` must be a path on this
// site ("/reviews/12", "#main-content"); anything else (https:, javascript:, //host) is an error,
// since escaping alone does not make a URL safe. The empty string is no link (it counts as false).
// And the context may nest at most 32 levels deep.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "core/result.h"

namespace assure::http::views {

core::Status CheckTemplateData(const nlohmann::json& value);

// True for "/path", "/path?query" and "#fragment"; false for "", "//host", "/\\host", schemes,
// and anything with a space or control character.
bool IsLocalHref(std::string_view href);

}  // namespace assure::http::views
