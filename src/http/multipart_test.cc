#include "http/multipart.h"

#include <gtest/gtest.h>

#include <string>

namespace assure::http {
namespace {

using core::ErrorCode;

constexpr std::string_view kType = "multipart/form-data; boundary=----AssureBoundary7MA4YWxk";

std::string Part(std::string_view headers, std::string_view content) {
  return "------AssureBoundary7MA4YWxk\r\n" + std::string{headers} + "\r\n\r\n" +
         std::string{content} + "\r\n";
}

std::string Field(std::string_view name, std::string_view value) {
  return Part("Content-Disposition: form-data; name=\"" + std::string{name} + "\"", value);
}

constexpr std::string_view kEnd = "------AssureBoundary7MA4YWxk--\r\n";

TEST(MultipartTest, SplitsTextFieldsAndAFileWithItsNameTypeAndExactBytes) {
  // The file's bytes hold CR LF, dashes and a NUL: only the whole delimiter ends a part.
  const std::string pdf = std::string{"%PDF-1.7\r\n--\r\n----AssureBoundary\0end", 36};
  const std::string body =
      Field("csrf_token", "abc123") + Field("response", "Line one\r\nLine two") +
      Part(
          "Content-Disposition: form-data; name=\"file\"; filename=\"chronology.pdf\"\r\n"
          "Content-Type: application/pdf",
          pdf) +
      std::string{kEnd};
  auto form = ParseMultipart(kType, body);
  ASSERT_TRUE(form.ok()) << form.error().message;
  ASSERT_EQ(form->parts().size(), 3u);
  EXPECT_EQ(form->Get("csrf_token"), "abc123");
  EXPECT_EQ(form->Get("response"), "Line one\r\nLine two");
  EXPECT_EQ(form->Get("file"), std::nullopt);  // a file is not a text field
  const MultipartPart* file = form->File("file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->file_name, "chronology.pdf");
  EXPECT_EQ(file->content_type, "application/pdf");
  EXPECT_EQ(file->content, pdf);
  EXPECT_EQ(form->Fields().Get("response"), "Line one\r\nLine two");
  EXPECT_EQ(form->Fields().Get("file"), std::nullopt);
}

TEST(MultipartTest, AcceptsAQuotedBoundaryAnyCaseAPreambleAndAnEpilogue) {
  const std::string body = "This is the preamble.\r\n" + Field("a", "1") +
                           "------AssureBoundary7MA4YWxk--\r\nand an epilogue";
  auto form = ParseMultipart(
      "Multipart/Form-Data; charset=utf-8; BOUNDARY=\"----AssureBoundary7MA4YWxk\"", body);
  ASSERT_TRUE(form.ok()) << form.error().message;
  EXPECT_EQ(form->Get("a"), "1");
}

TEST(MultipartTest, AFileInputWithNothingChosenIsAnEmptyFilePart) {
  const std::string body = Part(
                               "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                               "Content-Type: application/octet-stream",
                               "") +
                           std::string{kEnd};
  auto form = ParseMultipart(kType, body);
  ASSERT_TRUE(form.ok()) << form.error().message;
  const MultipartPart* file = form->File("file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->file_name, "");
  EXPECT_TRUE(file->content.empty());
}

TEST(MultipartTest, ReadsEscapedQuotesAndKeepsWindowsPathsInFileNames) {
  const std::string body =
      Part("content-disposition: form-data; name=\"a\"; filename=\"say \\\"hi\\\".txt\"", "x") +
      Part("Content-Disposition: form-data; name=\"b\"; filename=\"C:\\Users\\me\\file.pdf\"",
           "y") +
      std::string{kEnd};
  auto form = ParseMultipart(kType, body);
  ASSERT_TRUE(form.ok()) << form.error().message;
  EXPECT_EQ(form->File("a")->file_name, "say \"hi\".txt");
  EXPECT_EQ(form->File("b")->file_name, "C:\\Users\\me\\file.pdf");
  EXPECT_EQ(form->File("a")->content_type, "text/plain");
}

TEST(MultipartTest, AContentTypeThatIsNotMultipartOrLacksAGoodBoundaryNamesContentType) {
  for (const std::string_view type :
       {"application/x-www-form-urlencoded", "multipart/form-data",
        "multipart/form-data; boundary=", "multipart/form-data; boundary=\"unclosed",
        "multipart/mixed; boundary=abc",
        "multipart/form-data; boundary=bad\x01"
        "char"}) {
    SCOPED_TRACE(type);
    auto form = ParseMultipart(type, Field("a", "1") + std::string{kEnd});
    ASSERT_FALSE(form.ok());
    EXPECT_EQ(form.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(form.error().field, "content-type");
  }
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=" + std::string(71, 'a')).ok());
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=" + std::string(70, 'a')).value(),
            std::string(70, 'a'));
}

TEST(MultipartTest, MalformedBodiesAreRefusedNamingTheBody) {
  const std::string disposition = "Content-Disposition: form-data; name=\"a\"";
  const std::string cases[] = {
      "",                                                              // no parts
      "no delimiter at all",                                           // no parts
      Field("a", "1"),                                                 // never closed
      "------AssureBoundary7MA4YWxk\r\n" + disposition + "\r\n\r\n1",  // cut off mid-part
      Part("Content-Type: text/plain", "1") + std::string{kEnd},       // no disposition
      Part("Content-Disposition: attachment; name=\"a\"", "1") + std::string{kEnd},
      Part("Content-Disposition: form-data", "1") + std::string{kEnd},  // no name
      Part("Content-Disposition: form-data; name=\"a", "1") + std::string{kEnd},
      Part("not a header line", "1") + std::string{kEnd},
      "------AssureBoundary7MA4YWxkX\r\n" + disposition + "\r\n\r\n1\r\n" + std::string{kEnd},
  };
  for (const auto& body : cases) {
    SCOPED_TRACE(body);
    auto form = ParseMultipart(kType, body);
    ASSERT_FALSE(form.ok());
    EXPECT_EQ(form.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(form.error().field, "body");
    EXPECT_EQ(form.error().message.find("AssureBoundary"), std::string::npos);
  }
}

TEST(MultipartTest, LimitsPartsHeadersAndTextFields) {
  MultipartLimits limits;
  limits.max_parts = 2;
  limits.max_header_bytes = 100;
  limits.max_field_bytes = 10;

  auto three = ParseMultipart(
      kType, Field("a", "1") + Field("b", "2") + Field("c", "3") + std::string{kEnd}, limits);
  ASSERT_FALSE(three.ok());
  EXPECT_EQ(three.error().field, "body");

  auto long_header = ParseMultipart(
      kType,
      Part("Content-Disposition: form-data; name=\"" + std::string(100, 'n') + "\"", "1") +
          std::string{kEnd},
      limits);
  ASSERT_FALSE(long_header.ok());
  EXPECT_EQ(long_header.error().field, "body");

  auto long_field =
      ParseMultipart(kType, Field("response", std::string(11, 'x')) + std::string{kEnd}, limits);
  ASSERT_FALSE(long_field.ok());
  EXPECT_EQ(long_field.error().field, "response");

  // A file part is not a text field: only the body limit bounds it.
  auto big_file =
      ParseMultipart(kType,
                     Part("Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"",
                          std::string(1000, 'x')) +
                         std::string{kEnd},
                     limits);
  ASSERT_TRUE(big_file.ok()) << big_file.error().message;
  EXPECT_EQ(big_file->File("file")->content.size(), 1000u);
}

TEST(MultipartTest, RecognisesTheMediaType) {
  EXPECT_TRUE(IsMultipartFormData("multipart/form-data; boundary=x"));
  EXPECT_TRUE(IsMultipartFormData("Multipart/Form-Data"));
  EXPECT_FALSE(IsMultipartFormData("application/x-www-form-urlencoded"));
  EXPECT_FALSE(IsMultipartFormData(""));
}

}  // namespace
}  // namespace assure::http
