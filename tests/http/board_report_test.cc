// The Executive Board report through real HTTP against the whole server, on both backends: the
// page and the XLSX appendix show the fixture's figures for 2025-26 H1 exactly
// (tests/testing/board_fixture.h), the reasons and evidence on record, and nothing about the
// cases' subjects; who may see and download it; the half-year picker and its errors. The PDF is
// board_report_pdf_test.cc (it runs Chromium).
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "board_report_fixture.h"
#include "testing/zip_reader.h"

namespace assure {
namespace {

using testing::BoardFixtureExpected;

// The number in the summary row `key` of the page.
std::string Summary(const std::string& html, const std::string& key) {
  const std::regex row{"id=\"summary-" + key + "\">[\\s\\S]*?numeric\">([0-9]+)</td>"};
  std::smatch match;
  return std::regex_search(html, match, row) ? match[1].str() : std::string{};
}

// The number beside `label` in the table with id `table`.
std::string Cell(const std::string& html, const std::string& table, const std::string& label) {
  const auto start = html.find("id=\"" + table + "\"");
  if (start == std::string::npos) return {};
  const auto row = html.find(">" + label + "</th>", start);
  if (row == std::string::npos) return {};
  const std::string rest = html.substr(row, 200);
  const std::regex cell{R"(numeric">([0-9]+)</td>)"};
  std::smatch match;
  return std::regex_search(rest, match, cell) ? match[1].str() : std::string{};
}

std::string N(std::int64_t value) { return std::to_string(value); }

class BoardReportTest : public testing::BoardReportHttpTest {};

TEST_P(BoardReportTest, ABoardMemberSeesTheFixturesFiguresForTheLastHalfYear) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto page = t_->Get("/reports/board", bea.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  const std::string& html = page->body;
  EXPECT_NE(html.find("2025-26 H1: 1 April 2025 to 30 September 2025"), std::string::npos);
  EXPECT_NE(html.find("Figures as at 30 September 2025"), std::string::npos);
  EXPECT_EQ(html.find("has not ended"), std::string::npos);
  EXPECT_EQ(Summary(html, "in_report"), N(BoardFixtureExpected::kInReport));
  EXPECT_EQ(Summary(html, "completed"), N(BoardFixtureExpected::kCompletedInHalf));
  EXPECT_EQ(Summary(html, "overdue"), N(BoardFixtureExpected::kOverdue));
  EXPECT_EQ(Summary(html, "slipped"), N(BoardFixtureExpected::kSlipped));
  EXPECT_EQ(Summary(html, "not_implemented"), N(BoardFixtureExpected::kNotImplemented));
  EXPECT_EQ(Summary(html, "closed_before"), N(BoardFixtureExpected::kClosedBefore));
  EXPECT_EQ(Cell(html, "by-status", "Not started"), N(BoardFixtureExpected::kNotStarted));
  EXPECT_EQ(Cell(html, "by-status", "In progress"), N(BoardFixtureExpected::kInProgress));
  EXPECT_EQ(Cell(html, "by-status", "Completed"), N(BoardFixtureExpected::kCompleted));
  EXPECT_EQ(Cell(html, "by-status", "Superseded"), N(BoardFixtureExpected::kSuperseded));
  EXPECT_EQ(Cell(html, "by-rag", "Red"), N(BoardFixtureExpected::kRed));
  EXPECT_EQ(Cell(html, "by-rag", "Amber"), N(BoardFixtureExpected::kAmber));
  EXPECT_EQ(Cell(html, "by-rag", "Green"), N(BoardFixtureExpected::kGreen));
  EXPECT_EQ(Cell(html, "by-rag", "No rating"), N(BoardFixtureExpected::kNoRating));
  EXPECT_EQ(Cell(html, "by-agency", "Northshire County Council"), "3");
  EXPECT_EQ(Cell(html, "by-agency", "Northshire Police"), "2");
  // The charts, drawn and as tables.
  EXPECT_NE(html.find(">In progress: 4</text>"), std::string::npos);
  EXPECT_NE(html.find(">Red: 2</text>"), std::string::npos);
  EXPECT_NE(html.find("aria-labelledby=\"rag-chart-title rag-chart-desc\""), std::string::npos);
  // Evidence, reasons and the sources.
  EXPECT_NE(html.find("An audit of 40 referrals found 38 shared the same day."), std::string::npos);
  EXPECT_NE(html.find("Files: audit.pdf"), std::string::npos);
  EXPECT_NE(html.find("to 31 August 2025. Waiting for the new policy template."),
            std::string::npos);
  EXPECT_NE(html.find("The national system replaces it."), std::string::npos);
  EXPECT_NE(html.find("Author off sick; the chair will chase."), std::string::npos);
  EXPECT_NE(html.find("CR-2025-001: CSPR"), std::string::npos);
  EXPECT_NE(html.find("Recommendation 1: Share information at the front door the same day."),
            std::string::npos);
  EXPECT_NE(html.find("CR-2025-002: Rapid review"), std::string::npos);
  EXPECT_NE(html.find("Board decision: Executive Board, 12 March 2025"), std::string::npos);
  // After the half-year, closed before it, or another partnership's: not there.
  EXPECT_EQ(html.find("Trainer unavailable until the new year."), std::string::npos);
  EXPECT_EQ(html.find("Refresh the referral form"), std::string::npos);
  EXPECT_EQ(html.find("Southshire"), std::string::npos);
  EXPECT_EQ(html.find("half_options"), std::string::npos);  // no template text
  // Nothing about the subjects of the cases.
  EXPECT_EQ(html.find("Child H"), std::string::npos);
  EXPECT_EQ(html.find("Adult K"), std::string::npos);
  EXPECT_EQ(html.find("Harriet"), std::string::npos);
  // The picker shows the half-year, and the downloads are offered.
  EXPECT_NE(html.find("<option value=\"2025-26-h1\" selected>"), std::string::npos);
  EXPECT_NE(html.find("href=\"/reports/board.pdf?half=2025-26-h1\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/reports/board.xlsx?half=2025-26-h1\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/reports/board\" aria-current=\"page\""), std::string::npos);  // nav
  EXPECT_EQ(t_->CountAudit(north_, "report.board.read"), 1);
}

TEST_P(BoardReportTest, TheRunningHalfYearIsProvisional) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto page = t_->Get("/reports/board?half=2025-26-h2", ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_NE(page->body.find("This half-year has not ended"), std::string::npos);
  EXPECT_NE(page->body.find("Figures as at 5 January 2026"), std::string::npos);
  EXPECT_NE(page->body.find("<option value=\"2025-26-h2\" selected>"), std::string::npos);
  // A6 was completed on 15 October.
  EXPECT_EQ(Summary(page->body, "completed"), "1");
  EXPECT_NE(page->body.find("Missed appointments now followed up within a week."),
            std::string::npos);
}

TEST_P(BoardReportTest, TheSpreadsheetHasOneSheetPerTableAndSaysWhatThePageSays) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto xlsx = t_->Get("/reports/board.xlsx?half=2025-26-h1", bea.cookie);
  ASSERT_EQ(xlsx->status, 200) << xlsx->body;
  EXPECT_EQ(xlsx->Header("content-type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_NE(xlsx->Header("content-disposition").value_or("").find("board-report-2025-26-h1.xlsx"),
            std::string::npos);
  auto entries = testing::ReadZip(xlsx->body);
  const std::string& workbook = entries["xl/workbook.xml"];
  for (const char* sheet : {"Summary", "By status", "By RAG rating", "By agency", "Actions",
                            "Sources", "Completed", "Overdue", "Slipped", "Not implemented"}) {
    EXPECT_NE(workbook.find("name=\"" + std::string{sheet} + "\""), std::string::npos) << sheet;
  }
  ASSERT_TRUE(entries.count("xl/worksheets/sheet10.xml"));
  // The summary sheet's numbers: 8 in the report, 2 completed, 2 overdue, 1 slipped...
  const std::string& summary = entries["xl/worksheets/sheet1.xml"];
  EXPECT_NE(summary.find("<v>" + N(BoardFixtureExpected::kInReport) + "</v>"), std::string::npos);
  const std::string& strings = entries["xl/sharedStrings.xml"];
  EXPECT_NE(strings.find("Actions in the report"), std::string::npos);
  EXPECT_NE(strings.find("Waiting for the new policy template."), std::string::npos);
  EXPECT_NE(strings.find("The national system replaces it."), std::string::npos);
  EXPECT_NE(strings.find("CR-2025-001 recommendation 1"), std::string::npos);
  EXPECT_EQ(strings.find("Child H"), std::string::npos);
  // The slipped sheet has A2's one extension.
  EXPECT_NE(entries["xl/worksheets/sheet9.xml"].find("<v>1</v>"), std::string::npos);
  for (const auto& [name, text] : entries) EXPECT_EQ(text.find("<f>"), std::string::npos) << name;
  EXPECT_EQ(t_->CountAudit(north_, "report.board.export"), 1);
}

TEST_P(BoardReportTest, AnAgencyLeadMayNotSeeOrDownloadIt) {
  const auto lee = t_->SignInFully("lee@example.org", kPassword);
  EXPECT_EQ(t_->Get("/reports/board", lee.cookie)->status, 403);
  EXPECT_EQ(t_->Get("/reports/board.pdf?half=2025-26-h1", lee.cookie)->status, 403);
  EXPECT_EQ(t_->Get("/reports/board.xlsx?half=2025-26-h1", lee.cookie)->status, 403);
  EXPECT_EQ(t_->CountAudit(north_, "access.denied"), 3);
  EXPECT_EQ(t_->CountAudit(north_, "report.board.read"), 0);
  auto home = t_->Get("/home", lee.cookie);
  ASSERT_EQ(home->status, 200);
  EXPECT_EQ(home->body.find("href=\"/reports/board\""), std::string::npos);  // not in the nav
  // Signed out: to the sign-in page.
  EXPECT_EQ(t_->Get("/reports/board")->status, 303);
}

TEST_P(BoardReportTest, AHalfYearThatIsNotOneOrHasNotStartedNamesTheField) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  for (const char* half : {"2025-h1", "2025-27-h1", "2026-27-h1"}) {
    SCOPED_TRACE(half);
    auto page = t_->Get(std::string{"/reports/board?half="} + half, bea.cookie);
    ASSERT_EQ(page->status, 422);
    EXPECT_NE(page->body.find("govuk-error-summary"), std::string::npos);
    EXPECT_NE(page->body.find("href=\"#half\""), std::string::npos);
    EXPECT_EQ(page->body.find("id=\"summary\""), std::string::npos);
  }
  auto xlsx = t_->Get("/reports/board.xlsx?half=2026-27-h1", bea.cookie);
  EXPECT_EQ(xlsx->status, 422);
  EXPECT_EQ(t_->CountAudit(north_, "report.board.read"), 0);
  EXPECT_EQ(t_->CountAudit(north_, "report.board.export"), 0);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BoardReportTest);

}  // namespace
}  // namespace assure
