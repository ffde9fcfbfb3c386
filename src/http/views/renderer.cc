#include "http/views/renderer.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <utility>

#include "http/views/mustache.h"
#include "http/views/template_data.h"

namespace assure::http::views {
namespace {

constexpr std::string_view kLayout = "layout";
constexpr std::string_view kPartialPrefix = "partials/";  // a partial's TemplateSource name
constexpr std::string_view kServiceName = "Assure";
constexpr std::string_view kReservedKeys[] = {"page_html", "document_title", "service_navigation"};

// Pages whose heading is fixed in the template; any other page must be given a title.
constexpr std::pair<std::string_view, std::string_view> kFixedTitles[] = {
    {kStartPage, "Assure"},
    {kNotFoundPage, "Page not found"},
    {kServerErrorPage, "Sorry, there is a problem with the service"},
};

std::string_view FixedTitle(std::string_view page) {
  for (const auto& [name, title] : kFixedTitles) {
    if (name == page) return title;
  }
  return {};
}

// Load()'s guard on what templates may contain; see the header.
core::Status CheckTemplateSource(const TemplateSource& source) {
  // The parser refuses "{{=" itself; these would be read as variables of odd names.
  static const std::regex kSpacedDelimiterOrPartial(R"(\{\{\s+[>=])");
  static const std::regex kUnescaped(R"(\{\{\s*(\{|&)\s*([^}\s]*))");
  const std::string text(source.text);
  const std::string name(source.name);
  if (std::regex_search(text, kSpacedDelimiterOrPartial)) {
    return core::Error::Internal("template '" + name + "' has a space before > or = in a tag " +
                                 "(\"{{ > x}}\"), which would be read as a variable");
  }
  int unescaped = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kUnescaped);
       it != std::sregex_iterator(); ++it) {
    // A page (never the layout or a partial) may show Markdown rendered by
    // reports::MarkdownHtml, which drops raw HTML and unsafe links: {{{markdown_html}}}.
    if (source.name != kLayout && !source.name.starts_with("partials/") && (*it)[1] == "{" &&
        (*it)[2] == "markdown_html") {
      continue;
    }
    ++unescaped;
    if (source.name != kLayout || (*it)[1] != "{" || (*it)[2] != "page_html" || unescaped > 1) {
      return core::Error::Internal("template '" + name + "' has an unescaped tag");
    }
  }
  if (source.name == kLayout && unescaped != 1) {
    return core::Error::Internal("the layout must contain {{{page_html}}} exactly once");
  }
  // A comment ends at its first "}}": one that says "{a, b}}" ends there, and the rest of it
  // would be shown on the page. So a comment must end a line.
  for (auto open = text.find("{{!"); open != std::string::npos; open = text.find("{{!", open + 3)) {
    const auto close = text.find("}}", open + 3);
    if (close == std::string::npos) break;  // the parser refuses the unclosed tag itself
    const auto line_end = text.find('\n', close);
    const auto rest = text.substr(
        close + 2, line_end == std::string::npos ? std::string::npos : line_end - close - 2);
    if (rest.find_first_not_of(" \t\r") != std::string::npos) {
      return core::Error::Internal("template '" + name +
                                   "' has a comment that does not end its line (a \"}}\" inside?)");
    }
  }
  return core::Ok();
}

// A page's context checked: an object or null, with no reserved key (template_data.h says what
// else it must satisfy).
core::Status CheckPageContext(std::string_view page, const nlohmann::json& context) {
  if (!context.is_object() && !context.is_null()) {
    return core::Error::Internal("the context of page '" + std::string(page) +
                                 "' is not a JSON object");
  }
  for (const auto key : kReservedKeys) {
    if (context.contains(key)) {
      return core::Error::Internal("page context key '" + std::string(key) + "' is reserved");
    }
  }
  return CheckTemplateData(context);
}

bool Present(const nlohmann::json& context, std::string_view key) {
  if (!context.is_object()) return false;
  const auto found = context.find(key);
  return found != context.end() && !IsFalseValue(*found);
}

// Trims what comes before the first element: the templates open with a comment.
void TrimLeadingBlank(std::string& html) {
  html.erase(0, std::min(html.find_first_not_of(" \t\r\n"), html.size()));
}

}  // namespace

