#include "reports/table.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace assure::reports {
namespace {

bool StartsFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

std::string CsvField(std::string_view text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) return std::string{text};
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string CellText(const Cell& cell) {
  if (const auto* number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
  return NeutraliseFormula(std::get<std::string>(cell));
}

// libxlsxwriter writes to a named file only (1.1.4): a private temporary file, read back and
// removed.
class TemporaryFile {
 public:
  TemporaryFile() {
    const char* dir = std::getenv("TMPDIR");
    path_ = std::string{dir != nullptr && *dir != '\0' ? dir : "/tmp"} + "/assure-export-XXXXXX";
    int fd = mkstemp(path_.data());
    if (fd < 0) {
      path_.clear();
    } else {
      close(fd);
    }
  }
  ~TemporaryFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string SheetName(std::string_view title) {
  std::string name;
  for (char c : title) {
    if (name.size() == 31) break;
    // Characters Excel refuses in sheet names.
    if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\') continue;
    name += c;
  }
  return name.empty() ? "Sheet1" : name;
}

// SheetName(title), made unique among `taken` (case-insensitively, as Excel compares sheet
// names) by a " (n)" suffix that stays within 31 characters; added to `taken`.
std::string UniqueSheetName(std::string_view title, std::set<std::string>& taken) {
  const std::string base = SheetName(title);
  auto lower = [](std::string text) {
    for (char& c : text) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
  };
  std::string name = base;
  for (int n = 2; taken.contains(lower(name)); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    name = base.substr(0, 31 - suffix.size()) + suffix;
  }
  taken.insert(lower(name));
  return name;
}

// The table's header row (bold) and rows.
void WriteSheet(lxw_worksheet* sheet, const Table& table, lxw_format* bold) {
  for (std::size_t col = 0; col < table.headers.size(); ++col) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(col),
                           NeutraliseFormula(table.headers[col]).c_str(), bold);
  }
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    const auto sheet_row = static_cast<lxw_row_t>(row + 1);
    for (std::size_t col = 0; col < table.rows[row].size(); ++col) {
      const Cell& cell = table.rows[row][col];
      const auto sheet_col = static_cast<lxw_col_t>(col);
      if (const auto* number = std::get_if<std::int64_t>(&cell)) {
        worksheet_write_number(sheet, sheet_row, sheet_col, static_cast<double>(*number), nullptr);
      } else {
        worksheet_write_string(sheet, sheet_row, sheet_col, CellText(cell).c_str(), nullptr);
      }
    }
  }
}

}  // namespace

std::string NeutraliseFormula(std::string_view text) {
  if (StartsFormula(text)) return "'" + std::string{text};
  return std::string{text};
}

std::string ToCsv(const Table& table) {
  std::string out = "\xEF\xBB\xBF";
  auto line = [&out](const auto& cells, auto text_of) {
    bool first = true;
    for (const auto& cell : cells) {
      if (!first) out += ',';
      first = false;
      out += CsvField(text_of(cell));
    }
    out += "\r\n";
  };
  line(table.headers, [](const std::string& header) { return NeutraliseFormula(header); });
  for (const auto& row : table.rows) line(row, CellText);
  return out;
}

core::Result<std::string> ToXlsx(const Table& table) {
  return ToXlsx(std::span<const Table>(&table, 1));
}

core::Result<std::string> ToXlsx(std::span<const Table> tables) {
  TemporaryFile file;
  if (file.path().empty()) return core::Error::Internal("no temporary file for the export");
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = nullptr;
  options.use_zip64 = LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
  if (workbook == nullptr) return core::Error::Internal("could not start the workbook");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  std::set<std::string> names;
  for (const Table& table : tables) {
    lxw_worksheet* sheet =
        workbook_add_worksheet(workbook, UniqueSheetName(table.title, names).c_str());
    if (sheet == nullptr) {
      workbook_close(workbook);
      return core::Error::Internal("could not add a sheet to the workbook");
    }
    WriteSheet(sheet, table, bold);
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) {
    return core::Error::Internal("could not write the workbook");
  }
  std::ifstream in(file.path(), std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace assure::reports
