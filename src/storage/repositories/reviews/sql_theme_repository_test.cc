#include "storage/repositories/reviews/sql_theme_repository.h"

#include <gtest/gtest.h>

#include "storage/repositories/reviews/case_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;

// The fixture gives both partnerships "neglect", "exploitation" and "domestic abuse".
class SqlThemeRepositoryTest : public CaseStorageTest {
 protected:
  template <typename Fn>
  auto Themes(domain::PartnershipId partnership, Fn fn) {
    return In<SqlThemeRepository>(partnership, fn);
  }
};

TEST_P(SqlThemeRepositoryTest, ListsThePartnershipsThemesByCaseFoldedName) {
  ASSERT_TRUE(Themes(partnership_a_, [](auto& t) { return t.Add("Radicalisation"); }).ok());
  ASSERT_TRUE(Themes(partnership_b_, [](auto& t) { return t.Add("B only"); }).ok());
  auto listed = Themes(partnership_a_, [](auto& t) { return t.List(); });
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_EQ(*listed, (std::vector<std::string>{"domestic abuse", "exploitation", "neglect",
                                               "Radicalisation"}));
}

TEST_P(SqlThemeRepositoryTest, AddingATakenNameIsAConflictThatLeavesTheTransactionUsable) {
  auto outcome = db().Write([&](sql::Connection& c) -> core::Status {
    SqlThemeRepository themes{c, clock_, partnership_a_};
    core::Status again = themes.Add("neglect");
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::kConflict);
    EXPECT_EQ(again.error().field, "name");
    return themes.Add("bereavement");  // the same transaction carries on
  });
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_EQ(Themes(partnership_a_, [](auto& t) { return t.List(); })->size(), 4u);
}

TEST_P(SqlThemeRepositoryTest, ABlankNameIsInvalidInput) {
  core::Status blank = Themes(partnership_a_, [](auto& t) { return t.Add(""); });
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(blank.error().field, "name");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlThemeRepositoryTest);

}  // namespace
}  // namespace assure::storage
