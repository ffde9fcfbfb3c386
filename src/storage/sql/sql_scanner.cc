#include "storage/sql/sql_scanner.h"

#include <cctype>
#include <cstddef>

namespace assure::storage::sql {
namespace {

bool IsIdentifierCharacter(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Returns the end (one past) of the quoted text that starts at `begin` with `quote`; a doubled
// quote is part of the text; with `backslash_escapes`, so is any character after a backslash.
std::size_t EndOfQuoted(std::string_view sql, std::size_t begin, char quote,
                        bool backslash_escapes) {
  std::size_t i = begin + 1;
  while (i < sql.size()) {
    if (backslash_escapes && sql[i] == '\\') {
      i += 2;
      continue;
    }
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

std::size_t EndOfBlockComment(std::string_view sql, std::size_t begin) {
  int depth = 0;
  std::size_t i = begin;
  while (i + 1 < sql.size()) {
    if (sql[i] == '/' && sql[i + 1] == '*') {
      ++depth;
      i += 2;
    } else if (sql[i] == '*' && sql[i + 1] == '/') {
      --depth;
      i += 2;
      if (depth == 0) return i;
    } else {
      ++i;
    }
  }
  return sql.size();
}

// If a dollar-quote tag ($$ or $name$) starts at `begin`, its length; else 0. "$1" is a parameter,
// not a tag, because a tag cannot start with a digit.
std::size_t DollarTagLength(std::string_view sql, std::size_t begin) {
  std::size_t i = begin + 1;
  if (i < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i])) != 0) return 0;
  while (i < sql.size() && IsIdentifierCharacter(sql[i])) ++i;
  if (i < sql.size() && sql[i] == '$') return i + 1 - begin;
  return 0;
}

}  // namespace

void SplitSql(std::string_view sql, const std::function<void(std::string_view, bool)>& piece) {
  std::size_t code_begin = 0;
  std::size_t i = 0;
  auto emit = [&](std::size_t literal_begin, std::size_t literal_end) {
    if (literal_begin > code_begin) piece(sql.substr(code_begin, literal_begin - code_begin), true);
    piece(sql.substr(literal_begin, literal_end - literal_begin), false);
    code_begin = literal_end;
    i = literal_end;
  };
  while (i < sql.size()) {
    const char c = sql[i];
    const bool starts_word = i == 0 || !IsIdentifierCharacter(sql[i - 1]);
    if (c == '\'') {
      const bool escapes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') &&
                           (i == 1 || !IsIdentifierCharacter(sql[i - 2]));
      emit(escapes ? i - 1 : i, EndOfQuoted(sql, i, '\'', escapes));
    } else if (c == '"') {
      emit(i, EndOfQuoted(sql, i, '"', false));
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const std::size_t newline = sql.find('\n', i);
      emit(i, newline == std::string_view::npos ? sql.size() : newline);
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      emit(i, EndOfBlockComment(sql, i));
    } else if (c == '$' && starts_word && DollarTagLength(sql, i) > 0) {
      const std::size_t tag_length = DollarTagLength(sql, i);
      const std::string_view tag = sql.substr(i, tag_length);
      const std::size_t close = sql.find(tag, i + tag_length);
      emit(i, close == std::string_view::npos ? sql.size() : close + tag_length);
    } else {
      ++i;
    }
  }
  if (code_begin < sql.size()) piece(sql.substr(code_begin), true);
}

}  // namespace assure::storage::sql
