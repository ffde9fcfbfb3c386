// MustacheTemplate: a parsed Mustache template, rendered straight from JSON (decision 0009), and
// MustachePartials: the named partials it may include. Internal to the views library (the
// Renderer parses every template once, at Load()). Immutable once parsed; Render() is safe from
// many threads, and a MustachePartials may be shared by many templates.
//
// The subset the pages need, with the Mustache spec's meaning:
//   {{name}} {{a.b}} {{.}}   a value, HTML-escaped (core/html_escape.h)
//   {{{name}}} {{& name}}    a value unescaped (the Renderer allows only the layout's page_html)
//   {{#name}}...{{/name}}    a section: once for each item of a list, once with an object or any
//                            other true value pushed as the context; skipped when false
//   {{^name}}...{{/name}}    an inverted section: rendered only when the value is false
//   {{> name}}               the partial of that fixed name, rendered with the current context
//                            stack; linked when parsed, so an unknown name fails to parse
//   {{! comment }}           nothing
// Refused: dynamic partial names ({{>*x}}), partials that include themselves (directly or
// through others), delimiter changes ({{= =}}); lambdas cannot occur (JSON has none).
// A section tag, partial tag or comment alone on its line removes that whole line ("standalone"
// tags); a standalone partial's lines replace it, not indented (the spec indents them).
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

class MustachePartials {
 public:
  struct Source {
    std::string_view name;  // what {{> name}} says
    std::string_view text;
  };
  // Parses the partials and links them to one another. Fails naming the partial and the line:
  // a parse error (as MustacheTemplate::Parse), an unknown partial, a partial that includes
  // itself, or two partials of one name.
  static core::Result<MustachePartials> Parse(std::span<const Source> sources);

  MustachePartials();  // none
  bool Has(std::string_view name) const;

 private:
  friend class MustacheTemplate;
  struct Trees;
  std::shared_ptr<const Trees> trees_;
};

class MustacheTemplate {
 public:
  // Fails with what is wrong and the line it is on: an unclosed tag or section, a section closed
  // by the wrong name, a delimiter change, a dynamic partial name or one `partials` lacks.
  static core::Result<MustacheTemplate> Parse(std::string_view source,
                                              const MustachePartials& partials = {});

  MustacheTemplate(MustacheTemplate&&) noexcept;
  MustacheTemplate& operator=(MustacheTemplate&&) noexcept;
  ~MustacheTemplate();

  // Appends the rendering to `out`. `contexts` is the context stack, outermost first; names are
  // looked up from the last one back to the first.
  void Render(std::span<const nlohmann::json* const> contexts, std::string& out) const;

  struct Node;

 private:
  MustacheTemplate(std::unique_ptr<const Node> root, MustachePartials partials);
  std::unique_ptr<const Node> root_;
  MustachePartials partials_;  // keeps the partials that root_ links to alive
};

// Whether a value counts as false: null, false, "" or the empty list.
bool IsFalseValue(const nlohmann::json& value);

}  // namespace assure::http::views
