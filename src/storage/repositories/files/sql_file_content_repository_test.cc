#include "storage/repositories/files/sql_file_content_repository.h"

#include <gtest/gtest.h>

#include <string>

#include "security/tokens.h"
#include "storage/repositories/reviews/case_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;

class SqlFileContentRepositoryTest : public CaseStorageTest {
 protected:
  template <typename Fn>
  auto Contents(domain::PartnershipId partnership, Fn fn) {
    return In<SqlFileContentRepository>(partnership, fn);
  }

  core::Result<bool> Put(domain::PartnershipId partnership, const std::string& bytes) {
    return Contents(partnership, [&](auto& c) { return c.Put(security::Sha256Hex(bytes), bytes); });
  }

  core::Result<domain::FileContent> Get(domain::PartnershipId partnership,
                                        const std::string& sha256) {
    return Contents(partnership, [&](auto& c) { return c.Get(sha256); });
  }

  // Every byte value, NULs and bytes that are not UTF-8 included.
  static std::string Binary() {
    std::string bytes = "%PDF-1.7\n";
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    return bytes + std::string(5000, '\0') + "%%EOF";
  }
};

TEST_P(SqlFileContentRepositoryTest, StoresTheBytesOnceAndReadsBackTheSameBytes) {
  const std::string bytes = Binary();
  const std::string sha256 = security::Sha256Hex(bytes);
  auto first = Put(partnership_a_, bytes);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_TRUE(*first);
  auto again = Put(partnership_a_, bytes);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_FALSE(*again);  // already there: nothing new stored

  auto read = Get(partnership_a_, sha256);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->sha256, sha256);
  EXPECT_EQ(read->size, static_cast<std::int64_t>(bytes.size()));
  EXPECT_EQ(read->bytes, bytes);
  EXPECT_EQ(read->created_at, clock_.Now());
  auto rows =
      db().Read([](sql::Connection& c) { return c.Query("SELECT count(*) FROM file_contents"); });
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].Int64(0), 1);
}

TEST_P(SqlFileContentRepositoryTest, AnotherPartnershipsContentIsNotFoundEvenForTheSameBytes) {
  const std::string bytes = Binary();
  ASSERT_TRUE(Put(partnership_a_, bytes).ok());
  auto other = Get(partnership_b_, security::Sha256Hex(bytes));
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
  // B storing the same bytes gets its own copy.
  auto stored = Put(partnership_b_, bytes);
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_TRUE(*stored);
  EXPECT_TRUE(Get(partnership_b_, security::Sha256Hex(bytes)).ok());
}

TEST_P(SqlFileContentRepositoryTest, AnUnknownHashIsNotFoundAndAMalformedOneIsInvalidInput) {
  auto unknown = Get(partnership_a_, std::string(64, 'a'));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
  for (const std::string& malformed : {std::string(63, 'a'), std::string(64, 'A'), std::string{}}) {
    auto read = Get(partnership_a_, malformed);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(read.error().field, "sha256");
    auto put = Contents(partnership_a_, [&](auto& c) { return c.Put(malformed, "text"); });
    ASSERT_FALSE(put.ok());
    EXPECT_EQ(put.error().field, "sha256");
  }
}

TEST_P(SqlFileContentRepositoryTest, EmptyContentIsRefused) {
  auto put = Contents(partnership_a_, [](auto& c) { return c.Put(security::Sha256Hex(""), ""); });
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.error().code, ErrorCode::kInvalidInput);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlFileContentRepositoryTest);

}  // namespace
}  // namespace assure::storage
