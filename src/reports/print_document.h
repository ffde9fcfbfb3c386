// PrintDocument: a whole, self-contained HTML document to print to PDF (pdf_printer.h) around a
// body of already-escaped HTML (a page template rendered without the site layout): the print
// stylesheet (print_stylesheet.h) and any extra CSS in its <style>, the title escaped, and no
// reference to anything outside the document. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace assure::reports {

// REQUIRES: `body_html` is trusted markup (escaped by the renderer); `extra_css` is our own
// constant CSS without "</style". `title` is plain text and is escaped here.
std::string PrintDocument(std::string_view title, std::string_view body_html,
                          std::string_view extra_css = {});

}  // namespace assure::reports
