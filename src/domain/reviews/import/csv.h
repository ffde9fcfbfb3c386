// CSV as RFC 4180 reads it, for the imports (review_import.h): records of unquoted fields, each
// numbered as a spreadsheet numbers its rows. Pure; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assure::domain {

// One record of a CSV file: its row (the first record is row 1) and its fields, unquoted.
struct CsvRecord {
  int row = 0;
  std::vector<std::string> fields;
};
struct CsvProblem {
  int row = 0;
  std::string reason;
};
struct CsvFile {
  std::vector<CsvRecord> records;
  std::optional<CsvProblem> problem;  // set: the file is not valid CSV from this row on
};
// RFC 4180: fields separated by commas, records by CRLF (LF or CR alone also accepted); a
// field in double quotes may hold commas, line breaks and doubled quotes. A leading UTF-8 byte
// order mark is skipped; a final line break does not start a record. A quote inside an unquoted
// field, text after a closing quote and an unclosed quote are problems.
CsvFile ParseCsv(std::string_view text);

// The longest value a problem shows, in characters (longer ones end with "...").
inline constexpr std::size_t kMaxProblemValue = 40;

// `text` fit to show in a problem: invalid UTF-8 and control characters replaced by U+FFFD, at
// most kMaxProblemValue characters (then "...").
std::string SafeValue(std::string_view text);

}  // namespace assure::domain
