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
  EXPECT_EQ(ParseError("a\n{{> partial}}"), "line 2: no partial is named 'partial'");
  EXPECT_EQ(ParseError("{{>*name}}"), "line 1: dynamic partial names are not allowed");
  EXPECT_EQ(ParseError("{{> * name}}"), "line 1: dynamic partial names are not allowed");
  EXPECT_NE(ParseError("{{> a.b}}").find("is not a partial's name"), std::string::npos);
  EXPECT_EQ(ParseError("{{>}}"), "line 1: a tag has no name");
  EXPECT_NE(ParseError("{{=<% %>=}}").find("delimiter"), std::string::npos);
  EXPECT_EQ(ParseError("a\n{{#open}}\nb"), "line 2: section {{#open}} is not closed");
  EXPECT_EQ(ParseError("{{#a}}{{/b}}"), "line 1: {{/b}} closes no open section of that name");
  EXPECT_EQ(ParseError("x\ny {{name"), "line 2: a tag is not closed");
  EXPECT_EQ(ParseError("{{ }}"), "line 1: a tag has no name");
  EXPECT_EQ(ParseError("{{/a}}"), "line 1: {{/a}} closes no open section of that name");
}

// Partials: parsed and linked once, by name; rendered with the context stack where they stand.

core::Result<MustachePartials> Partials(
    std::initializer_list<std::pair<std::string_view, std::string_view>> named) {
  std::vector<MustachePartials::Source> sources;
  for (const auto& [name, text] : named) sources.push_back({name, text});
  return MustachePartials::Parse(sources);
}

std::string RenderWith(const MustachePartials& partials, std::string_view text,
                       const nlohmann::json& context) {
  auto tmpl = MustacheTemplate::Parse(text, partials);
  EXPECT_TRUE(tmpl.ok()) << tmpl.error().message;
  if (!tmpl.ok()) return "(does not parse)";
  const nlohmann::json* const contexts[] = {&context};
  std::string out;
  tmpl->Render(contexts, out);
  return out;
}

TEST(MustachePartialTest, RendersWithTheContextStackWhereItStands) {
  auto partials = Partials({{"row", "<li>{{name}} of {{title}}</li>"}});
  ASSERT_TRUE(partials.ok()) << partials.error().message;
  EXPECT_TRUE(partials->Has("row"));
  EXPECT_FALSE(partials->Has("rows"));
  const nlohmann::json context{{"title", "Outer"},
                               {"rows", {{{"name", "a"}}, {{"name", "b"}, {"title", "Inner"}}}}};
  EXPECT_EQ(RenderWith(*partials, "<ul>{{#rows}}{{> row}}{{/rows}}</ul>", context),
            "<ul><li>a of Outer</li><li>b of Inner</li></ul>");
  EXPECT_EQ(RenderWith(*partials, "{{>row}}|{{> row }}", context),
            "<li> of Outer</li>|<li> of Outer</li>");
}

TEST(MustachePartialTest, SectionsNestInsidePartialsAndPartialsInsideThem) {
  auto partials =
      Partials({{"list", "{{#items}}{{#on}}[{{> item}}]{{/on}}{{^on}}-{{/on}}{{/items}}"},
                {"item", "{{name}}{{#tags}}.{{.}}{{/tags}}"}});
  ASSERT_TRUE(partials.ok()) << partials.error().message;
  const nlohmann::json context{
      {"items",
       {{{"on", true}, {"name", "a"}, {"tags", {"x", "y"}}}, {{"on", false}, {"name", "b"}}}}};
  EXPECT_EQ(RenderWith(*partials, "{{> list}}", context), "[a.x.y]-");
}

TEST(MustachePartialTest, ValuesInsidePartialsAreEscaped) {
  auto partials = Partials({{"p", "<a href=\"{{href}}\">{{text}}</a>"}});
  ASSERT_TRUE(partials.ok());
  EXPECT_EQ(
      RenderWith(*partials, "{{> p}}",
                 {{"href", "/x\"onclick=\"go()"}, {"text", "<script>'&'</script>"}}),
      "<a href=\"/x&quot;onclick=&quot;go()\">&lt;script&gt;&#39;&amp;&#39;&lt;/script&gt;</a>");
}

TEST(MustachePartialTest, AStandalonePartialTagIsReplacedByThePartialsLines) {
  auto partials = Partials({{"item", "{{! an item }}\n<li>{{.}}</li>\n"}, {"word", "w"}});
  ASSERT_TRUE(partials.ok());
  const nlohmann::json context{{"rows", {"a", "b"}}};
  EXPECT_EQ(RenderWith(*partials, "<ul>\n  {{#rows}}\n  {{> item}}\n  {{/rows}}\n</ul>\n", context),
            "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
  // Not alone on its line: only the tag is replaced.
  EXPECT_EQ(RenderWith(*partials, "<p>{{> word}}</p>\n <b>{{> word}}</b>\n", context),
            "<p>w</p>\n <b>w</b>\n");
}

TEST(MustachePartialTest, TemplatesKeepTheirPartialsAlive) {
  auto tmpl = [] {
    auto partials = Partials({{"p", "kept {{x}}"}});
    return MustacheTemplate::Parse("{{> p}}", *partials);
  }();
  ASSERT_TRUE(tmpl.ok());
  const nlohmann::json context{{"x", 1}};
  const nlohmann::json* const contexts[] = {&context};
  std::string out;
  tmpl->Render(contexts, out);
  EXPECT_EQ(out, "kept 1");
}

std::string PartialsError(
    std::initializer_list<std::pair<std::string_view, std::string_view>> named) {
  auto partials = Partials(named);
  return partials.ok() ? "(parsed)" : partials.error().message;
}

TEST(MustachePartialTest, RefusesUnknownBrokenAndSelfIncludingPartials) {
  EXPECT_EQ(PartialsError({{"a", "x\n{{> b}}"}}),
            "partial 'a' does not parse: line 2: no partial is named 'b'");
  EXPECT_EQ(PartialsError({{"a", "{{#open}}"}}),
            "partial 'a' does not parse: line 1: section {{#open}} is not closed");
  EXPECT_EQ(PartialsError({{"a", "{{>*b}}"}}),
            "partial 'a' does not parse: line 1: dynamic partial names are not allowed");
  EXPECT_EQ(PartialsError({{"a", "1"}, {"a", "2"}}), "two partials are named 'a'");
  EXPECT_EQ(PartialsError({{"a", "{{#x}}{{> a}}{{/x}}"}}),
            "partial 'a' does not load: line 1: a partial includes itself (a > a)");
  EXPECT_EQ(PartialsError({{"a", "{{> b}}"}, {"b", "\n{{> c}}"}, {"c", "\n\n{{> a}}"}}),
            "partial 'c' does not load: line 3: a partial includes itself (a > b > c > a)");
  // One partial included twice, along two paths, is no cycle.
  EXPECT_EQ(PartialsError({{"a", "{{> b}}{{> c}}"}, {"b", "{{> c}}"}, {"c", "c"}}), "(parsed)");
}

}  // namespace
}  // namespace assure::http::views
