// The assure binary as an operator runs it: subcommands, one-line errors, serve on SQLite and on
// PostgreSQL answering /readyz, and a clean exit on SIGTERM. Postgres cases need
// ASSURE_TEST_POSTGRES_URL (scripts/test sets it) and are skipped, saying so, without it.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "testing/http_client.h"
#include "testing/subprocess.h"

namespace assure {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using testing::RunProgram;
using testing::Subprocess;

const std::string kAssure = ASSURE_BINARY;
const std::string kAssets = std::string{ASSURE_SOURCE_DIR} + "/web/dist";

std::size_t CountLines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class AssureBinaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("assure-e2e-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string SqliteUrl() const { return "sqlite:" + (dir_ / "assure.db").string(); }

  // Starts `serve` and waits until /healthz answers.
  std::unique_ptr<Subprocess> StartServe(const std::string& db_url, std::uint16_t port) {
    auto process = std::make_unique<Subprocess>(
        std::vector<std::string>{kAssure, "--db", db_url, "serve", "--listen",
                                 "127.0.0.1:" + std::to_string(port), "--assets", kAssets});
    for (int i = 0; i < 500; ++i) {
      if (testing::HttpGet(port, "/healthz").ok()) return process;
      if (process->Wait(10ms)) break;
    }
    ADD_FAILURE() << "serve did not come up: " << process->Stderr() << process->Stdout();
    return process;
  }

  fs::path dir_;
};

TEST_F(AssureBinaryTest, VersionAndHelpWork) {
  std::string out;
  EXPECT_EQ(RunProgram({kAssure, "version"}, &out, nullptr), 0);
  EXPECT_EQ(out, "assure 0.1.0\n");
  for (const char* sub : {"serve", "migrate", "backup", "version"}) {
    EXPECT_EQ(RunProgram({kAssure, sub, "--help"}, &out, nullptr), 0) << sub;
    EXPECT_NE(out.find("--help"), std::string::npos) << sub;
  }
  EXPECT_EQ(RunProgram({kAssure, "serve", "--help"}, &out, nullptr), 0);
  EXPECT_NE(out.find("--listen"), std::string::npos);
}

TEST_F(AssureBinaryTest, AnUnknownOptionIsOneClearLineAndExitTwo) {
  std::string err;
  EXPECT_EQ(RunProgram({kAssure, "serve", "--bogus"}, nullptr, &err), 2);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_EQ(err.rfind("assure: ", 0), 0u) << err;
  EXPECT_NE(err.find("--bogus"), std::string::npos) << err;
}

TEST_F(AssureBinaryTest, ABadDatabaseUrlNamesTheAllowedForms) {
  std::string err;
  EXPECT_EQ(RunProgram({kAssure, "--db", "mysql://root@localhost/x", "migrate"}, nullptr, &err), 2);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("sqlite:"), std::string::npos) << err;
  EXPECT_NE(err.find("postgresql://"), std::string::npos) << err;
}

TEST_F(AssureBinaryTest, TheDatabaseUrlMayComeFromTheEnvironment) {
  std::string err;
  EXPECT_EQ(RunProgram({kAssure, "migrate"}, nullptr, &err, 30s, {"ASSURE_DB=nonsense"}), 2);
  EXPECT_NE(err.find("sqlite:"), std::string::npos) << err;
}

TEST_F(AssureBinaryTest, AnUnreachableDatabaseIsOneLineAndUnavailable) {
  const auto port = testing::FreePort();
  std::string err;
  const auto status =
      RunProgram({kAssure, "--db",
                  "postgresql://assure@127.0.0.1:" + std::to_string(port) + "/assure", "migrate"},
                 nullptr, &err);
  EXPECT_EQ(status, 69);
  EXPECT_EQ(CountLines(err), 1u) << err;
}

