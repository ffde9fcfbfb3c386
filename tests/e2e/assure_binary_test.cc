// The assure binary as an operator runs it: subcommands, one-line errors, serve on SQLite and on
// PostgreSQL answering /readyz, and a clean exit on SIGTERM; the administrative commands
// (partnership, user, token, demo) and the audit trail's verify and export, with the trail
// tampered with through the sqlite3 shell. Postgres cases need ASSURE_TEST_POSTGRES_URL
// (scripts/test sets it) and are skipped, saying so, without it.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "testing/http_client.h"
#include "testing/smtp_sink.h"
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

  // `assure --db <the test's SQLite database> args...`; the exit status (-1 if it hung).
  int Assure(std::vector<std::string> args, std::string* out = nullptr, std::string* err = nullptr,
             const std::string& db = "assure.db") {
    args.insert(args.begin(), {kAssure, "--db", "sqlite:" + (dir_ / db).string()});
    return RunProgram(std::move(args), out, err, 60s).value_or(-1);
  }

  // A migrated database with the demo partnership in it.
  void MakeDemoDatabase(const std::string& db = "assure.db") {
    std::string err;
    ASSERT_EQ(Assure({"migrate"}, nullptr, &err, db), 0) << err;
    ASSERT_EQ(Assure({"demo"}, nullptr, &err, db), 0) << err;
  }

  // Runs SQL through the sqlite3 shell (as someone with the file would); returns its output.
  std::string Sqlite3(const std::string& sql, const std::string& db = "assure.db") {
    std::string out;
    std::string err;
    EXPECT_EQ(RunProgram({"/usr/bin/sqlite3", (dir_ / db).string(), sql}, &out, &err), 0) << err;
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

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

TEST_F(AssureBinaryTest, EveryAdministrativeCommandHasHelp) {
  const std::vector<std::vector<std::string>> commands{{"partnership", "add"},
                                                       {"user", "add"},
                                                       {"user", "disable"},
                                                       {"token", "create"},
                                                       {"audit", "verify"},
                                                       {"audit", "export"},
                                                       {"demo"}};
  for (auto args : commands) {
    args.insert(args.begin(), kAssure);
    args.push_back("--help");
    std::string out;
    EXPECT_EQ(RunProgram(args, &out, nullptr), 0) << args[1];
    EXPECT_NE(out.find("--help"), std::string::npos) << args[1];
  }
}

TEST_F(AssureBinaryTest, AdministrativeCommandsRefuseADatabaseNotYetMigrated) {
  std::string err;
  EXPECT_EQ(Assure({"partnership", "add", "--slug", "north", "--name", "North Partnership"},
                   nullptr, &err),
            69);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("assure migrate"), std::string::npos) << err;
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

TEST_F(AssureBinaryTest, AnUnusableSmtpUrlFromTheEnvironmentNamesTheOptionNotTheSecret) {
  std::string err;
  EXPECT_EQ(RunProgram({kAssure, "--db", SqliteUrl(), "serve", "--assets", kAssets, "--mail-from",
                        "assure@example.org"},
                       nullptr, &err, 30s,
                       {"ASSURE_SMTP_URL=smtps://mailer:hunter2secret@mail.example.org:99999"}),
            2);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("--smtp-url"), std::string::npos) << err;
  EXPECT_EQ(err.find("hunter2secret"), std::string::npos) << err;
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

// --- partnerships, users and tokens -----------------------------------------------------------

const std::regex kLink{R"(http://127\.0\.0\.1:8080/set-password/[A-Za-z0-9_-]{43}\n)"};

TEST_F(AssureBinaryTest, PartnershipAddPrintsItsIdAndUserAddPrintsASetPasswordLink) {
  std::string out;
  std::string err;
  ASSERT_EQ(Assure({"migrate"}), 0);
  ASSERT_EQ(Assure({"partnership", "add", "--slug", "westmere", "--name",
                    "Westmere Safeguarding Partnership"},
                   &out, &err),
            0)
      << err;
  EXPECT_TRUE(std::regex_match(out, std::regex{"[1-9][0-9]*\n"})) << out;
  EXPECT_EQ(Sqlite3("SELECT demo, mfa_required FROM partnerships WHERE slug = 'westmere'"), "0|1");
  EXPECT_EQ(Assure({"partnership", "add", "--slug", "westmere", "--name", "Again"}, nullptr, &err),
            4);
  EXPECT_EQ(CountLines(err), 1u) << err;

  ASSERT_EQ(Assure({"user", "add", "--partnership", "westmere", "--email", "sam@westmere.example",
                    "--name", "Sam Ray", "--role", "business_officer"},
                   &out, &err),
            0)
      << err;
  EXPECT_TRUE(std::regex_match(out, kLink)) << out;
  const std::string token = out.substr(out.rfind('/') + 1, 43);
  // Only the link's hash is kept, and it lasts 72 hours.
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM invitations WHERE token_hash = '" + token + "'"), "0");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM invitations WHERE used_at IS NULL AND "
                    "julianday(expires_at) - julianday(created_at) BETWEEN 2.999 AND 3.001"),
            "1");

  // The same person again, in another role and with another base URL: the account is reused.
  ASSERT_EQ(Assure({"user", "add", "--partnership", "westmere", "--email", "SAM@westmere.example",
                    "--name", "Sam Ray", "--role", "reviewer", "--base-url",
                    "https://assure.westmere.example/"},
                   &out, &err),
            0)
      << err;
  EXPECT_EQ(out.rfind("https://assure.westmere.example/set-password/", 0), 0u) << out;
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM users"), "1");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM memberships"), "2");
  EXPECT_EQ(Sqlite3("SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_events"
                    " ORDER BY id)"),
            "partnership.create user.create membership.create invitation.create "
            "membership.create invitation.create");

  // An agency lead needs an agency of this partnership.
  EXPECT_EQ(Assure({"user", "add", "--partnership", "westmere", "--email", "lead@westmere.example",
                    "--name", "Lee Ward", "--role", "agency_lead"},
                   nullptr, &err),
            2);
  EXPECT_NE(err.find("--agency"), std::string::npos) << err;
  EXPECT_EQ(Assure({"user", "add", "--partnership", "westmere", "--email", "lead@westmere.example",
                    "--name", "Lee Ward", "--role", "agency_lead", "--agency", "Nowhere Council"},
                   nullptr, &err),
            3);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("Nowhere Council"), std::string::npos) << err;
  EXPECT_EQ(Assure({"user", "add", "--partnership", "nowhere", "--email", "x@westmere.example",
                    "--name", "X Y", "--role", "reviewer"},
                   nullptr, &err),
            3);
  EXPECT_NE(err.find("nowhere"), std::string::npos) << err;
  // Nothing of the refused commands was written.
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM users"), "1");
}

