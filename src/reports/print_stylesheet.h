// The print stylesheet (web/css/print.css): A4 pages with margins and a "Page N of M" footer,
// no site chrome, table headers repeated on each page and rows never split, addresses shown
// after links that leave Assure. Compiled into the binary by the build (cmake/embed_text.cmake
// writes print_stylesheet.cc), so a report's HTML can carry it whole in its <style> and print
// (pdf_printer.h) with nothing to fetch; web/build.mjs also copies it to web/dist/print.css.
// The text refers to no other file and has no "</style". Immutable static data: safe from any
// thread.
#pragma once

#include <string_view>

namespace assure::reports {

// The CSS text, UTF-8, valid for the life of the program.
std::string_view PrintStylesheet();

}  // namespace assure::reports
