// HTML escaping: the one place that turns text into HTML text or a quoted attribute value (also
// valid XML, for SVG). Used by the page renderer, the print documents and the QR code's SVG.
#pragma once

#include <string>
#include <string_view>

namespace assure::core {

// Appends `text` to `out` with & < > " ' as &amp; &lt; &gt; &quot; &#39;.
void AppendHtmlEscaped(std::string_view text, std::string& out);

// `text` escaped as AppendHtmlEscaped does.
std::string HtmlEscaped(std::string_view text);

}  // namespace assure::core