TEST_F(AssureBinaryTest, AnUnknownRoleListsTheSevenRoles) {
  ASSERT_EQ(Assure({"migrate"}), 0);
  std::string err;
  EXPECT_EQ(Assure({"user", "add", "--partnership", "westmere", "--email", "a@westmere.example",
                    "--name", "A B", "--role", "superuser"},
                   nullptr, &err),
            2);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("superuser"), std::string::npos) << err;
  for (const char* role : {"administrator", "business_manager", "business_officer", "agency_lead",
                           "reviewer", "board_member", "auditor"}) {
    EXPECT_NE(err.find(role), std::string::npos) << role << " missing from: " << err;
  }
}

TEST_F(AssureBinaryTest, DemoRunsTwiceAndItsUsersCanSignIn) {
  std::string out;
  std::string err;
  ASSERT_EQ(Assure({"migrate"}), 0);
  ASSERT_EQ(Assure({"demo"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("administrator@northshire.example"), std::string::npos) << out;
  EXPECT_NE(out.find("northshire-demo-2026"), std::string::npos) << out;
  const std::string events = Sqlite3("SELECT count(*) FROM audit_events");
  ASSERT_EQ(Assure({"demo"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("added 0 partnership(s), 0 agencies, 0 users, 0 memberships, 0 password(s), "
                     "0 case(s), 0 action(s), 0 progress update(s), 0 review round(s), "
                     "0 briefing(s), 0 dissemination record(s)"),
            std::string::npos)
      << out;
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM audit_events"), events);  // nothing changed

  EXPECT_EQ(Sqlite3("SELECT name, demo, mfa_required FROM partnerships"),
            "Northshire Safeguarding Partnership|1|0");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM agencies"), "6");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM agencies WHERE statutory_partner = 1"), "3");
  EXPECT_EQ(Sqlite3("SELECT group_concat(role, ' ') FROM (SELECT role FROM memberships m JOIN "
                    "users u ON u.id = m.user_id WHERE u.email = m.role || '@northshire.example' "
                    "AND u.password_hash LIKE '$argon2id$%' ORDER BY role)"),
            "administrator agency_lead auditor board_member business_manager business_officer "
            "reviewer");
  // An agency lead for each agency, the county council's with the role's own address.
  EXPECT_EQ(Sqlite3("SELECT count(DISTINCT m.agency_id) FROM memberships m WHERE m.role = "
                    "'agency_lead' AND m.agency_id IS NOT NULL"),
            "6");
  EXPECT_EQ(Sqlite3("SELECT a.name FROM memberships m JOIN agencies a ON a.id = m.agency_id JOIN "
                    "users u ON u.id = m.user_id WHERE u.email = 'agency_lead@northshire.example'"),
            "Northshire County Council");

  // About 30 cases over three years, in every workflow state, each with its timeline, and the
  // demo reviewer on the register appointed to the full reviews.
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM cases"), "30");
  EXPECT_EQ(Sqlite3("SELECT group_concat(state, ' ') FROM (SELECT DISTINCT state FROM cases "
                    "ORDER BY state)"),
            "closed embargoed full_review published rapid_review scoping");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_events e "
                    "WHERE e.case_id = c.id AND e.action = 'refer')"),
            "0");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM full_reviews WHERE reviewer_id IS NULL"), "0");
  EXPECT_EQ(Sqlite3("SELECT count(DISTINCT type) FROM cases"), "3");

  // The action plans: actions in every status, each led by its owner agency's lead; a year and
  // more of updates, every completed action with its evidence of impact; two closed review rounds
  // whose entries are all reviewed, with every outcome.
  EXPECT_GE(std::stoi(Sqlite3("SELECT count(*) FROM actions")), 40);
  EXPECT_EQ(Sqlite3("SELECT group_concat(status, ' ') FROM (SELECT DISTINCT status FROM actions "
                    "ORDER BY status)"),
            "completed in_progress not_implemented not_started superseded");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM actions a WHERE NOT EXISTS (SELECT 1 FROM memberships m "
                    "WHERE m.user_id = a.lead_user_id AND m.agency_id = a.owner_agency_id "
                    "AND m.role = 'agency_lead')"),
            "0");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM actions a WHERE status = 'completed' AND NOT EXISTS "
                    "(SELECT 1 FROM action_updates u WHERE u.action_id = a.id "
                    "AND u.status = 'completed' AND u.evidence <> '')"),
            "0");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM actions WHERE status IN ('not_implemented', "
                    "'superseded') AND status_reason = ''"),
            "0");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM actions WHERE due_date_changes = 2"), "2");
  EXPECT_EQ(Sqlite3("SELECT julianday('now') - julianday(min(update_on)) > 365 FROM "
                    "action_updates"),
            "1");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM evidence_files"), "2");
  EXPECT_EQ(Sqlite3("SELECT count(*), count(closed_on) FROM review_rounds"), "2|2");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM review_entries WHERE outcome IS NULL"), "0");
  EXPECT_EQ(Sqlite3("SELECT group_concat(outcome, ' ') FROM (SELECT DISTINCT outcome FROM "
                    "review_entries ORDER BY outcome)"),
            "close escalate extend on_track");

  // Ten learning briefings in every state and the thematic review's draft report, and how most
  // agencies shared the published ones.
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM briefings"), "11");
  EXPECT_EQ(Sqlite3("SELECT group_concat(state, ' ') FROM (SELECT DISTINCT state FROM briefings "
                    "ORDER BY state)"),
            "approved draft in_review published withdrawn");
  EXPECT_GE(std::stoi(Sqlite3("SELECT count(*) FROM briefing_disseminations")), 20);

  // A closed case audit of 12 records, four parts submitted; the thematic review drawing on it,
  // with three findings and its report drafted.
  EXPECT_EQ(Sqlite3("SELECT state FROM case_audits"), "closed");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM case_audit_records"), "12");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM case_audit_parts WHERE state = 'submitted'"), "4");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM thematic_review_findings"), "3");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM thematic_reviews WHERE report_briefing_id IS NOT NULL"),
            "1");

  // A demo user signs in with the printed password (a demo partnership needs no second factor).
  const auto port = testing::FreePort();
  auto serve = StartServe(SqliteUrl(), port);
  const std::string form = "email=auditor%40northshire.example&password=northshire-demo-2026";
  auto reply = testing::HttpSend(
      port, "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                std::to_string(form.size()) + "\r\nConnection: close\r\n\r\n" + form);
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 303) << reply->body;
  EXPECT_EQ(reply->Header("location"), "/home");
  serve->Signal(SIGTERM);
  EXPECT_EQ(serve->Wait(15s), 0) << serve->Stderr();
}

