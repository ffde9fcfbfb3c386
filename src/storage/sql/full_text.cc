#include "storage/sql/full_text.h"

namespace assure::storage::sql {
namespace {

constexpr std::size_t kMaxQueryWords = 16;
constexpr std::string_view kToken = "{full_text:";
constexpr std::string_view kFillToken = "{full_text_fill:";

bool IsWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || byte >= 0x80;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsNameCharacter(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Reads a lower-case name at `at`; returns its end (== at when there is none).
std::size_t NameEnd(std::string_view code, std::size_t at) {
  while (at < code.size() && IsNameCharacter(code[at])) ++at;
  return at;
}

std::string SqliteExpansion(const std::string& table, const std::string& column) {
  const std::string index = table + "_full_text";
  const std::string add =
      "INSERT INTO " + index + " (rowid, " + column + ") VALUES (new.id, new." + column + ");";
  const std::string remove = "INSERT INTO " + index + " (" + index + ", rowid, " + column +
                             ") VALUES ('delete', old.id, old." + column + ");";
  return "CREATE VIRTUAL TABLE " + index + " USING fts5(" + column + ", content='" + table +
         "', content_rowid='id', tokenize='unicode61 remove_diacritics 0');\n"
         "CREATE TRIGGER " +
         index + "_insert AFTER INSERT ON " + table + " BEGIN " + add +
         " END;\n"
         "CREATE TRIGGER " +
         index + "_delete AFTER DELETE ON " + table + " BEGIN " + remove +
         " END;\n"
         "CREATE TRIGGER " +
         index + "_update AFTER UPDATE OF " + column + " ON " + table + " BEGIN " + remove + " " +
         add +
         " END;\n"
         // An external-content index starts empty: index the rows the table already holds.
         "INSERT INTO " +
         index + " (" + index + ") VALUES ('rebuild')";
}

// Statements setting `document` of every row of `table` to FullTextDocument of `source`.
// PostgreSQL: ASCII letters lowered by translate() (lower() would lower other letters too), each
// run of other ASCII bytes one space, trimmed. SQLite (no translate or regexp_replace; its lower()
// changes ASCII letters only, and its parser takes a few dozen nested calls at most): lowered,
// then every other ASCII byte but a letter or digit made a space, 16 at a time, then each run of
// spaces made one (no '<' or '>' is left to confuse the marks) and the ends trimmed.
std::string FillStatements(Dialect dialect, const std::string& table, const std::string& document,
                           const std::string& source) {
  const std::string update = "UPDATE " + table + " SET " + document + " = ";
  if (dialect == Dialect::kPostgres) {
    return update + "btrim(regexp_replace(translate(" + source +
           ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
           " '[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+', ' ', 'g'))";
  }
  std::string out = update + "lower(" + source + ")";
  std::string expression = document;
  int nested = 0;
  for (int byte = 1; byte < 0x80; ++byte) {
    const char c = static_cast<char>(byte);
    if (IsWordByte(c) || c == ' ') continue;
    std::string from;
    if (byte < 0x20 || byte == 0x7f) {
      from = "char(" + std::to_string(byte) + ")";
    } else if (c == '\'') {
      from = "''''";
    } else {
      from = std::string{'\''} + c + '\'';
    }
    expression = "replace(" + expression + ", " + from + ", ' ')";
    if (++nested == 16) {
      out += ";\n" + update + expression;
      expression = document;
      nested = 0;
    }
  }
  if (nested > 0) out += ";\n" + update + expression;
  return out + ";\n" + update + "trim(replace(replace(replace(" + document +
         ", ' ', '<>'), '><', ''), '<>', ' '))";
}

std::string PostgresExpansion(const std::string& table, const std::string& column) {
  return "CREATE INDEX " + table + "_full_text ON " + table + " USING GIN (to_tsvector('simple', " +
         column + "))";
}

}  // namespace

std::vector<std::string> FullTextWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (IsWordByte(c)) {
      word += Lower(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string FullTextDocument(const std::vector<std::string>& parts) {
  std::string document;
  for (const std::string& part : parts) {
    for (const std::string& word : FullTextWords(part)) {
      if (!document.empty()) document += ' ';
      document += word;
    }
  }
  return document;
}

std::string FullTextDocument(std::initializer_list<std::string_view> parts) {
  return FullTextDocument(std::vector<std::string>(parts.begin(), parts.end()));
}

std::optional<std::string> FullTextQuery(Dialect dialect, std::string_view text) {
  std::vector<std::string> words = FullTextWords(text);
  if (words.empty()) return std::nullopt;
  if (words.size() > kMaxQueryWords) words.resize(kMaxQueryWords);
  std::string query;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool last = i + 1 == words.size();
    if (dialect == Dialect::kSqlite) {
      // A quoted string is one term to FTS5; words hold no '"'. Terms side by side mean AND.
      if (i > 0) query += ' ';
      query += '"' + words[i] + '"';
      if (last) query += '*';
    } else {
      if (i > 0) query += " & ";
      query += words[i];
      if (last) query += ":*";
    }
  }
  return query;
}

std::optional<std::string> FullTextAnyQuery(Dialect dialect,
                                            const std::vector<std::string>& prefixes) {
  std::vector<std::string> words;
  for (const std::string& prefix : prefixes) {
    for (std::string& word : FullTextWords(prefix)) {
      if (words.size() < kMaxQueryWords) words.push_back(std::move(word));
    }
  }
  if (words.empty()) return std::nullopt;
  std::string query;
  for (const std::string& word : words) {
    if (!query.empty()) query += dialect == Dialect::kSqlite ? " OR " : " | ";
    // FTS5: a quoted string is one term (words hold no '"'); tsquery: word:* is a prefix.
    query += dialect == Dialect::kSqlite ? '"' + word + "\"*" : word + ":*";
  }
  return query;
}

std::string FullTextMatch(Dialect dialect, std::string_view table, std::string_view column) {
  const std::string t{table};
  if (dialect == Dialect::kSqlite) {
    return t + ".id IN (SELECT rowid FROM " + t + "_full_text WHERE " + t + "_full_text MATCH ?)";
  }
  return "to_tsvector('simple', " + t + "." + std::string{column} + ") @@ to_tsquery('simple', ?)";
}

std::size_t ExpandFullTextFillToken(std::string_view code, std::size_t at, Dialect dialect,
                                    std::string& out) {
  if (code.substr(at, kFillToken.size()) != kFillToken) return 0;
  const std::size_t table_begin = at + kFillToken.size();
  const std::size_t table_end = NameEnd(code, table_begin);
  if (table_end == table_begin || table_end >= code.size() || code[table_end] != '.') return 0;
  const std::size_t document_end = NameEnd(code, table_end + 1);
  if (document_end == table_end + 1 || document_end >= code.size() || code[document_end] != '=') {
    return 0;
  }
  const std::size_t source_end = NameEnd(code, document_end + 1);
  if (source_end == document_end + 1 || source_end >= code.size() || code[source_end] != '}') {
    return 0;
  }
  out += FillStatements(dialect, std::string{code.substr(table_begin, table_end - table_begin)},
                        std::string{code.substr(table_end + 1, document_end - table_end - 1)},
                        std::string{code.substr(document_end + 1, source_end - document_end - 1)});
  return source_end + 1 - at;
}

std::size_t ExpandFullTextToken(std::string_view code, std::size_t at, Dialect dialect,
                                std::string& out) {
  if (code.substr(at, kToken.size()) != kToken) return 0;
  const std::size_t table_begin = at + kToken.size();
  const std::size_t table_end = NameEnd(code, table_begin);
  if (table_end == table_begin || table_end >= code.size() || code[table_end] != '.') return 0;
  const std::size_t column_begin = table_end + 1;
  const std::size_t column_end = NameEnd(code, column_begin);
  if (column_end == column_begin || column_end >= code.size() || code[column_end] != '}') {
    return 0;
  }
  const std::string table{code.substr(table_begin, table_end - table_begin)};
  const std::string column{code.substr(column_begin, column_end - column_begin)};
  out += dialect == Dialect::kSqlite ? SqliteExpansion(table, column)
                                     : PostgresExpansion(table, column);
  return column_end + 1 - at;
}

}  // namespace assure::storage::sql
