#include "domain/partnership/partnership.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

TEST(ValidatePartnershipTest, AcceptsAGoodSlugAndName) {
  EXPECT_TRUE(ValidatePartnership({"north-yorkshire", "North Yorkshire Partnership"}).ok());
}

TEST(ValidatePartnershipTest, NamesTheSlugFieldFirst) {
  auto status = ValidatePartnership({"North Yorkshire", ""});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().field, "slug");
}

TEST(ValidatePartnershipTest, NamesTheNameField) {
  auto status = ValidatePartnership({"north-yorkshire", "  "});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().field, "name");
}

TEST(ValidatePartnershipTest, RequiresMfaUnlessItIsADemo) {
  EXPECT_TRUE(ValidatePartnership({"york", "York", false, true}).ok());
  EXPECT_TRUE(ValidatePartnership({"york", "York", true, false}).ok());
  auto status = ValidatePartnership({"york", "York", false, false});
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().field, "mfa_required");
}

}  // namespace
}  // namespace assure::domain