TEST_F(AssureBinaryTest, DemoScaleMakesPartnershipsCasesAndActionsOnce) {
  ASSERT_EQ(Assure({"migrate"}), 0);
  std::string out;
  std::string err;
  const std::vector<std::string> scale{"demo",    "--scale", "--partnerships", "2",
                                       "--cases", "20",      "--actions",      "100"};
  ASSERT_EQ(Assure(scale, &out, &err), 0) << err;
  EXPECT_NE(out.find("added 20 case(s), 100 action(s)"), std::string::npos) << out;
  EXPECT_EQ(Sqlite3("SELECT group_concat(n, ' ') FROM (SELECT count(*) AS n FROM actions "
                    "GROUP BY partnership_id ORDER BY partnership_id)"),
            "50 50");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM cases"), "20");
  // One to four updates for each action agreed more than two weeks ago, none for the others.
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM (SELECT a.id, count(u.id) AS n FROM actions a LEFT JOIN "
                    "action_updates u ON u.action_id = a.id GROUP BY a.id) WHERE n > 4"),
            "0");
  EXPECT_GT(std::stoi(Sqlite3("SELECT count(*) FROM action_updates")), 100);
  // Recommendation sources name recommendations of the action's own partnership.
  EXPECT_GT(std::stoi(Sqlite3("SELECT count(*) FROM action_sources WHERE kind = "
                              "'recommendation'")),
            0);
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM action_sources s WHERE kind = 'recommendation' AND NOT "
                    "EXISTS (SELECT 1 FROM review_recommendations r WHERE r.id = s.ref_id AND "
                    "r.partnership_id = s.partnership_id)"),
            "0");
  EXPECT_EQ(Sqlite3("SELECT count(DISTINCT partnership_id) FROM review_rounds"), "2");
  EXPECT_EQ(Sqlite3("SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE "
                    "u.email = 'bench-lead@scale.example'"),
            "agency_lead");
  // A second run adds nothing.
  ASSERT_EQ(Assure(scale, &out, &err), 0) << err;
  EXPECT_NE(out.find("added 0 case(s), 0 action(s)"), std::string::npos) << out;
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM actions"), "100");
}

TEST_F(AssureBinaryTest, DemoLeavesARealPartnershipWithItsSlugAlone) {
  ASSERT_EQ(Assure({"migrate"}), 0);
  ASSERT_EQ(Assure({"partnership", "add", "--slug", "northshire", "--name", "Real Northshire"}), 0);
  std::string err;
  EXPECT_EQ(Assure({"demo"}, nullptr, &err), 4);
  EXPECT_NE(err.find("not a demo"), std::string::npos) << err;
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM users"), "0");
}

