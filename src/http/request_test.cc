#include "http/request.h"

#include <gtest/gtest.h>

#include "http/response.h"

namespace assure::http {
namespace {

TEST(RequestTest, ReadsCookiesByName) {
  Request request;
  request.headers = {{"cookie", "theme=dark; __Host-assure_session=abc123; empty="},
                     {"cookie", "late=\"quoted\""}};
  EXPECT_EQ(request.Cookie("__Host-assure_session"), "abc123");
  EXPECT_EQ(request.Cookie("empty"), "");
  EXPECT_EQ(request.Cookie("late"), "quoted");
  EXPECT_EQ(request.Cookie("assure_session"), std::nullopt);
}

TEST(RequestTest, FormNeedsTheFormContentType) {
  Request request;
  request.body = "email=a%40example.org";
  auto refused = request.Form();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "content-type");
  request.headers = {{"content-type", "application/x-www-form-urlencoded; charset=utf-8"}};
  auto form = request.Form();
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->Get("email"), "a@example.org");
}

TEST(RequestTest, JsonNeedsTheJsonContentTypeAndValidJson) {
  Request request;
  request.body = R"({"name": "Northshire Constabulary", "statutory_partner": true})";
  auto refused = request.Json();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "content-type");
  request.headers = {{"content-type", "application/json; charset=utf-8"}};
  auto value = request.Json();
  ASSERT_TRUE(value.ok());
  EXPECT_EQ((*value)["name"], "Northshire Constabulary");
  request.body = R"({"name": )";
  auto broken = request.Json();
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.error().field, "body");
}

TEST(RequestTest, QueryParametersAreDecoded) {
  Request request;
  request.query = "from=2025-04-01&q=child+h";
  EXPECT_EQ(request.QueryParam("q"), "child h");
  EXPECT_EQ(request.QueryParam("to"), std::nullopt);
}

TEST(ResponseTest, SecureCookiesTakeTheHostPrefix) {
  Response response;
  response.SetCookie({.name = "assure_session",
                      .value = "t",
                      .secure = true,
                      .http_only = true,
                      .max_age = std::nullopt});
  response.SetCookie({.name = "plain",
                      .value = "v",
                      .secure = false,
                      .http_only = true,
                      .max_age = std::chrono::seconds{0}});
  EXPECT_EQ(response.headers[0].second,
            "__Host-assure_session=t; Path=/; SameSite=Lax; Secure; HttpOnly");
  EXPECT_EQ(response.headers[1].second, "plain=v; Path=/; SameSite=Lax; HttpOnly; Max-Age=0");
}

TEST(ResponseTest, SetHeaderReplacesCaseInsensitively) {
  Response response = Response::Text(200, "x");
  response.SetHeader("content-type", "text/csv");
  EXPECT_EQ(response.Header("Content-Type"), "text/csv");
  EXPECT_EQ(response.headers.size(), 1u);
}

}  // namespace
}  // namespace assure::http
