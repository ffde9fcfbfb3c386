#include "http/common/downloads.h"

#include <gtest/gtest.h>

namespace assure::http {
namespace {

TEST(FileDownloadTest, AnswersTheStoredBytesAsAnAttachmentOfTheStoredType) {
  domain::ResponseFile file;
  file.file_name = "chronology.pdf";
  file.content_type = "application/pdf";
  const std::string bytes{"%PDF-1.4\n\0\xFF", 11};
  const Response response = FileDownload(file, bytes);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, bytes);
  EXPECT_EQ(response.Header("Content-Type"), "application/pdf");
  EXPECT_EQ(response.Header("Content-Disposition"),
            "attachment; filename=\"chronology.pdf\"; filename*=UTF-8''chronology.pdf");
  EXPECT_EQ(response.Header("X-Content-Type-Options"), "nosniff");
}

TEST(FileDownloadTest, ANameThatCouldBreakTheHeaderIsMadeSafe) {
  // Non-ASCII letters, a quote, a semicolon, a backslash and a line break.
  const std::string disposition = AttachmentDisposition("Zoë's \"notes\"; a\\b\r\nX: y.txt");
  EXPECT_EQ(disposition,
            "attachment; filename=\"Zo___s _notes__ a_b__X_ y.txt\"; "
            "filename*=UTF-8''Zo%C3%AB%27s%20%22notes%22%3B%20a%5Cb%0D%0AX%3A%20y.txt");
  EXPECT_EQ(disposition.find('\r'), std::string::npos);
  EXPECT_EQ(disposition.find('\n'), std::string::npos);
  EXPECT_EQ(AttachmentDisposition(""), "attachment; filename=\"download\"; filename*=UTF-8''");
}

}  // namespace
}  // namespace assure::http
