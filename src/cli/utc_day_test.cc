#include "cli/utc_day.h"

#include <gtest/gtest.h>

namespace assure::cli {
namespace {

TEST(UtcDayTest, ADayIsTheInstantItBeginsInUtc) {
  auto day = ParseUtcDay("2026-01-05", "from");
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(core::FormatInstant(*day), "2026-01-05T00:00:00.000000Z");
  auto leap = ParseUtcDay("2024-02-29", "to");
  ASSERT_TRUE(leap.ok());
  EXPECT_EQ(core::FormatInstant(*leap), "2024-02-29T00:00:00.000000Z");
}

TEST(UtcDayTest, RefusesAnythingButAnExistingDateNamingTheOption) {
  for (const char* bad :
       {"", "2026-1-5", "2026/01/05", "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10",
        "20260105", "2026-01-05T00:00", "+026-01-05", "2026-01-0x"}) {
    auto day = ParseUtcDay(bad, "from");
    ASSERT_FALSE(day.ok()) << bad;
    EXPECT_EQ(day.error().field, "from");
    EXPECT_NE(day.error().message.find("YYYY-MM-DD"), std::string::npos);
  }
}

}  // namespace
}  // namespace assure::cli
