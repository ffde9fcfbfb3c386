#include "reports/markdown_html.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

namespace assure::reports {

namespace {

std::once_flag registered;

struct ParserFree {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

// Moves every heading of `document` so the highest one is at `top_level` (1..6).
void FitHeadings(cmark_node* document, int top_level) {
  int highest = 7;
  std::vector<cmark_node*> headings;
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      headings.push_back(node);
      highest = std::min(highest, cmark_node_get_heading_level(node));
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* heading : headings) {
    const int level = cmark_node_get_heading_level(heading) - highest + top_level;
    cmark_node_set_heading_level(heading, std::clamp(level, 1, 6));
  }
}

}  // namespace

std::string MarkdownHtml(std::string_view markdown, int top_level) {
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  // CMARK_OPT_UNSAFE is never set: raw HTML and dangerous link addresses are dropped.
  const int options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART;
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(options));
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeFree> document(cmark_parser_finish(parser.get()));
  FitHeadings(document.get(), std::clamp(top_level, 1, 6));
  char* html =
      cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string result = html != nullptr ? html : "";
  std::free(html);
  return result;
}

}  // namespace assure::reports
