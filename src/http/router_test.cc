#include "http/router.h"

#include <gtest/gtest.h>

namespace assure::http {
namespace {

Handler Says(std::string text) {
  return [text](const Request&) { return Response::Text(200, text); };
}

TEST(RouterTest, MatchesLiteralAndParameterSegments) {
  Router router;
  router.Add(Method::kGet, "/agencies", RoutePolicy::Public(), Says("list"));
  router.Add(Method::kGet, "/agencies/{id}", RoutePolicy::Public(), Says("one"));
  auto match = router.Find(Method::kGet, "/agencies/42");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->pattern, "/agencies/{id}");
  EXPECT_EQ(match.params.at("id"), "42");
  EXPECT_EQ(router.Find(Method::kGet, "/agencies").route->pattern, "/agencies");
}

TEST(RouterTest, UnknownPathHasNoRouteAndNoAllowedMethods) {
  Router router;
  router.Add(Method::kGet, "/agencies/{id}", RoutePolicy::Public(), Says("one"));
  auto match = router.Find(Method::kGet, "/agencies/42/extra");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_TRUE(match.allowed.empty());
  EXPECT_EQ(router.Find(Method::kGet, "/agencies/").route, nullptr);
}

TEST(RouterTest, KnownPathWithWrongMethodListsTheAllowedOnes) {
  Router router;
  router.Add(Method::kGet, "/sign-in", RoutePolicy::Public(), Says("form"));
  router.Add(Method::kPost, "/sign-in", RoutePolicy::Public(), Says("submit"));
  auto match = router.Find(Method::kDelete, "/sign-in");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_EQ(match.allowed, (std::vector<Method>{Method::kGet, Method::kPost}));
}

TEST(RouterTest, HeadIsAnsweredByTheGetRoute) {
  Router router;
  router.Add(Method::kGet, "/", RoutePolicy::Public(), Says("start"));
  ASSERT_NE(router.Find(Method::kHead, "/").route, nullptr);
}

TEST(RouterTest, ParametersArePercentDecoded) {
  Router router;
  router.Add(Method::kGet, "/partnerships/{slug}", RoutePolicy::Public(), Says("p"));
  EXPECT_EQ(router.Find(Method::kGet, "/partnerships/north%20shire").params.at("slug"),
            "north shire");
}

TEST(RouterTest, RestParameterTakesTheRestButNeverDotDot) {
  Router router;
  router.Add(Method::kGet, "/assets/{file*}", RoutePolicy::Public(), Says("asset"));
  EXPECT_EQ(router.Find(Method::kGet, "/assets/images/logo.svg").params.at("file"),
            "images/logo.svg");
  EXPECT_EQ(router.Find(Method::kGet, "/assets/../secret").route, nullptr);
  EXPECT_EQ(router.Find(Method::kGet, "/assets/").route, nullptr);
}

TEST(RouterTest, RegisteringARouteTwiceIsABug) {
  Router router;
  router.Add(Method::kGet, "/", RoutePolicy::Public(), Says("a"));
  EXPECT_THROW(router.Add(Method::kGet, "/", RoutePolicy::Public(), Says("b")), std::logic_error);
}

}  // namespace
}  // namespace assure::http
