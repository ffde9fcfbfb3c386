// MustacheTemplate: a parsed Mustache template, rendered straight from JSON (decision 0009).
// Internal to the views library. Immutable once parsed; Render() is safe from many threads.
//
// The subset the pages need, with the Mustache spec's meaning:
//   {{name}} {{a.b}} {{.}}   a value, HTML-escaped (core/html_escape.h)
//   {{{name}}} {{& name}}    a value unescaped (the Renderer allows only the layout's page_html)
//   {{#name}}...{{/name}}    a section: once for each item of a list, once with an object or any
//                            other true value pushed as the context; skipped when false
//   {{^name}}...{{/name}}    an inverted section: rendered only when the value is false
//   {{! comment }}           nothing
// Partials ({{> x}}) and delimiter changes ({{= =}}) are refused, as are lambdas (JSON has none).
// A section tag or comment alone on its line removes that whole line ("standalone" tags).
//
// Values: a string renders as itself; an integer as its decimal text and any other number as JSON
// writes it; true, objects and lists render nothing. False are: null, false, "", the empty list.
// A name is looked up in the innermost context that is an object having it, then outwards; in
// "a.b" only the first part is looked up outwards and the rest must follow from it.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::http::views {

class MustacheTemplate {
 public:
  // Fails with what is wrong and the line it is on: an unclosed tag or section, a section closed
  // by the wrong name, a partial or a delimiter change.
  static core::Result<MustacheTemplate> Parse(std::string_view source);

  MustacheTemplate(MustacheTemplate&&) noexcept;
  MustacheTemplate& operator=(MustacheTemplate&&) noexcept;
  ~MustacheTemplate();

  // Appends the rendering to `out`. `contexts` is the context stack, outermost first; names are
  // looked up from the last one back to the first.
  void Render(std::span<const nlohmann::json* const> contexts, std::string& out) const;

  struct Node;

 private:
  explicit MustacheTemplate(std::unique_ptr<const Node> root);
  std::unique_ptr<const Node> root_;
};

// Whether a value counts as false: null, false, "" or the empty list.
bool IsFalseValue(const nlohmann::json& value);

}  // namespace assure::http::views
