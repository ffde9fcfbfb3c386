// The anonymity of staff survey answers, through the whole server, on both backends. A survey is
// answered through its links at a distinctive moment (14:37:21) by a signed-in browser, which
// sends its session cookie and CSRF token along, and by an anonymous one. Then every row of every
// table is compared with a snapshot taken just before: the only new rows are the answers, and
// none holds the client's address, the cookie, the CSRF token, a request id or the time of day in
// any common form; no row changed or went. The event log got no line at all, the audit trail no
// event, and no answer set a cookie. Fictional data only.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "http/assurance/survey_fixture.h"
#include "storage/sql/database.h"

namespace assure::testing {
namespace {

using nlohmann::json;
using storage::sql::Connection;
using storage::sql::Dialect;

// Every row of every table, each row as the text of its cells, by table.
using Tables = std::map<std::string, std::multiset<std::string>>;

std::string CellText(const storage::sql::Value& value) {
  return std::visit(
      [](const auto& cell) -> std::string {
        using T = std::decay_t<decltype(cell)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return "NULL";
        } else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, double>) {
          return std::to_string(cell);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return cell;
        } else {
          return cell.bytes;
        }
      },
      value);
}

std::string RowText(const storage::sql::Row& row) {
  std::string text;
  for (std::size_t c = 0; c < row.size(); ++c) text += CellText(row.at(c)) + "\x1f";
  return text;
}

// The rows of `after` that `before` does not have, table by table (a multiset difference).
Tables Added(const Tables& before, const Tables& after) {
  Tables added;
  for (const auto& [table, rows] : after) {
    std::multiset<std::string> left = rows;
    const auto old = before.find(table);
    if (old != before.end()) {
      for (const auto& row : old->second) {
        const auto found = left.find(row);
        if (found != left.end()) left.erase(found);
      }
    }
    if (!left.empty()) added[table] = std::move(left);
  }
  return added;
}

