// The partials of web/templates/partials, each rendered alone from a representative context: the
// GOV.UK markup the pages rely on.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "http/views/embedded_templates.h"
#include "http/views/renderer.h"

namespace assure::http::views {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// The embedded partials with a page for each that includes it and nothing else.
class PartialsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<TemplateSource> sources{
        {"layout", "{{{page_html}}}"},
        {"error_summary", "{{> error_summary}}"},
        {"pagination",
         "<nav class=\"govuk-pagination\" aria-label=\"Pages\">{{#pagination}}{{> "
         "pagination}}{{/pagination}}</nav>"},
        {"select", "{{#field}}{{> select}}{{/field}}"},
        {"date_input", "{{#field}}{{> date_input}}{{/field}}"}};
    for (const auto& source : EmbeddedTemplates()) {
      if (source.name.starts_with("partials/")) sources.push_back(source);
    }
    auto loaded = Renderer::Load(sources);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    renderer_ = std::make_unique<Renderer>(std::move(loaded).value());
  }

  std::string Render(std::string_view page, const nlohmann::json& context) {
    auto html = renderer_->RenderFragment(page, context);
    EXPECT_TRUE(html.ok()) << html.error().message;
    return html.ok() ? html.value() : std::string();
  }

  std::unique_ptr<Renderer> renderer_;
};

TEST_F(PartialsTest, ErrorSummaryListsEachErrorAsALinkToItsField) {
  const std::string html =
      Render("error_summary", {{"has_errors", true},
                               {"errors",
                                {{{"href", "#name"}, {"text", "Enter a name"}},
                                 {{"href", "#due-day"}, {"text", "Enter a date & time"}},
                                 {{"href", ""}, {"text", "The case changed meanwhile"}}}}});
  EXPECT_THAT(html, HasSubstr("<div class=\"govuk-error-summary\" "
                              "data-module=\"govuk-error-summary\">"));
  EXPECT_THAT(html, HasSubstr("<div role=\"alert\">"));
  EXPECT_THAT(html, HasSubstr("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>"));
  EXPECT_THAT(html, HasSubstr("<ul class=\"govuk-list govuk-error-summary__list\">"));
  EXPECT_THAT(html, HasSubstr("<li><a href=\"#name\">Enter a name</a></li>"));
  EXPECT_THAT(html, HasSubstr("<li><a href=\"#due-day\">Enter a date &amp; time</a></li>"));
  // No field to link to: the text alone.
  EXPECT_THAT(html, HasSubstr("<li>The case changed meanwhile</li>"));
  EXPECT_EQ(Render("error_summary", {{"has_errors", false}, {"errors", nlohmann::json::array()}}),
            "");
  EXPECT_EQ(Render("error_summary", nlohmann::json::object()), "");
}

TEST_F(PartialsTest, PaginationLinksPreviousPagesAndNext) {
  const nlohmann::json items = {
      {{"ellipsis", false}, {"number", 1}, {"href", "/cases"}, {"current", false}},
      {{"ellipsis", true}, {"number", ""}, {"href", ""}},
      {{"ellipsis", false}, {"number", 5}, {"href", "/cases?page=5"}, {"current", true}},
      {{"ellipsis", false}, {"number", 9}, {"href", "/cases?page=9"}, {"current", false}}};
  const std::string html = Render(
      "pagination",
      {{"pagination",
        {{"prev_href", "/cases?page=4"}, {"next_href", "/cases?page=6"}, {"items", items}}}});
  EXPECT_THAT(html, HasSubstr("<div class=\"govuk-pagination__prev\">"));
  EXPECT_THAT(html, HasSubstr("<a class=\"govuk-link govuk-pagination__link\" "
                              "href=\"/cases?page=4\" rel=\"prev\">"));
  EXPECT_THAT(html,
              HasSubstr("<li class=\"govuk-pagination__item\"><a class=\"govuk-link "
                        "govuk-pagination__link\" href=\"/cases\" aria-label=\"Page 1\">1</a>"));
  EXPECT_THAT(html, HasSubstr("<li class=\"govuk-pagination__item "
                              "govuk-pagination__item--ellipses\">&ctdot;</li>"));
  EXPECT_THAT(html, HasSubstr("<li class=\"govuk-pagination__item "
                              "govuk-pagination__item--current\"><a class=\"govuk-link "
                              "govuk-pagination__link\" href=\"/cases?page=5\" aria-label=\"Page "
                              "5\" aria-current=\"page\">5</a></li>"));
  EXPECT_THAT(html, HasSubstr("href=\"/cases?page=6\" rel=\"next\">"));
  EXPECT_THAT(html, HasSubstr("Next<span class=\"govuk-visually-hidden\"> page</span>"));
  // The first page has no previous link.
  const std::string first =
      Render("pagination",
             {{"pagination", {{"prev_href", ""}, {"next_href", "/x?page=2"}, {"items", items}}}});
  EXPECT_THAT(first, Not(HasSubstr("govuk-pagination__prev")));
  EXPECT_THAT(first, HasSubstr("govuk-pagination__next"));
}

