// The parsed form of a Mustache template (mustache.h) and the parser that builds it, unlinked:
// a partial tag names its partial, and mustache.cc links it to that partial's tree. Internal to
// the views library. Pure functions; the trees are immutable once linked.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/views/mustache.h"

namespace assure::http::views {

enum class TagKind {
  kText,
  kVariable,
  kUnescaped,
  kSection,
  kInverted,
  kClose,
  kComment,
  kPartial
};

struct MustacheTemplate::Node {
  TagKind kind = TagKind::kText;
  std::string text;               // the text, or the tag's name
  std::vector<std::string> path;  // the name split at its dots; empty for "."
  std::vector<Node> children;     // a section's
  int line = 0;                   // a partial tag's, for the errors of linking
  const Node* partial = nullptr;  // a partial tag's partial, once linked
};

// The tree of `source`, its standalone lines removed, its partial tags not yet linked. Fails
// with what is wrong and its line: an unclosed tag or section, a section closed by the wrong
// name, a delimiter change, a dynamic or malformed partial name.
core::Result<std::unique_ptr<MustacheTemplate::Node>> ParseTree(std::string_view source);

// "line N: what".
core::Error ParseError(int line, const std::string& what);

}  // namespace assure::http::views
