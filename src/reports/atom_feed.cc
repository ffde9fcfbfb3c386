#include "reports/atom_feed.h"

#include <cstdint>

namespace assure::reports {

namespace {

// The length of the valid UTF-8 sequence at the start of `text` (1..4), or 0 when it is not one.
std::size_t Utf8Length(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  const std::uint8_t lead = byte(0);
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code = lead & 0x07u;
  } else {
    return 0;
  }
  if (text.size() < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0u) != 0x80u) return 0;
    code = (code << 6) | (byte(i) & 0x3Fu);
  }
  const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
  const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
  // U+FFFE and U+FFFF are not XML characters either.
  if (overlong || surrogate || code > 0x10FFFF || code == 0xFFFE || code == 0xFFFF) return 0;
  return length;
}

void AppendElement(std::string& out, std::string_view indent, std::string_view name,
                   std::string_view text, std::string_view attributes = {}) {
  out += indent;
  out += '<';
  out += name;
  out += attributes;
  out += '>';
  out += XmlEscaped(text);
  out += "</";
  out += name;
  out += ">\n";
}

void AppendLink(std::string& out, std::string_view indent, std::string_view rel,
                std::string_view type, std::string_view href) {
  out += indent;
  out += "<link rel=\"";
  out += rel;
  out += "\" type=\"";
  out += type;
  out += "\" href=\"";
  out += XmlEscaped(href);
  out += "\"/>\n";
}

}  // namespace

std::string XmlEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const std::size_t length = Utf8Length(text.substr(i));
    if (length == 0) {
      ++i;  // not UTF-8: dropped
      continue;
    }
    if (length > 1) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    ++i;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::string AtomFeed(const AtomFeedData& feed) {
  std::string out;
  out.reserve(1024 + feed.entries.size() * 1024);
  out += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n";
  AppendElement(out, "  ", "id", feed.id);
  AppendElement(out, "  ", "title", feed.title, " type=\"text\"");
  AppendElement(out, "  ", "updated", feed.updated);
  out += "  <author>\n";
  AppendElement(out, "    ", "name", feed.author);
  out += "  </author>\n";
  AppendLink(out, "  ", "self", "application/atom+xml", feed.self_link);
  AppendLink(out, "  ", "alternate", "text/html", feed.alternate_link);
  for (const AtomEntry& entry : feed.entries) {
    out += "  <entry>\n";
    AppendElement(out, "    ", "id", entry.id);
    AppendElement(out, "    ", "title", entry.title, " type=\"text\"");
    AppendLink(out, "    ", "alternate", "text/html", entry.link);
    AppendElement(out, "    ", "published", entry.published);
    AppendElement(out, "    ", "updated", entry.updated);
    for (const AtomCategory& category : entry.categories) {
      out += "    <category term=\"" + XmlEscaped(category.term) + "\" label=\"" +
             XmlEscaped(category.label) + "\"/>\n";
    }
    if (!entry.summary.empty()) {
      AppendElement(out, "    ", "summary", entry.summary, " type=\"text\"");
    }
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace assure::reports
