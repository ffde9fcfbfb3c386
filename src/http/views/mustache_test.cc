#include "http/views/mustache.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace assure::http::views {
namespace {

std::string Render(std::string_view text, const std::vector<nlohmann::json>& stack) {
  auto tmpl = MustacheTemplate::Parse(text);
  EXPECT_TRUE(tmpl.ok()) << tmpl.error().message;
  if (!tmpl.ok()) return "(does not parse)";
  std::vector<const nlohmann::json*> contexts;
  for (const auto& context : stack) contexts.push_back(&context);
  std::string out;
  tmpl->Render(contexts, out);
  return out;
}

std::string Render(std::string_view text, const nlohmann::json& context) {
  return Render(text, std::vector<nlohmann::json>{context});
}

std::string ParseError(std::string_view text) {
  auto tmpl = MustacheTemplate::Parse(text);
  return tmpl.ok() ? "(parsed)" : tmpl.error().message;
}

TEST(MustacheTest, EscapesEveryValueButTheTripleAndAmpersandTags) {
  const nlohmann::json context{{"x", R"(<a href="/" onclick='go()'>Tom & Jerry</a>)"}};
  EXPECT_EQ(Render("{{x}}", context),
            "&lt;a href=&quot;/&quot; onclick=&#39;go()&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  EXPECT_EQ(Render("{{{x}}}|{{& x}}", nlohmann::json{{"x", "<b>"}}), "<b>|<b>");
  EXPECT_EQ(Render("{{ x }}", nlohmann::json{{"x", "plain"}}), "plain");
}

TEST(MustacheTest, MissingNamesRenderNothing) {
  EXPECT_EQ(Render("[{{missing}}][{{a.missing}}][{{#missing}}x{{/missing}}]",
                   nlohmann::json{{"a", {{"b", 1}}}}),
            "[][][]");
}

TEST(MustacheTest, SectionsIterateListsPushObjectsAndShowOnTrue) {
  const nlohmann::json context{{"rows", {{{"n", 1}}, {{"n", 2}}}},
                               {"person", {{"name", "Ann"}}},
                               {"flag", true},
                               {"tags", {"a", "b"}}};
  EXPECT_EQ(Render("{{#rows}}<{{n}}>{{/rows}}", context), "<1><2>");
  EXPECT_EQ(Render("{{#person}}{{name}}{{/person}}", context), "Ann");
  EXPECT_EQ(Render("{{#flag}}shown{{/flag}}{{^flag}}hidden{{/flag}}", context), "shown");
  EXPECT_EQ(Render("{{#tags}}{{.}};{{/tags}}", context), "a;b;");
}

TEST(MustacheTest, FalseValuesHideSectionsAndShowInvertedOnes) {
  for (const nlohmann::json& value : {nlohmann::json(nullptr), nlohmann::json(false),
                                      nlohmann::json(""), nlohmann::json::array()}) {
    EXPECT_EQ(Render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", nlohmann::json{{"v", value}}), "no")
        << value.dump();
    EXPECT_TRUE(IsFalseValue(value));
  }
  for (const nlohmann::json& value :
       {nlohmann::json(0), nlohmann::json("0"), nlohmann::json::object(), nlohmann::json{1}}) {
    EXPECT_EQ(Render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", nlohmann::json{{"v", value}}), "yes")
        << value.dump();
    EXPECT_FALSE(IsFalseValue(value));
  }
}

TEST(MustacheTest, NamesResolveInTheInnermostContextThenOutwards) {
  const nlohmann::json context{{"title", "Outer"},
                               {"rows", {{{"title", "Inner"}}, {{"other", "x"}}}},
                               {"a", {{"b", {{"c", "deep"}}}}}};
  EXPECT_EQ(Render("{{#rows}}{{title}},{{/rows}}", context), "Inner,Outer,");
  EXPECT_EQ(Render("{{a.b.c}}|{{#a}}{{b.c}}{{/a}}", context), "deep|deep");
  // Only the first part of a dotted name is looked up outwards.
  EXPECT_EQ(Render("{{#rows}}{{a.b.c}}{{/rows}}", context), "deepdeep");
  EXPECT_EQ(Render("{{#a}}{{b.title}}{{/a}}", context), "");
  // Later contexts of the stack are inner ones.
  EXPECT_EQ(
      Render("{{title}} {{kept}}",
             std::vector<nlohmann::json>{{{"title", "page"}, {"kept", "yes"}}, {{"title", "own"}}}),
      "own yes");
}

TEST(MustacheTest, NumbersRenderAsTheirText) {
  EXPECT_EQ(
      Render("{{i}} {{u}} {{f}} {{t}}",
             nlohmann::json{
                 {"i", -7}, {"u", std::uint64_t{18446744073709551615u}}, {"f", 0.25}, {"t", true}}),
      "-7 18446744073709551615 0.25 ");
}

TEST(MustacheTest, StandaloneSectionTagsAndCommentsRemoveTheirLines) {
  const nlohmann::json context{{"rows", {"a", "b"}}, {"no", false}};
  EXPECT_EQ(Render("<ul>\n  {{#rows}}\n  <li>{{.}}</li>\n  {{/rows}}\n</ul>\n", context),
            "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
  EXPECT_EQ(Render("a\n  {{! note }}\nb\n{{#no}}\nhidden\n{{/no}}\nc", context), "a\nb\nc");
  EXPECT_EQ(Render("{{! first line }}\n<p>", context), "<p>");
  // Not alone on its line: the line stays.
  EXPECT_EQ(Render("<p>{{#rows}}{{.}}{{/rows}}</p>\n", context), "<p>ab</p>\n");
  EXPECT_EQ(Render(" {{#no}}x{{/no}} \n", context), "  \n");
  // Variables never stand alone.
  EXPECT_EQ(Render("  {{missing}}\n", context), "  \n");
}

TEST(MustacheTest, RefusesWhatItDoesNotSupportOrCannotParse) {
  EXPECT_NE(ParseError("{{> partial}}").find("partials"), std::string::npos);
  EXPECT_NE(ParseError("{{=<% %>=}}").find("delimiter"), std::string::npos);
  EXPECT_EQ(ParseError("a\n{{#open}}\nb"), "line 2: section {{#open}} is not closed");
  EXPECT_EQ(ParseError("{{#a}}{{/b}}"), "line 1: {{/b}} closes no open section of that name");
  EXPECT_EQ(ParseError("x\ny {{name"), "line 2: a tag is not closed");
  EXPECT_EQ(ParseError("{{ }}"), "line 1: a tag has no name");
  EXPECT_EQ(ParseError("{{/a}}"), "line 1: {{/a}} closes no open section of that name");
}

}  // namespace
}  // namespace assure::http::views
