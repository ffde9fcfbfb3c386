#include "domain/files/upload_rules.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

const std::string kPdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n";
const std::string kPng = std::string{"\x89PNG\r\n\x1a\n", 8} + std::string(20, '\0');
const std::string kDocx =
    std::string{"PK\x03\x04", 4} + "....[Content_Types].xml...word/document.xml";

TEST(UploadRulesTest, AcceptsEachAllowedTypeByItsBytes) {
  auto pdf = CheckUpload("file", "Chronology.PDF", kPdf);
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf->content_type, "application/pdf");
  EXPECT_EQ(pdf->file_name, "Chronology.PDF");
  EXPECT_TRUE(CheckUpload("file", "scan.png", kPng).ok());
  EXPECT_TRUE(CheckUpload("file", "photo.jpeg", "\xFF\xD8\xFF\xE0 JFIF").ok());
  auto docx = CheckUpload("file", "summary.docx", kDocx);
  ASSERT_TRUE(docx.ok());
  EXPECT_EQ(docx->content_type,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_TRUE(CheckUpload("file", "notes.txt", "Line one\nLine two — café\n").ok());
}

TEST(UploadRulesTest, RefusesATypeThatDisagreesWithItsName) {
  for (auto [name, bytes] : std::initializer_list<std::pair<const char*, std::string>>{
           {"report.pdf", kPng},                           // PNG bytes named .pdf
           {"report.txt", kPdf},                           // PDF named .txt
           {"payload.html", "<script>alert(1)</script>"},  // not an allowed type
           {"tool.exe", "MZ\x90\x00"},
           {"archive.docx", std::string{"PK\x03\x04", 4} + "just a zip"},
           {"binary.txt", std::string{"\x01\x02\x03", 3}},
           {"noextension", kPdf}}) {
    auto result = CheckUpload("response_file", name, bytes);
    ASSERT_FALSE(result.ok()) << name;
    EXPECT_EQ(result.error().field, "response_file");
  }
}

TEST(UploadRulesTest, RefusesEmptyAndOversizedFiles) {
  EXPECT_FALSE(CheckUpload("file", "a.txt", "").ok());
  std::string big = kPdf + std::string(kMaxUploadBytes, 'x');
  auto result = CheckUpload("file", "big.pdf", big);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("10 MB"), std::string::npos);
  std::string exact = kPdf + std::string(kMaxUploadBytes - kPdf.size(), 'x');
  EXPECT_TRUE(CheckUpload("file", "exact.pdf", exact).ok());
}

TEST(UploadRulesTest, CleansTheNameOfPathsAndControls) {
  auto result = CheckUpload("file", "C:\\Users\\x\\..\\evil\"<name>\x07.pdf", kPdf);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->file_name, "evilname.pdf");
  auto unix_path = CheckUpload("file", "../../etc/passwd.txt", "root\n");
  ASSERT_TRUE(unix_path.ok());
  EXPECT_EQ(unix_path->file_name, "passwd.txt");
  auto long_name = CheckUpload("file", std::string(300, 'a') + ".pdf", kPdf);
  ASSERT_TRUE(long_name.ok());
  EXPECT_EQ(long_name->file_name.size(), 120u);
  EXPECT_TRUE(long_name->file_name.ends_with(".pdf"));
}

}  // namespace
}  // namespace assure::domain
