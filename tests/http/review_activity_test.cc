// The review activity figures and the import of review history through real HTTP against the
// whole server, on both backends. THE 2019-20 SHAPE TEST: the reference partnership's 2019-20
// figures (DOMAIN.md: 21 referrals, 11 adult and 10 child; 14 rapid reviews, 8 adult and 6
// child; 4 full reviews, 1 adult, 2 child and 1 joint) come out of the page and of the API from
// a fixture of fictional cases (tests/fixtures/review_history_2019_20.csv, with cases either
// side of the year that must not count) imported through the upload page. Also: a DHR counted
// in its own column (dhr) and never as an adult full review, who may see the figures, bad dates
// naming their field, the export, and an import with a bad row writing nothing.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "security/password_hasher.h"
#include "testing/test_app.h"

namespace assure {
namespace {

using nlohmann::json;

constexpr std::string_view kYear = "from=2019-04-01&to=2020-03-31";

std::string Fixture() {
  std::ifstream in(std::string{ASSURE_SOURCE_DIR} + "/tests/fixtures/review_history_2019_20.csv",
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The numbers of the row labelled `label` in the page's review activity table: total, adult,
// children, joint, and dhr for full reviews (the other rows have no DHR number).
std::vector<std::string> TableRow(const std::string& html, const std::string& label) {
  const auto table = html.find("id=\"review-activity\"");
  if (table == std::string::npos) return {};
  const auto row = html.find(">" + label + "</th>", table);
  if (row == std::string::npos) return {};
  const auto end = html.find("</tr>", row);
  const std::string cells = html.substr(row, end - row);
  static const std::regex kCell{R"(govuk-table__cell--numeric">([0-9]+)</td>)"};
  std::vector<std::string> numbers;
  for (auto it = std::sregex_iterator(cells.begin(), cells.end(), kCell);
       it != std::sregex_iterator(); ++it) {
    numbers.push_back((*it)[1]);
  }
  return numbers;
}

// The value of the <input name="NAME" ...> of `html`.
std::string InputValue(const std::string& html, const std::string& name) {
  const std::regex input{"name=\"" + name + "\"[^>]*value=\"([^\"]*)\""};
  std::smatch match;
  return std::regex_search(html, match, input) ? match[1].str() : std::string{};
}

class ReviewActivityTest : public testing::AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto seeded = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto police =
          tx.agencies(north_).Create({"Northshire Police", domain::AgencyType::kPolice, true});
      if (!police.ok()) return police.error();
      police_ = police->id;
      auto council = tx.agencies(north_).Create(
          {"Northshire County Council", domain::AgencyType::kLocalAuthority, true});
      if (!council.ok()) return council.error();
      for (const char* theme : {"neglect", "self-neglect", "domestic abuse", "exploitation"}) {
        ASSURE_TRY(tx.themes(north_).Add(theme));
      }
      return core::Ok();
    });
    ASSERT_TRUE(seeded.ok()) << seeded.error().message;
    t_->AddUser(north_, "bea@example.org", kPassword, domain::Role::kBoardMember);
    AddAgencyLead("lee@example.org");
    south_ = t_->AddPartnership("southshire", "Southshire Safeguarding Partnership");
    t_->AddUser(south_, "sam@example.org", kPassword, domain::Role::kBusinessManager);
  }