struct Renderer::Templates {
  std::optional<MustacheTemplate> layout;
  std::map<std::string, MustacheTemplate, std::less<>> pages;
};

core::Result<Renderer> Renderer::Load() { return Load(EmbeddedTemplates()); }

core::Result<Renderer> Renderer::Load(std::span<const TemplateSource> templates) {
  std::vector<MustachePartials::Source> partial_sources;
  for (const auto& source : templates) {
    ASSURE_TRY(CheckTemplateSource(source));
    if (source.name.starts_with(kPartialPrefix)) {
      partial_sources.push_back({source.name.substr(kPartialPrefix.size()), source.text});
    }
  }
  ASSURE_ASSIGN_OR_RETURN(auto partials, MustachePartials::Parse(partial_sources));

  auto parsed = std::make_unique<Templates>();
  for (const auto& source : templates) {
    if (source.name.starts_with(kPartialPrefix)) continue;
    auto mustache = MustacheTemplate::Parse(source.text, partials);
    if (!mustache.ok()) {
      return core::Error::Internal("template '" + std::string(source.name) +
                                   "' does not parse: " + mustache.error().message);
    }
    if (source.name == kLayout) {
      parsed->layout.emplace(std::move(mustache).value());
    } else if (!parsed->pages.emplace(std::string(source.name), std::move(mustache).value())
                    .second) {
      return core::Error::Internal("two templates are named '" + std::string(source.name) + "'");
    }
  }
  if (!parsed->layout) {
    return core::Error::Internal("no template is named 'layout'");
  }
  return Renderer(std::move(parsed));
}

Renderer::Renderer(std::unique_ptr<const Templates> templates) : templates_(std::move(templates)) {}
Renderer::Renderer(Renderer&&) noexcept = default;
Renderer& Renderer::operator=(Renderer&&) noexcept = default;
Renderer::~Renderer() = default;

core::Result<std::string> Renderer::RenderPage(std::string_view page,
                                               const nlohmann::json& context) const {
  const auto found = templates_->pages.find(page);
  if (found == templates_->pages.end()) {
    return core::Error::Internal("no page template named '" + std::string(page) + "'");
  }
  ASSURE_TRY(CheckPageContext(page, context));
  // The renderer's own values, looked up before the page's (whose context may not have them).
  nlohmann::json own = nlohmann::json::object();
  std::string title;
  if (const auto it = context.find("title"); it != context.end() && it->is_string()) {
    title = it->get<std::string>();
  }
  if (title.empty()) {
    title = FixedTitle(page);
    if (title.empty()) {
      return core::Error::Internal("page '" + std::string(page) + "' needs a title");
    }
    own["title"] = title;
  }
  own["document_title"] = title == kServiceName ? title : title + " – " + std::string(kServiceName);
  own["service_navigation"] =
      Present(context, "partnership_name") || Present(context, "navigation");
  const nlohmann::json* const contexts[] = {&context, &own};

  std::string page_html;
  page_html.reserve(16384);
  found->second.Render(contexts, page_html);
  const std::size_t page_size = page_html.size();
  own["page_html"] = std::move(page_html);
  std::string document;
  document.reserve(page_size + 8192);
  templates_->layout->Render(contexts, document);
  TrimLeadingBlank(document);
  return document;
}

core::Result<std::string> Renderer::RenderFragment(std::string_view page,
                                                   const nlohmann::json& context) const {
  const auto found = templates_->pages.find(page);
  if (found == templates_->pages.end()) {
    return core::Error::Internal("no page template named '" + std::string(page) + "'");
  }
  ASSURE_TRY(CheckPageContext(page, context));
  const nlohmann::json* const contexts[] = {&context};
  std::string fragment;
  found->second.Render(contexts, fragment);
  TrimLeadingBlank(fragment);
  return fragment;
}

bool Renderer::HasPage(std::string_view page) const {
  return templates_->pages.find(page) != templates_->pages.end();
}

std::vector<std::string> Renderer::PageNames() const {
  std::vector<std::string> names;
  names.reserve(templates_->pages.size());
  for (const auto& [name, unused] : templates_->pages) names.push_back(name);
  return names;
}

}  // namespace assure::http::views
