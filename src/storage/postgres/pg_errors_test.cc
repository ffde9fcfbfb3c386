#include "storage/postgres/pg_errors.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace assure::storage::postgres {
namespace {

using core::ErrorCode;

PgErrorFields Fields(std::string sqlstate, std::string primary = {}, std::string detail = {},
                     std::string column = {}, std::string constraint = {}) {
  return PgErrorFields{std::move(sqlstate), std::move(primary), std::move(detail),
                       std::move(column), std::move(constraint)};
}

TEST(KeyColumnsTest, ReadsTheColumnsBeforeTheValues) {
  EXPECT_EQ(KeyColumns("Key (partnership_id, name)=(1, Zoë (A)=(B)) already exists."),
            "partnership_id, name");
  EXPECT_EQ(KeyColumns("Key (lower(name))=(x) already exists."), "lower(name)");
  EXPECT_EQ(KeyColumns("Failing row contains (1, null)."), "");
}

TEST(PgErrorTest, UniqueViolationNamesTheLastKeyColumnAndNoValue) {
  auto error = PgError(Fields("23505", "duplicate key value violates unique constraint \"u\"",
                              "Key (partnership_id, name)=(7, Secret Name) already exists."),
                       false);
  EXPECT_EQ(error.code, ErrorCode::kConflict);
  EXPECT_EQ(error.field, "name");
  EXPECT_EQ(error.message.find("Secret"), std::string::npos);
}

TEST(PgErrorTest, NotNullAndCheckViolationsAreInvalidInput) {
  auto not_null =
      PgError(Fields("23502", "", "Failing row contains (1, Secret, null).", "name"), false);
  EXPECT_EQ(not_null.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(not_null.field, "name");
  EXPECT_EQ(not_null.message.find("Secret"), std::string::npos);
  auto check = PgError(Fields("23514", "", "", "", "type"), false);
  EXPECT_EQ(check.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(check.field, "type");
}

TEST(PgErrorTest, DataErrorsNeverQuoteTheValue) {
  auto error = PgError(Fields("22P02", "invalid input syntax for type bigint: \"Secret\""), false);
  EXPECT_EQ(error.code, ErrorCode::kInvalidInput);
  EXPECT_EQ(error.message.find("Secret"), std::string::npos);
}

TEST(PgErrorTest, ConnectionFailuresAreUnavailableInOneLine) {
  auto lost =
      PgError(Fields("", "server closed the connection unexpectedly\n\tThis probably"), true);
  EXPECT_EQ(lost.code, ErrorCode::kUnavailable);
  EXPECT_EQ(lost.message.find('\n'), std::string::npos);
  EXPECT_EQ(PgError(Fields("57P01"), false).code, ErrorCode::kUnavailable);
  EXPECT_EQ(PgError(Fields("08006"), false).code, ErrorCode::kUnavailable);
}

TEST(PgErrorTest, SerializationFailureIsAConflict) {
  EXPECT_EQ(PgError(Fields("40001"), false).code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace assure::storage::postgres
