// MarkdownHtml: a briefing's Markdown body as HTML, through cmark-gfm (GitHub Flavored Markdown:
// tables, strikethrough, autolinks) with raw HTML turned off: HTML in the text is dropped and
// links to javascript:, vbscript:, file: and data: (other than images) addresses are emptied, so
// the output can go into a page as it is. Headings are moved to fit the page around them: the
// text's highest heading becomes level `top_level` (2 under a page's h1) and the others keep
// their distance from it, up to h6, so the page keeps one h1 and no level is skipped. Pure;
// thread-safe (cmark-gfm's extension registry is set up once, under a std::once_flag).
#pragma once

#include <string>
#include <string_view>

namespace assure::reports {

std::string MarkdownHtml(std::string_view markdown, int top_level = 2);

}  // namespace assure::reports
