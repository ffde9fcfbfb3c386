#include "storage/repositories/partnership/sql_agency_repository.h"

#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "storage/repositories/partnership/sql_partnership_repository.h"
#include "testing/database_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Agency;
using domain::AgencyType;
using domain::NewAgency;

class SqlAgencyRepositoryTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    partnership_a_ = MakePartnership("area-a");
    partnership_b_ = MakePartnership("area-b");
  }

  domain::PartnershipId MakePartnership(const std::string& slug) {
    auto made = db().Write([&](sql::Connection& c) {
      return SqlPartnershipRepository{c, clock_}.Create({slug, "Partnership " + slug});
    });
    EXPECT_TRUE(made.ok());
    return made.ok() ? made->id : 0;
  }

  // Runs fn(SqlAgencyRepository&) for `partnership` in a write transaction.
  template <typename Fn>
  auto In(domain::PartnershipId partnership, Fn fn) {
    return db().Write([&](sql::Connection& c) {
      SqlAgencyRepository agencies{c, clock_, partnership};
      return fn(agencies);
    });
  }

  core::Result<Agency> Create(domain::PartnershipId partnership, const NewAgency& agency) {
    return In(partnership, [&](auto& agencies) { return agencies.Create(agency); });
  }

  core::Status RawInsert(const char* columns, std::initializer_list<sql::Value> values) {
    std::vector<sql::Value> params{values};
    return db().Write([&](sql::Connection& c) -> core::Status {
      ASSURE_TRY(c.Execute(std::string{"INSERT INTO agencies ("} + columns +
                               ", created_at) VALUES (?, ?, ?, ?, 'now')",
                           params));
      return core::Ok();
    });
  }

  domain::PartnershipId partnership_a_ = 0;
  domain::PartnershipId partnership_b_ = 0;
};

