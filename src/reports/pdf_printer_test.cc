#include "reports/pdf_printer.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <thread>

#include "reports/print_stylesheet.h"
#include "testing/poppler.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace assure::reports {
namespace {

namespace fs = std::filesystem;

// A fictional partnership's board report: a heading and a table of totals.
std::string Report(const std::string& body_extra = {}) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>Board report: Northmoor partnership</title><style>" +
         std::string(PrintStylesheet()) +
         "</style></head><body><main><h1>Six-monthly board report</h1>"
         "<table><caption>Action plans</caption><thead><tr><th scope=\"col\">Measure</th>"
         "<th scope=\"col\" class=\"numeric\">Actions</th></tr></thead><tbody>"
         "<tr><td>Completed</td><td class=\"numeric\">12</td></tr>"
         "<tr><td>Overdue</td><td class=\"numeric\">3</td></tr>"
         "</tbody></table>" +
         body_extra + "</main></body></html>\n";
}

// Every test prints with TMPDIR set to a folder of its own, so it can see what is left there.
class PdfPrinterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* old = std::getenv("TMPDIR");
    if (old != nullptr) old_tmpdir_ = old;
    ::setenv("TMPDIR", temp_root_.path().c_str(), 1);
  }
  void TearDown() override {
    if (old_tmpdir_.empty()) {
      ::unsetenv("TMPDIR");
    } else {
      ::setenv("TMPDIR", old_tmpdir_.c_str(), 1);
    }
  }

  long EntriesLeftInTemp() const {
    return std::distance(fs::directory_iterator(temp_root_.path()), fs::directory_iterator{});
  }

  // The output of a poppler-utils program run on `pdf`, with `option` (may be empty).
  std::string Poppler(const std::string& program, const std::string& option,
                      const std::string& pdf) {
    return testing::Poppler(work_, program, option, pdf);
  }

  testing::TempDir work_;       // files the test itself writes
  testing::TempDir temp_root_;  // TMPDIR while the test runs
  std::string old_tmpdir_;
};

TEST_F(PdfPrinterTest, PrintsTheReportsHeadingAndTotalsOnA4) {
  const auto pdf = PrintPdf(Report(), PdfOptions{});
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_TRUE(pdf->starts_with("%PDF-"));

  const auto text = Poppler("pdftotext", "-layout", *pdf);
  EXPECT_NE(text.find("Six-monthly board report"), std::string::npos) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex{R"(Completed\s+12\b)"})) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex{R"(Overdue\s+3\b)"})) << text;
  EXPECT_TRUE(std::regex_search(text, std::regex{R"(Page 1 of 1)"})) << text;
  EXPECT_NE(Poppler("pdfinfo", "", *pdf).find("(A4)"), std::string::npos);
  EXPECT_EQ(EntriesLeftInTemp(), 0);
}

TEST_F(PdfPrinterTest, TagsTheHeadingAndTheTableForScreenReaders) {
  const auto pdf = PrintPdf(Report(), PdfOptions{});
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;

  EXPECT_TRUE(std::regex_search(Poppler("pdfinfo", "", *pdf), std::regex{R"(Tagged:\s+yes)"}));
  const auto structure = Poppler("pdfinfo", "-struct", *pdf);
  EXPECT_TRUE(std::regex_search(structure, std::regex{R"(\bH1\b)"})) << structure;
  EXPECT_TRUE(std::regex_search(structure, std::regex{R"(\bTable\b)"})) << structure;
  EXPECT_TRUE(std::regex_search(structure, std::regex{R"(\bTH\b)"})) << structure;
  EXPECT_TRUE(std::regex_search(structure, std::regex{R"(/Scope /Column)"})) << structure;
}

TEST_F(PdfPrinterTest, AMissingChromiumIsUnavailableAndNamedWithoutThePage) {
  const auto pdf = PrintPdf(Report(), PdfOptions{.chromium = "/nonexistent/chromium"});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(pdf.error().message.find("Chromium"), std::string::npos) << pdf.error().message;
  EXPECT_EQ(pdf.error().message.find("Northmoor"), std::string::npos) << pdf.error().message;
  EXPECT_EQ(EntriesLeftInTemp(), 0);
}

TEST_F(PdfPrinterTest, AFailingChromiumIsUnavailableWithItsExitStatus) {
  const auto pdf = PrintPdf(Report(), PdfOptions{.chromium = "/bin/false"});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(pdf.error().message.find("Chromium failed with exit status 1"), std::string::npos)
      << pdf.error().message;
  EXPECT_EQ(EntriesLeftInTemp(), 0);
}

