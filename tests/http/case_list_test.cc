// The case list through the whole server, on both backends: each filter, full-text search over
// reference, pseudonym and summary, 50 cases a page with links that keep the filters, and the
// CSV and XLSX exports of the same filtered list (every page), with their headers, neutralised
// formula cells and an audit event each.
#include <gtest/gtest.h>

#include "http/case_pages_fixture.h"
#include "testing/zip_reader.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using testing::HttpReply;

class CaseListTest : public testing::CasePagesTest {
 protected:
  void SetUp() override {
    CasePagesTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    adult_ = SeedCase("CR-2023-001", domain::CaseType::kAdult, "Adult A", "2023-05-01",
                      "Fictional self-neglect at home.", {"neglect"});
    // Closed: a closed case keeps only the clocks already met, so none is overdue.
    auto closed = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto record = tx.cases(north_).Get(adult_);
      if (!record) return record.error();
      record->state = domain::CaseState::kClosed;
      auto updated = tx.cases(north_).Update(*record);
      if (!updated) return updated.error();
      return domain::MarkCase(tx, north_, adult_, domain::PartnershipDeadlines());
    });
    ASSERT_TRUE(closed.ok()) << closed.error().message;
    joint_ = SeedCase("CR-2024-001", domain::CaseType::kJoint, "Child Z", "2024-03-01",
                      "=1+2 fictional exploitation summary", {"exploitation"});
  }

  // The references the list page shows, in order.
  static std::vector<std::string> References(const HttpReply& reply) {
    std::vector<std::string> references;
    const std::string marker = "class=\"govuk-link\">CR-";
    for (auto at = reply.body.find(marker); at != std::string::npos;
         at = reply.body.find(marker, at + 1)) {
      const auto start = at + marker.size() - 3;
      references.push_back(reply.body.substr(start, reply.body.find('<', start) - start));
    }
    return references;
  }

  std::vector<std::string> Listed(const testing::Browser& browser, const std::string& query) {
    auto reply = t_->Get("/cases" + query, browser.cookie);
    EXPECT_EQ(reply->status, 200) << query << ": " << reply->body;
    return References(*reply);
  }

  domain::CaseId adult_ = 0;
  domain::CaseId joint_ = 0;
};

using Refs = std::vector<std::string>;

TEST_P(CaseListTest, FiltersAndSearchNarrowTheList) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto before = CountAudit("case.list", AuditOutcome::kSuccess);  // her home page's to-do
  // Newest referral first, then by reference.
  EXPECT_EQ(Listed(ada, ""), Refs({"CR-2025-001", "CR-2025-002", "CR-2024-001", "CR-2023-001"}));
  EXPECT_EQ(Listed(ada, "?type=adult"), Refs({"CR-2023-001"}));
  EXPECT_EQ(Listed(ada, "?theme=exploitation"), Refs({"CR-2024-001"}));
  EXPECT_EQ(Listed(ada, "?year=2025"), Refs({"CR-2025-001", "CR-2025-002"}));
  EXPECT_EQ(Listed(ada, "?state=closed"), Refs({"CR-2023-001"}));
  EXPECT_EQ(Listed(ada, "?type=child&year=2024"), Refs{});
  // Full-text search: a pseudonym, a word of a summary, a reference.
  EXPECT_EQ(Listed(ada, "?q=Adult+A"), Refs({"CR-2023-001"}));
  EXPECT_EQ(Listed(ada, "?q=exploitation"), Refs({"CR-2024-001"}));
  EXPECT_EQ(Listed(ada, "?q=CR-2025-002"), Refs({"CR-2025-002"}));
  // Overdue clocks: the child and joint cases' notifications; the closed adult case has none.
  EXPECT_EQ(Listed(ada, "?overdue=yes"), Refs({"CR-2025-001", "CR-2025-002", "CR-2024-001"}));

  auto page = t_->Get("/cases?type=adult&q=neglect&overdue=yes", ada.cookie);
  EXPECT_TRUE(page->body.find("<option value=\"adult\" selected>") != std::string::npos);
  EXPECT_TRUE(page->body.find("name=\"q\" type=\"search\" value=\"neglect\"") != std::string::npos);
  EXPECT_TRUE(page->body.find("id=\"overdue\" name=\"overdue\" type=\"checkbox\" value=\"yes\" "
                              "checked") != std::string::npos);
  EXPECT_TRUE(page->body.find("No cases match.") != std::string::npos);
  // The export links carry the same filters.
  EXPECT_TRUE(page->body.find("href=\"/cases.csv?q=neglect&amp;type=adult&amp;overdue=yes\"") !=
              std::string::npos);
  // Each row shows its next clock.
  auto all = t_->Get("/cases", ada.cookie);
  EXPECT_TRUE(all->body.find("govuk-tag--red\">Overdue</strong>") != std::string::npos);
  EXPECT_EQ(CountAudit("case.list", AuditOutcome::kSuccess) - before, 12);  // one per list page
}