TEST_P(SqlAgencyRepositoryTest, CreatesReadsUpdatesAndDeletes) {
  auto created = Create(partnership_a_, {"North Yorkshire Police", AgencyType::kPolice, true});
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->partnership_id, partnership_a_);
  EXPECT_EQ(created->version, 1);
  EXPECT_TRUE(created->statutory_partner);

  auto read = In(partnership_a_, [&](auto& agencies) { return agencies.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->name, "North Yorkshire Police");
  EXPECT_EQ(read->type, AgencyType::kPolice);

  Agency changed = *read;
  changed.name = "North Yorkshire Police and Fire";
  changed.type = AgencyType::kOther;
  changed.statutory_partner = false;
  auto updated = In(partnership_a_, [&](auto& agencies) { return agencies.Update(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->name, "North Yorkshire Police and Fire");
  EXPECT_EQ(updated->type, AgencyType::kOther);
  EXPECT_FALSE(updated->statutory_partner);

  auto deleted =
      In(partnership_a_, [&](auto& agencies) { return agencies.Delete(created->id, 2); });
  ASSERT_TRUE(deleted.ok()) << deleted.error().message;
  EXPECT_EQ(
      In(partnership_a_, [&](auto& agencies) { return agencies.Get(created->id); }).error().code,
      ErrorCode::kNotFound);
}

TEST_P(SqlAgencyRepositoryTest, AStaleVersionIsAConflictForUpdateAndDelete) {
  auto created = Create(partnership_a_, {"Health", AgencyType::kHealth, true});
  ASSERT_TRUE(created.ok());
  Agency first = *created;
  first.name = "Health (ICB)";
  ASSERT_TRUE(In(partnership_a_, [&](auto& agencies) { return agencies.Update(first); }).ok());

  Agency stale = *created;  // still version 1
  stale.name = "Health board";
  auto update = In(partnership_a_, [&](auto& agencies) { return agencies.Update(stale); });
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().code, ErrorCode::kConflict);
  EXPECT_NE(update.error().message.find("changed by someone else since you opened it"),
            std::string::npos);
  auto remove = In(partnership_a_, [&](auto& agencies) { return agencies.Delete(created->id, 1); });
  ASSERT_FALSE(remove.ok());
  EXPECT_EQ(remove.error().code, ErrorCode::kConflict);
}

TEST_P(SqlAgencyRepositoryTest, AMissingAgencyIsNotFound) {
  Agency ghost{999999, partnership_a_, "Ghost", AgencyType::kOther, false, 1};
  EXPECT_EQ(In(partnership_a_, [&](auto& agencies) { return agencies.Get(ghost.id); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(In(partnership_a_, [&](auto& agencies) { return agencies.Update(ghost); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(
      In(partnership_a_, [&](auto& agencies) { return agencies.Delete(ghost.id, 1); }).error().code,
      ErrorCode::kNotFound);
}

TEST_P(SqlAgencyRepositoryTest, ATakenNameIsAConflictNamingTheFieldButNotTheValue) {
  ASSERT_TRUE(Create(partnership_a_, {"Secret Name 123", AgencyType::kEducation, false}).ok());
  auto again = Create(partnership_a_, {"Secret Name 123", AgencyType::kHealth, false});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "name");
  EXPECT_EQ(again.error().message.find("Secret"), std::string::npos);
  // Names are unique only within a partnership.
  EXPECT_TRUE(Create(partnership_b_, {"Secret Name 123", AgencyType::kHealth, false}).ok());
}

TEST_P(SqlAgencyRepositoryTest, InvalidRowsAreInvalidInputNamingTheColumnWithoutValues) {
  auto bad_type = RawInsert("partnership_id, name, type, statutory_partner",
                            {partnership_a_, "Secret", "bogus_type", 0});
  ASSERT_FALSE(bad_type.ok());
  EXPECT_EQ(bad_type.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(bad_type.error().field, "type");
  EXPECT_EQ(bad_type.error().message.find("bogus"), std::string::npos);

  auto no_name = RawInsert("partnership_id, name, type, statutory_partner",
                           {partnership_a_, nullptr, "police", 0});
  ASSERT_FALSE(no_name.ok());
  EXPECT_EQ(no_name.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(no_name.error().field, "name");

  auto not_bool = RawInsert("partnership_id, name, type, statutory_partner",
                            {partnership_a_, "Secret", "police", 2});
  ASSERT_FALSE(not_bool.ok());
  EXPECT_EQ(not_bool.error().field, "statutory_partner");
}

TEST_P(SqlAgencyRepositoryTest, AnAgencyOfAPartnershipThatDoesNotExistIsInvalidInput) {
  auto orphan = Create(987654, {"Orphan", AgencyType::kOther, false});
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.error().code, ErrorCode::kInvalidInput);
}

TEST_P(SqlAgencyRepositoryTest, ABlankNameIsRefusedBeforeStorage) {
  auto blank = Create(partnership_a_, {"  ", AgencyType::kOther, false});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(blank.error().field, "name");
}

TEST_P(SqlAgencyRepositoryTest, UnicodeNamesRoundTrip) {
  const std::string name = "Zoë Ødegård — 東京 🙂";
  auto created = Create(partnership_a_, {name, AgencyType::kVoluntarySector, false});
  ASSERT_TRUE(created.ok()) << created.error().message;
  auto read = In(partnership_a_, [&](auto& agencies) { return agencies.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->name, name);
  EXPECT_EQ(read->type, AgencyType::kVoluntarySector);
}

TEST_P(SqlAgencyRepositoryTest, ListsOnlyItsPartnershipByCaseFoldedName) {
  for (const char* name : {"police", "Education", "Probation", "Local authority"}) {
    ASSERT_TRUE(Create(partnership_a_, {name, AgencyType::kOther, false}).ok());
  }
  ASSERT_TRUE(Create(partnership_b_, {"Another area's agency", AgencyType::kOther, false}).ok());
  auto listed = In(partnership_a_, [](auto& agencies) { return agencies.List(); });
  ASSERT_TRUE(listed.ok());
  std::vector<std::string> names;
  for (const Agency& agency : *listed) names.push_back(agency.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"Education", "Local authority", "police", "Probation"}));
}

TEST_P(SqlAgencyRepositoryTest, OnePartnershipCannotReachAnothersAgencies) {
  auto theirs = Create(partnership_b_, {"B's police", AgencyType::kPolice, true});
  ASSERT_TRUE(theirs.ok());
  const Agency target = *theirs;

  EXPECT_EQ(In(partnership_a_, [&](auto& a) { return a.Get(target.id); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_TRUE(In(partnership_a_, [](auto& a) { return a.List(); })->empty());
  Agency hijack = target;
  hijack.name = "Hijacked";
  hijack.partnership_id = partnership_a_;
  EXPECT_EQ(In(partnership_a_, [&](auto& a) { return a.Update(hijack); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(
      In(partnership_a_, [&](auto& a) { return a.Delete(target.id, target.version); }).error().code,
      ErrorCode::kNotFound);

  auto still = In(partnership_b_, [&](auto& b) { return b.Get(target.id); });
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->name, "B's police");
  EXPECT_EQ(still->version, 1);
}

TEST_P(SqlAgencyRepositoryTest, OfTwoConcurrentUpdatesWithOneVersionExactlyOneWins) {
  auto created = Create(partnership_a_, {"Contended", AgencyType::kOther, false});
  ASSERT_TRUE(created.ok());
  for (int round = 0; round < 3; ++round) {
    auto current = In(partnership_a_, [&](auto& a) { return a.Get(created->id); });
    ASSERT_TRUE(current.ok());
    std::latch start{2};
    core::Result<Agency> results[2] = {core::Error::Internal("not run"),
                                       core::Error::Internal("not run")};
    std::thread threads[2];
    for (int t = 0; t < 2; ++t) {
      threads[t] = std::thread([&, t] {
        Agency mine = *current;
        mine.name = "Renamed by " + std::to_string(t) + " in round " + std::to_string(round);
        start.arrive_and_wait();
        results[t] = In(partnership_a_, [&](auto& a) { return a.Update(mine); });
      });
    }
    for (auto& thread : threads) thread.join();
    const int wins = (results[0].ok() ? 1 : 0) + (results[1].ok() ? 1 : 0);
    ASSERT_EQ(wins, 1) << "round " << round;
    const core::Result<Agency>& loser = results[0].ok() ? results[1] : results[0];
    EXPECT_EQ(loser.error().code, ErrorCode::kConflict) << loser.error().message;
    const Agency& winner = results[0].ok() ? *results[0] : *results[1];
    EXPECT_EQ(winner.version, current->version + 1);
  }
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlAgencyRepositoryTest);

}  // namespace
}  // namespace assure::storage
