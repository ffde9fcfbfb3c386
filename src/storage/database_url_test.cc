#include "storage/database_url.h"

#include <gtest/gtest.h>

namespace assure::storage {
namespace {

TEST(ParseDatabaseUrlTest, ReadsAnSqlitePath) {
  auto url = ParseDatabaseUrl("sqlite:var/assure.db");
  ASSERT_TRUE(url.ok()) << url.error().message;
  EXPECT_EQ(url->dialect, sql::Dialect::kSqlite);
  EXPECT_EQ(url->sqlite_path, "var/assure.db");
  EXPECT_EQ(ParseDatabaseUrl("sqlite:/var/lib/assure/assure.db")->sqlite_path,
            "/var/lib/assure/assure.db");
}

TEST(ParseDatabaseUrlTest, ReadsBothPostgresSchemes) {
  for (const char* text :
       {"postgresql://assure@db.example:5433/assure", "postgres://assure@db.example:5433/assure"}) {
    auto url = ParseDatabaseUrl(text);
    ASSERT_TRUE(url.ok()) << text;
    EXPECT_EQ(url->dialect, sql::Dialect::kPostgres);
    EXPECT_EQ(url->postgres_url, text);
    EXPECT_EQ(url->where, "postgresql://assure@db.example:5433/assure");
  }
}

TEST(ParseDatabaseUrlTest, DescribesAPostgresServerWithoutItsPassword) {
  auto url = ParseDatabaseUrl("postgresql://assure:s3cret-pw@db.example/assure?sslmode=require");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->where, "postgresql://assure@db.example/assure");
  EXPECT_EQ(url->where.find("s3cret"), std::string::npos);
}

TEST(ParseDatabaseUrlTest, ABadUrlNamesTheFieldAndBothFormsWithoutRepeatingIt) {
  for (const char* text : {"", "mysql://root:hunter2@localhost/x", "sqlite:", "sqlite::memory:",
                           "postgresql://u:hunter2@h/d?bogus_option=1", "/var/assure.db"}) {
    auto url = ParseDatabaseUrl(text);
    ASSERT_FALSE(url.ok()) << text;
    EXPECT_EQ(url.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(url.error().field, "db");
    EXPECT_NE(url.error().message.find("sqlite:PATH"), std::string::npos);
    EXPECT_NE(url.error().message.find("postgresql://USER@HOST:PORT/DBNAME"), std::string::npos);
    EXPECT_EQ(url.error().message.find("hunter2"), std::string::npos);
  }
}

}  // namespace
}  // namespace assure::storage
