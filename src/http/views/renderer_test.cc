#include "http/views/renderer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace assure::http::views {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

std::size_t Count(const std::string& haystack, std::string_view needle) {
  std::size_t count = 0;
  for (auto at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

class RendererTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = Renderer::Load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    renderer_ = std::make_unique<Renderer>(std::move(loaded).value());
  }

  std::string Render(std::string_view page, const nlohmann::json& context) {
    auto html = renderer_->RenderPage(page, context);
    EXPECT_TRUE(html.ok()) << html.error().message;
    return html.ok() ? html.value() : std::string();
  }

  std::unique_ptr<Renderer> renderer_;
};

TEST_F(RendererTest, EmbedsEveryPageTemplate) {
  EXPECT_THAT(
      renderer_->PageNames(),
      ElementsAre(
          "account_sessions", "action", "action_form", "actions", "actions_dashboard", "agencies",
          "agency", "agency_form", "assurance_activity", "assurance_audit", "assurance_audit_part",
          "assurance_figures", "assurance_framework", "assurance_return", "assurance_round",
          "assurance_standards", "assurance_survey", "assurance_survey_free_text",
          "assurance_survey_results", "assurance_thematic_review", "assurance_trend", "audit",
          "board_report", "briefing", "briefing_versions", "briefings", "calendar", "calendar_form",
          "case", "case_check", "case_form", "case_import", "case_restricted", "cases",
          "deadline_rules", "deadlines", "error", "governance_attendance", "governance_body",
          "governance_meeting", "governance_meetings", "governance_structure", "governance_terms",
          "home", "learning_figures", "learning_recurring", "library_briefing", "library_index",
          "library_list", "mfa", "mfa_enrol", "my_actions", "not_found", "recovery_codes",
          "request", "requests", "review_activity", "review_round", "review_rounds",
          "reviewer_form", "reviewers", "server_error", "set_password", "sign_in", "start",
          "survey_form", "user", "user_invite", "user_invited", "users"));
  EXPECT_TRUE(renderer_->HasPage(kStartPage));
  EXPECT_FALSE(renderer_->HasPage("layout"));
  EXPECT_FALSE(renderer_->HasPage("partials/error_summary"));  // a partial is never a page
  EXPECT_FALSE(renderer_->HasPage("error_summary"));
}

TEST_F(RendererTest, EveryPageIsAWholeDocumentInTheLayoutWithOneHeading) {
  const nlohmann::json context = {{"title", "Something went wrong"}, {"message", "Try again."}};
  for (const auto& page : renderer_->PageNames()) {
    SCOPED_TRACE(page);
    const std::string html = Render(page, context);
    EXPECT_THAT(html,
                StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"govuk-template\">"));
    EXPECT_THAT(html, HasSubstr("<body class=\"govuk-template__body\">"));
    EXPECT_THAT(html, HasSubstr("<a href=\"#main-content\" class=\"govuk-skip-link\""));
    EXPECT_THAT(html, HasSubstr("<main class=\"govuk-main-wrapper\" id=\"main-content\">"));
    EXPECT_THAT(html, HasSubstr("<link rel=\"stylesheet\" href=\"/assets/app.css\">"));
    EXPECT_THAT(html, HasSubstr("<script type=\"module\" src=\"/assets/app.js\"></script>"));
    EXPECT_EQ(Count(html, "<h1"), 1u);
    EXPECT_EQ(Count(html, "<main"), 1u);
    EXPECT_EQ(Count(html, "<title>"), 1u);
    // Nothing inline, so that a CSP without 'unsafe-inline' holds.
    EXPECT_EQ(Count(html, "<script"), 1u);
    EXPECT_THAT(html, Not(HasSubstr("<style")));
    EXPECT_THAT(html, Not(HasSubstr("style=")));
    EXPECT_THAT(html, Not(::testing::ContainsRegex("\\son[a-z]+=")));  // no onclick= and the like
    // Not GOV.UK: no crown, no Crown copyright, no Open Government Licence.
    EXPECT_THAT(html, Not(HasSubstr("GOV.UK")));
    EXPECT_THAT(html, Not(HasSubstr("Crown")));
    EXPECT_THAT(html, Not(HasSubstr("crown")));
    EXPECT_THAT(html, Not(HasSubstr("Open Government Licence")));
    EXPECT_THAT(html, HasSubstr("class=\"govuk-generic-header__homepage-link\">Assure</a>"));
  }
}

