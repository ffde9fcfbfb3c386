#include "cli/exit_codes.h"

#include <gtest/gtest.h>

namespace assure::cli {
namespace {

TEST(ExitCodesTest, EveryFailureIsNonZeroAndDistinguishesTheCommonOnes) {
  EXPECT_EQ(ExitCodeFor(core::ErrorCode::kInvalidInput), kExitUsage);
  EXPECT_EQ(ExitCodeFor(core::ErrorCode::kUnavailable), 69);
  EXPECT_NE(ExitCodeFor(core::ErrorCode::kConflict), 0);
  EXPECT_NE(ExitCodeFor(core::ErrorCode::kNotFound), 0);
  EXPECT_NE(ExitCodeFor(core::ErrorCode::kInternal), 0);
}

}  // namespace
}  // namespace assure::cli
