#include "core/html_escape.h"

#include <gtest/gtest.h>

namespace assure::core {
namespace {

TEST(HtmlEscapeTest, EscapesTheFiveSpecialCharactersAndNothingElse) {
  EXPECT_EQ(HtmlEscaped("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  EXPECT_EQ(HtmlEscaped("Child H, 7–9 years"), "Child H, 7–9 years");
  EXPECT_EQ(HtmlEscaped(""), "");
  EXPECT_EQ(HtmlEscaped("&&"), "&amp;&amp;");
}

TEST(HtmlEscapeTest, AppendsToWhatIsThere) {
  std::string out = "<p>";
  AppendHtmlEscaped("<script>", out);
  EXPECT_EQ(out, "<p>&lt;script&gt;");
}

}  // namespace
}  // namespace assure::core