nlohmann::json Field(std::string_view error) {
  return {{"key", "agency"},
          {"label", "Owner agency"},
          {"hint", "Who does it"},
          {"error", error},
          {"described_by", error.empty() ? "agency-hint" : "agency-hint agency-error"},
          {"day", "7"},
          {"month", "3"},
          {"year", "2026"},
          {"options",
           {{{"value", ""}, {"label", "Any"}, {"checked", false}},
            {{"value", "3"}, {"label", "Police & Crime"}, {"checked", true}}}}};
}

TEST_F(PartialsTest, SelectHasItsLabelHintErrorAndOptions) {
  std::string html = Render("select", {{"field", Field("")}});
  EXPECT_THAT(html, HasSubstr("<div class=\"govuk-form-group\">"));
  EXPECT_THAT(html, HasSubstr("<label class=\"govuk-label govuk-label--s\" for=\"agency\">Owner "
                              "agency</label>"));
  EXPECT_THAT(html, HasSubstr("<div id=\"agency-hint\" class=\"govuk-hint\">Who does it</div>"));
  EXPECT_THAT(html, HasSubstr("<select class=\"govuk-select\" id=\"agency\" name=\"agency\" "
                              "aria-describedby=\"agency-hint\">"));
  EXPECT_THAT(html, HasSubstr("<option value=\"\">Any</option>"));
  EXPECT_THAT(html, HasSubstr("<option value=\"3\" selected>Police &amp; Crime</option>"));
  EXPECT_THAT(html, Not(HasSubstr("govuk-error-message")));
  EXPECT_THAT(html, Not(HasSubstr("<optgroup")));

  nlohmann::json field = Field("Choose an agency");
  field["has_groups"] = true;
  field["groups"] = {
      {{"label", "Closed"}, {"options", {{{"value", "9"}, {"label", "Old"}, {"checked", false}}}}}};
  html = Render("select", {{"field", field}});
  EXPECT_THAT(html, HasSubstr("<div class=\"govuk-form-group govuk-form-group--error\">"));
  EXPECT_THAT(html,
              HasSubstr("<p id=\"agency-error\" class=\"govuk-error-message\"><span "
                        "class=\"govuk-visually-hidden\">Error:</span> Choose an agency</p>"));
  EXPECT_THAT(html, HasSubstr("<select class=\"govuk-select govuk-select--error\" id=\"agency\" "
                              "name=\"agency\" aria-describedby=\"agency-hint agency-error\">"));
  EXPECT_THAT(html, HasSubstr("<optgroup label=\"Closed\">"));
  EXPECT_THAT(html, HasSubstr("<option value=\"9\">Old</option>"));
}

TEST_F(PartialsTest, DateInputHasALegendAndThreeNamedBoxes) {
  std::string html = Render("date_input", {{"field", Field("")}});
  EXPECT_THAT(html, HasSubstr("<div class=\"govuk-form-group\">"));
  EXPECT_THAT(html, HasSubstr("<fieldset class=\"govuk-fieldset\" role=\"group\" "
                              "aria-describedby=\"agency-hint\">"));
  EXPECT_THAT(html, HasSubstr("<legend class=\"govuk-fieldset__legend "
                              "govuk-fieldset__legend--s\">Owner agency</legend>"));
  EXPECT_THAT(html, HasSubstr("<div class=\"govuk-date-input\" id=\"agency\">"));
  for (const auto& [part, label, width, value] : {std::tuple{"day", "Day", "2", "7"},
                                                  {"month", "Month", "2", "3"},
                                                  {"year", "Year", "4", "2026"}}) {
    EXPECT_THAT(html, HasSubstr(std::string("<label class=\"govuk-label govuk-date-input__label\" "
                                            "for=\"agency-") +
                                part + "\">" + label + "</label>"));
    EXPECT_THAT(html, HasSubstr(std::string("<input class=\"govuk-input govuk-date-input__input "
                                            "govuk-input--width-") +
                                width + "\" id=\"agency-" + part + "\" name=\"agency-" + part +
                                "\" type=\"text\" inputmode=\"numeric\" value=\"" + value + "\">"));
  }
  html = Render("date_input", {{"field", Field("Enter a real date")}});
  EXPECT_THAT(html, HasSubstr("<div class=\"govuk-form-group govuk-form-group--error\">"));
  EXPECT_THAT(html, HasSubstr("Error:</span> Enter a real date</p>"));
  std::size_t boxes_in_error = 0;
  for (auto at = html.find("govuk-input--error"); at != std::string::npos;
       at = html.find("govuk-input--error", at + 1)) {
    ++boxes_in_error;
  }
  EXPECT_EQ(boxes_in_error, 3u);
}

}  // namespace
}  // namespace assure::http::views
