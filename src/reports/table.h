// Table: rows of cells for an export (a case list, a report's data), written as CSV or XLSX by
// the same code so both say the same thing. Cells are text or whole numbers.
//
// Formula injection: a text cell that starts with '=', '+', '-', '@', a tab or a carriage
// return is written with a leading apostrophe, so no spreadsheet reads it as a formula (OWASP
// "CSV Injection"). Numbers are written as numbers. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace assure::reports {

using Cell = std::variant<std::string, std::int64_t>;

struct Table {
  std::string title;  // the sheet name (XLSX); up to 31 characters are used
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;
};

// The text as a spreadsheet must see it: with a leading apostrophe if it could start a formula.
std::string NeutraliseFormula(std::string_view text);

// RFC 4180: comma-separated, fields quoted when needed, CRLF line ends, with a UTF-8 byte order
// mark so spreadsheet programs read the accents right.
std::string ToCsv(const Table& table);

// An Office Open XML workbook of one sheet (libxlsxwriter): a bold header row, text cells as
// strings (never formulas), numbers as numbers. kInternal if the library fails.
core::Result<std::string> ToXlsx(const Table& table);
// The same with one sheet per table, in order (a report's data appendix). Sheet names are the
// titles as above, made unique by a " (2)", " (3)"... suffix within 31 characters.
core::Result<std::string> ToXlsx(std::span<const Table> tables);

}  // namespace assure::reports
