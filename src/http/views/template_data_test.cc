#include "http/views/template_data.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace assure::http::views {
namespace {

std::string RenderWith(const std::string& text, const nlohmann::json& context) {
  auto data = ToTemplateData(context);
  EXPECT_TRUE(data.ok()) << data.error().message;
  kainjow::mustache::mustache tmpl(text);
  return tmpl.render(data.value());
}

TEST(TemplateDataTest, NullAndEmptyStringAreFalse) {
  const std::string text = "{{#a}}A{{/a}}{{^a}}not A{{/a}}";
  EXPECT_EQ(RenderWith(text, {{"a", nullptr}}), "not A");
  EXPECT_EQ(RenderWith(text, {{"a", ""}}), "not A");
  EXPECT_EQ(RenderWith(text, {{"a", false}}), "not A");
  EXPECT_EQ(RenderWith(text, {{"a", nlohmann::json::array()}}), "not A");
  EXPECT_EQ(RenderWith(text, {{"a", "x"}}), "A");
  EXPECT_EQ(RenderWith(text, {{"a", 0}}), "A");
}

TEST(TemplateDataTest, NumbersRenderAsText) {
  EXPECT_EQ(RenderWith("{{n}} {{u}} {{f}}",
                       {{"n", -3}, {"u", std::uint64_t{18446744073709551615u}}, {"f", 2.5}}),
            "-3 18446744073709551615 2.5");
}

TEST(TemplateDataTest, ListsAndObjectsNest) {
  EXPECT_EQ(RenderWith(
                "{{#rows}}[{{name}}:{{#tags}}{{.}};{{/tags}}]{{/rows}}",
                {{"rows", {{{"name", "a"}, {"tags", {"x", "y"}}}, {{"name", "b"}, {"tags", {}}}}}}),
            "[a:x;y;][b:]");
}

TEST(TemplateDataTest, HrefsMustBeLocal) {
  EXPECT_TRUE(ToTemplateData({{"href", "/reviews/12?tab=actions"}}).ok());
  EXPECT_TRUE(ToTemplateData({{"back_href", "#main-content"}}).ok());
  EXPECT_TRUE(ToTemplateData({{"items", {{{"href", "/"}}}}}).ok());
  EXPECT_FALSE(ToTemplateData({{"href", "https://example.org"}}).ok());
  EXPECT_FALSE(ToTemplateData({{"items", {{{"href", "javascript:alert(1)"}}}}}).ok());
  EXPECT_FALSE(ToTemplateData({{"next_href", "//example.org"}}).ok());
  // Keys that only contain "href" are ordinary text.
  EXPECT_TRUE(ToTemplateData({{"hrefs_explained", "https://example.org"}}).ok());
}

TEST(TemplateDataTest, IsLocalHref) {
  EXPECT_TRUE(IsLocalHref("/"));
  EXPECT_TRUE(IsLocalHref("/sign-in"));
  EXPECT_TRUE(IsLocalHref("#main-content"));
  EXPECT_FALSE(IsLocalHref(""));
  EXPECT_FALSE(IsLocalHref("sign-in"));
  EXPECT_FALSE(IsLocalHref("//evil.example"));
  EXPECT_FALSE(IsLocalHref("/\\evil.example"));
  EXPECT_FALSE(IsLocalHref("/\n/evil.example"));
  EXPECT_FALSE(IsLocalHref("/a b"));
  EXPECT_FALSE(IsLocalHref("JaVaScRiPt:alert(1)"));
  EXPECT_FALSE(IsLocalHref("data:text/html,x"));
}

TEST(TemplateDataTest, DeepNestingIsRefused) {
  nlohmann::json deep = "leaf";
  for (int i = 0; i < 40; ++i) deep = nlohmann::json{{"a", deep}};
  EXPECT_FALSE(ToTemplateData(deep).ok());
}

}  // namespace
}  // namespace assure::http::views
