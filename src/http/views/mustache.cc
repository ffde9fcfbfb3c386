#include "http/views/mustache.h"

#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "core/html_escape.h"

namespace assure::http::views {

enum class TagKind { kText, kVariable, kUnescaped, kSection, kInverted, kClose, kComment };

struct MustacheTemplate::Node {
  TagKind kind = TagKind::kText;
  std::string text;               // the text, or the tag's name
  std::vector<std::string> path;  // the name split at its dots; empty for "."
  std::vector<Node> children;     // a section's
};

namespace {

using Node = MustacheTemplate::Node;
using Stack = std::vector<const nlohmann::json*>;

struct Token {
  TagKind kind = TagKind::kText;
  std::string text;
  int line = 1;
};

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

core::Error ParseError(int line, const std::string& what) {
  return core::Error::Internal("line " + std::to_string(line) + ": " + what);
}

int LinesIn(std::string_view text) {
  int lines = 0;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  return lines;
}

core::Result<std::vector<Token>> Tokenize(std::string_view source) {
  std::vector<Token> tokens;
  int line = 1;
  std::size_t at = 0;
  while (at < source.size()) {
    const std::size_t open = source.find("{{", at);
    const std::string_view text =
        source.substr(at, open == std::string_view::npos ? std::string_view::npos : open - at);
    if (!text.empty()) tokens.push_back({TagKind::kText, std::string{text}, line});
    line += LinesIn(text);
    if (open == std::string_view::npos) break;

    const bool triple = source.substr(open + 2, 1) == "{";
    const std::size_t close = source.find(triple ? "}}}" : "}}", open + 2);
    if (close == std::string_view::npos) return ParseError(line, "a tag is not closed");
    std::string_view inner = source.substr(open + 2, close - open - 2);
    at = close + (triple ? 3 : 2);
    const int tag_line = line;
    line += LinesIn(inner);

    TagKind kind = TagKind::kVariable;
    if (triple) {
      kind = TagKind::kUnescaped;
      inner.remove_prefix(1);
    } else if (!inner.empty()) {
      switch (inner.front()) {
        case '#':
          kind = TagKind::kSection;
          break;
        case '^':
          kind = TagKind::kInverted;
          break;
        case '/':
          kind = TagKind::kClose;
          break;
        case '!':
          kind = TagKind::kComment;
          break;
        case '&':
          kind = TagKind::kUnescaped;
          break;
        case '>':
          return ParseError(tag_line, "partials are not allowed");
        case '=':
          return ParseError(tag_line, "delimiter changes are not allowed");
        default:
          break;
      }
      if (kind != TagKind::kVariable) inner.remove_prefix(1);
    }
    if (kind == TagKind::kComment) {
      tokens.push_back({kind, {}, tag_line});
      continue;
    }
    const std::string_view name = Trim(inner);
    if (name.empty()) return ParseError(tag_line, "a tag has no name");
    tokens.push_back({kind, std::string{name}, tag_line});
  }
  return tokens;
}

bool CanStandAlone(TagKind kind) {
  return kind == TagKind::kSection || kind == TagKind::kInverted || kind == TagKind::kClose ||
         kind == TagKind::kComment;
}

// Removes the lines on which a section tag or comment stands alone (the spec's "standalone"
// rule): the blanks before the tag on its line, and the blanks and line break after it.
void RemoveStandaloneLines(std::vector<Token>& tokens) {
  const std::size_t count = tokens.size();
  std::vector<bool> alone(count, false);
  for (std::size_t i = 0; i < count; ++i) {
    if (!CanStandAlone(tokens[i].kind)) continue;
    bool starts_line = i == 0;
    if (i > 0 && tokens[i - 1].kind == TagKind::kText) {
      const std::string& before = tokens[i - 1].text;
      const auto newline = before.rfind('\n');
      starts_line = newline == std::string::npos
                        ? i == 1 && IsBlank(before)
                        : IsBlank(std::string_view{before}.substr(newline + 1));
    }
    bool ends_line = i + 1 == count;
    if (i + 1 < count && tokens[i + 1].kind == TagKind::kText) {
      const std::string& after = tokens[i + 1].text;
      const auto newline = after.find('\n');
      ends_line = newline == std::string::npos
                      ? i + 2 == count && IsBlank(after)
                      : IsBlank(std::string_view{after}.substr(0, newline));
    }
    alone[i] = starts_line && ends_line;
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (!alone[i]) continue;
    if (i > 0) {
      std::string& before = tokens[i - 1].text;
      const auto newline = before.rfind('\n');
      before.erase(newline == std::string::npos ? 0 : newline + 1);
    }
    if (i + 1 < count) {
      std::string& after = tokens[i + 1].text;
      const auto newline = after.find('\n');
      after.erase(0, newline == std::string::npos ? std::string::npos : newline + 1);
    }
  }
}

std::vector<std::string> PathOf(const std::string& name) {
  std::vector<std::string> path;
  if (name == ".") return path;
  std::size_t start = 0;
  while (true) {
    const auto dot = name.find('.', start);
    path.push_back(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return path;
}

core::Result<std::unique_ptr<const Node>> BuildTree(std::vector<Token> tokens) {
  auto root = std::make_unique<Node>();
  std::vector<Node*> open{root.get()};
  std::vector<int> open_lines{0};
  for (Token& token : tokens) {
    std::vector<Node>& into = open.back()->children;
    switch (token.kind) {
      case TagKind::kComment:
        break;
      case TagKind::kText:
        if (token.text.empty()) break;
        if (!into.empty() && into.back().kind == TagKind::kText) {
          into.back().text += token.text;
        } else {
          into.push_back({TagKind::kText, std::move(token.text), {}, {}});
        }
        break;
      case TagKind::kClose:
        if (open.size() == 1 || open.back()->text != token.text) {
          return ParseError(token.line,
                            "{{/" + token.text + "}} closes no open section of that name");
        }
        open.pop_back();
        open_lines.pop_back();
        break;
      case TagKind::kSection:
      case TagKind::kInverted:
        into.push_back({token.kind, token.text, PathOf(token.text), {}});
        open.push_back(&into.back());
        open_lines.push_back(token.line);
        break;
      case TagKind::kVariable:
      case TagKind::kUnescaped:
        into.push_back({token.kind, token.text, PathOf(token.text), {}});
        break;
    }
  }
  if (open.size() > 1) {
    return ParseError(open_lines.back(), "section {{#" + open.back()->text + "}} is not closed");
  }
  return std::unique_ptr<const Node>(std::move(root));
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
      case TagKind::kClose:
      case TagKind::kComment:
        break;
    }
  }
}

}  // namespace

core::Result<MustacheTemplate> MustacheTemplate::Parse(std::string_view source) {
  auto tokens = Tokenize(source);
  if (!tokens.ok()) return tokens.error();
  RemoveStandaloneLines(*tokens);
  auto root = BuildTree(std::move(tokens).value());
  if (!root.ok()) return root.error();
  return MustacheTemplate(std::move(root).value());
}

MustacheTemplate::MustacheTemplate(std::unique_ptr<const Node> root) : root_(std::move(root)) {}
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
