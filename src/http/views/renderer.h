// Renderer: turns a page name and a JSON context into a whole HTML document. The page template
// (web/templates/<page>.mustache) is rendered first, then wrapped in web/templates/layout.mustache.
// Templates are parsed once, by Load(); a Renderer is immutable afterwards and RenderPage() is
// safe to call from many threads at once. Owns its parsed templates: the sources passed to Load()
// need not outlive it.
//
// Partials: a template named "partials/<name>" (web/templates/partials) is included by {{> name}}
// in any template and renders with the includer's context; it is never a page, nor a page a
// partial. Load() links every {{> name}}, so an unknown name or a partial that includes itself
// is a load error naming the template and line. Each partial's comment says the keys it reads.
//
// Every value from the context is HTML-escaped, in partials too. Load() rejects a template that
// could defeat that: a dynamic partial name ({{>*x}}: the context would choose the template), a
// delimiter change, or an unescaped tag ({{{x}}}, {{& x}}) other than the layout's single
// {{{page_html}}} and a page's {{{markdown_html}}}, which handlers fill only with the output of
// reports::MarkdownHtml (Markdown with raw HTML and unsafe links dropped).
//
// Context keys (a JSON object; null counts as {}). See mustache.h for how values render (null,
// false, "" and [] are false; numbers are text) and template_data.h for what a context must
// satisfy (any `href` / `*_href` must be a path on this site).
//   every page (layout):
//     title             string: the page's title and, on most pages, its h1. Optional for the
//                       pages with a fixed heading (start, not_found, server_error); required for
//                       any other page. The document <title> becomes "<title> – Assure".
//     partnership_name  string, optional: shown in the header and footer when known.
//     demo              bool, optional: shows the "Demo" phase banner (made-up records).
//     navigation        object, optional: {"items": [{"href", "text", "current": bool}]}, the
//                       service navigation links (current marks the page you are on).
//   start          (none)
//   not_found      (none)
//   server_error   error_id: string, optional: the reference logged with the error, shown so
//                  that a person can quote it.
//   error          title (required), message (the sentence saying what to do), link_href and
//                  link_text (optional: the way on; "Go to the start page" when absent).
//                  For 400, 403, 409, 503 and the like.
// Reserved (set by the renderer; a context that contains them is refused): page_html,
// document_title, service_navigation.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/views/embedded_templates.h"

namespace assure::http::views {

inline constexpr std::string_view kStartPage = "start";
inline constexpr std::string_view kNotFoundPage = "not_found";
inline constexpr std::string_view kServerErrorPage = "server_error";
inline constexpr std::string_view kErrorPage = "error";

class Renderer {
 public:
  // Parses the templates compiled into the binary. An error here is a bug in a template (the
  // unit tests load them too); treat it as a start-up failure.
  static core::Result<Renderer> Load();
  // Parses the given templates; one must be named "layout", and those named "partials/<name>"
  // are the partials. Used by tests.
  static core::Result<Renderer> Load(std::span<const TemplateSource> templates);

  Renderer(Renderer&&) noexcept;
  Renderer& operator=(Renderer&&) noexcept;
  ~Renderer();

  // The whole document, or an error (kInternal) for an unknown page, a context that is not an
  // object, a missing required title, a reserved key, or an href that is not a local path.
  core::Result<std::string> RenderPage(std::string_view page, const nlohmann::json& context) const;
  // The page template alone, without the layout: an HTML fragment for a document that is not a
  // page of the site (a report printed to PDF: reports/print_document.h wraps it). The context
  // is checked as for RenderPage (object, reserved keys, local hrefs) but needs no title.
  core::Result<std::string> RenderFragment(std::string_view page,
                                           const nlohmann::json& context) const;

  bool HasPage(std::string_view page) const;
  std::vector<std::string> PageNames() const;  // sorted; never includes "layout"

 private:
  struct Templates;
  explicit Renderer(std::unique_ptr<const Templates> templates);

  std::unique_ptr<const Templates> templates_;
};

}  // namespace assure::http::views
