#include "storage/sql/instant.h"

#include <gtest/gtest.h>

#include <chrono>

namespace assure::storage::sql {
namespace {

using namespace std::chrono_literals;

TEST(InstantTest, ParsesWhatFormatInstantWrites) {
  const core::Instant instant =
      std::chrono::sys_days{std::chrono::year{2026} / 2 / 28} + 23h + 59min + 58s + 123456us;
  const std::string text = core::FormatInstant(instant);
  EXPECT_EQ(text, "2026-02-28T23:59:58.123456Z");
  EXPECT_EQ(ParseInstant(text), instant);
  EXPECT_EQ(std::get<std::string>(InstantValue(instant)), text);
  EXPECT_EQ(std::get<std::nullptr_t>(OptionalInstantValue(std::nullopt)), nullptr);
}

TEST(InstantTest, RefusesEveryOtherForm) {
  for (const char* bad :
       {"", "2026-02-28", "2026-02-28T23:59:58Z", "2026-02-28 23:59:58.123456Z",
        "2026-02-28T23:59:58.123456+00:00", "2026-02-30T00:00:00.000000Z",
        "2026-13-01T00:00:00.000000Z", "2026-01-01T24:00:00.000000Z", "2026-01-01T00:60:00.000000Z",
        "2026-01-01T00:00:60.000000Z", "2026-01-01T00:00:00.00000aZ", "2026-01-01T00:00:00.000000z",
        "+026-01-01T00:00:00.000000Z"}) {
    EXPECT_FALSE(ParseInstant(bad).has_value()) << bad;
  }
}

TEST(InstantTest, AColumnOfAnotherFormIsInternalNamingTheColumnNotTheValue) {
  Row row{{std::string{"yesterday"}, nullptr}};
  auto read = InstantAt(row, 0, "created at");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, core::ErrorCode::kInternal);
  EXPECT_NE(read.error().message.find("created at"), std::string::npos);
  EXPECT_EQ(read.error().message.find("yesterday"), std::string::npos);
  auto absent = OptionalInstantAt(row, 1, "ended at");
  ASSERT_TRUE(absent.ok());
  EXPECT_FALSE(absent->has_value());
}

}  // namespace
}  // namespace assure::storage::sql
