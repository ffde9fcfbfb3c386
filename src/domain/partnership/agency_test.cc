#include "domain/partnership/agency.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

TEST(AgencyTypeTest, EveryTypeRoundTripsThroughItsName) {
  for (AgencyType type : {AgencyType::kLocalAuthority, AgencyType::kPolice, AgencyType::kHealth,
                          AgencyType::kEducation, AgencyType::kProbation,
                          AgencyType::kVoluntarySector, AgencyType::kOther}) {
    auto parsed = ParseAgencyType(AgencyTypeName(type));
    ASSERT_TRUE(parsed.has_value()) << AgencyTypeName(type);
    EXPECT_EQ(*parsed, type);
  }
}

TEST(AgencyTypeTest, NamesAreTheStorageForm) {
  EXPECT_EQ(AgencyTypeName(AgencyType::kLocalAuthority), "local_authority");
  EXPECT_EQ(AgencyTypeName(AgencyType::kVoluntarySector), "voluntary_sector");
}

TEST(AgencyTypeTest, UnknownOrDifferentlyCasedNamesDoNotParse) {
  EXPECT_FALSE(ParseAgencyType("Police").has_value());
  EXPECT_FALSE(ParseAgencyType("").has_value());
  EXPECT_FALSE(ParseAgencyType("council").has_value());
}

TEST(ValidateAgencyTest, RejectsABlankNameNamingTheField) {
  auto status = ValidateAgency(NewAgency{" ", AgencyType::kPolice, true});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().field, "name");
}

TEST(ValidateAgencyTest, AcceptsAGoodAgency) {
  EXPECT_TRUE(ValidateAgency(NewAgency{"North Yorkshire Police", AgencyType::kPolice, true}).ok());
}

}  // namespace
}  // namespace assure::domain
