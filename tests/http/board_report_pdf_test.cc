// The Executive Board report's PDF through real HTTP against the whole server, on both backends:
// headless Chromium prints the page's own HTML (reports/pdf_printer.h), and the PDF's text
// (poppler's pdftotext) carries the fixture's totals for 2025-26 H1, the reasons and the
// evidence; pdfinfo says it is tagged. CTest label `browser` (it runs Debian's Chromium, which
// scripts/setup installs), with `sqlite` or `postgres`.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <latch>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "board_report_fixture.h"
#include "testing/poppler.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace assure {
namespace {

using testing::BoardFixtureExpected;

class BoardReportPdfTest : public testing::BoardReportHttpTest {
 protected:
  // The output of a poppler-utils program run on `pdf`, with `option` (may be empty).
  std::string Poppler(const std::string& program, const std::string& option,
                      const std::string& pdf) {
    return testing::Poppler(work_, program, option, pdf);
  }

  testing::TempDir work_;
};

// `text` with every run of white space (line ends too) as one space.
std::string OneLine(const std::string& text) {
  return std::regex_replace(text, std::regex{R"(\s+)"}, " ");
}

bool HasLine(const std::string& text, const std::string& label, std::int64_t value) {
  return std::regex_search(text, std::regex{label + "\\s+" + std::to_string(value) + "\\b"});
}

TEST_P(BoardReportPdfTest, ThePdfCarriesTheTotalsTheReasonsAndTheEvidence) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto pdf = t_->Get("/reports/board.pdf?half=2025-26-h1", bea.cookie);
  ASSERT_EQ(pdf->status, 200) << pdf->body.substr(0, 500);
  EXPECT_EQ(pdf->Header("content-type"), "application/pdf");
  EXPECT_NE(pdf->Header("content-disposition").value_or("").find("board-report-2025-26-h1.pdf"),
            std::string::npos);
  ASSERT_EQ(pdf->body.substr(0, 5), "%PDF-");

  // Table rows stay on one line in layout mode; a cell's wrapped lines follow each other in
  // content order (-raw).
  const std::string text = Poppler("pdftotext", "-layout", pdf->body);
  const std::string prose = OneLine(Poppler("pdftotext", "-raw", pdf->body));
  EXPECT_NE(text.find("Executive Board report"), std::string::npos) << text;
  EXPECT_NE(text.find("Northshire"), std::string::npos);
  EXPECT_NE(text.find("Figures as at 30 September 2025"), std::string::npos);
  EXPECT_TRUE(HasLine(text, "Actions in the report", BoardFixtureExpected::kInReport)) << text;
  EXPECT_TRUE(HasLine(text, "Completed in the half-year", BoardFixtureExpected::kCompletedInHalf));
  EXPECT_TRUE(HasLine(text, "Overdue", BoardFixtureExpected::kOverdue));
  EXPECT_TRUE(HasLine(text, "Not implemented", BoardFixtureExpected::kNotImplemented));
  EXPECT_TRUE(HasLine(text, "In progress", BoardFixtureExpected::kInProgress));
  EXPECT_TRUE(HasLine(text, "No rating", BoardFixtureExpected::kNoRating));
  EXPECT_TRUE(HasLine(text, "Total", BoardFixtureExpected::kInReport));
  EXPECT_NE(prose.find("The national system replaces it."), std::string::npos) << prose;
  EXPECT_NE(prose.find("to 31 August 2025. Waiting for the new policy template."),
            std::string::npos);
  EXPECT_NE(prose.find("An audit of 40 referrals found 38 shared the same day."),
            std::string::npos);
  EXPECT_NE(prose.find("Recommendation 1: Share information at the front door the same day."),
            std::string::npos);
  EXPECT_NE(text.find("CR-2025-001: CSPR"), std::string::npos);
  // Paper has no form or download links, and nothing about the subjects.
  EXPECT_EQ(text.find("Show report"), std::string::npos);
  EXPECT_EQ(text.find("Download this report"), std::string::npos);
  EXPECT_EQ(text.find("Child H"), std::string::npos);
  EXPECT_EQ(text.find("half_options"), std::string::npos);  // no template text
  // Tagged, for screen readers.
  EXPECT_TRUE(std::regex_search(Poppler("pdfinfo", "", pdf->body), std::regex{R"(Tagged:\s+yes)"}));
  EXPECT_EQ(t_->CountAudit(north_, "report.board.export"), 1);
}

// One print at a time: of two asked for together, one is printed and the other is refused at
// once (503, Retry-After, nothing audited); once the first is done the next is printed.
TEST_P(BoardReportPdfTest, TwoPrintsAtOnceGetOnePdfAndOneBusyPage) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  const std::string path = "/reports/board.pdf?half=2025-26-h1";
  std::latch start{2};
  std::vector<int> statuses(2, 0);
  std::vector<std::string> retry_after(2);
  std::vector<std::thread> askers;
  for (std::size_t i = 0; i < 2; ++i) {
    askers.emplace_back([&, i] {
      start.arrive_and_wait();
      auto response = t_->Get(path, bea.cookie);
      statuses[i] = response->status;
      retry_after[i] = response->Header("retry-after").value_or("");
    });
  }
  for (auto& asker : askers) asker.join();
  std::sort(statuses.begin(), statuses.end());
  EXPECT_EQ(statuses, (std::vector<int>{200, 503}));
  EXPECT_TRUE(retry_after[0] == "60" || retry_after[1] == "60");
  EXPECT_EQ(t_->CountAudit(north_, "report.board.export"), 1);

  auto after = t_->Get(path, bea.cookie);
  EXPECT_EQ(after->status, 200);
  EXPECT_EQ(t_->CountAudit(north_, "report.board.export"), 2);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BoardReportPdfTest);

}  // namespace
}  // namespace assure
