// MarkdownHtml: a briefing's Markdown as safe HTML: GFM tables and emphasis rendered, raw HTML and
// script addresses never passed through.
#include "reports/markdown_html.h"

#include <gtest/gtest.h>

namespace assure::reports {
namespace {

bool Has(const std::string& html, const std::string& part) {
  return html.find(part) != std::string::npos;
}

TEST(MarkdownHtmlTest, RendersHeadingsEmphasisListsAndTables) {
  const std::string html = MarkdownHtml(
      "## 1. Background\n\nA **strong** and _soft_ word.\n\n- one\n- two\n\n"
      "| Agency | Staff |\n|---|---|\n| Police | 40 |\n");
  EXPECT_TRUE(Has(html, "<h2>1. Background</h2>")) << html;  // the highest heading at h2
  EXPECT_TRUE(Has(html, "<strong>strong</strong>"));
  EXPECT_TRUE(Has(html, "<em>soft</em>"));
  EXPECT_TRUE(Has(html, "<li>two</li>"));
  EXPECT_TRUE(Has(html, "<table>"));
  EXPECT_TRUE(Has(html, "<td>Police</td>"));
}

TEST(MarkdownHtmlTest, RawHtmlAndScriptLinksNeverPassThrough) {
  const std::string html = MarkdownHtml(
      "<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> here.\n\n"
      "[click](javascript:alert(1)) and [ok](https://example.org/)\n");
  EXPECT_FALSE(Has(html, "<script")) << html;
  EXPECT_FALSE(Has(html, "onerror"));
  EXPECT_FALSE(Has(html, "javascript:"));
  EXPECT_TRUE(Has(html, "<a href=\"https://example.org/\">ok</a>"));
}

TEST(MarkdownHtmlTest, HeadingsFitUnderThePagesOwnHeadings) {
  const std::string markdown = "# Top\n\n### Deeper\n\n###### Deepest\n";
  const std::string under_h1 = MarkdownHtml(markdown);
  EXPECT_TRUE(Has(under_h1, "<h2>Top</h2>")) << under_h1;
  EXPECT_TRUE(Has(under_h1, "<h4>Deeper</h4>"));
  EXPECT_TRUE(Has(under_h1, "<h6>Deepest</h6>"));  // never past h6
  EXPECT_FALSE(Has(under_h1, "<h1"));
  const std::string under_h2 = MarkdownHtml("## One\n\n## Two\n", 3);
  EXPECT_TRUE(Has(under_h2, "<h3>One</h3>")) << under_h2;
  EXPECT_TRUE(Has(under_h2, "<h3>Two</h3>"));
}

TEST(MarkdownHtmlTest, TextIsEscaped) {
  const std::string html = MarkdownHtml("Fish & chips < 5 > 3 \"quoted\"\n");
  EXPECT_TRUE(Has(html, "Fish &amp; chips &lt; 5 &gt; 3")) << html;
}

}  // namespace
}  // namespace assure::reports
