#include "storage/postgres/placeholders.h"

#include <gtest/gtest.h>

namespace assure::storage::postgres {
namespace {

TEST(RewritePlaceholdersTest, NumbersEachQuestionMarkInOrder) {
  auto rewritten = RewritePlaceholders("UPDATE t SET a = ?, b = ? WHERE id = ? AND v = ?");
  EXPECT_EQ(rewritten.sql, "UPDATE t SET a = $1, b = $2 WHERE id = $3 AND v = $4");
  EXPECT_EQ(rewritten.parameter_count, 4);
}

TEST(RewritePlaceholdersTest, LeavesSqlWithoutPlaceholdersAlone) {
  auto rewritten = RewritePlaceholders("SELECT 1");
  EXPECT_EQ(rewritten.sql, "SELECT 1");
  EXPECT_EQ(rewritten.parameter_count, 0);
}

TEST(RewritePlaceholdersTest, SkipsQuestionMarksInStringLiterals) {
  EXPECT_EQ(RewritePlaceholders("SELECT 'why?', ? FROM t WHERE a = 'it''s ?' AND b = ?").sql,
            "SELECT 'why?', $1 FROM t WHERE a = 'it''s ?' AND b = $2");
}

TEST(RewritePlaceholdersTest, SkipsQuestionMarksInEscapeStrings) {
  EXPECT_EQ(RewritePlaceholders(R"(SELECT E'a\'?', ?)").sql, R"(SELECT E'a\'?', $1)");
}

TEST(RewritePlaceholdersTest, SkipsQuestionMarksInQuotedIdentifiers) {
  EXPECT_EQ(RewritePlaceholders(R"(SELECT "odd?""name" FROM t WHERE x = ?)").sql,
            R"(SELECT "odd?""name" FROM t WHERE x = $1)");
}

TEST(RewritePlaceholdersTest, SkipsQuestionMarksInComments) {
  EXPECT_EQ(RewritePlaceholders("SELECT ? -- really?\n, /* what? /* nested? */ ok? */ ?").sql,
            "SELECT $1 -- really?\n, /* what? /* nested? */ ok? */ $2");
}

TEST(RewritePlaceholdersTest, SkipsQuestionMarksInDollarQuotedStrings) {
  EXPECT_EQ(RewritePlaceholders("SELECT $$a?$$, $tag$b?$$c?$tag$, ?").sql,
            "SELECT $$a?$$, $tag$b?$$c?$tag$, $1");
}

TEST(RewritePlaceholdersTest, KeepsUnicodeTextIntact) {
  EXPECT_EQ(RewritePlaceholders("SELECT 'Zoë — 東京 🙂?', ?").sql,
            "SELECT 'Zoë — 東京 🙂?', $1");
}

TEST(RewritePlaceholdersTest, AnUnterminatedLiteralRunsToTheEnd) {
  auto rewritten = RewritePlaceholders("SELECT ?, 'open ?");
  EXPECT_EQ(rewritten.sql, "SELECT $1, 'open ?");
  EXPECT_EQ(rewritten.parameter_count, 1);
}

TEST(RewritePlaceholdersTest, ManyPlaceholdersGetMultiDigitNumbers) {
  std::string sql = "VALUES (?";
  for (int i = 1; i < 12; ++i) sql += ", ?";
  sql += ")";
  auto rewritten = RewritePlaceholders(sql);
  EXPECT_EQ(rewritten.parameter_count, 12);
  EXPECT_NE(rewritten.sql.find("$10, $11, $12)"), std::string::npos);
}

}  // namespace
}  // namespace assure::storage::postgres