TEST_F(AssureBinaryTest, UserDisableDisablesTheAccountAndEndsItsSessions) {
  MakeDemoDatabase();
  const std::string user =
      "(SELECT CAST(id AS TEXT) FROM users WHERE email = 'reviewer@northshire.example')";
  Sqlite3(
      "INSERT INTO sessions (token_hash, user_id, partnership_id, csrf_token, created_at,"
      " last_seen_at, client_address, user_agent) SELECT 'h' || n, " +
      user +
      ", 1, 'c', '2026-01-05T09:00:00.000000Z', '2026-01-05T09:00:00.000000Z', '192.0.2.1',"
      " 'test' FROM (SELECT 1 AS n UNION SELECT 2)");
  std::string out;
  std::string err;
  ASSERT_EQ(Assure({"user", "disable", "--email", "reviewer@northshire.example"}, &out, &err), 0)
      << err;
  EXPECT_NE(out.find("2 session(s) ended"), std::string::npos) << out;
  EXPECT_EQ(Sqlite3("SELECT disabled FROM users WHERE id = " + user), "1");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM sessions WHERE ended_at IS NULL"), "0");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM audit_events WHERE action = 'user.disable' AND "
                    "client_address = 'cli' AND user_id IS NULL AND resource_id = " +
                    user),
            "1");
  EXPECT_EQ(Assure({"user", "disable", "--email", "nobody@northshire.example"}, nullptr, &err), 3);
  EXPECT_EQ(CountLines(err), 1u) << err;
}

TEST_F(AssureBinaryTest, TokenCreatePrintsA43CharacterTokenOnceAndStoresItsHash) {
  MakeDemoDatabase();
  std::string out;
  std::string err;
  ASSERT_EQ(Assure({"token", "create", "--partnership", "northshire", "--email",
                    "business_manager@northshire.example", "--name", "Reporting script"},
                   &out, &err),
            0)
      << err;
  ASSERT_TRUE(std::regex_match(out, std::regex{"[A-Za-z0-9_-]{43}\n"})) << out;
  const std::string token = out.substr(0, 43);
  EXPECT_EQ(err.find(token), std::string::npos);
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM api_tokens WHERE token_hash = '" + token + "'"), "0");
  EXPECT_EQ(Sqlite3("SELECT name, scopes, length(token_hash), "
                    "CAST(round(julianday(expires_at) - julianday(created_at)) AS INTEGER)"
                    " FROM api_tokens"),
            "Reporting script|read write|64|30");
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM audit_events WHERE action = 'api_token.create'"), "1");

  EXPECT_EQ(Assure({"token", "create", "--partnership", "northshire", "--email",
                    "auditor@northshire.example", "--name", "Long", "--days", "365"}),
            0);
  EXPECT_EQ(Assure({"token", "create", "--partnership", "northshire", "--email",
                    "auditor@northshire.example", "--name", "Too long", "--days", "366"},
                   nullptr, &err),
            2);
  EXPECT_NE(err.find("--days"), std::string::npos) << err;
  EXPECT_EQ(Assure({"token", "create", "--partnership", "northshire", "--email",
                    "stranger@northshire.example", "--name", "No"},
                   nullptr, &err),
            3);
  EXPECT_EQ(CountLines(err), 1u) << err;
}

// --- the audit trail ------------------------------------------------------------------------

TEST_F(AssureBinaryTest, AuditVerifyPassesOnAFreshDemoDatabase) {
  MakeDemoDatabase();
  std::string out;
  std::string err;
  EXPECT_EQ(Assure({"audit", "verify"}, &out, &err), 0) << err;
  const std::string events = Sqlite3("SELECT count(*) FROM audit_events");
  EXPECT_EQ(out.rfind("audit trail intact: " + events + " events in 1 chains\n", 0), 0u) << out;
  EXPECT_NE(out.find("chain 1: " + events + " events"), std::string::npos) << out;
}

// Each way of tampering, on its own demo database: verify exits non-zero naming the event.
class AuditTamperingTest : public AssureBinaryTest {
 protected:
  std::string VerifyFails(const std::string& db) {
    std::string err;
    EXPECT_EQ(Assure({"audit", "verify"}, nullptr, &err, db), 65) << err;
    EXPECT_EQ(CountLines(err), 1u) << err;
    return err;
  }
};

TEST_F(AuditTamperingTest, AChangedRowIsNamed) {
  MakeDemoDatabase("changed.db");
  Sqlite3(
      "DROP TRIGGER audit_events_append_only_update;"
      " UPDATE audit_events SET client_address = '203.0.113.9' WHERE id = 5",
      "changed.db");
  const std::string err = VerifyFails("changed.db");
  EXPECT_NE(err.find("Audit event 5 (chain 1)"), std::string::npos) << err;
  EXPECT_NE(err.find("content_changed"), std::string::npos) << err;
}

TEST_F(AuditTamperingTest, ADeletedRowIsNamedByTheEventAfterIt) {
  MakeDemoDatabase("deleted.db");
  Sqlite3("DROP TRIGGER audit_events_append_only_delete; DELETE FROM audit_events WHERE id = 5",
          "deleted.db");
  const std::string err = VerifyFails("deleted.db");
  EXPECT_NE(err.find("Audit event 6 (chain 1)"), std::string::npos) << err;
  EXPECT_NE(err.find("missing_event"), std::string::npos) << err;
}

