#include "http/views/renderer.h"

#include <algorithm>
#include <kainjow/mustache.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <utility>

#include "http/views/template_data.h"

namespace assure::http::views {
namespace {

constexpr std::string_view kLayout = "layout";
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
  static const std::regex kPartialOrDelimiter(R"(\{\{\s*[>=])");
  static const std::regex kUnescaped(R"(\{\{\s*(\{|&)\s*([^}\s]*))");
  const std::string text(source.text);
  const std::string name(source.name);
  if (std::regex_search(text, kPartialOrDelimiter)) {
    return core::Error::Internal("template '" + name + "' uses a partial or a delimiter change");
  }
  int unescaped = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kUnescaped);
       it != std::sregex_iterator(); ++it) {
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
    if (close == std::string::npos) break;  // kainjow refuses the unclosed tag itself
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

// A page's context checked (an object or null, no reserved key) and made template data.
core::Result<kainjow::mustache::data> PageData(std::string_view page,
                                               const nlohmann::json& context) {
  if (!context.is_object() && !context.is_null()) {
    return core::Error::Internal("the context of page '" + std::string(page) +
                                 "' is not a JSON object");
  }
  for (const auto key : kReservedKeys) {
    if (context.contains(key)) {
      return core::Error::Internal("page context key '" + std::string(key) + "' is reserved");
    }
  }
  if (!context.is_object()) return kainjow::mustache::data{kainjow::mustache::data::type::object};
  return ToTemplateData(context);
}

}  // namespace

// kainjow's render() is not const, but for a template without partials or lambdas it only reads
// the parsed tree (the per-render state lives in a context on the caller's stack); Load() refuses
// partials and JSON contexts cannot carry lambdas. So concurrent renders share one parse safely.
// unique_ptr lets a const Renderer call the non-const render().
struct Renderer::Templates {
  std::unique_ptr<kainjow::mustache::mustache> layout;
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>, std::less<>> pages;
};

core::Result<Renderer> Renderer::Load() { return Load(EmbeddedTemplates()); }

core::Result<Renderer> Renderer::Load(std::span<const TemplateSource> templates) {
  auto parsed = std::make_unique<Templates>();
  for (const auto& source : templates) {
    ASSURE_TRY(CheckTemplateSource(source));
    auto mustache = std::make_unique<kainjow::mustache::mustache>(std::string(source.text));
    if (!mustache->is_valid()) {
      return core::Error::Internal("template '" + std::string(source.name) +
                                   "' does not parse: " + mustache->error_message());
    }
    if (source.name == kLayout) {
      parsed->layout = std::move(mustache);
    } else if (!parsed->pages.emplace(std::string(source.name), std::move(mustache)).second) {
      return core::Error::Internal("two templates are named '" + std::string(source.name) + "'");
    }
  }
  if (parsed->layout == nullptr) {
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
  auto converted = PageData(page, context);
  if (!converted.ok()) return converted.error();
  kainjow::mustache::data data = std::move(converted).value();

  std::string title;
  if (const auto it = context.find("title"); it != context.end() && it->is_string()) {
    title = it->get<std::string>();
  }
  if (title.empty()) {
    title = FixedTitle(page);
    if (title.empty()) {
      return core::Error::Internal("page '" + std::string(page) + "' needs a title");
    }
    data.set("title", title);
  }
  data.set("document_title",
           title == kServiceName ? title : title + " – " + std::string(kServiceName));
  const auto present = [&data](const std::string& key) {
    const auto* value = data.get(key);
    return value != nullptr && !value->is_false() && !value->is_empty_list();
  };
  data.set("service_navigation",
           kainjow::mustache::data{present("partnership_name") || present("navigation")});

  std::string page_html;
  page_html.reserve(4096);
  found->second->render(data, [&page_html](const std::string& text) { page_html += text; });
  if (!found->second->is_valid()) {
    return core::Error::Internal("page '" + std::string(page) +
                                 "' failed to render: " + found->second->error_message());
  }
  data.set("page_html", page_html);
  std::string document;
  document.reserve(page_html.size() + 4096);
  templates_->layout->render(data, [&document](const std::string& text) { document += text; });
  if (!templates_->layout->is_valid()) {
    return core::Error::Internal("the layout failed to render: " +
                                 templates_->layout->error_message());
  }
  // The templates open with a comment; the document starts at <!DOCTYPE html>.
  document.erase(0, std::min(document.find_first_not_of(" \t\r\n"), document.size()));
  return document;
}

core::Result<std::string> Renderer::RenderFragment(std::string_view page,
                                                   const nlohmann::json& context) const {
  const auto found = templates_->pages.find(page);
  if (found == templates_->pages.end()) {
    return core::Error::Internal("no page template named '" + std::string(page) + "'");
  }
  auto converted = PageData(page, context);
  if (!converted.ok()) return converted.error();
  kainjow::mustache::data data = std::move(converted).value();
  std::string fragment;
  found->second->render(data, [&fragment](const std::string& text) { fragment += text; });
  if (!found->second->is_valid()) {
    return core::Error::Internal("page '" + std::string(page) +
                                 "' failed to render: " + found->second->error_message());
  }
  // The templates open with a comment; the fragment starts at its first element.
  fragment.erase(0, std::min(fragment.find_first_not_of(" \t\r\n"), fragment.size()));
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