TEST_F(RendererTest, StartPageSaysWhatAssureIsAndLinksToSignIn) {
  const std::string html = Render(kStartPage, {});
  EXPECT_THAT(html, HasSubstr("<title>Assure</title>"));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"govuk-heading-xl\">Assure</h1>"));
  EXPECT_THAT(html, HasSubstr("reviews, action plans, assurance, learning and annual report"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/sign-in\" role=\"button\" draggable=\"false\" "
                              "class=\"govuk-button govuk-button--start\""));
  // No partnership known: no service navigation and no demo banner.
  EXPECT_THAT(html, Not(HasSubstr("govuk-service-navigation")));
  EXPECT_THAT(html, Not(HasSubstr("govuk-phase-banner")));
}

TEST_F(RendererTest, PartnershipNameShowsInTheHeader) {
  const std::string html = Render(kStartPage, {{"partnership_name", "Northshire Partnership"}});
  EXPECT_THAT(html, HasSubstr("<span class=\"govuk-service-navigation__text\">Northshire "
                              "Partnership</span>"));
  EXPECT_THAT(html, HasSubstr("Assure for Northshire Partnership:"));
}

TEST_F(RendererTest, DemoBannerOnlyWhenAsked) {
  EXPECT_THAT(Render(kStartPage, {{"demo", true}}), HasSubstr("govuk-phase-banner"));
  EXPECT_THAT(Render(kStartPage, {{"demo", false}}), Not(HasSubstr("govuk-phase-banner")));
}

TEST_F(RendererTest, NavigationMarksTheCurrentItem) {
  const nlohmann::json context = {
      {"navigation",
       {{"items",
         {{{"href", "/reviews"}, {"text", "Reviews"}, {"current", true}},
          {{"href", "/actions"}, {"text", "Actions"}}}}}}};
  const std::string html = Render(kNotFoundPage, context);
  EXPECT_THAT(html, HasSubstr("data-module=\"govuk-service-navigation\""));
  EXPECT_THAT(html, HasSubstr("href=\"/reviews\" aria-current=\"page\"><strong "
                              "class=\"govuk-service-navigation__active-fallback\">Reviews"));
  EXPECT_THAT(html, HasSubstr("href=\"/actions\">Actions</a>"));
}

TEST_F(RendererTest, NotFoundFollowsThePageNotFoundPattern) {
  const std::string html = Render(kNotFoundPage, {});
  EXPECT_THAT(html, HasSubstr("<title>Page not found – Assure</title>"));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"govuk-heading-l\">Page not found</h1>"));
  EXPECT_THAT(html, HasSubstr("If you typed the web address, check it is correct."));
}

TEST_F(RendererTest, ServerErrorShowsTheReferenceToQuote) {
  const std::string html = Render(kServerErrorPage, {{"error_id", "E-7f3a9c"}});
  EXPECT_THAT(html, HasSubstr(">Sorry, there is a problem with the service</h1>"));
  EXPECT_THAT(html, HasSubstr("give them this reference: <strong "
                              "class=\"govuk-!-font-weight-bold\">E-7f3a9c</strong>"));
  EXPECT_THAT(Render(kServerErrorPage, {}), Not(HasSubstr("reference")));
}

TEST_F(RendererTest, ErrorPageShowsTitleMessageAndTheWayOn) {
  const std::string html = Render(kErrorPage, {{"title", "You cannot see this review"},
                                               {"message", "Ask the business unit for access."},
                                               {"link_href", "/reviews"},
                                               {"link_text", "Back to your reviews"}});
  EXPECT_THAT(html, HasSubstr("<title>You cannot see this review – Assure</title>"));
  EXPECT_THAT(html, HasSubstr("<h1 class=\"govuk-heading-l\">You cannot see this review</h1>"));
  EXPECT_THAT(html, HasSubstr("<p class=\"govuk-body\">Ask the business unit for access.</p>"));
  EXPECT_THAT(html,
              HasSubstr("<a href=\"/reviews\" class=\"govuk-link\">Back to your reviews</a>"));
  EXPECT_THAT(Render(kErrorPage, {{"title", "Conflict"}, {"message", "Changed."}}),
              HasSubstr("<a href=\"/\" class=\"govuk-link\">Go to the start page</a>"));
}