TEST_F(AuditTamperingTest, AForgedRowIsNamed) {
  MakeDemoDatabase("forged.db");
  // A forger appends an event linked to the last one, with a hash that is not its content's.
  Sqlite3(
      "INSERT INTO audit_events (chain, partnership_id, user_id, session_id, action,"
      " resource_type, resource_id, outcome, client_address, reason, at, previous_hash, hash)"
      " SELECT chain, partnership_id, user_id, session_id, 'user.disable', 'user', '1', outcome,"
      " client_address, reason, at, hash, substr(hash, 2) || '0' FROM audit_events"
      " ORDER BY id DESC LIMIT 1",
      "forged.db");
  const std::string forged = Sqlite3("SELECT max(id) FROM audit_events", "forged.db");
  const std::string err = VerifyFails("forged.db");
  EXPECT_NE(err.find("Audit event " + forged + " (chain 1)"), std::string::npos) << err;
  EXPECT_NE(err.find("content_changed"), std::string::npos) << err;
}

std::string UtcDate(std::chrono::sys_days day) {
  const std::chrono::year_month_day date{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

TEST_F(AssureBinaryTest, AuditExportPrintsJsonLinesForARangeOfDays) {
  MakeDemoDatabase();
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::string out;
  std::string err;
  const std::string from = UtcDate(today - std::chrono::days{1});
  const std::string to = UtcDate(today + std::chrono::days{1});
  ASSERT_EQ(Assure({"audit", "export", "--from", from, "--to", to}, &out, &err), 0) << err;
  std::istringstream lines(out);
  std::string line;
  std::int64_t count = 0;
  std::int64_t last_id = 0;
  while (std::getline(lines, line)) {
    const auto event = nlohmann::json::parse(line);
    EXPECT_GT(event.at("id").get<std::int64_t>(), last_id);
    last_id = event.at("id").get<std::int64_t>();
    EXPECT_EQ(event.at("chain"), 1);
    EXPECT_EQ(event.at("client_address"), "cli");
    EXPECT_TRUE(event.at("user_id").is_null());
    EXPECT_EQ(event.at("hash").get<std::string>().size(), 64u);
    ++count;
  }
  // The demo's briefings were written step by step on their own past days (doc/learning.md, "In
  // the demo"): only the events of the three days are exported.
  EXPECT_EQ(std::to_string(count), Sqlite3("SELECT count(*) FROM audit_events WHERE substr(at, 1, "
                                           "10) BETWEEN '" +
                                           from + "' AND '" + to + "'"));
  EXPECT_LT(count, std::stoll(Sqlite3("SELECT count(*) FROM audit_events")));
  EXPECT_GT(count, 20);

  // Days with no events: no lines. Both ends are whole days.
  ASSERT_EQ(Assure({"audit", "export", "--from", "2000-01-01", "--to", "2000-12-31"}, &out, &err),
            0);
  EXPECT_EQ(out, "");
  EXPECT_EQ(
      Assure({"audit", "export", "--from", "2026-02-30", "--to", "2026-03-01"}, nullptr, &err), 2);
  EXPECT_NE(err.find("--from"), std::string::npos) << err;
  EXPECT_EQ(
      Assure({"audit", "export", "--from", "2026-03-02", "--to", "2026-03-01"}, nullptr, &err), 2);
  EXPECT_NE(err.find("--to"), std::string::npos) << err;
}

TEST_F(AssureBinaryTest, CalendarHolidaysPrintsTheYearInDateOrderWithoutADatabase) {
  std::string out;
  std::string err;
  ASSERT_EQ(Assure({"calendar", "holidays", "--year", "2022"}, &out, &err), 0) << err;
  EXPECT_EQ(out,
            "2022-01-03\n2022-04-15\n2022-04-18\n2022-05-02\n2022-06-02\n2022-06-03\n"
            "2022-08-29\n2022-09-19\n2022-12-26\n2022-12-27\n");
  EXPECT_FALSE(fs::exists(dir_ / "assure.db"));  // never opened
  ASSERT_EQ(Assure({"calendar", "holidays", "--year", "2023"}, &out, &err), 0) << err;
  EXPECT_NE(out.find("2023-05-08\n"), std::string::npos);  // the coronation
  EXPECT_EQ(CountLines(out), 9u);
}

TEST_F(AssureBinaryTest, CalendarAddWorkingDaysPrintsTheDueDate) {
  std::string out;
  std::string err;
  ASSERT_EQ(
      Assure({"calendar", "add-working-days", "--from", "2025-01-06", "--days", "5"}, &out, &err),
      0)
      << err;
  EXPECT_EQ(out, "2025-01-13\n");
  ASSERT_EQ(
      Assure({"calendar", "add-working-days", "--from", "2024-12-20", "--days", "15"}, &out, &err),
      0)
      << err;
  EXPECT_EQ(out, "2025-01-15\n");
  ASSERT_EQ(
      Assure({"calendar", "add-working-days", "--from", "2025-01-04", "--days", "0"}, &out, &err),
      0);
  EXPECT_EQ(out, "2025-01-04\n");
}

TEST_F(AssureBinaryTest, CalendarBadInputIsOneLineNamingTheOptionNotTheValue) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"calendar", "holidays", "--year", "20x5"}, "--year"},
      {{"calendar", "holidays", "--year", "1899"}, "--year"},
      {{"calendar", "holidays"}, "--year"},
      {{"calendar", "add-working-days", "--from", "2025-02-30", "--days", "5"}, "--from"},
      {{"calendar", "add-working-days", "--from", "6/1/2025", "--days", "5"}, "--from"},
      {{"calendar", "add-working-days", "--from", "2025-01-06", "--days", "five"}, "--days"},
      {{"calendar", "add-working-days", "--from", "2025-01-06", "--days", "1001"}, "--days"},
      {{"calendar", "add-working-days", "--from", "2025-01-06"}, "--days"},
  };
  for (const auto& [args, option] : cases) {
    std::string err;
    EXPECT_EQ(Assure(args, nullptr, &err), 2) << option;
    EXPECT_EQ(CountLines(err), 1u) << err;
    EXPECT_EQ(err.rfind("assure: ", 0), 0u) << err;
    EXPECT_NE(err.find(option), std::string::npos) << err;
    for (const char* value : {"20x5", "2025-02-30", "6/1/2025", "five", "1001"}) {
      EXPECT_EQ(err.find(value), std::string::npos) << err;
    }
  }
  std::string out;
  EXPECT_EQ(RunProgram({kAssure, "calendar", "add-working-days", "--help"}, &out, nullptr), 0);
  EXPECT_NE(out.find("--partnership"), std::string::npos);
}

