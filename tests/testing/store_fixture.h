// StoreTest: the storage suite's fixture for tests that work through domain::Store: a
// storage::SqlStore over a fresh, migrated test database of either backend (DatabaseTest), and
// helpers that make the records identity tests start from (each in its own write transaction,
// failing the test if it cannot). Instantiate with ASSURE_INSTANTIATE_BACKEND_TESTS. Not
// thread-safe beyond the store's own guarantees; one test owns it.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "domain/identity/requester.h"
#include "domain/store.h"
#include "storage/sql_store.h"
#include "testing/database_fixture.h"

namespace assure::testing {

class StoreTest : public DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    store_ = std::make_unique<storage::SqlStore>(db(), clock_);
  }
  void TearDown() override {
    store_.reset();
    DatabaseTest::TearDown();
  }

  storage::SqlStore& store() { return *store_; }

  domain::PartnershipId MakePartnership(const std::string& slug) {
    auto made = store().Write([&](domain::Transaction& tx) {
      return tx.partnerships().Create({slug, "Partnership " + slug});
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  domain::UserId MakeUser(const std::string& email, const std::string& name = "Sam Patel") {
    auto made = store().Write([&](domain::Transaction& tx) {
      return tx.users().Create({email, name});
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  domain::AgencyId MakeAgency(domain::PartnershipId partnership, const std::string& name) {
    auto made = store().Write([&](domain::Transaction& tx) {
      return tx.agencies(partnership).Create({name, domain::AgencyType::kPolice, true});
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  domain::Membership MakeMember(domain::PartnershipId partnership, domain::UserId user,
                                domain::Role role,
                                std::optional<domain::AgencyId> agency = std::nullopt) {
    auto made = store().Write([&](domain::Transaction& tx) {
      return tx.memberships(partnership).Add({0, partnership, user, role, agency, 0});
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? *made : domain::Membership{};
  }

  // A new account with one membership of `partnership`, as the Requester a service is given.
  domain::Requester Member(domain::PartnershipId partnership, const std::string& email,
                           domain::Role role,
                           std::optional<domain::AgencyId> agency = std::nullopt) {
    const domain::UserId user = MakeUser(email);
    const domain::Membership membership = MakeMember(partnership, user, role, agency);
    domain::Requester requester;
    requester.principal = domain::Principal{user, partnership, {membership}};
    requester.actor = domain::Actor{partnership, user, std::nullopt, "192.0.2.7"};
    return requester;
  }

 private:
  std::unique_ptr<storage::SqlStore> store_;
};

}  // namespace assure::testing
