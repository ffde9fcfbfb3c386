#include <utility>

#include "http/views/mustache_syntax.h"

namespace assure::http::views {

namespace {

using Node = MustacheTemplate::Node;

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

int LinesIn(std::string_view text) {
  int lines = 0;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  return lines;
}

// A partial's name is fixed: letters, digits, '_' and '-'. "*name" (the spec's dynamic names,
// looked up in the context) is refused, as is anything else.
core::Status CheckPartialName(int line, std::string_view name) {
  if (name.starts_with('*')) return ParseError(line, "dynamic partial names are not allowed");
  for (const char c : name) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!allowed) {
      return ParseError(line, "'" + std::string{name} +
                                  "' is not a partial's name (letters, digits, _ and - only)");
    }
  }
  return core::Ok();
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
          kind = TagKind::kPartial;
          break;
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
    if (kind == TagKind::kPartial) ASSURE_TRY(CheckPartialName(tag_line, name));
    tokens.push_back({kind, std::string{name}, tag_line});
  }
  return tokens;
}

bool CanStandAlone(TagKind kind) {
  return kind == TagKind::kSection || kind == TagKind::kInverted || kind == TagKind::kClose ||
         kind == TagKind::kComment || kind == TagKind::kPartial;
}

// Removes the lines on which a section tag, comment or partial tag stands alone (the spec's
// "standalone" rule): the blanks before the tag on its line, and the blanks and line break after
// it. A standalone partial's lines so take the place of its tag's line (not indented: the spec's
// indentation of them is not kept, which HTML does not mind).
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

core::Result<std::unique_ptr<Node>> BuildTree(std::vector<Token> tokens) {
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
          into.push_back({TagKind::kText, std::move(token.text), {}, {}, 0, nullptr});
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
        into.push_back({token.kind, token.text, PathOf(token.text), {}, 0, nullptr});
        open.push_back(&into.back());
        open_lines.push_back(token.line);
        break;
      case TagKind::kVariable:
      case TagKind::kUnescaped:
        into.push_back({token.kind, token.text, PathOf(token.text), {}, 0, nullptr});
        break;
      case TagKind::kPartial:
        into.push_back({TagKind::kPartial, std::move(token.text), {}, {}, token.line, nullptr});
        break;
    }
  }
  if (open.size() > 1) {
    return ParseError(open_lines.back(), "section {{#" + open.back()->text + "}} is not closed");
  }
  return root;
}

}  // namespace

core::Error ParseError(int line, const std::string& what) {
  return core::Error::Internal("line " + std::to_string(line) + ": " + what);
}

core::Result<std::unique_ptr<Node>> ParseTree(std::string_view source) {
  ASSURE_ASSIGN_OR_RETURN(auto tokens, Tokenize(source));
  RemoveStandaloneLines(tokens);
  return BuildTree(std::move(tokens));
}

}  // namespace assure::http::views