TEST_F(AssureBinaryTest, CalendarCommandsUseAPartnershipsOwnChanges) {
  MakeDemoDatabase();
  Sqlite3(
      "INSERT INTO calendar_adjustments (partnership_id, date, non_working, reason, created_at)"
      " SELECT id, '2025-12-24', 1, 'Office closed', '2026-01-05T09:00:00.000000Z'"
      " FROM partnerships WHERE slug = 'northshire';"
      "INSERT INTO calendar_adjustments (partnership_id, date, non_working, reason, created_at)"
      " SELECT id, '2025-08-25', 0, 'Worked as normal', '2026-01-05T09:00:00.000000Z'"
      " FROM partnerships WHERE slug = 'northshire';");
  std::string out;
  std::string err;
  ASSERT_EQ(
      Assure({"calendar", "holidays", "--year", "2025", "--partnership", "northshire"}, &out, &err),
      0)
      << err;
  EXPECT_EQ(out,
            "2025-01-01\n2025-04-18\n2025-04-21\n2025-05-05\n2025-05-26\n2025-12-24\n"
            "2025-12-25\n2025-12-26\n");
  ASSERT_EQ(Assure({"calendar", "add-working-days", "--from", "2025-12-23", "--days", "1",
                    "--partnership", "northshire"},
                   &out, &err),
            0)
      << err;
  EXPECT_EQ(out, "2025-12-29\n");
  // Without --partnership, the national calendar.
  ASSERT_EQ(
      Assure({"calendar", "add-working-days", "--from", "2025-12-23", "--days", "1"}, &out, &err),
      0);
  EXPECT_EQ(out, "2025-12-24\n");
  // An unknown partnership is one line, exit 3.
  EXPECT_EQ(
      Assure({"calendar", "holidays", "--year", "2025", "--partnership", "nowhere"}, &out, &err),
      3);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_EQ(out, "");
}

// `assure import reviews`: a partnership made with `partnership add`, its agencies and themes put
// in with the sqlite3 shell (there is no command for them), then the 2019-20 fixture imported.
class ImportReviewsTest : public AssureBinaryTest {
 protected:
  void SetUp() override {
    AssureBinaryTest::SetUp();
    std::string out;
    std::string err;
    ASSERT_EQ(Assure({"migrate"}, nullptr, &err), 0) << err;
    ASSERT_EQ(Assure({"partnership", "add", "--slug", "history", "--name", "History Partnership"},
                     &out, &err),
              0)
        << err;
    Sqlite3(
        "INSERT INTO agencies (partnership_id, name, type, statutory_partner, version, created_at)"
        " SELECT id, 'Northshire Police', 'police', 1, 1, 'now' FROM partnerships"
        " WHERE slug = 'history';"
        "INSERT INTO agencies (partnership_id, name, type, statutory_partner, version, created_at)"
        " SELECT id, 'Northshire County Council', 'local_authority', 1, 1, 'now' FROM partnerships"
        " WHERE slug = 'history';"
        "INSERT INTO themes (partnership_id, name, created_at) SELECT p.id, t.name, 'now'"
        " FROM partnerships p, (SELECT 'neglect' AS name UNION SELECT 'self-neglect'"
        " UNION SELECT 'domestic abuse' UNION SELECT 'exploitation') t WHERE p.slug = 'history';");
  }

  std::string fixture_ =
      std::string{ASSURE_SOURCE_DIR} + "/tests/fixtures/review_history_2019_20.csv";
};

