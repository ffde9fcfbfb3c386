// A published briefing's PDF from the public learning library, through real HTTP against the
// whole server on both backends, without signing in: headless Chromium prints the briefing's own
// page (reports/pdf_printer.h); the PDF's text (poppler's pdftotext) has the title, the kind, the
// partnership and the body, and neither the feedback form nor the case it draws on; pdfinfo says
// it is tagged. It is cached as the pages are (ETag, 304), and a draft's is 404. CTest label
// `browser` (it runs Debian's Chromium), with `sqlite` or `postgres`. Fictional data only.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "http/learning/library_fixture.h"
#include "testing/poppler.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace assure::testing {
namespace {

class LibraryPdfTest : public LibraryTest {
 protected:
  // The output of a poppler-utils program run on `pdf`, with `option` (may be empty).
  std::string Poppler(const std::string& program, const std::string& option,
                      const std::string& pdf) {
    return testing::Poppler(work_, program, option, pdf);
  }

  TempDir work_;
};

TEST_P(LibraryPdfTest, APublishedBriefingPrintsAsATaggedPdfWithoutTheFormOrItsCases) {
  const std::string path = PagePath("northshire", review_) + "/pdf";
  const auto pdf = t_->Get(path);
  ASSERT_EQ(pdf->status, 200) << pdf->body.substr(0, 500);
  EXPECT_EQ(pdf->Header("content-type"), "application/pdf");
  EXPECT_NE(pdf->Header("content-disposition")
                .value_or("")
                .find("northshire-briefing-" + std::to_string(review_) + ".pdf"),
            std::string::npos);
  ASSERT_EQ(pdf->body.substr(0, 5), "%PDF-");
  const std::string text =
      std::regex_replace(Poppler("pdftotext", "-raw", pdf->body), std::regex{R"(\s+)"}, " ");
  EXPECT_NE(text.find("Lessons Learned Briefing"), std::string::npos) << text;
  EXPECT_NE(text.find(kReviewTitle), std::string::npos);
  EXPECT_NE(text.find("Northshire Safeguarding Partnership"), std::string::npos);
  EXPECT_NE(text.find(kSummary), std::string::npos);
  EXPECT_NE(text.find("Key learning for professionals"), std::string::npos);
  EXPECT_EQ(text.find("Was this useful?"), std::string::npos);
  EXPECT_EQ(text.find("Download this briefing"), std::string::npos);
  EXPECT_EQ(text.find("CR-2025-001"), std::string::npos);
  EXPECT_TRUE(std::regex_search(Poppler("pdfinfo", "", pdf->body), std::regex{R"(Tagged:\s+yes)"}));

  // Cached as the pages are: the same tag again, and 304 without printing for a matching one.
  EXPECT_EQ(pdf->Header("cache-control"), "public, max-age=300");
  const std::string etag = pdf->Header("etag").value_or("");
  ASSERT_FALSE(etag.empty());
  const auto again = HttpGet(t_->port(), path, "If-None-Match: " + etag + "\r\n");
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  const auto reprint = t_->Get(path);  // from the memo of printed PDFs: the same bytes
  EXPECT_EQ(reprint->body, pdf->body);
  EXPECT_EQ(reprint->Header("etag"), etag);

  EXPECT_EQ(t_->Get(PagePath("northshire", draft_) + "/pdf")->status, 404);
  EXPECT_EQ(t_->Get(PagePath("northshire", southern_) + "/pdf")->status, 404);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(LibraryPdfTest);

}  // namespace
}  // namespace assure::testing
