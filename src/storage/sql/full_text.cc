#include "storage/sql/full_text.h"

namespace assure::storage::sql {
namespace {

constexpr std::size_t kMaxQueryWords = 16;
constexpr std::string_view kToken = "{full_text:";

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
         add + " END";
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

std::string FullTextMatch(Dialect dialect, std::string_view table, std::string_view column) {
  const std::string t{table};
  if (dialect == Dialect::kSqlite) {
    return t + ".id IN (SELECT rowid FROM " + t + "_full_text WHERE " + t + "_full_text MATCH ?)";
  }
  return "to_tsvector('simple', " + t + "." + std::string{column} + ") @@ to_tsquery('simple', ?)";
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