class SurveyAnonymityTest : public SurveyTest {
 protected:
  Tables Snapshot() {
    auto read = t_->app().database().Read([](Connection& connection) -> core::Result<Tables> {
      const bool sqlite = connection.dialect() == Dialect::kSqlite;
      auto names = connection.Query(
          sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                 : "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                   " current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
      if (!names.ok()) return names.error();
      Tables tables;
      for (const auto& name : *names) {
        const std::string table = name.Text(0);
        auto rows = connection.Query("SELECT * FROM \"" + table + "\"");
        if (!rows.ok()) return rows.error();
        auto& kept = tables[table];
        for (const auto& row : *rows) kept.insert(RowText(row));
      }
      return tables;
    });
    EXPECT_TRUE(read.ok()) << read.error().message;
    return read.ok() ? *read : Tables{};
  }

  std::vector<std::string> Texts(const std::string& sql) {
    auto read = t_->app().database().Read(
        [&](Connection& connection) -> core::Result<std::vector<std::string>> {
          auto rows = connection.Query(sql);
          if (!rows.ok()) return rows.error();
          std::vector<std::string> texts;
          for (const auto& row : *rows) texts.push_back(RowText(row));
          return texts;
        });
    EXPECT_TRUE(read.ok()) << read.error().message;
    return read.ok() ? *read : std::vector<std::string>{};
  }

  std::vector<std::string> Columns(const std::string& table) {
    auto read = t_->app().database().Read(
        [&](Connection& connection) -> core::Result<std::vector<std::string>> {
          auto rows = connection.Query("SELECT * FROM " + table);
          if (!rows.ok()) return rows.error();
          return rows->columns;
        });
    EXPECT_TRUE(read.ok()) << read.error().message;
    return read.ok() ? *read : std::vector<std::string>{};
  }
};

TEST_P(SurveyAnonymityTest, AnswersKeepNoAddressCookieOrTimeAndLeaveNoLogLineOrAuditEvent) {
  // A distinctive moment: 14:37:21 in London (GMT in January), for everything from here on.
  t_->clock().Advance(std::chrono::hours{5} + std::chrono::minutes{37} + std::chrono::seconds{21});
  const json survey = OpenSurvey(CreateSurvey());
  const std::string police = LinkOf(survey, police_);
  const std::string health = LinkOf(survey, health_);
  ASSERT_FALSE(police.empty() || health.empty());
  const Browser ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string session = ada.cookie.substr(ada.cookie.find('=') + 1);
  ASSERT_GE(session.size(), 20u);
  ASSERT_FALSE(ada.csrf_token.empty());

  const Tables before = Snapshot();
  ASSERT_TRUE(before.contains("survey_responses"));
  const std::int64_t audit_before = CountOf("SELECT COUNT(*) FROM audit_events");
  const std::size_t log_before = t_->LogText().size();

  std::vector<HttpReply> replies;
  const auto keep = [&](core::Result<HttpReply> reply) {
    EXPECT_TRUE(reply.ok());
    if (reply.ok()) replies.push_back(*reply);
  };
  // Signed in: the cookie and CSRF token go along with every request, and are ignored.
  keep(t_->Get("/s/" + police, ada.cookie));
  keep(t_->Post("/s/" + police, Answers(0, true) + "&csrf_token=" + ada.csrf_token, ada.cookie,
                OwnOrigin()));
  keep(t_->Get("/s/" + police + "/thanks", ada.cookie));
  // Anonymous.
  keep(t_->Get("/s/" + health));
  keep(t_->Post("/s/" + health, Answers(1, true)));
  keep(t_->Get("/s/" + health + "/thanks"));
  ASSERT_EQ(replies.size(), 6u);
  const std::vector<int> statuses{200, 303, 200, 200, 303, 200};
  std::vector<std::string> request_ids;
  for (std::size_t i = 0; i < replies.size(); ++i) {
    EXPECT_EQ(replies[i].status, statuses[i]) << i << ": " << replies[i].body;
    EXPECT_FALSE(replies[i].Header("set-cookie").has_value()) << i;
    request_ids.push_back(replies[i].Header("x-request-id").value_or(""));
    ASSERT_FALSE(request_ids.back().empty()) << i;
  }

  // (a) The database: only the answers are new, and none of them holds anything of the request.
  const Tables after = Snapshot();
  EXPECT_TRUE(Added(after, before).empty()) << "a row changed or went";
  const Tables added = Added(before, after);
  std::set<std::string> tables;
  for (const auto& [table, rows] : added) tables.insert(table);
  EXPECT_EQ(tables, (std::set<std::string>{"survey_answers", "survey_responses"}));
  ASSERT_TRUE(added.contains("survey_responses"));
  EXPECT_EQ(added.at("survey_responses").size(), 2u);
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(t_->clock().Now().time_since_epoch());
  std::vector<std::string> kept_from_request{
      "127.0.0.1", session,    ada.csrf_token,
      "14:37",     "14:37:21", "T14:",
      " 14:",      "143721",   std::to_string(seconds.count())};
  kept_from_request.insert(kept_from_request.end(), request_ids.begin(), request_ids.end());
  for (const auto& [table, rows] : added) {
    for (const auto& row : rows) {
      for (const auto& needle : kept_from_request) {
        EXPECT_EQ(row.find(needle), std::string::npos) << table << " keeps \"" << needle << "\"";
      }
    }
  }
  // A response is its agency and the day only.
  EXPECT_EQ(
      Columns("survey_responses"),
      (std::vector<std::string>{"id", "partnership_id", "survey_id", "agency_id", "answered_on"}));
  EXPECT_EQ(Texts("SELECT DISTINCT answered_on FROM survey_responses"),
            std::vector<std::string>{"2026-01-05\x1f"});
  EXPECT_EQ(Columns("survey_answers"),
            (std::vector<std::string>{"partnership_id", "survey_id", "agency_id", "response_id",
                                      "question", "choice", "text"}));

  // (b) The event log: not one line, so no route, token, request id or time.
  EXPECT_EQ(t_->LogText().substr(log_before), "");
  const std::string log = t_->LogText();
  EXPECT_EQ(log.find("/s/{token}"), std::string::npos);
  EXPECT_EQ(log.find(police), std::string::npos);
  EXPECT_EQ(log.find(health), std::string::npos);
  for (const auto& id : request_ids) EXPECT_EQ(log.find(id), std::string::npos) << id;

  // (c) The audit trail: no event.
  EXPECT_EQ(CountOf("SELECT COUNT(*) FROM audit_events"), audit_before);

  // The session was not used, so it is as it was and still works.
  EXPECT_EQ(t_->Get("/home", ada.cookie)->status, 200);
}

TEST_P(SurveyAnonymityTest, ARefusedAnswerOrAnUnknownLinkLeavesNoTraceEither) {
  const json survey = OpenSurvey(CreateSurvey());
  const std::string police = LinkOf(survey, police_);
  ASSERT_FALSE(police.empty());
  const Tables before = Snapshot();
  const std::size_t log_before = t_->LogText().size();

  const auto refused = SendAnswers(police, "q1=7&q2=3");
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->status, 422);
  EXPECT_FALSE(refused->Header("set-cookie").has_value());
  const std::string unknown = "/s/" + std::string(43, 'b');
  EXPECT_EQ(t_->Get(unknown)->status, 404);
  EXPECT_EQ(t_->Post(unknown, Answers(0))->status, 404);
  EXPECT_EQ(t_->Get(unknown + "/thanks")->status, 404);

  EXPECT_TRUE(Added(before, Snapshot()).empty());
  EXPECT_EQ(t_->LogText().substr(log_before), "");
}

TEST_P(SurveyAnonymityTest, ADraftHasNoLinkAndAnOpenSurveysFormShowsNoOtherAgency) {
  const json draft = CreateSurvey();
  EXPECT_EQ(CountOf("SELECT COUNT(*) FROM survey_agencies WHERE token IS NOT NULL"), 0);
  const json survey = OpenSurvey(draft);
  const auto form = t_->Get("/s/" + LinkOf(survey, police_));
  ASSERT_TRUE(form.ok());
  ASSERT_EQ(form->status, 200);
  EXPECT_NE(form->body.find("Northshire Police"), std::string::npos);
  EXPECT_EQ(form->body.find("Northshire ICB"), std::string::npos);
  EXPECT_EQ(form->body.find(LinkOf(survey, health_)), std::string::npos);
  EXPECT_EQ(form->body.find("csrf_token"), std::string::npos);
  EXPECT_FALSE(form->Header("set-cookie").has_value());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SurveyAnonymityTest);

}  // namespace
}  // namespace assure::testing