  // An agency lead of Northshire Police (AppTest's AddUser cannot name the agency).
  void AddAgencyLead(const std::string& email) {
    const security::PasswordHasher hasher(security::kPasswordCostForTestsOnly);
    auto added = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto user = tx.users().Create({email, "Lee Agency"});
      if (!user.ok()) return user.error();
      user->password_hash = hasher.Hash(kPassword).value();
      auto updated = tx.users().Update(*user);
      if (!updated.ok()) return updated.error();
      domain::Membership membership;
      membership.partnership_id = north_;
      membership.user_id = updated->id;
      membership.role = domain::Role::kAgencyLead;
      membership.agency_id = police_;
      auto made = tx.memberships(north_).Add(membership);
      if (!made.ok()) return made.error();
      return core::Ok();
    });
    ASSERT_TRUE(added.ok()) << added.error().message;
  }

  // Posts `csv` to the upload page as a file, as the upload form does (multipart/form-data).
  core::Result<testing::HttpReply> Upload(const testing::Browser& browser, const std::string& csv) {
    const std::string boundary = "----assure-test-boundary";
    std::string body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
        browser.csrf_token + "\r\n--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"file\"; "
        "filename=\"history.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
        csv + "\r\n--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"csv\"\r\n\r\n\r\n--" + boundary + "--\r\n";
    const std::string request =
        "POST /cases/import HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(t_->port()) +
        "\r\nContent-Type: multipart/form-data; boundary=" + boundary +
        "\r\nContent-Length: " + std::to_string(body.size()) + "\r\nCookie: " + browser.cookie +
        "\r\nConnection: close\r\n\r\n" + body;
    return testing::HttpSend(t_->port(), request);
  }

  std::int64_t CaseCount(domain::PartnershipId partnership) {
    auto page = t_->store().Read([&](domain::Transaction& tx) {
      domain::CaseQuery query;
      query.limit = 0;
      return tx.cases(partnership).List(query);
    });
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }

  domain::AgencyId police_ = 0;
  domain::PartnershipId south_ = 0;
};

TEST_P(ReviewActivityTest, TheReferencePartnerships2019To20ShapeComesFromThePageAndTheApi) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto imported = Upload(ada, Fixture());
  ASSERT_TRUE(imported.ok());
  ASSERT_EQ(imported->status, 200) << imported->body;
  EXPECT_NE(imported->body.find("27 cases imported, 0 unchanged"), std::string::npos);
  EXPECT_EQ(CaseCount(north_), 27);

  // A board member reads the figures.
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto page = t_->Get("/reports/review-activity?" + std::string{kYear}, bea.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  using Row = std::vector<std::string>;
  EXPECT_EQ(TableRow(page->body, "Referrals received"), (Row{"21", "11", "10", "0"}));
  EXPECT_EQ(TableRow(page->body, "Rapid reviews conducted"), (Row{"14", "8", "6", "0"}));
  EXPECT_EQ(TableRow(page->body, "Progressed to full review"), (Row{"4", "1", "2", "1", "0"}));
  EXPECT_NE(page->body.find("1 April 2019 to 31 March 2020"), std::string::npos);
  // The funnel, drawn and as a table.
  EXPECT_NE(page->body.find("<svg class=\"app-funnel\""), std::string::npos);
  EXPECT_NE(page->body.find(">Referrals received: 21</text>"), std::string::npos);
  EXPECT_NE(page->body.find(">Progressed to full review: 4</text>"), std::string::npos);
  EXPECT_NE(page->body.find("id=\"funnel-table\""), std::string::npos);
  // The same from the API.
  auto api = t_->Get("/api/v1/reports/review-activity?" + std::string{kYear}, bea.cookie);
  ASSERT_EQ(api->status, 200) << api->body;
  const auto body = json::parse(api->body);
  EXPECT_EQ(body["period"], (json{{"from", "2019-04-01"}, {"to", "2020-03-31"}}));
  EXPECT_EQ(body["referrals"], (json{{"total", 21}, {"adult", 11}, {"child", 10}, {"joint", 0}}));
  EXPECT_EQ(body["rapid_reviews"], (json{{"total", 14}, {"adult", 8}, {"child", 6}, {"joint", 0}}));
  EXPECT_EQ(body["full_reviews"],
            (json{{"total", 4}, {"adult", 1}, {"child", 2}, {"joint", 1}, {"dhr", 0}}));
  EXPECT_FALSE(body["referrals"].contains("dhr"));  // a DHR is a kind of review, not of case
  EXPECT_EQ(body["notifications"], 9);
  // Two were late (SHAPE-A05 by 3 working days, SHAPE-C06 by 2).
  EXPECT_EQ(body["timeliness"]["assessed"], 14);
  EXPECT_EQ(body["timeliness"]["within"], 12);
  EXPECT_EQ(body["timeliness"]["late"], 2);
  EXPECT_EQ(body["timeliness"]["without_start"], 0);
  EXPECT_EQ(body["timeliness"]["not_sent_to_panel"], 0);
  EXPECT_EQ(body["timeliness"]["median_working_days_late"], 2.5);
  // Each notification went the day after its case's referral, when the partnership became
  // aware; SHAPE-C08's date of becoming aware is not in the file, so its timeliness is unknown.
  EXPECT_EQ(body["notification_timeliness"]["assessed"], 8);
  EXPECT_EQ(body["notification_timeliness"]["within"], 8);
  EXPECT_EQ(body["notification_timeliness"]["unknown"], 1);
  EXPECT_NE(page->body.find("date of becoming aware not recorded"), std::string::npos);
  EXPECT_NE(page->body.find("12 of 14 (85.7%)"), std::string::npos);
  EXPECT_EQ(body["themes"][0], (json{{"theme", "neglect"}, {"cases", 3}}));
  EXPECT_EQ(body["themes"].size(), 4u);
  // Each read is in the trail.
  EXPECT_EQ(t_->CountAudit(north_, "report.review_activity.read"), 2);

  // Another partnership sees none of it.
  const auto sam = t_->SignInFully("sam@example.org", kPassword);
  auto south = t_->Get("/api/v1/reports/review-activity?" + std::string{kYear}, sam.cookie);
  ASSERT_EQ(south->status, 200);
  EXPECT_EQ(json::parse(south->body)["referrals"]["total"], 0);
}

