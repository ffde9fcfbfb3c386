#include "cli/serve/listen_address.h"

#include <gtest/gtest.h>

namespace assure::cli {
namespace {

TEST(ListenAddressTest, ParsesHostAndPort) {
  auto a = ParseListenAddress("127.0.0.1:8080");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->host, "127.0.0.1");
  EXPECT_EQ(a->port, 8080);
  auto v6 = ParseListenAddress("[::1]:9000");
  ASSERT_TRUE(v6.ok());
  EXPECT_EQ(v6->host, "::1");
}

TEST(ListenAddressTest, RefusesBadFormsNamingTheOption) {
  for (const char* bad : {"8080", ":8080", "host:", "host:0", "host:70000", "::1:80", "h:8o"}) {
    auto a = ParseListenAddress(bad);
    ASSERT_FALSE(a.ok()) << bad;
    EXPECT_EQ(a.error().field, "listen");
    EXPECT_NE(a.error().message.find("HOST:PORT"), std::string::npos);
  }
}

}  // namespace
}  // namespace assure::cli