TEST_F(ImportReviewsTest, ImportsTheFileOnceAndTheSecondTimeChangesNothing) {
  std::string out;
  std::string err;
  ASSERT_EQ(Assure({"import", "reviews", "--partnership", "history", fixture_}, &out, &err), 0)
      << err;
  EXPECT_EQ(CountLines(out), 27u);
  EXPECT_NE(out.find("SHAPE-A01 created\n"), std::string::npos);
  EXPECT_NE(err.find("27 created, 0 unchanged"), std::string::npos);
  // The 2019-20 referrals, counted by the sqlite3 shell.
  EXPECT_EQ(Sqlite3("SELECT type || ':' || count(*) FROM cases"
                    " WHERE referral_received_on BETWEEN '2019-04-01' AND '2020-03-31'"
                    " GROUP BY type ORDER BY type"),
            "adult:11\nchild:10");
  EXPECT_EQ(Sqlite3("SELECT state FROM cases WHERE reference = 'SHAPE-C02'"), "published");
  EXPECT_EQ(Sqlite3("SELECT reason FROM audit_events WHERE action = 'case.import'"),
            "created 27, unchanged 0");

  const std::string kSnapshot =
      "SELECT group_concat(reference || '=' || state || '@' || version, ' ') FROM"
      " (SELECT reference, state, version FROM cases ORDER BY reference)";
  const std::string before = Sqlite3(kSnapshot);
  ASSERT_EQ(Assure({"import", "reviews", "--partnership", "history", fixture_}, &out, &err), 0)
      << err;
  EXPECT_NE(out.find("SHAPE-A01 unchanged\n"), std::string::npos);
  EXPECT_EQ(out.find("created"), std::string::npos);
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM cases"), "27");
  EXPECT_EQ(Sqlite3(kSnapshot), before);
  ASSERT_EQ(Assure({"audit", "verify"}, &out, &err), 0) << err;
}

TEST_F(ImportReviewsTest, ABadRowImportsNothingListsEachProblemAndExits65) {
  const auto bad = dir_ / "bad.csv";
  {
    std::ifstream in(fixture_);
    std::ofstream file(bad);
    file << in.rdbuf() << "SHAPE-B01,kid,2019-04-01,,,,,,,,,\n";
  }
  std::string out;
  std::string err;
  EXPECT_EQ(Assure({"import", "reviews", "--partnership", "history", bad.string()}, &out, &err),
            65);
  EXPECT_EQ(out, "");
  EXPECT_NE(err.find("row 29, column case_type, value \"kid\": Must be child, adult or joint.\n"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find("nothing imported: 1 problem(s)"), std::string::npos) << err;
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM cases"), "0");
  EXPECT_EQ(Sqlite3("SELECT outcome || ' ' || reason FROM audit_events"
                    " WHERE action = 'case.import'"),
            "failure 1 problems; nothing imported");
}

TEST_F(ImportReviewsTest, AnUnknownPartnershipOrAMissingFileIsOneLine) {
  std::string out;
  std::string err;
  EXPECT_EQ(Assure({"import", "reviews", "--partnership", "nowhere", fixture_}, &out, &err), 3);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(Assure({"import", "reviews", "--partnership", "history", (dir_ / "none.csv").string()},
                   &out, &err),
            0);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("cannot open"), std::string::npos) << err;
  EXPECT_EQ(Assure({"import", "reviews", "--help"}, &out, &err), 0);
  EXPECT_NE(out.find("--partnership"), std::string::npos);
}

// --- reminders ---------------------------------------------------------------------------------

// A partnership with one agency lead (lead@westmere.example) and one action of theirs due today,
// made through the commands and, for the agency and the action, the sqlite3 shell.
class RemindTest : public AssureBinaryTest {
 protected:
  void SetUp() override {
    AssureBinaryTest::SetUp();
    std::string err;
    ASSERT_EQ(Assure({"migrate"}, nullptr, &err), 0) << err;
    ASSERT_EQ(Assure({"partnership", "add", "--slug", "westmere", "--name",
                      "Westmere Safeguarding Partnership"},
                     nullptr, &err),
              0)
        << err;
    Sqlite3(
        "INSERT INTO agencies (partnership_id, name, type, statutory_partner, created_at)"
        " SELECT id, 'Westmere Police', 'police', 1, '2026-01-01T00:00:00.000000Z'"
        " FROM partnerships WHERE slug = 'westmere'");
    ASSERT_EQ(
        Assure({"user", "add", "--partnership", "westmere", "--email", "lead@westmere.example",
                "--name", "Lee Ward", "--role", "agency_lead", "--agency", "Westmere Police"},
               nullptr, &err),
        0)
        << err;
    // Due today in UTC: today or yesterday in London, so due soon or overdue either way.
    action_id_ = Sqlite3(
        "INSERT INTO actions (partnership_id, title, owner_agency_id, lead_user_id, lead_name,"
        " due_on, priority, created_at)"
        " SELECT a.partnership_id, 'Publish the fictional escalation policy', a.id, u.id,"
        " 'Lee Ward', date('now'), 'high', '2026-01-01T00:00:00.000000Z'"
        " FROM agencies a, users u WHERE a.name = 'Westmere Police'"
        " AND u.email = 'lead@westmere.example' RETURNING id");
    Sqlite3(
        "INSERT INTO action_sources (partnership_id, action_id, position, kind, label)"
        " SELECT partnership_id, id, 0, 'board_decision', 'Fictional board decision'"
        " FROM actions");
    ASSERT_FALSE(action_id_.empty());
  }

  std::vector<std::string> MailOptions() const {
    return {"--smtp-url", sink_.url(), "--mail-from", "assure@westmere.example"};
  }

  testing::SmtpSink sink_;
  std::string action_id_;
};

