#include "storage/sql/full_text.h"

#include <gtest/gtest.h>

#include "storage/sql/dialect.h"

namespace assure::storage::sql {
namespace {

TEST(FullTextWordsTest, SplitsOnEverythingButLettersDigitsAndNonAsciiAndLowersAscii) {
  EXPECT_EQ(FullTextWords("CR-2025-007: Child H's neglect"),
            (std::vector<std::string>{"cr", "2025", "007", "child", "h", "s", "neglect"}));
  EXPECT_EQ(FullTextWords("Zoë_Ødegård"), (std::vector<std::string>{"zoë", "Ødegård"}));
  EXPECT_TRUE(FullTextWords(" -*\"() ").empty());
}

TEST(FullTextDocumentTest, JoinsThePartsWordsWithSingleSpaces) {
  EXPECT_EQ(FullTextDocument({"CR-2025-007", "", "Child H", "Neglect; long-term."}),
            "cr 2025 007 child h neglect long term");
}

TEST(FullTextQueryTest, EveryWordMustMatchAndTheLastIsAPrefix) {
  EXPECT_EQ(FullTextQuery(Dialect::kSqlite, "Child H"), "\"child\" \"h\"*");
  EXPECT_EQ(FullTextQuery(Dialect::kPostgres, "Child H"), "child & h:*");
  // Query syntax a person types is only text.
  EXPECT_EQ(FullTextQuery(Dialect::kSqlite, "\"a\" OR b*"), "\"a\" \"or\" \"b\"*");
  EXPECT_EQ(FullTextQuery(Dialect::kPostgres, "!a | (b:*)"), "a & b:*");
  EXPECT_FALSE(FullTextQuery(Dialect::kSqlite, " - ").has_value());
  EXPECT_FALSE(FullTextQuery(Dialect::kPostgres, "").has_value());
}

TEST(FullTextQueryTest, CountsAtMostSixteenWords) {
  std::string many;
  for (int i = 0; i < 20; ++i) many += "w" + std::to_string(i) + " ";
  const std::optional<std::string> query = FullTextQuery(Dialect::kPostgres, many);
  ASSERT_TRUE(query.has_value());
  EXPECT_NE(query->find("w15:*"), std::string::npos);
  EXPECT_EQ(query->find("w16"), std::string::npos);
}

TEST(FullTextAnyQueryTest, AnyOfTheWordsEachAsAPrefix) {
  EXPECT_EQ(FullTextAnyQuery(Dialect::kSqlite, {"voic", "Recor"}), "\"voic\"* OR \"recor\"*");
  EXPECT_EQ(FullTextAnyQuery(Dialect::kPostgres, {"voic", "Recor"}), "voic:* | recor:*");
  // Query syntax is only text: what is left are its words.
  EXPECT_EQ(FullTextAnyQuery(Dialect::kSqlite, {"\"a\" OR", "b*"}), "\"a\"* OR \"or\"* OR \"b\"*");
  EXPECT_EQ(FullTextAnyQuery(Dialect::kPostgres, {"!a|", "(b:*)"}), "a:* | b:*");
  EXPECT_FALSE(FullTextAnyQuery(Dialect::kSqlite, {" - ", ""}).has_value());
  EXPECT_FALSE(FullTextAnyQuery(Dialect::kPostgres, {}).has_value());
}

TEST(FullTextFillTokenTest, SetsTheDocumentColumnOfEveryRow) {
  EXPECT_EQ(ExpandSchemaTokens("{full_text_fill:notes.search_text=body};", Dialect::kPostgres),
            "UPDATE notes SET search_text = btrim(regexp_replace(translate(body,"
            " 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),"
            " '[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+', ' ', 'g'));");
  const std::string sqlite =
      ExpandSchemaTokens("{full_text_fill:notes.search_text=body};", Dialect::kSqlite);
  EXPECT_EQ(sqlite.find("UPDATE notes SET search_text = lower(body);\n"), 0u);
  // Every byte other than a word's or a space becomes a space: a tab, a quote, ...
  EXPECT_NE(sqlite.find("replace(search_text, char(1), ' ')"), std::string::npos);
  EXPECT_NE(sqlite.find(", char(9), ' ')"), std::string::npos);
  EXPECT_NE(sqlite.find(", '''', ' ')"), std::string::npos);
  EXPECT_NE(sqlite.find("trim(replace(replace(replace(search_text, ' ', '<>'), '><', ''), '<>', "
                        "' '))"),
            std::string::npos);
  // Not the token: left as it is.
  EXPECT_EQ(ExpandSchemaTokens("{full_text_fill:notes.text}", Dialect::kSqlite),
            "{full_text_fill:notes.text}");
}

TEST(FullTextMatchTest, NamesTheIndexOfEachEngine) {
  EXPECT_EQ(FullTextMatch(Dialect::kSqlite, "cases", "search_text"),
            "cases.id IN (SELECT rowid FROM cases_full_text WHERE cases_full_text MATCH ?)");
  EXPECT_EQ(FullTextMatch(Dialect::kPostgres, "cases", "search_text"),
            "to_tsvector('simple', cases.search_text) @@ to_tsquery('simple', ?)");
}

TEST(FullTextTokenTest, ExpandsToAnFts5TableWithTriggersOrAGinIndex) {
  const std::string sqlite = ExpandSchemaTokens("{full_text:cases.search_text};", Dialect::kSqlite);
  EXPECT_NE(sqlite.find("CREATE VIRTUAL TABLE cases_full_text USING fts5(search_text, "
                        "content='cases', content_rowid='id'"),
            std::string::npos);
  EXPECT_NE(sqlite.find("CREATE TRIGGER cases_full_text_insert AFTER INSERT ON cases"),
            std::string::npos);
  EXPECT_NE(sqlite.find("CREATE TRIGGER cases_full_text_update AFTER UPDATE OF search_text ON "
                        "cases"),
            std::string::npos);
  EXPECT_NE(sqlite.find("CREATE TRIGGER cases_full_text_delete AFTER DELETE ON cases"),
            std::string::npos);
  // Built from the rows the table already holds.
  EXPECT_NE(sqlite.find("INSERT INTO cases_full_text (cases_full_text) VALUES ('rebuild')"),
            std::string::npos);
  EXPECT_EQ(ExpandSchemaTokens("{full_text:cases.search_text};", Dialect::kPostgres),
            "CREATE INDEX cases_full_text ON cases USING GIN (to_tsvector('simple', "
            "search_text));");
  // Not the token: left as it is.
  EXPECT_EQ(ExpandSchemaTokens("{full_text:Cases}", Dialect::kPostgres), "{full_text:Cases}");
}

}  // namespace
}  // namespace assure::storage::sql
