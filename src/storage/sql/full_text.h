// Full-text search that finds the same records on SQLite (FTS5) and PostgreSQL (tsvector).
//
// A searchable table keeps one TEXT column holding its document: the words of the searchable
// fields as FullTextDocument writes them (lower-case ASCII, every character other than a letter,
// a digit or a non-ASCII byte a space), so both engines' tokenisers see the same plain words.
// The migration token `{full_text:<table>.<column>}` (expanded by sql::ExpandSchemaTokens) indexes
// that column:
//   SQLite      an external-content FTS5 table <table>_full_text (rowid = <table>.id) and
//               triggers <table>_full_text_insert/_update/_delete that keep it in step, built
//               from the rows the table already holds
//   PostgreSQL  a GIN index <table>_full_text on to_tsvector('simple', <column>)
// The token `{full_text_fill:<table>.<document>=<source>}` is statements that set the document
// column of every row to FullTextDocument of the source column, as the repositories write it, for
// a migration that adds a document column to a table with rows (put it before the column's
// {full_text:...}, so that the index is built once).
// FullTextMatch is the matching WHERE condition, with one `?` for FullTextQuery's text: every
// word of the search must appear in the document, the last one as a prefix ("Child H" finds
// "child h"; "negl" finds "neglect"). Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/sql/dialect.h"

namespace assure::storage::sql {

// The words of `text`: runs of ASCII letters (lower-cased), digits and non-ASCII bytes.
std::vector<std::string> FullTextWords(std::string_view text);

// The document to store for `parts`: their words, separated by single spaces.
std::string FullTextDocument(std::initializer_list<std::string_view> parts);
std::string FullTextDocument(const std::vector<std::string>& parts);

// The value for FullTextMatch's `?` that searches for `text`; nullopt when it has no words
// (search for nothing: leave the condition out). At most the first 16 words count.
std::optional<std::string> FullTextQuery(Dialect dialect, std::string_view text);

// The value for FullTextMatch's `?` (or the engine's own match) that finds a document holding a
// word that starts with ANY of `prefixes` (each reduced to its words, FullTextWords); nullopt when
// they hold no word. At most the first 16 words count.
std::optional<std::string> FullTextAnyQuery(Dialect dialect,
                                            const std::vector<std::string>& prefixes);

// "<condition on table's rows>" with one `?`, for a table indexed by {full_text:table.column}.
// `table` and `column` are constant names, never input.
std::string FullTextMatch(Dialect dialect, std::string_view table, std::string_view column);

// If the token "{full_text:<table>.<column>}" stands at `at` in `code`, appends its expansion for
// `dialect` to `out` and returns the token's length; otherwise returns 0. For ExpandSchemaTokens.
std::size_t ExpandFullTextToken(std::string_view code, std::size_t at, Dialect dialect,
                                std::string& out);

// If the token "{full_text_fill:<table>.<document>=<source>}" stands at `at` in `code`, appends
// its statements for `dialect` to `out` and returns the token's length; otherwise returns 0.
std::size_t ExpandFullTextFillToken(std::string_view code, std::size_t at, Dialect dialect,
                                    std::string& out);

}  // namespace assure::storage::sql
