#include "storage/migrations/migration.h"

#include <gtest/gtest.h>

namespace assure::storage {
namespace {

TEST(EmbeddedMigrationsTest, AreNumberedFromOneWithoutGaps) {
  const auto migrations = EmbeddedMigrations();
  ASSERT_GE(migrations.size(), 2u);
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    EXPECT_EQ(migrations[i].version, static_cast<int>(i + 1));
    EXPECT_FALSE(migrations[i].sql.empty());
  }
  EXPECT_EQ(migrations[0].name, "0001_partnerships");
  EXPECT_EQ(migrations[1].name, "0002_agencies");
}

TEST(EmbeddedMigrationsTest, HoldTheFilesText) {
  EXPECT_NE(EmbeddedMigrations()[0].sql.find("CREATE TABLE partnerships"), std::string::npos);
}

TEST(MigrationChecksumTest, IsTheSha256InHex) {
  EXPECT_EQ(MigrationChecksum(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(MigrationChecksum("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace assure::storage