TEST_P(ReviewActivityTest, ADhrHasItsOwnColumnAndIsNeverAnAdultFullReview) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  ASSERT_EQ(Upload(ada, Fixture())->status, 200);
  // An adult case referred before the year whose DHR (the Community Safety Partnership's review)
  // was decided in it: it is in the dhr column, not in adult, and not in the total.
  auto seeded = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
    domain::NewCase draft;
    draft.reference = "SHAPE-D01";
    draft.type = domain::CaseType::kAdult;
    draft.subjects = {domain::Subject{0, "Adult D"}};
    draft.aware_on = *domain::ParseCivilDate("2019-03-15");
    draft.referral = {*domain::ParseCivilDate("2019-03-15"), "Community Safety Partnership", ""};
    auto created = tx.cases(north_).Create(draft);
    if (!created) return created.error();
    domain::FullReview review;
    review.case_id = created->id;
    review.kind = domain::FullReviewKind::kDhr;
    review.decided_on = *domain::ParseCivilDate("2019-09-02");
    auto put = tx.review_records(north_).PutFullReview(review);
    if (!put) return put.error();
    return core::Ok();
  });
  ASSERT_TRUE(seeded.ok()) << seeded.error().message;

  auto page = t_->Get("/reports/review-activity?" + std::string{kYear}, ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  using Row = std::vector<std::string>;
  EXPECT_EQ(TableRow(page->body, "Referrals received"), (Row{"21", "11", "10", "0"}));
  EXPECT_EQ(TableRow(page->body, "Progressed to full review"), (Row{"4", "1", "2", "1", "1"}));
  EXPECT_NE(page->body.find(">Progressed to full review: 4</text>"), std::string::npos);
  auto api = t_->Get("/api/v1/reports/review-activity?" + std::string{kYear}, ada.cookie);
  ASSERT_EQ(api->status, 200) << api->body;
  EXPECT_EQ(json::parse(api->body)["full_reviews"],
            (json{{"total", 4}, {"adult", 1}, {"child", 2}, {"joint", 1}, {"dhr", 1}}));
  auto csv =
      t_->Get("/reports/review-activity/export?" + std::string{kYear} + "&format=csv", ada.cookie);
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_NE(csv->body.find("Progressed to full review,4,1,2,1,1\r\n"), std::string::npos);
}

