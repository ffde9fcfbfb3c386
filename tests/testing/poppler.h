// Poppler: reads a PDF with poppler-utils (Debian's pdftotext, pdfinfo), for the tests of the PDFs
// Chromium prints (the board report, a learning briefing). Writes the PDF into `folder` and runs
// the program on it; a program that fails is a test failure. Not thread-safe; one test owns it.
#pragma once

#include <string>

#include "testing/temp_dir.h"

namespace assure::testing {

// The output of `program` ("pdftotext", "pdfinfo") run on `pdf` with `option` (may be empty).
std::string Poppler(const TempDir& folder, const std::string& program, const std::string& option,
                    const std::string& pdf);

}  // namespace assure::testing
