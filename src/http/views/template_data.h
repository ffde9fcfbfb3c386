// ToTemplateData: turns a page's JSON context into kainjow Mustache data. Internal to the views
// library (the rest of the program never sees kainjow types). Pure function; thread-safe.
//
// Mapping: object -> object, array -> list, string -> string, true/false -> true/false, number ->
// its decimal text (so 0 renders as "0" and counts as true in a section), and null and the empty
// string -> false (so `{{#key}}` hides a section for them, as in mustache.js).
// Links are checked: a string under a key named `href` or ending in `_href` must be a path on this
// site ("/reviews/12", "#main-content"); anything else (https:, javascript:, //host) is an error,
// since escaping alone does not make a URL safe.
#pragma once

#include <kainjow/mustache.hpp>
#include <nlohmann/json_fwd.hpp>

#include "core/result.h"

namespace assure::http::views {

core::Result<kainjow::mustache::data> ToTemplateData(const nlohmann::json& value);

// True for "/path", "/path?query" and "#fragment"; false for "", "//host", "/\\host", schemes,
// and anything with a space or control character.
bool IsLocalHref(std::string_view href);

}  // namespace assure::http::views