TEST_P(ReviewActivityTest, ImportingTheSameFileTwiceChangesNothing) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  ASSERT_EQ(Upload(ada, Fixture())->status, 200);
  auto again = Upload(ada, Fixture());
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_NE(again->body.find("0 cases imported, 27 unchanged"), std::string::npos);
  EXPECT_EQ(CaseCount(north_), 27);
  EXPECT_EQ(t_->CountAudit(north_, "case.import"), 2);
}

TEST_P(ReviewActivityTest, AFileWithABadRowImportsNothingAndListsEachProblem) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  std::string file = Fixture();
  file += "SHAPE-B01,kid,2019-04-01,,,,,,,,,\n";
  file += "SHAPE-B02,adult,2019-02-30,Northshire Fire,,,,,,,,\n";
  file += "SHAPE-A01,adult,2019-04-01,,,,,,,,,\n";
  auto refused = Upload(ada, file);
  ASSERT_EQ(refused->status, 422) << refused->body;
  const std::string& html = refused->body;
  EXPECT_NE(html.find("govuk-error-summary"), std::string::npos);
  EXPECT_NE(html.find("href=\"#problems\""), std::string::npos);
  EXPECT_NE(html.find("The file has 3 problems: nothing was imported"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"govuk-table__cell\">case_type</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"govuk-table__cell\">kid</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"govuk-table__cell\">referral_received</td>"), std::string::npos);
  EXPECT_NE(html.find("first on row 2"), std::string::npos);
  EXPECT_EQ(CaseCount(north_), 0);
  // Nothing pasted and no file: the field is named.
  auto empty = t_->Post("/cases/import", "csrf_token=" + ada.csrf_token + "&csv=", ada.cookie);
  ASSERT_EQ(empty->status, 422);
  EXPECT_NE(empty->body.find("href=\"#file\""), std::string::npos);
}

TEST_P(ReviewActivityTest, PastedTextImportsToo) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string csv =
      "reference%2Ccase_type%2Creferral_received%2Creferring_agency%2Cnotification_sent%2C"
      "rapid_review_completed%2Cdecision%2Cdecision_date%2Cpublished%2Cthemes%0D%0A"
      "PASTE-1%2Cadult%2C2019-05-01%2C%2C%2C%2C%2C%2C%2C%0D%0A";
  auto imported =
      t_->Post("/cases/import", "csrf_token=" + ada.csrf_token + "&csv=" + csv, ada.cookie);
  ASSERT_EQ(imported->status, 200) << imported->body;
  EXPECT_NE(imported->body.find("1 case imported, 0 unchanged"), std::string::npos);
  EXPECT_EQ(CaseCount(north_), 1);
}

TEST_P(ReviewActivityTest, ABoardMemberMayReadButAnAgencyLeadMayNot) {
  const auto lee = t_->SignInFully("lee@example.org", kPassword);
  EXPECT_EQ(t_->Get("/reports/review-activity", lee.cookie)->status, 403);
  auto api = t_->Get("/api/v1/reports/review-activity?" + std::string{kYear}, lee.cookie);
  EXPECT_EQ(api->status, 403);
  EXPECT_EQ(api->Header("content-type"), "application/json");
  EXPECT_EQ(t_->Get("/cases/import", lee.cookie)->status, 403);
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto page = t_->Get("/reports/review-activity", bea.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("href=\"/reports/review-activity\""), std::string::npos);  // nav
  EXPECT_EQ(t_->Get("/cases/import", bea.cookie)->status, 403);
  EXPECT_EQ(t_->CountAudit(north_, "access.denied"), 4);
}