TEST_F(AssureBinaryTest, ABadListenAddressNamesTheOption) {
  std::string err;
  EXPECT_EQ(
      RunProgram({kAssure, "--db", SqliteUrl(), "serve", "--listen", "8080", "--assets", kAssets},
                 nullptr, &err),
      2);
  EXPECT_NE(err.find("--listen"), std::string::npos) << err;
}

TEST_F(AssureBinaryTest, MigrateIsIdempotentAndBackupCopiesALiveDatabase) {
  std::string out;
  ASSERT_EQ(RunProgram({kAssure, "--db", SqliteUrl(), "migrate"}, &out, nullptr), 0);
  ASSERT_EQ(RunProgram({kAssure, "--db", SqliteUrl(), "migrate"}, &out, nullptr), 0);
  EXPECT_NE(out.find("0 applied"), std::string::npos) << out;
  const auto copy = (dir_ / "copy.db").string();
  ASSERT_EQ(RunProgram({kAssure, "--db", SqliteUrl(), "backup", "--to", copy}, &out, nullptr), 0);
  ASSERT_TRUE(fs::exists(copy));
  // The copy is a current Assure database: nothing left to apply.
  ASSERT_EQ(RunProgram({kAssure, "--db", "sqlite:" + copy, "migrate"}, &out, nullptr), 0);
  EXPECT_NE(out.find("0 applied"), std::string::npos) << out;
}

TEST_F(AssureBinaryTest, BackupOfPostgresSaysToUsePgDump) {
  std::string err;
  EXPECT_EQ(RunProgram({kAssure, "--db", "postgresql://a@127.0.0.1:5432/x", "backup", "--to",
                        (dir_ / "x").string()},
                       nullptr, &err),
            2);
  EXPECT_NE(err.find("pg_dump"), std::string::npos) << err;
}

TEST_F(AssureBinaryTest, ServeOnSqliteIsReadyAndExitsZeroOnSigterm) {
  const auto port = testing::FreePort();
  auto serve = StartServe(SqliteUrl(), port);
  auto ready = testing::HttpGet(port, "/readyz");
  ASSERT_TRUE(ready.ok());
  EXPECT_EQ(ready->status, 200) << ready->body;
  EXPECT_NE(ready->body.find("\"ready\""), std::string::npos);
  EXPECT_EQ(testing::HttpGet(port, "/")->status, 200);
  serve->Signal(SIGTERM);
  EXPECT_EQ(serve->Wait(15s), 0) << serve->Stderr();
  EXPECT_NE(serve->Stdout().find("\"event\":\"stopped\""), std::string::npos);
  EXPECT_NE(serve->Stdout().find("\"event\":\"database_closed\""), std::string::npos);
  // Closed cleanly: SQLite checkpointed and removed its write-ahead log.
  EXPECT_FALSE(fs::exists(dir_ / "assure.db-wal"));
}

TEST_F(AssureBinaryTest, ServeOnPostgresIsReady) {
  const char* admin_url = std::getenv("ASSURE_TEST_POSTGRES_URL");
  if (admin_url == nullptr) GTEST_SKIP() << "ASSURE_TEST_POSTGRES_URL is not set";
  const std::string name = "assure_e2e_" + std::to_string(::getpid());
  std::string err;
  ASSERT_EQ(RunProgram({"/usr/bin/psql", admin_url, "-q", "-c", "CREATE DATABASE " + name}, nullptr,
                       &err),
            0)
      << err;
  std::string url{admin_url};
  url = url.substr(0, url.rfind('/') + 1) + name;
  const auto port = testing::FreePort();
  {
    auto serve = StartServe(url, port);
    auto ready = testing::HttpGet(port, "/readyz");
    ASSERT_TRUE(ready.ok());
    EXPECT_EQ(ready->status, 200) << ready->body;
    serve->Signal(SIGTERM);
    EXPECT_EQ(serve->Wait(15s), 0) << serve->Stderr();
  }
  RunProgram({"/usr/bin/psql", admin_url, "-q", "-c", "DROP DATABASE " + name}, nullptr, nullptr);
}

}  // namespace
}  // namespace assure
