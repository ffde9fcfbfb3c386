// Opening databases by URL on both backends: a second "server" on the same database, and clear
// one-line messages when a database cannot be reached.
#include "storage/open_database.h"

#include <gtest/gtest.h>

#include "storage/repositories/partnership/sql_partnership_repository.h"
#include "testing/database_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;

class OpenDatabaseTest : public testing::DatabaseTest {};

TEST_P(OpenDatabaseTest, ASecondServerOnTheSameUrlSeesTheSameRecords) {
  ASSERT_TRUE(db().Write([&](sql::Connection& c) {
                    return SqlPartnershipRepository{c, clock_}.Create({"shared", "Shared"});
                  })
                  .ok());
  auto other = OpenDatabase(test_database().url());
  ASSERT_TRUE(other.ok()) << other.error().message;
  auto found = (*other)->Read([&](sql::Connection& c) {
    return SqlPartnershipRepository{c, clock_}.FindBySlug("shared");
  });
  ASSERT_TRUE(found.ok()) << found.error().message;
  EXPECT_EQ(found->name, "Shared");
  EXPECT_TRUE((*other)->Ping().ok());
}

// No server needed: these run on both backends whether or not PostgreSQL is configured.
class UnreachableDatabaseTest : public ::testing::TestWithParam<testing::Backend> {};

TEST_P(UnreachableDatabaseTest, SaysWhyInOneLineWithoutAPassword) {
  const bool sqlite = GetParam() == testing::Backend::kSqlite;
  const std::string url = sqlite ? "sqlite:/no/such/folder/assure.db"
                                 : "postgresql://assure:s3cret-pw@127.0.0.1:1/assure";
  auto opened = OpenDatabase(url);
  ASSERT_FALSE(opened.ok());
  const core::Error& error = opened.error();
  EXPECT_EQ(error.message.find('\n'), std::string::npos) << error.message;
  EXPECT_EQ(error.message.find("s3cret"), std::string::npos) << error.message;
  if (sqlite) {
    EXPECT_EQ(error.code, ErrorCode::kInvalidInput);
    EXPECT_EQ(error.field, "db");
    EXPECT_NE(error.message.find("/no/such/folder"), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("does not exist"), std::string::npos) << error.message;
  } else {
    EXPECT_EQ(error.code, ErrorCode::kUnavailable);
    EXPECT_NE(error.message.find("postgresql://assure@127.0.0.1:1/assure"), std::string::npos)
        << error.message;
  }
}

TEST_P(UnreachableDatabaseTest, ABadUrlNamesTheTwoForms) {
  auto opened = OpenDatabase(GetParam() == testing::Backend::kSqlite ? "sqlite:" : "postgres:/x");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(opened.error().field, "db");
  EXPECT_NE(opened.error().message.find("sqlite:PATH"), std::string::npos);
  EXPECT_NE(opened.error().message.find("postgresql://"), std::string::npos);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(OpenDatabaseTest);
ASSURE_INSTANTIATE_BACKEND_TESTS(UnreachableDatabaseTest);

}  // namespace
}  // namespace assure::storage
