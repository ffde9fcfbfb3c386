#include "domain/identity/role.h"

#include <gtest/gtest.h>

#include <set>
#include <string_view>

namespace assure::domain {
namespace {

TEST(RoleTest, EveryRoleRoundTripsThroughItsNameAndHasALabel) {
  std::set<std::string_view> names;
  for (Role role : AllRoles()) {
    auto parsed = ParseRole(RoleName(role));
    ASSERT_TRUE(parsed.has_value()) << RoleName(role);
    EXPECT_EQ(*parsed, role);
    EXPECT_NE(RoleLabel(role), "Unknown");
    names.insert(RoleName(role));
  }
  EXPECT_EQ(names.size(), 8u);
}

TEST(RoleTest, NamesAreTheStorageForm) {
  EXPECT_EQ(RoleName(Role::kAgencyLead), "agency_lead");
  EXPECT_EQ(RoleName(Role::kBusinessManager), "business_manager");
  EXPECT_FALSE(ParseRole("Agency_lead").has_value());
  EXPECT_EQ(RoleName(Role::kFinanceOfficer), "finance_officer");
  EXPECT_FALSE(ParseRole("").has_value());
}

}  // namespace
}  // namespace assure::domain
