#include "reports/paragraph_text.h"

#include <gtest/gtest.h>

#include <string>

#include "reports/markdown_html.h"

namespace assure::reports {
namespace {

TEST(FirstParagraphTextTest, IsTheFirstParagraphAfterTheHeadingAsPlainText) {
  const std::string html = MarkdownHtml(
      "## Summary\n\nA **fictional** child's _voice_ was [not heard](/x) & `missed`\nover "
      "time.\n\n## Key learning\n\nSecond paragraph.\n");
  EXPECT_EQ(FirstParagraphText(html),
            "A fictional child\xE2\x80\x99s voice was not heard & missed over time.");
}

TEST(FirstParagraphTextTest, DecodesReferencesAndDropsTags) {
  EXPECT_EQ(FirstParagraphText("<h2>x</h2>\n<p>a &lt;b&gt; &quot;c&quot; &#39;d&#x27; "
                               "<em>e</em><br />\nf</p>"),
            "a <b> \"c\" 'd' e f");
}

TEST(FirstParagraphTextTest, IsEmptyWithoutAParagraph) {
  EXPECT_EQ(FirstParagraphText(MarkdownHtml("## Only a heading\n")), "");
  EXPECT_EQ(FirstParagraphText(""), "");
}

TEST(FirstParagraphTextTest, ALongParagraphIsCutAtAWord) {
  const std::string words = "<p>one two three four five six</p>";
  EXPECT_EQ(FirstParagraphText(words, 12), "one two\xE2\x80\xA6");
  EXPECT_EQ(FirstParagraphText(words, 100), "one two three four five six");
  // Counted in characters, not bytes.
  EXPECT_EQ(FirstParagraphText("<p>\xC3\xA9\xC3\xA9\xC3\xA9</p>", 3), "\xC3\xA9\xC3\xA9\xC3\xA9");
}

}  // namespace
}  // namespace assure::reports