TEST_F(RendererTest, ContextValuesAreEscaped) {
  const std::string evil = "<script>alert(1)</script>";
  const std::string html = Render(kErrorPage, {{"title", evil},
                                               {"message", evil},
                                               {"partnership_name", evil},
                                               {"link_href", "/x\"onmouseover=\"alert(1)"},
                                               {"link_text", "it's & \"quoted\""}});
  EXPECT_THAT(html, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_EQ(Count(html, "&lt;script&gt;alert(1)&lt;/script&gt;"),
            5u);  // <title>, h1, p, header, footer
  EXPECT_THAT(html, HasSubstr("href=\"/x&quot;"));
  EXPECT_THAT(html, HasSubstr("it&#39;s &amp; &quot;quoted&quot;"));
  EXPECT_EQ(Count(html, "<script"), 1u);
  EXPECT_THAT(Render(kServerErrorPage, {{"error_id", evil}}),
              HasSubstr("<strong class=\"govuk-!-font-weight-bold\">&lt;script&gt;"));
}

TEST_F(RendererTest, LinksMustStayOnThisSite) {
  for (const std::string href : {"javascript:alert(1)", "https://evil.example/", "//evil.example",
                                 "/\\evil.example", "/\t/evil.example", " /reviews"}) {
    SCOPED_TRACE(href);
    const auto html = renderer_->RenderPage(
        kErrorPage, {{"title", "T"}, {"message", "M"}, {"link_href", href}, {"link_text", "go"}});
    ASSERT_FALSE(html.ok());
    EXPECT_EQ(html.error().code, core::ErrorCode::kInternal);
  }
}

TEST_F(RendererTest, AFragmentIsThePageAloneEscapedAndChecked) {
  const std::string evil = "<script>alert(1)</script>";
  auto fragment = renderer_->RenderFragment(kErrorPage, {{"title", evil}, {"message", "M"}});
  ASSERT_TRUE(fragment.ok()) << fragment.error().message;
  EXPECT_THAT(*fragment, StartsWith("<"));
  EXPECT_THAT(*fragment, Not(HasSubstr("<!DOCTYPE")));
  EXPECT_THAT(*fragment, Not(HasSubstr("govuk-template__body")));  // no layout
  EXPECT_THAT(*fragment, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(*fragment, Not(HasSubstr("<script>")));
  EXPECT_FALSE(renderer_->RenderFragment(kErrorPage, {{"page_html", "x"}}).ok());
  EXPECT_FALSE(
      renderer_->RenderFragment(kErrorPage, {{"link_href", "https://evil.example/"}}).ok());
  EXPECT_FALSE(renderer_->RenderFragment("no_such_page", {}).ok());
  EXPECT_FALSE(renderer_->RenderFragment("layout", {}).ok());
}

TEST_F(RendererTest, UnknownPageIsAnError) {
  const auto html = renderer_->RenderPage("no_such_page", {});
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.error().code, core::ErrorCode::kInternal);
  EXPECT_THAT(html.error().message, HasSubstr("no_such_page"));
  EXPECT_FALSE(renderer_->RenderPage("layout", {}).ok());
}

TEST_F(RendererTest, PageWithoutAFixedHeadingNeedsATitle) {
  EXPECT_FALSE(renderer_->RenderPage(kErrorPage, {{"message", "M"}}).ok());
  EXPECT_FALSE(renderer_->RenderPage(kErrorPage, {{"title", ""}, {"message", "M"}}).ok());
}

TEST_F(RendererTest, ReservedKeysAndNonObjectContextsAreRefused) {
  EXPECT_FALSE(renderer_->RenderPage(kStartPage, {{"page_html", "<script>x()</script>"}}).ok());
  EXPECT_FALSE(renderer_->RenderPage(kStartPage, {{"document_title", "x"}}).ok());
  EXPECT_FALSE(renderer_->RenderPage(kStartPage, {{"service_navigation", true}}).ok());
  EXPECT_FALSE(renderer_->RenderPage(kStartPage, nlohmann::json::array()).ok());
  EXPECT_FALSE(renderer_->RenderPage(kStartPage, "start").ok());
  EXPECT_TRUE(renderer_->RenderPage(kStartPage, nullptr).ok());
}

TEST_F(RendererTest, ConcurrentRendersMatchASingleRender) {
  const nlohmann::json context = {{"error_id", "E-1"}, {"partnership_name", "P"}};
  const std::string expected = Render(kServerErrorPage, context);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (std::size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        auto html = renderer_->RenderPage(kServerErrorPage, context);
        if (!html.ok() || html.value() != expected) ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_THAT(mismatches, ElementsAre(0, 0, 0, 0));
}

// Load()'s guards, on templates of our own.
core::Status LoadTemplates(std::string_view layout, std::string_view page) {
  const TemplateSource sources[] = {{"layout", layout}, {"page", page}};
  auto loaded = Renderer::Load(sources);
  if (!loaded.ok()) return loaded.error();
  return core::Ok();
}

TEST(RendererLoadTest, RefusesTemplatesThatCouldDefeatEscaping) {
  constexpr std::string_view kLayout = "<main>{{{page_html}}}</main>";
  EXPECT_TRUE(LoadTemplates(kLayout, "<h1>{{title}}</h1>").ok());
  EXPECT_FALSE(LoadTemplates(kLayout, "{{=<% %>=}}").ok());
  EXPECT_FALSE(LoadTemplates(kLayout, "{{ =<% %>=}}").ok());
  EXPECT_FALSE(LoadTemplates(kLayout, "{{>*name}}").ok());  // a partial named by the context
  EXPECT_FALSE(LoadTemplates(kLayout, "{{{title}}}").ok());
  EXPECT_FALSE(LoadTemplates(kLayout, "{{& title}}").ok());
  EXPECT_FALSE(LoadTemplates("<main>{{{page_html}}}{{{title}}}</main>", "x").ok());
  EXPECT_FALSE(LoadTemplates("<main>{{page_html}}</main>", "x").ok());
  EXPECT_FALSE(LoadTemplates(kLayout, "{{#open}}never closed").ok());
  // A comment that closes early ("{a, b}}") would show the rest of itself on the page.
  EXPECT_TRUE(
      LoadTemplates(kLayout, "{{!\n  Context: rows (list of {a, b} ).\n}}\n<h1>x</h1>").ok());
  EXPECT_FALSE(
      LoadTemplates(kLayout, "{{!\n  Context: rows (list of {a, b}}).\n}}\n<h1>x</h1>").ok());
}

// Partials: sources named "partials/<name>", included as {{> name}}, resolved at Load().
core::Result<Renderer> LoadWithPartials(std::string_view page,
                                        std::initializer_list<TemplateSource> partials) {
  std::vector<TemplateSource> sources{{"layout", "<main>{{{page_html}}}</main>"}, {"page", page}};
  sources.insert(sources.end(), partials);
  return Renderer::Load(sources);
}

TEST(RendererLoadTest, PartialsRenderInThePageWithItsContextEscaped) {
  auto loaded = LoadWithPartials("<h1>{{title}}</h1>\n{{#rows}}\n{{> row}}\n{{/rows}}\n",
                                 {{"partials/row", "<p>{{text}} ({{title}})</p>\n"}});
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_THAT(loaded->PageNames(), ElementsAre("page"));
  EXPECT_FALSE(loaded->HasPage("partials/row"));
  EXPECT_FALSE(loaded->HasPage("row"));
  const auto html = loaded->RenderPage("page", {{"title", "T&C"}, {"rows", {{{"text", "<a>"}}}}});
  ASSERT_TRUE(html.ok()) << html.error().message;
  EXPECT_EQ(*html, "<main><h1>T&amp;C</h1>\n<p>&lt;a&gt; (T&amp;C)</p>\n</main>");
}

TEST(RendererLoadTest, RefusesUnknownSelfIncludingAndUnescapingPartials) {
  const auto error = [](std::string_view page, std::initializer_list<TemplateSource> partials) {
    auto loaded = LoadWithPartials(page, partials);
    return loaded.ok() ? std::string("(loaded)") : loaded.error().message;
  };
  EXPECT_EQ(error("<h1>x</h1>\n{{> other}}", {}),
            "template 'page' does not parse: line 2: no partial is named 'other'");
  // A page is never a partial, and a partial's name has no "partials/".
  EXPECT_THAT(error("{{> page}}", {}), HasSubstr("no partial is named 'page'"));
  EXPECT_THAT(error("{{> partials/row}}", {{"partials/row", "r"}}),
              HasSubstr("is not a partial's name"));
  EXPECT_THAT(
      error("{{> a}}", {{"partials/a", "{{> b}}"}, {"partials/b", "{{#x}}{{> a}}{{/x}}"}}),
      HasSubstr("partial 'b' does not load: line 1: a partial includes itself (a > b > a)"));
  EXPECT_THAT(error("{{> a}}", {{"partials/a", "{{& title}}"}}),
              HasSubstr("template 'partials/a' has an unescaped tag"));
  EXPECT_THAT(error("{{ > a}}", {{"partials/a", "a"}}), HasSubstr("a space before > or ="));
  // A page may show rendered Markdown; a partial may not, nor any other unescaped key.
  EXPECT_EQ(error("<div>{{{markdown_html}}}</div>", {}), "(loaded)");
  EXPECT_THAT(error("{{> a}}", {{"partials/a", "{{{markdown_html}}}"}}),
              HasSubstr("template 'partials/a' has an unescaped tag"));
  EXPECT_THAT(error("{{{markdown}}}", {}), HasSubstr("has an unescaped tag"));
  EXPECT_EQ(error("x", {{"partials/unused", "{{#open}}"}}),
            "partial 'unused' does not parse: line 1: section {{#open}} is not closed");
}

TEST(RendererLoadTest, NeedsALayout) {
  const TemplateSource sources[] = {{"page", "<h1>x</h1>"}};
  const auto loaded = Renderer::Load(sources);
  ASSERT_FALSE(loaded.ok());
  EXPECT_THAT(loaded.error().message, HasSubstr("layout"));
}

}  // namespace
}  // namespace assure::http::views