TEST_P(ReviewActivityTest, WithoutAPeriodThePageShowsTheCurrentFinancialYear) {
  // The fake clock starts on Monday 5 January 2026: the 2025-26 financial year.
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto page = t_->Get("/reports/review-activity", bea.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(InputValue(page->body, "from-day"), "1");
  EXPECT_EQ(InputValue(page->body, "from-month"), "4");
  EXPECT_EQ(InputValue(page->body, "from-year"), "2025");
  EXPECT_EQ(InputValue(page->body, "to-year"), "2026");
  EXPECT_NE(page->body.find("1 April 2025 to 31 March 2026"), std::string::npos);
  // The date inputs give the same figures as the YYYY-MM-DD form.
  auto typed = t_->Get(
      "/reports/review-activity?from-day=1&from-month=4&from-year=2019&to-day=31&to-month=3&"
      "to-year=2020",
      bea.cookie);
  ASSERT_EQ(typed->status, 200);
  EXPECT_NE(typed->body.find("1 April 2019 to 31 March 2020"), std::string::npos);
}

TEST_P(ReviewActivityTest, BadDatesNameTheirFieldOnThePageAndInTheApi) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto page = t_->Get(
      "/reports/review-activity?from-day=30&from-month=2&from-year=2020&to-day=31&to-month=3&"
      "to-year=2020",
      bea.cookie);
  ASSERT_EQ(page->status, 422);
  EXPECT_NE(page->body.find("govuk-error-summary"), std::string::npos);
  EXPECT_NE(page->body.find("href=\"#from-day\""), std::string::npos);
  EXPECT_EQ(page->body.find("href=\"#to-day\""), std::string::npos);
  EXPECT_EQ(InputValue(page->body, "from-day"), "30");  // kept as typed
  EXPECT_EQ(page->body.find("id=\"review-activity\""), std::string::npos);
  auto backwards = t_->Get("/reports/review-activity?from=2020-03-31&to=2019-04-01", bea.cookie);
  ASSERT_EQ(backwards->status, 422);
  EXPECT_NE(backwards->body.find("href=\"#to-day\""), std::string::npos);

  auto bad = t_->Get("/api/v1/reports/review-activity?from=2019-02-30&to=2020-03-31", bea.cookie);
  ASSERT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["field"], "from");
  EXPECT_EQ(json::parse(bad->body)["error"], "invalid_input");
  auto missing = t_->Get("/api/v1/reports/review-activity?from=2019-04-01", bea.cookie);
  ASSERT_EQ(missing->status, 400);
  EXPECT_EQ(json::parse(missing->body)["field"], "to");
  EXPECT_EQ(t_->CountAudit(north_, "report.review_activity.read"), 0);
}

TEST_P(ReviewActivityTest, TheExportSaysWhatThePageSays) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  ASSERT_EQ(Upload(ada, Fixture())->status, 200);
  auto page = t_->Get("/reports/review-activity?" + std::string{kYear}, ada.cookie);
  ASSERT_NE(page->body.find(
                "/reports/review-activity/export?from=2019-04-01&amp;to=2020-03-31&amp;format=csv"),
            std::string::npos);
  auto csv =
      t_->Get("/reports/review-activity/export?" + std::string{kYear} + "&format=csv", ada.cookie);
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_EQ(csv->Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv->Header("content-disposition").value_or("").find("attachment"), std::string::npos);
  EXPECT_NE(csv->body.find("figure,total,adult,children,joint,dhr\r\n"), std::string::npos);
  EXPECT_NE(csv->body.find("Referrals received,21,11,10,0,\r\n"), std::string::npos);
  EXPECT_NE(csv->body.find("Progressed to full review,4,1,2,1,0\r\n"), std::string::npos);
  auto xlsx =
      t_->Get("/reports/review-activity/export?" + std::string{kYear} + "&format=xlsx", ada.cookie);
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->body.substr(0, 2), "PK");
  EXPECT_EQ(t_->CountAudit(north_, "report.review_activity.export"), 2);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReviewActivityTest);

}  // namespace
}  // namespace assure
