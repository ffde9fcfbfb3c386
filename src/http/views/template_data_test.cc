#include "http/views/template_data.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/views/mustache.h"

namespace assure::http::views {
namespace {

std::string RenderWith(const std::string& text, const nlohmann::json& context) {
  EXPECT_TRUE(CheckTemplateData(context).ok());
  auto tmpl = MustacheTemplate::Parse(text);
  EXPECT_TRUE(tmpl.ok()) << tmpl.error().message;
  if (!tmpl.ok()) return {};
  const nlohmann::json* const contexts[] = {&context};
  std::string out;
  tmpl->Render(contexts, out);
  return out;
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
  EXPECT_TRUE(CheckTemplateData({{"href", "/reviews/12?tab=actions"}}).ok());
  EXPECT_TRUE(CheckTemplateData({{"back_href", "#main-content"}}).ok());
  EXPECT_TRUE(CheckTemplateData({{"items", {{{"href", "/"}}}}}).ok());
  EXPECT_FALSE(CheckTemplateData({{"href", "https://example.org"}}).ok());
  EXPECT_FALSE(CheckTemplateData({{"items", {{{"href", "javascript:alert(1)"}}}}}).ok());
  EXPECT_FALSE(CheckTemplateData({{"next_href", "//example.org"}}).ok());
  EXPECT_TRUE(CheckTemplateData({{"href", ""}}).ok());  // no link at all
  // Keys that only contain "href" are ordinary text.
  EXPECT_TRUE(CheckTemplateData({{"hrefs_explained", "https://example.org"}}).ok());
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
  EXPECT_FALSE(CheckTemplateData(deep).ok());
}

}  // namespace
}  // namespace assure::http::views
