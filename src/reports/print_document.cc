#include "reports/print_document.h"

#include "core/html_escape.h"
#include "reports/print_stylesheet.h"

namespace assure::reports {

std::string PrintDocument(std::string_view title, std::string_view body_html,
                          std::string_view extra_css) {
  const std::string_view stylesheet = PrintStylesheet();
  std::string document;
  document.reserve(body_html.size() + stylesheet.size() + extra_css.size() + 256);
  document += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  document += core::HtmlEscaped(title);
  document += "</title>\n<style>\n";
  document += stylesheet;
  document += "\n";
  document += extra_css;
  document += "\n</style>\n</head>\n<body>\n<main>\n";
  document += body_html;
  document += "\n</main>\n</body>\n</html>\n";
  return document;
}

}  // namespace assure::reports
