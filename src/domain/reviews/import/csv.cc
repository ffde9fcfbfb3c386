#include "domain/reviews/import/csv.h"

#include <utility>

#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

CsvFile ParseCsv(std::string_view text) {
  CsvFile file;
  if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
  std::size_t i = 0;
  int row = 1;
  while (i < text.size()) {
    CsvRecord record;
    record.row = row;
    bool end_of_record = false;
    while (!end_of_record) {
      std::string field;
      if (i < text.size() && text[i] == '"') {
        ++i;
        bool closed = false;
        while (i < text.size()) {
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          field += text[i++];
        }
        if (!closed) {
          file.problem = CsvProblem{record.row, "A quoted cell is not closed: a \" is missing."};
          return file;
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
          file.problem =
              CsvProblem{record.row, "Text follows a closing quote: quote the whole cell."};
          return file;
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
          if (text[i] == '"') {
            file.problem = CsvProblem{
                record.row,
                "A quote inside an unquoted cell: quote the whole cell and double the quote."};
            return file;
          }
          field += text[i++];
        }
      }
      record.fields.push_back(std::move(field));
      if (i >= text.size()) {
        end_of_record = true;
      } else if (text[i] == ',') {
        ++i;
      } else {  // a line break ends the record
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        ++i;
        end_of_record = true;
      }
    }
    file.records.push_back(std::move(record));
    ++row;
  }
  return file;
}

std::string SafeValue(std::string_view text) {
  std::string safe;
  std::size_t characters = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (characters == kMaxProblemValue) {
      safe += "...";
      break;
    }
    const std::size_t length = PrintableCharacterLength(text.substr(i));
    if (length == 0) {
      safe += kReplacement;
      ++i;
    } else {
      safe += text.substr(i, length);
      i += length;
    }
    ++characters;
  }
  return safe;
}

}  // namespace assure::domain
