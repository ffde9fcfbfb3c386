#include "reports/paragraph_text.h"

#include <cstdint>
#include <optional>

#include "domain/utf8.h"

namespace assure::reports {

namespace {

// The code point of a numeric character reference's digits ("#39", "#x27"), if it is one that
// text may hold.
std::optional<std::uint32_t> NumericReference(std::string_view name) {
  if (name.size() < 2 || name.front() != '#') return std::nullopt;
  name.remove_prefix(1);
  int base = 10;
  if (name.front() == 'x' || name.front() == 'X') {
    base = 16;
    name.remove_prefix(1);
  }
  if (name.empty() || name.size() > 7) return std::nullopt;
  std::uint32_t code = 0;
  for (const char c : name) {
    std::uint32_t digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      digit = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (base == 16 && c >= 'A' && c <= 'F') {
      digit = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
    code = code * static_cast<std::uint32_t>(base) + digit;
  }
  if (code < 0x20 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return std::nullopt;
  return code;
}

// The character reference `name` (without & and ;) decoded onto `out`; false if unknown.
bool AppendReference(std::string_view name, std::string& out) {
  if (name == "amp") {
    out += '&';
  } else if (name == "lt") {
    out += '<';
  } else if (name == "gt") {
    out += '>';
  } else if (name == "quot") {
    out += '"';
  } else if (name == "apos") {
    out += '\'';
  } else if (auto code = NumericReference(name)) {
    domain::AppendUtf8(static_cast<char32_t>(*code), out);
  } else {
    return false;
  }
  return true;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The text inside a paragraph's markup, references decoded, white space collapsed.
std::string TextOf(std::string_view inner) {
  std::string text;
  std::size_t i = 0;
  while (i < inner.size()) {
    const char c = inner[i];
    if (c == '<') {  // cmark escapes every '<' of text: this is a tag (<br /> reads as a space)
      const auto end = inner.find('>', i);
      if (end == std::string_view::npos) break;
      if (inner.substr(i, 3) == "<br") text += ' ';
      i = end + 1;
      continue;
    }
    if (c == '&') {
      const auto end = inner.find(';', i);
      if (end != std::string_view::npos && end - i <= 10 &&
          AppendReference(inner.substr(i + 1, end - i - 1), text)) {
        i = end + 1;
        continue;
      }
    }
    text += IsSpace(c) ? ' ' : c;
    ++i;
  }
  std::string collapsed;
  collapsed.reserve(text.size());
  for (const char c : text) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// `text` cut to at most `max` code points at a space, with "…", when longer.
std::string Shortened(std::string text, std::size_t max) {
  std::size_t characters = 0;
  std::size_t cut = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (IsContinuation(text[i])) continue;
    if (characters == max) {
      cut = i;
      break;
    }
    ++characters;
  }
  if (cut == std::string::npos) return text;
  const auto space = text.rfind(' ', cut);
  if (space != std::string::npos && space > 0) cut = space;
  text.resize(cut);
  while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == '.')) {
    text.pop_back();
  }
  return text + "…";
}

}  // namespace

std::string FirstParagraphText(std::string_view html, std::size_t max_characters) {
  const auto open = html.find("<p>");
  if (open == std::string_view::npos) return {};
  const auto start = open + 3;
  const auto close = html.find("</p>", start);
  const auto inner =
      html.substr(start, close == std::string_view::npos ? html.npos : close - start);
  return Shortened(TextOf(inner), max_characters);
}

}  // namespace assure::reports