TEST_F(RemindTest, RemindMailsTheLeadOneDigestOnceADayAndAudits) {
  std::vector<std::string> remind{"remind", "--base-url", "https://assure.westmere.example"};
  for (const auto& option : MailOptions()) remind.push_back(option);
  std::string out;
  std::string err;
  ASSERT_EQ(Assure(remind, &out, &err), 0) << err;
  EXPECT_EQ(out, "1 digest sent\n");
  ASSERT_EQ(sink_.messages().size(), 1u);
  const auto message = sink_.messages().front();
  EXPECT_EQ(message.recipients, std::vector<std::string>{"lead@westmere.example"});
  EXPECT_NE(message.data.find("Subject: Assure: 1 action needs your attention"), std::string::npos);
  EXPECT_NE(message.data.find("1. Publish the fictional escalation policy"), std::string::npos);
  EXPECT_NE(message.data.find("https://assure.westmere.example/actions/" + action_id_ + "\r\n"),
            std::string::npos)
      << message.data;
  EXPECT_EQ(message.data.find("Fictional board decision"), std::string::npos);

  ASSERT_EQ(Assure(remind, &out, &err), 0) << err;
  EXPECT_EQ(out, "0 digests sent\n");
  EXPECT_EQ(sink_.messages().size(), 1u);
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM reminder_runs"), "1");
  EXPECT_EQ(
      Sqlite3("SELECT outcome || ' ' || reason FROM audit_events"
              " WHERE action = 'reminders.sent'"),
      "success digests sent 1, failed 0, already sent 0, leads skipped 0, actions 1, briefings 0");
}

TEST_F(RemindTest, WithoutAnSmtpServerRemindSendsNothingAndSaysSo) {
  std::string out;
  std::string err;
  ASSERT_EQ(Assure({"remind"}, &out, &err), 0) << err;
  EXPECT_EQ(out, "0 digests sent\n");
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("--smtp-url"), std::string::npos) << err;
  EXPECT_EQ(Sqlite3("SELECT count(*) FROM reminder_runs"), "0");
  EXPECT_TRUE(sink_.messages().empty());
}

TEST_F(RemindTest, RemindForOnePartnershipAndItsBadInputIsOneLine) {
  std::vector<std::string> remind{"remind", "--partnership", "westmere"};
  for (const auto& option : MailOptions()) remind.push_back(option);
  std::string out;
  std::string err;
  ASSERT_EQ(Assure(remind, &out, &err), 0) << err;
  EXPECT_EQ(out, "1 digest sent\n");
  // The default base URL.
  EXPECT_NE(sink_.messages().front().data.find("http://localhost:8080/actions/" + action_id_),
            std::string::npos);

  remind[2] = "nowhere";
  EXPECT_EQ(Assure(remind, &out, &err), 3);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_EQ(Assure({"remind", "--base-url", "assure.westmere.example"}, &out, &err), 2);
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("base-url"), std::string::npos) << err;
  EXPECT_EQ(Assure({"remind", "--help"}, &out, &err), 0);
  EXPECT_NE(out.find("--smtp-url"), std::string::npos);
}

TEST_F(RemindTest, ARefusedDigestExits69AndTheNextRunSendsIt) {
  testing::SmtpSink refusing({.refuse_recipients = true});
  std::string out;
  std::string err;
  EXPECT_EQ(
      Assure({"remind", "--smtp-url", refusing.url(), "--mail-from", "assure@westmere.example"},
             &out, &err),
      69);
  EXPECT_EQ(out, "0 digests sent\n");
  EXPECT_EQ(CountLines(err), 1u) << err;
  EXPECT_NE(err.find("westmere"), std::string::npos) << err;
  EXPECT_EQ(err.find("lead@"), std::string::npos) << err;

  std::vector<std::string> remind{"remind"};
  for (const auto& option : MailOptions()) remind.push_back(option);
  ASSERT_EQ(Assure(remind, &out, &err), 0) << err;
  EXPECT_EQ(out, "1 digest sent\n");
  EXPECT_EQ(sink_.messages().size(), 1u);
}

TEST_F(RemindTest, ServeSendsTheDaysDigestsShortlyAfterItStartsAndStopsCleanly) {
  const auto port = testing::FreePort();
  Subprocess serve(
      {kAssure, "--db", SqliteUrl(), "serve", "--listen", "127.0.0.1:" + std::to_string(port),
       "--assets", kAssets, "--mail-from", "assure@westmere.example"},
      {"ASSURE_SMTP_URL=" + sink_.url(), "ASSURE_BASE_URL=https://assure.westmere.example"});
  ASSERT_TRUE(sink_.WaitForMessages(1, 60s)) << serve.Stderr() << serve.Stdout();
  serve.Signal(SIGTERM);
  EXPECT_EQ(serve.Wait(30s), 0) << serve.Stderr();
  ASSERT_EQ(sink_.messages().size(), 1u);
  EXPECT_NE(
      sink_.messages().front().data.find("https://assure.westmere.example/actions/" + action_id_),
      std::string::npos);
  const std::string log = serve.Stdout();
  EXPECT_NE(log.find("\"event\":\"reminders_sent\""), std::string::npos) << log;
  EXPECT_EQ(log.find("lead@westmere.example"), std::string::npos) << log;
  EXPECT_EQ(log.find("escalation policy"), std::string::npos) << log;
}

}  // namespace
}  // namespace assure
