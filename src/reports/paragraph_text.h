// FirstParagraphText: the plain text of the first paragraph of HTML that reports::MarkdownHtml
// made (its first <p> element), for a briefing's summary in the library list and the Atom feed:
// tags dropped, the character references cmark-gfm writes decoded (&amp; &lt; &gt; &quot; and
// numeric ones), each run of white space as one space, trimmed, and cut at a word to at most
// `max_characters` code points with "…" when longer. "" when there is no paragraph. Pure;
// thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace assure::reports {

inline constexpr std::size_t kSummaryCharacters = 300;

std::string FirstParagraphText(std::string_view html,
                               std::size_t max_characters = kSummaryCharacters);

}  // namespace assure::reports
