#include "http/views/mustache.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>
#include <vector>

#include "core/html_escape.h"
#include "http/views/mustache_syntax.h"

namespace assure::http::views {

namespace {

using Node = MustacheTemplate::Node;
using Stack = std::vector<const nlohmann::json*>;
using Roots = std::map<std::string, std::unique_ptr<Node>, std::less<>>;  // partials by name

// Points each partial tag under `node` at its partial's tree; fails on an unknown name.
core::Status Link(Node& node, const Roots& roots) {
  for (Node& child : node.children) {
    if (child.kind != TagKind::kPartial) {
      ASSURE_TRY(Link(child, roots));
      continue;
    }
    const auto found = roots.find(child.text);
    if (found == roots.end()) {
      return ParseError(child.line, "no partial is named '" + child.text + "'");
    }
    child.partial = found->second.get();
  }
  return core::Ok();
}

void PartialTags(const Node& node, std::vector<const Node*>& tags) {
  for (const Node& child : node.children) {
    if (child.kind == TagKind::kPartial) tags.push_back(&child);
    PartialTags(child, tags);
  }
}

// Fails if a partial reachable from `path.back()` includes one of `path` (a cycle), naming the
// partial and the line of the tag that closes it. `done` holds the partials found free of cycles.
core::Status CheckNoCycle(const Roots& roots, std::vector<std::string>& path,
                          std::set<std::string, std::less<>>& done) {
  std::vector<const Node*> tags;
  PartialTags(*roots.find(path.back())->second, tags);
  for (const Node* tag : tags) {
    if (done.contains(tag->text)) continue;
    if (const auto on_path = std::find(path.begin(), path.end(), tag->text);
        on_path != path.end()) {
      std::string chain;
      for (auto it = on_path; it != path.end(); ++it) chain += *it + " > ";
      return core::Error::Internal(
          "partial '" + path.back() + "' does not load: " +
          ParseError(tag->line, "a partial includes itself (" + chain + tag->text + ")").message);
    }
    path.push_back(tag->text);
    ASSURE_TRY(CheckNoCycle(roots, path, done));
    path.pop_back();
  }
  done.insert(path.back());
  return core::Ok();
}

const nlohmann::json* Lookup(const Stack& stack, const std::vector<std::string>& path) {
  if (path.empty()) return stack.empty() ? nullptr : stack.back();
  for (auto context = stack.rbegin(); context != stack.rend(); ++context) {
    if (!(*context)->is_object()) continue;
    const auto found = (*context)->find(path.front());
    if (found == (*context)->end()) continue;
    const nlohmann::json* value = &*found;
    for (std::size_t i = 1; i < path.size(); ++i) {
      if (!value->is_object()) return nullptr;
      const auto next = value->find(path[i]);
      if (next == value->end()) return nullptr;
      value = &*next;
    }
    return value;
  }
  return nullptr;
}

bool IsFalse(const nlohmann::json* value) { return value == nullptr || IsFalseValue(*value); }

void AppendValue(const nlohmann::json& value, bool escaped, std::string& out) {
  switch (value.type()) {
    case nlohmann::json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      if (escaped) {
        core::AppendHtmlEscaped(text, out);
      } else {
        out += text;
      }
      break;
    }
    case nlohmann::json::value_t::number_integer:
      out += std::to_string(value.get<std::int64_t>());
      break;
    case nlohmann::json::value_t::number_unsigned:
      out += std::to_string(value.get<std::uint64_t>());
      break;
    case nlohmann::json::value_t::number_float:
      out += value.dump();
      break;
    default:
      break;
  }
}

void RenderNodes(const std::vector<Node>& nodes, Stack& stack, std::string& out) {
  for (const Node& node : nodes) {
    switch (node.kind) {
      case TagKind::kText:
        out += node.text;
        break;
      case TagKind::kVariable:
      case TagKind::kUnescaped:
        if (const auto* value = Lookup(stack, node.path)) {
          AppendValue(*value, node.kind == TagKind::kVariable, out);
        }
        break;
      case TagKind::kSection: {
        const auto* value = Lookup(stack, node.path);
        if (IsFalse(value)) break;
        if (value->is_array()) {
          for (const auto& item : *value) {
            stack.push_back(&item);
            RenderNodes(node.children, stack, out);
            stack.pop_back();
          }
        } else {
          stack.push_back(value);
          RenderNodes(node.children, stack, out);
          stack.pop_back();
        }
        break;
      }
      case TagKind::kInverted:
        if (IsFalse(Lookup(stack, node.path))) RenderNodes(node.children, stack, out);
        break;
      case TagKind::kPartial:
        RenderNodes(node.partial->children, stack, out);
        break;
      case TagKind::kClose:
      case TagKind::kComment:
        break;
    }
  }
}

}  // namespace

struct MustachePartials::Trees {
  Roots roots;
};

core::Result<MustachePartials> MustachePartials::Parse(std::span<const Source> sources) {
  auto trees = std::make_shared<Trees>();
  for (const auto& source : sources) {
    const std::string name(source.name);
    auto root = ParseTree(source.text);
    if (!root.ok()) {
      return core::Error::Internal("partial '" + name +
                                   "' does not parse: " + root.error().message);
    }
    if (!trees->roots.emplace(name, std::move(root).value()).second) {
      return core::Error::Internal("two partials are named '" + name + "'");
    }
  }
  for (auto& [name, root] : trees->roots) {
    if (auto linked = Link(*root, trees->roots); !linked.ok()) {
      return core::Error::Internal("partial '" + name +
                                   "' does not parse: " + linked.error().message);
    }
  }
  std::set<std::string, std::less<>> done;
  for (const auto& [name, root] : trees->roots) {
    std::vector<std::string> path{name};
    ASSURE_TRY(CheckNoCycle(trees->roots, path, done));
  }
  MustachePartials partials;
  partials.trees_ = std::move(trees);
  return partials;
}

MustachePartials::MustachePartials() = default;

bool MustachePartials::Has(std::string_view name) const {
  return trees_ != nullptr && trees_->roots.find(name) != trees_->roots.end();
}

core::Result<MustacheTemplate> MustacheTemplate::Parse(std::string_view source,
                                                       const MustachePartials& partials) {
  ASSURE_ASSIGN_OR_RETURN(auto root, ParseTree(source));
  static const Roots kNone;
  ASSURE_TRY(Link(*root, partials.trees_ != nullptr ? partials.trees_->roots : kNone));
  return MustacheTemplate(std::move(root), partials);
}

MustacheTemplate::MustacheTemplate(std::unique_ptr<const Node> root, MustachePartials partials)
    : root_(std::move(root)), partials_(std::move(partials)) {}
MustacheTemplate::MustacheTemplate(MustacheTemplate&&) noexcept = default;
MustacheTemplate& MustacheTemplate::operator=(MustacheTemplate&&) noexcept = default;
MustacheTemplate::~MustacheTemplate() = default;

void MustacheTemplate::Render(std::span<const nlohmann::json* const> contexts,
                              std::string& out) const {
  Stack stack(contexts.begin(), contexts.end());
  RenderNodes(root_->children, stack, out);
}

bool IsFalseValue(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
      return true;
    case nlohmann::json::value_t::boolean:
      return !value.get<bool>();
    case nlohmann::json::value_t::string:
      return value.get_ref<const std::string&>().empty();
    case nlohmann::json::value_t::array:
      return value.empty();
    default:
      return false;
  }
}

}  // namespace assure::http::views
