// doc/openapi.yaml and the real server's router agree: every route under /api/ is documented with
// its method, and every documented /api/ path and method is a route. The YAML is read line by
// line: a path is a two-space-indented key starting with "/", its methods the four-space-indented
// keys under it.
#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <utility>

#include "http/method.h"
#include "testing/test_app.h"

namespace assure {
namespace {

using Operation = std::pair<std::string, std::string>;  // method (lower case), path

std::set<Operation> DocumentedOperations() {
  std::ifstream file(std::string{ASSURE_SOURCE_DIR} + "/doc/openapi.yaml");
  EXPECT_TRUE(file.good()) << "doc/openapi.yaml is missing";
  static const std::regex kPath(R"(^  (/\S*):\s*$)");
  static const std::regex kMethod(R"(^    (get|put|post|patch|delete):)");
  std::set<Operation> operations;
  std::string path;
  std::string line;
  std::smatch match;
  while (std::getline(file, line)) {
    if (std::regex_match(line, match, kPath)) {
      path = match[1];
    } else if (!line.empty() && line[0] != ' ') {
      path.clear();  // a new top-level key: "paths" is over
    } else if (!path.empty() && std::regex_search(line, match, kMethod)) {
      if (path.starts_with("/api/")) operations.emplace(match[1], path);
    }
  }
  return operations;
}

class ApiDocumentationTest : public testing::AppTest {};

TEST_P(ApiDocumentationTest, EveryApiRouteIsDocumentedAndEveryDocumentedOneExists) {
  std::set<Operation> routed;
  for (const auto& route : t_->app().router().routes()) {
    if (!route.pattern.starts_with("/api/")) continue;
    std::string method{http::MethodName(route.method)};
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    routed.emplace(method, route.pattern);
  }
  const auto documented = DocumentedOperations();
  ASSERT_FALSE(documented.empty());
  for (const auto& [method, path] : routed) {
    EXPECT_TRUE(documented.contains({method, path}))
        << method << " " << path << " is routed but not in doc/openapi.yaml";
  }
  for (const auto& [method, path] : documented) {
    EXPECT_TRUE(routed.contains({method, path}))
        << method << " " << path << " is in doc/openapi.yaml but not routed";
  }
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ApiDocumentationTest);

}  // namespace
}  // namespace assure