TEST_F(PdfPrinterTest, AChromiumThatWritesNoPdfIsUnavailable) {
  const auto pdf = PrintPdf(Report(), PdfOptions{.chromium = "/bin/true"});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(pdf.error().message.find("without writing a PDF"), std::string::npos);
  EXPECT_EQ(EntriesLeftInTemp(), 0);
}

// True once the process is gone (or a zombie waiting for its new parent to reap it).
bool ProcessEnded(const std::string& pid) {
  std::ifstream stat("/proc/" + pid + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  const auto after_name = line.rfind(')');
  return after_name != std::string::npos && line.substr(after_name + 2, 1) == "Z";
}

TEST_F(PdfPrinterTest, AChromiumThatHangsIsStoppedWithEveryProcessItStarted) {
  // A stand-in that starts a helper (as Chromium does) and waits for ever.
  const auto pid_file = work_.File("helper.pid");
  const auto fake = work_.File("hanging-chromium");
  std::ofstream(fake) << "#!/bin/sh\nsleep 600 &\necho $! > '" << pid_file << "'\nwait\n";
  fs::permissions(fake, fs::perms::owner_all);

  const auto pdf =
      PrintPdf(Report(), PdfOptions{.chromium = fake, .timeout = std::chrono::seconds{1}});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(pdf.error().message.find("Chromium did not finish printing within 1 s"),
            std::string::npos)
      << pdf.error().message;
  EXPECT_EQ(EntriesLeftInTemp(), 0);

  std::string helper;
  std::ifstream(pid_file) >> helper;
  ASSERT_FALSE(helper.empty());
  // The helper was sent SIGKILL with its group; give the kernel a moment to finish it off.
  for (int i = 0; i < 200 && !ProcessEnded(helper); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(ProcessEnded(helper)) << "the helper " << helper << " outlived the timeout";
}

TEST_F(PdfPrinterTest, FetchesNothingEvenFromLoopback) {
  // A listener the page names; nothing should connect to it.
  const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  ASSERT_GE(listener, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), length), 0);
  ASSERT_EQ(::listen(listener, 8), 0);
  ASSERT_EQ(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
  const auto origin = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port));

  const auto pdf =
      PrintPdf(Report("<img src=\"" + origin +
                      "/leak.png?total=12\" alt=\"\">"
                      "<link rel=\"stylesheet\" href=\"" +
                      origin + "/leak.css\">"),
               PdfOptions{.chromium = "chromium", .timeout = std::chrono::seconds{30}});
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;

  const int connection = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
  const int accept_error = errno;
  EXPECT_LT(connection, 0) << "Chromium connected to " << origin;
  EXPECT_EQ(accept_error, EAGAIN);
  if (connection >= 0) ::close(connection);
  ::close(listener);
}

TEST_F(PdfPrinterTest, ThePageCannotRunScriptsOrEmbedLocalFiles) {
  const auto secret = work_.File("secret.txt");
  std::ofstream(secret) << "Fictional local secret\n";
  const auto pdf = PrintPdf(Report("<p id=\"status\">Static text</p>"
                                   "<script>document.getElementById('status').textContent ="
                                   " 'Script ran';</script>"
                                   "<iframe title=\"local\" src=\"file://" +
                                   secret + "\"></iframe>"),
                            PdfOptions{});
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;

  const auto text = Poppler("pdftotext", "", *pdf);
  EXPECT_NE(text.find("Static text"), std::string::npos) << text;
  EXPECT_EQ(text.find("Script ran"), std::string::npos) << text;
  EXPECT_EQ(text.find("Fictional local secret"), std::string::npos) << text;
}

TEST_F(PdfPrinterTest, APageWithoutAHeadIsRefusedBeforeChromiumStarts) {
  const auto pdf = PrintPdf("<p>Northmoor</p>", PdfOptions{.chromium = "/nonexistent/chromium"});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(pdf.error().field, "html");
  EXPECT_EQ(pdf.error().message.find("Northmoor"), std::string::npos);
  EXPECT_EQ(EntriesLeftInTemp(), 0);
}

TEST(ContentSecurityPolicyTest, GoesFirstInTheHeadWhateverItsCaseOrAttributes) {
  for (const std::string head : {"<head>", "<HEAD>", "<head\n  data-x=\"1\">"}) {
    const auto page = WithContentSecurityPolicy("<!DOCTYPE html><html><header></header>" + head +
                                                "<title>T</title></head></html>");
    ASSERT_TRUE(page.ok()) << head;
    EXPECT_NE(
        page->find(head + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'; img-src data:; font-src "
                          "data:\"><title>T</title>"),
        std::string::npos)
        << *page;
  }
}

TEST(ContentSecurityPolicyTest, IsNotPutIntoAHeaderElement) {
  const auto page = WithContentSecurityPolicy("<body><header>Northmoor</header></body>");
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.error().code, core::ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace assure::reports
