#include "storage/repositories/partnership/sql_partnership_repository.h"

#include <gtest/gtest.h>

#include "testing/database_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::NewPartnership;
using domain::Partnership;

class SqlPartnershipRepositoryTest : public testing::DatabaseTest {
 protected:
  core::Result<Partnership> Create(const NewPartnership& partnership) {
    return db().Write([&](sql::Connection& c) {
      return SqlPartnershipRepository{c, clock_}.Create(partnership);
    });
  }
  template <typename Fn>
  auto Read(Fn fn) {
    return db().Read([&](sql::Connection& c) {
      SqlPartnershipRepository repository{c, clock_};
      return fn(repository);
    });
  }
};

TEST_P(SqlPartnershipRepositoryTest, CreatesAndFindsBySlugAndById) {
  auto created = Create({"north-yorkshire", "North Yorkshire Safeguarding Partnership"});
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_GT(created->id, 0);
  EXPECT_EQ(created->version, 1);
  auto by_slug = Read([](auto& r) { return r.FindBySlug("north-yorkshire"); });
  ASSERT_TRUE(by_slug.ok());
  EXPECT_EQ(by_slug->id, created->id);
  EXPECT_EQ(by_slug->name, "North Yorkshire Safeguarding Partnership");
  auto by_id = Read([&](auto& r) { return r.FindById(created->id); });
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->slug, "north-yorkshire");
}

TEST_P(SqlPartnershipRepositoryTest, AMissingPartnershipIsNotFound) {
  EXPECT_EQ(Read([](auto& r) { return r.FindBySlug("nowhere"); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Read([](auto& r) { return r.FindById(424242); }).error().code, ErrorCode::kNotFound);
}

TEST_P(SqlPartnershipRepositoryTest, ATakenSlugIsAConflictNamingTheSlug) {
  ASSERT_TRUE(Create({"york", "York"}).ok());
  auto again = Create({"york", "Another York"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "slug");
  EXPECT_EQ(again.error().message.find("york"), std::string::npos);
}

TEST_P(SqlPartnershipRepositoryTest, InvalidInputIsRefusedAndNothingIsStored) {
  auto bad = Create({"North Yorkshire", "North Yorkshire"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(bad.error().field, "slug");
  EXPECT_TRUE(Read([](auto& r) { return r.List(); })->empty());
}

TEST_P(SqlPartnershipRepositoryTest, ListsByCaseFoldedNameThenId) {
  for (const auto& [slug, name] : std::vector<std::pair<const char*, const char*>>{
           {"b", "beta"}, {"a", "Alpha"}, {"z", "Zulu"}, {"a2", "alpha"}}) {
    ASSERT_TRUE(Create({std::string{slug} + "x", name}).ok());
  }
  auto listed = Read([](auto& r) { return r.List(); });
  ASSERT_TRUE(listed.ok());
  std::vector<std::string> names;
  for (const Partnership& p : *listed) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Alpha", "alpha", "beta", "Zulu"}));
}

TEST_P(SqlPartnershipRepositoryTest, StoresDemoAndMfaRequired) {
  auto live = Create({"live", "Live"});
  ASSERT_TRUE(live.ok());
  EXPECT_FALSE(live->demo);
  EXPECT_TRUE(live->mfa_required);
  auto demo = Create({"demo", "Demo", /*demo=*/true, /*mfa_required=*/false});
  ASSERT_TRUE(demo.ok()) << demo.error().message;
  auto read = Read([](auto& r) { return r.FindBySlug("demo"); });
  ASSERT_TRUE(read.ok());
  EXPECT_TRUE(read->demo);
  EXPECT_FALSE(read->mfa_required);
  auto listed = Read([](auto& r) { return r.List(); });
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->front().demo);  // "Demo" before "Live"
}

TEST_P(SqlPartnershipRepositoryTest, OnlyADemoMayGoWithoutMfaEvenInTheDatabase) {
  auto refused = Create({"live", "Live", /*demo=*/false, /*mfa_required=*/false});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "mfa_required");
  auto raw = db().Write([](sql::Connection& c) {
    return c.Execute(
        "INSERT INTO partnerships (slug, name, demo, mfa_required, created_at)"
        " VALUES ('live', 'Live', 0, 0, 'now')");
  });
  ASSERT_FALSE(raw.ok());
  EXPECT_EQ(raw.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(raw.error().field, "mfa_required");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlPartnershipRepositoryTest);

}  // namespace
}  // namespace assure::storage
