#include "storage/sql/row.h"

#include <gtest/gtest.h>

namespace assure::storage::sql {
namespace {

Row Sample() {
  return Row{{Value{std::int64_t{42}}, Value{2.5}, Value{std::string{"Zoë"}}, Value{nullptr},
              Value{std::int64_t{1}}}};
}

TEST(RowTest, TypedGettersReadTheirCells) {
  const Row row = Sample();
  EXPECT_EQ(row.size(), 5u);
  EXPECT_EQ(row.Int64(0), 42);
  EXPECT_DOUBLE_EQ(row.Real(1), 2.5);
  EXPECT_EQ(row.Text(2), "Zoë");
  EXPECT_TRUE(row.IsNull(3));
  EXPECT_FALSE(row.IsNull(2));
  EXPECT_TRUE(row.Bool(4));
}

TEST(RowTest, OptionalGettersMapNullToNullopt) {
  const Row row = Sample();
  EXPECT_FALSE(row.OptionalText(3).has_value());
  EXPECT_EQ(row.OptionalText(2), "Zoë");
  EXPECT_FALSE(row.OptionalInt64(3).has_value());
  EXPECT_EQ(row.OptionalInt64(0), 42);
}

TEST(RowTest, ValueHelpersMakeTheStoredForms) {
  EXPECT_EQ(std::get<std::int64_t>(Bool(true)), 1);
  EXPECT_EQ(std::get<std::int64_t>(Bool(false)), 0);
  EXPECT_EQ(std::get<std::string>(Text("x")), "x");
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(OptionalText(std::nullopt)));
}

TEST(RowDeathTest, ReadingACellAsTheWrongTypeIsABug) {
  const Row row = Sample();
  EXPECT_DEATH({ (void)row.Text(0); }, "column 0 holds integer, read as text");
  EXPECT_DEATH({ (void)row.Int64(3); }, "column 3 holds NULL");
  EXPECT_DEATH({ (void)row.Int64(9); }, "column 9 of a row of 5");
}

}  // namespace
}  // namespace assure::storage::sql
