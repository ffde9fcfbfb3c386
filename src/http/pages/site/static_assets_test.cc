#include "http/pages/site/static_assets.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace assure::http::pages {
namespace {

namespace fs = std::filesystem;

class StaticAssetsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("assure-assets-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "images");
    std::ofstream(dir_ / "app.css") << "body{font-family:arial}";
    std::ofstream(dir_ / "images" / "logo.svg") << "<svg/>";
    std::ofstream(dir_ / ".built") << "";
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(StaticAssetsTest, ServesFilesWithTypeEtagAndCaching) {
  auto assets = StaticAssets::Load(dir_.string());
  ASSERT_TRUE(assets.ok());
  EXPECT_EQ(assets->size(), 2u);  // the hidden marker is not served
  Request request;
  auto response = assets->Serve(request, "app.css");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.BodyView(), "body{font-family:arial}");
  EXPECT_EQ(response.Header("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(response.Header("Cache-Control"), "public, max-age=86400");
  ASSERT_TRUE(response.Header("ETag").has_value());
  EXPECT_EQ(assets->Serve(request, "images/logo.svg").Header("Content-Type"), "image/svg+xml");
}

TEST_F(StaticAssetsTest, MatchingIfNoneMatchGetsNotModified) {
  auto assets = StaticAssets::Load(dir_.string());
  ASSERT_TRUE(assets.ok());
  const std::string etag{*assets->Serve(Request{}, "app.css").Header("ETag")};
  Request request;
  request.headers = {{"if-none-match", etag}};
  auto response = assets->Serve(request, "app.css");
  EXPECT_EQ(response.status, 304);
  EXPECT_TRUE(response.body.empty());
}

TEST_F(StaticAssetsTest, UnknownFileIsNotFoundAndMissingFolderIsAClearError) {
  auto assets = StaticAssets::Load(dir_.string());
  ASSERT_TRUE(assets.ok());
  EXPECT_EQ(assets->Serve(Request{}, "nope.css").status, 404);
  auto missing = StaticAssets::Load((dir_ / "absent").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "assets");
}

}  // namespace
}  // namespace assure::http::pages