TEST_P(CaseListTest, FiftyCasesAPageWithPaginationThatKeepsTheFilters) {
  auto seeded = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
    for (int i = 1; i <= 55; ++i) {
      domain::NewCase draft;
      char reference[16];
      std::snprintf(reference, sizeof reference, "CR-2020-%03d", i);
      draft.reference = reference;
      draft.type = domain::CaseType::kChild;
      domain::Subject subject;
      subject.pseudonym = "Child " + std::to_string(i);
      draft.subjects = {subject};
      draft.aware_on = Day("2020-03-02");
      draft.referral.received_on = Day("2020-03-02");
      draft.referral.referrer = "Designated nurse";
      auto made = tx.cases(north_).Create(draft);
      if (!made.ok()) return made.error();
    }
    return core::Ok();
  });
  ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto first = t_->Get("/cases?type=child", ada.cookie);
  ASSERT_EQ(first->status, 200);
  const auto rows = References(*first);
  ASSERT_EQ(rows.size(), 50u);
  EXPECT_EQ(rows[0], "CR-2025-001");
  EXPECT_EQ(rows[2], "CR-2020-001");
  EXPECT_NE(first->body.find("57 cases. Showing 1 to 50"), std::string::npos);
  EXPECT_NE(first->body.find("href=\"/cases?type=child&amp;page=2\" rel=\"next\""),
            std::string::npos);
  EXPECT_EQ(first->body.find("rel=\"prev\""), std::string::npos);
  EXPECT_NE(first->body.find("aria-label=\"Page 1\" aria-current=\"page\""), std::string::npos);

  auto second = t_->Get("/cases?type=child&page=2", ada.cookie);
  const auto more = References(*second);
  ASSERT_EQ(more.size(), 7u);
  EXPECT_EQ(more.back(), "CR-2020-055");
  EXPECT_NE(second->body.find("Showing 51 to 57"), std::string::npos);
  EXPECT_NE(second->body.find("href=\"/cases?type=child\" rel=\"prev\""), std::string::npos);
  EXPECT_EQ(second->body.find("rel=\"next\""), std::string::npos);
  // Past the end: an empty page, not an error.
  EXPECT_TRUE(References(*t_->Get("/cases?type=child&page=9", ada.cookie)).empty());

  // The export has every page.
  auto csv = t_->Get("/cases.csv?type=child", ada.cookie);
  ASSERT_EQ(csv->status, 200);
  std::size_t lines = 0;
  for (char c : csv->body) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, 58u);  // the header and 57 cases
}

TEST_P(CaseListTest, TheExportsHoldTheFilteredListNeutraliseFormulasAndAreAudited) {
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  const auto listed = CountAudit("case.list", AuditOutcome::kSuccess);  // his home page's to-do
  auto csv = t_->Get("/cases.csv?type=joint", otto.cookie);
  ASSERT_EQ(csv->status, 200) << csv->body;
  EXPECT_EQ(csv->Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv->Header("content-disposition"),
            "attachment; filename=\"cases-2026-01-05.csv\"; filename*=UTF-8''cases-2026-01-05.csv");
  EXPECT_TRUE(csv->body.starts_with("\xEF\xBB\xBFReference,Type,State,Subjects,Referral received"))
      << csv->body;
  EXPECT_NE(csv->body.find("CR-2024-001,Joint (child and adult),Scoping,Child Z,2024-03-01"),
            std::string::npos);
  EXPECT_NE(csv->body.find("'=1+2 fictional exploitation summary"), std::string::npos);
  EXPECT_EQ(csv->body.find(",=1+2"), std::string::npos);
  EXPECT_EQ(csv->body.find("CR-2025-001"), std::string::npos);  // filtered out
  EXPECT_EQ(CountAudit("case.export", AuditOutcome::kSuccess), 1);

  auto xlsx = t_->Get("/cases.xlsx?q=fictional", otto.cookie);
  ASSERT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->Header("content-type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(
      xlsx->Header("content-disposition"),
      "attachment; filename=\"cases-2026-01-05.xlsx\"; filename*=UTF-8''cases-2026-01-05.xlsx");
  auto entries = testing::ReadZip(xlsx->body);
  ASSERT_TRUE(entries.count("xl/sharedStrings.xml"));
  const auto& strings = entries["xl/sharedStrings.xml"];
  EXPECT_NE(strings.find("Reference"), std::string::npos);
  EXPECT_NE(strings.find("Next clock due"), std::string::npos);
  EXPECT_TRUE(strings.find("'=1+2 fictional") != std::string::npos ||
              strings.find("&apos;=1+2 fictional") != std::string::npos);
  EXPECT_EQ(strings.find(">=1+2 fictional"), std::string::npos);
  EXPECT_NE(strings.find("CR-2023-001"), std::string::npos);
  EXPECT_NE(strings.find("CR-2025-001"), std::string::npos);  // "Fictional summary of ..."
  EXPECT_EQ(entries["xl/worksheets/sheet1.xml"].find("<f>"), std::string::npos);
  EXPECT_EQ(CountAudit("case.export", AuditOutcome::kSuccess), 2);
  EXPECT_EQ(CountAudit("case.list", AuditOutcome::kSuccess), listed);  // exports are not lists
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CaseListTest);

}  // namespace
}  // namespace assure
