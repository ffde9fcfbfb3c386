// Reads the source tree and holds it to the architecture: each layer includes only the layers
// its arrow allows (core <- security <- domain <- {storage, reports, mail} <- {http, cli} <- app),
// inside http a feature's folder uses only the shared kit and its own folder, only one file reads
// the real clock, each third-party C API stays behind its adapter, and no source narrates history
// by issue number.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSource = fs::path{ASSURE_SOURCE_DIR} / "src";

struct SourceFile {
  std::string relative;  // e.g. "http/server.cc"
  std::string layer;     // first folder under src/
  std::string text;
};

std::vector<SourceFile> ReadSources() {
  std::vector<SourceFile> files;
  for (const auto& entry : fs::recursive_directory_iterator(kSource)) {
    const auto ext = entry.path().extension();
    if (ext != ".cc" && ext != ".h") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const auto relative = fs::relative(entry.path(), kSource).generic_string();
    files.push_back({relative, relative.substr(0, relative.find('/')), text.str()});
  }
  return files;
}

std::vector<std::string> ProjectIncludes(const std::string& text) {
  static const std::regex kInclude{R"(#include\s+"([a-z_]+)/)"};
  std::vector<std::string> layers;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kInclude);
       it != std::sregex_iterator(); ++it) {
    layers.push_back((*it)[1]);
  }
  return layers;
}

// Tests and the fixtures only tests include may use tests/testing.
bool IsTest(const std::string& relative) {
  return relative.ends_with("_test.cc") || relative.ends_with("_test_support.h");
}

TEST(LayeringTest, EachLayerIncludesOnlyWhatItsArrowAllows) {
  const std::map<std::string, std::set<std::string>> allowed{
      {"core", {"core"}},
      {"security", {"core", "security"}},
      {"domain", {"core", "security", "domain"}},
      {"storage", {"core", "security", "domain", "storage"}},
      {"reports", {"core", "domain", "reports"}},
      {"mail", {"core", "security", "domain", "mail"}},
      {"http", {"core", "security", "domain", "reports", "http"}},
      {"cli", {"core", "security", "domain", "storage", "reports", "mail", "http", "cli"}},
      {"app", {"core", "security", "domain", "storage", "reports", "mail", "http", "cli", "app"}},
  };
  const auto files = ReadSources();
  ASSERT_GT(files.size(), 20u);
  for (const auto& file : files) {
    ASSERT_TRUE(allowed.count(file.layer)) << "unknown layer folder: " << file.relative;
    for (const auto& included : ProjectIncludes(file.text)) {
      if (included == "testing" && IsTest(file.relative)) continue;
      EXPECT_TRUE(allowed.at(file.layer).count(included))
          << file.relative << " (layer " << file.layer << ") includes from layer " << included;
    }
  }
}

// "http/pages/cases/x.h" -> "pages/cases"; "http/common/x.h" -> "common"; "http/router.h" -> "".
std::string HttpFolder(const std::string& path) {
  const auto rest = path.substr(std::string{"http/"}.size());
  const auto slash = rest.find('/');
  if (slash == std::string::npos) return "";
  const auto top = rest.substr(0, slash);
  if (top != "pages" && top != "api") return top;
  const auto second = rest.find('/', slash + 1);
  return second == std::string::npos ? top : rest.substr(0, second);
}

TEST(LayeringTest, AnHttpFeatureUsesTheKitAndItsOwnFolderOnly) {
  static const std::regex kInclude{R"re(#include\s+"(http/[^"]+)")re"};
  int features = 0;
  for (const auto& file : ReadSources()) {
    if (file.layer != "http" || IsTest(file.relative)) continue;  // tests compose features
    const auto from = HttpFolder(file.relative);
    const bool feature = from.starts_with("pages/") || from.starts_with("api/");
    features += feature ? 1 : 0;
    for (auto it = std::sregex_iterator(file.text.begin(), file.text.end(), kInclude);
         it != std::sregex_iterator(); ++it) {
      const auto to = HttpFolder((*it)[1]);
      const bool to_feature = to.starts_with("pages/") || to.starts_with("api/");
      if (!to_feature) continue;  // the adapter, the kit (common/) and the views are for all
      EXPECT_EQ(from, to) << file.relative << " includes " << (*it)[1]
                          << ": a feature folder may use http/common/ and the domain, never "
                             "another feature's folder (move what both need to http/common/)";
    }
  }
  EXPECT_GT(features, 10) << "no feature folders found under src/http/pages and src/http/api";
}

TEST(LayeringTest, NoSourceNarratesHistoryByIssueNumber) {
  static const std::regex kIssue{R"(\bissues?\s*#?\s*[0-9]+)", std::regex::icase};
  for (const auto& file : ReadSources()) {
    EXPECT_FALSE(std::regex_search(file.text, kIssue))
        << file.relative << " mentions an issue number: history belongs in git and doc/decisions/";
  }
}

TEST(LayeringTest, OnlySystemClockReadsTheRealClock) {
  static const std::regex kClockRead{
      R"((system_clock|steady_clock|high_resolution_clock)::now|\btime\(\s*(nullptr|NULL|0)\s*\)|gettimeofday|clock_gettime)"};
  for (const auto& file : ReadSources()) {
    if (file.relative == "core/system_clock.cc" || IsTest(file.relative)) continue;
    EXPECT_FALSE(std::regex_search(file.text, kClockRead))
        << file.relative << " reads the real clock; take a core::Clock instead";
  }
}

TEST(LayeringTest, ThirdPartyCApisStayBehindTheirAdapters) {
  const std::vector<std::pair<std::regex, std::string>> rules{
      {std::regex{R"(#include\s+<restinio/)"}, "http/server.cc"},
      {std::regex{R"(#include\s+<sqlite3\.h>)"}, "storage/sqlite/"},
      {std::regex{R"(#include\s+<libpq-fe\.h>)"}, "storage/postgres/"},
      {std::regex{R"(#include\s+<liboath/)"}, "security/totp.cc"},
      {std::regex{R"(#include\s+<qrencode\.h>)"}, "security/qr_svg.cc"},
      {std::regex{R"(#include\s+<sodium\.h>)"}, "security/"},
      {std::regex{R"(#include\s+<xlsxwriter\.h>)"}, "reports/table.cc"},
      // The one place that starts another program (Chromium, to print a PDF).
      {std::regex{R"(#include\s+<spawn\.h>)"}, "reports/pdf_printer.cc"},
      {std::regex{R"(#include\s+<curl/)"}, "mail/"},
  };
  for (const auto& file : ReadSources()) {
    for (const auto& [pattern, home] : rules) {
      if (!std::regex_search(file.text, pattern)) continue;
      EXPECT_TRUE(file.relative.starts_with(home))
          << file.relative << " uses a C API that belongs in " << home;
    }
  }
}

}  // namespace
