#include "reports/print_stylesheet.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace assure::reports {
namespace {

TEST(PrintStylesheetTest, IsTheFileFromWebCss) {
  std::ifstream in(std::string{ASSURE_SOURCE_DIR} + "/web/css/print.css", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  ASSERT_FALSE(text.str().empty());
  EXPECT_EQ(PrintStylesheet(), text.str());
}

TEST(PrintStylesheetTest, SetsA4AndRepeatsTableHeadersWithoutSplittingRows) {
  const auto css = PrintStylesheet();
  EXPECT_NE(css.find("size: A4"), std::string_view::npos);
  EXPECT_NE(css.find("display: table-header-group"), std::string_view::npos);
  EXPECT_NE(css.find("break-inside: avoid"), std::string_view::npos);
}

TEST(PrintStylesheetTest, CanBeInlinedWithNothingToFetch) {
  const auto css = PrintStylesheet();
  EXPECT_EQ(css.find("url("), std::string_view::npos);
  EXPECT_EQ(css.find("@import"), std::string_view::npos);
  EXPECT_EQ(css.find("</style"), std::string_view::npos);
}

}  // namespace
}  // namespace assure::reports
