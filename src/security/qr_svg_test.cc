#include "security/qr_svg.h"

#include <gtest/gtest.h>

#include <regex>

namespace assure::security {
namespace {

constexpr std::string_view kUri =
    "otpauth://totp/Assure:jo%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Assure"
    "&algorithm=SHA1&digits=6&period=30";

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

TEST(QrSvgTest, OutputIsOneSvgWithABackgroundAndOnePath) {
  const auto svg = QrSvg(kUri, "QR code for your authenticator app");
  ASSERT_TRUE(svg.ok());
  static const std::regex kShape{
      R"(<svg xmlns="http://www\.w3\.org/2000/svg" viewBox="0 0 (\d+) \1" role="img" )"
      R"(aria-label="QR code for your authenticator app" shape-rendering="crispEdges">)"
      R"(<rect width="\1" height="\1" fill="#ffffff"/>)"
      R"(<path fill="#000000" d="(M\d+ \d+h\d+v1h-\d+z)+"/></svg>)"};
  std::smatch match;
  ASSERT_TRUE(std::regex_match(*svg, match, kShape)) << *svg;
  // A version-v symbol is 17 + 4v modules wide, plus the quiet zone on both sides.
  const int side = std::stoi(match[1]);
  const int symbol = side - 2 * kQrQuietZoneModules;
  EXPECT_GE(symbol, 21);
  EXPECT_EQ((symbol - 17) % 4, 0);
  EXPECT_EQ(Count(*svg, "<path"), 1u);
}

TEST(QrSvgTest, TheTopLeftFinderPatternStartsAfterTheQuietZone) {
  const auto svg = QrSvg(kUri, "QR code");
  ASSERT_TRUE(svg.ok());
  EXPECT_NE(svg->find("d=\"M4 4h7v1h-7z"), std::string::npos) << *svg;
}

TEST(QrSvgTest, OutputIsDeterministicAndHasNoStyle) {
  const auto first = QrSvg(kUri, "QR code");
  const auto second = QrSvg(kUri, "QR code");
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*first, *second);
  EXPECT_EQ(first->find("style"), std::string::npos);
  EXPECT_NE(*first, QrSvg("otpauth://totp/Other", "QR code").value());
}

TEST(QrSvgTest, AriaLabelIsEscaped) {
  const auto svg = QrSvg("x", "\"><script>alert(1)</script>&'");
  ASSERT_TRUE(svg.ok());
  EXPECT_EQ(svg->find("<script"), std::string::npos);
  EXPECT_NE(svg->find("aria-label=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;\""),
            std::string::npos);
}

TEST(QrSvgTest, EmptyOrTooLongTextIsRefused) {
  const auto empty = QrSvg("", "QR code");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "text");
  const auto too_long = QrSvg(std::string(3000, 'x'), "QR code");
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().field, "text");
}

}  // namespace
}  // namespace assure::security
