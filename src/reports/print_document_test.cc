#include "reports/print_document.h"

#include <gtest/gtest.h>

#include "reports/pdf_printer.h"
#include "reports/print_stylesheet.h"

namespace assure::reports {
namespace {

TEST(PrintDocumentTest, CarriesTheStylesheetTheBodyAndAnEscapedTitle) {
  const std::string html =
      PrintDocument("Board report <2025-26 H1> & more", "<h1>Board report</h1>", ".x{color:red}");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<title>Board report &lt;2025-26 H1&gt; &amp; more</title>"),
            std::string::npos);
  const std::string sheet{PrintStylesheet()};
  const auto at = html.find(sheet);
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(html.find(".x{color:red}"), std::string::npos);
  EXPECT_NE(html.find("<main>\n<h1>Board report</h1>"), std::string::npos);
  // Nothing to fetch outside the stylesheet (whose comments may name such things): no link, no
  // script, no src.
  std::string markup = html;
  markup.erase(at, sheet.size());
  EXPECT_EQ(markup.find("<link"), std::string::npos);
  EXPECT_EQ(markup.find("<script"), std::string::npos);
  EXPECT_EQ(markup.find("src="), std::string::npos);
  // The printer can put its Content-Security-Policy in it.
  EXPECT_TRUE(WithContentSecurityPolicy(html).ok());
}

TEST(PrintDocumentTest, EscapesTheTitle) {
  const std::string html = PrintDocument("<Board & \"report\">", "<p>body</p>");
  EXPECT_NE(html.find("<title>&lt;Board &amp; &quot;report&quot;&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("<p>body</p>"), std::string::npos);
}

}  // namespace
}  // namespace assure::reports
