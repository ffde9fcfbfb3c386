// The page templates of web/templates and its partials, compiled into the binary by the build
// (embed_templates.cmake writes embedded_templates.cc from the files that CMakeLists.txt lists).
// TemplateSource is a name and the template's text; both point at static storage, so the views
// are valid for the life of the program. Immutable data: safe from any thread.
#pragma once

#include <span>
#include <string_view>

namespace assure::http::views {

struct TemplateSource {
  std::string_view name;  // the file name without its extension: "layout", "start", ...; a
                          // partial's (web/templates/partials) is "partials/error_summary", ...
  std::string_view text;  // the Mustache source, UTF-8
};

// Every embedded template, in file-name order.
std::span<const TemplateSource> EmbeddedTemplates();

}  // namespace assure::http::views
