// AtomFeed: an Atom 1.0 feed document (RFC 4287) from plain values, for the public learning
// library's feed of published briefings. Every text is XML-escaped here (& < > " ' as entities)
// and the characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage
// return, and invalid UTF-8) are dropped, so any title or summary gives a well-formed document.
// Ids must be absolute IRIs (a tag: URI, RFC 4151) and times RFC 3339 ("2026-01-05T00:00:00Z"):
// the caller makes them. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace assure::reports {

struct AtomCategory {
  std::string term;   // a name: "seven_minute", "community"
  std::string label;  // what people read: "7 Minute Briefing"
};

struct AtomEntry {
  std::string id;         // absolute IRI, stable for ever
  std::string title;      // plain text
  std::string link;       // the entry's HTML page (rel="alternate")
  std::string published;  // RFC 3339
  std::string updated;    // RFC 3339
  std::string summary;    // plain text; none when empty
  std::vector<AtomCategory> categories;
};

struct AtomFeedData {
  std::string id;              // absolute IRI
  std::string title;           // plain text
  std::string self_link;       // the feed's own address
  std::string alternate_link;  // the HTML page the feed follows
  std::string updated;         // RFC 3339
  std::string author;          // the feed's author (a partnership's name)
  std::vector<AtomEntry> entries;
};

// The UTF-8 document, starting with the XML declaration.
std::string AtomFeed(const AtomFeedData& feed);

// `text` as XML character data or an attribute value: & < > " ' as entities, characters XML 1.0
// forbids dropped, invalid UTF-8 dropped.
std::string XmlEscaped(std::string_view text);

}  // namespace assure::reports
