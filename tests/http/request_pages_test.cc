// The agency lead's "Requests for my agency" pages through the whole server, on both backends:
// the list, answering with a file upload (multipart/form-data), downloading the same bytes, and
// the refusals (a disallowed or oversized file, no response, a stale version, no CSRF token)
// that name the field and write nothing.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/case_access_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;

class RequestPagesTest : public testing::CaseAccessTest {
 protected:
  // A small fictional PDF: the signature, bytes of every value (NUL, 0xFF, CR LF) and the end.
  static std::string Pdf() {
    std::string bytes = "%PDF-1.4\n";
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    return bytes + "\r\n--\r\n%%EOF\n";
  }

  core::Result<testing::HttpReply> Answer(const testing::Browser& browser,
                                          const std::string& version, const std::string& response,
                                          const std::optional<Part>& file) {
    std::vector<Part> parts{
        {"csrf_token", browser.csrf_token}, {"version", version}, {"response", response}};
    if (file) parts.push_back(*file);
    return PostMultipart(RequestPath(police_request_) + "/response", browser, parts);
  }

  // Nothing was written for the police's request: still waiting, same version, no file.
  void ExpectUnanswered(domain::Version version) {
    const auto stored = StoredRequest(police_request_);
    EXPECT_EQ(stored.status, domain::RequestStatus::kRequested);
    EXPECT_EQ(stored.response, "");
    EXPECT_EQ(stored.version, version);
    EXPECT_TRUE(StoredFiles(police_request_).empty());
    EXPECT_EQ(CountAudit("information_request.respond", AuditOutcome::kSuccess), 0);
    EXPECT_EQ(CountAudit("information_request.attach", AuditOutcome::kSuccess), 0);
  }

  bool HasContent(const std::string& bytes) {
    auto found = t_->store().Read([&](domain::Transaction& tx) {
      return tx.file_contents(north_).Get(security::Sha256Hex(bytes));
    });
    return found.ok();
  }
};

TEST_P(RequestPagesTest, AnAgencyLeadAnswersWithAPdfAndTheBusinessUnitDownloadsTheSameBytes) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  auto home = t_->Get("/home", lead.cookie);
  EXPECT_TRUE(Contains(home->body, "href=\"/requests\""));

  auto page = t_->Get(RequestPath(police_request_), lead.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Contains(page->body, "enctype=\"multipart/form-data\""));
  const auto version = testing::FieldValue(page->body, "version");
  EXPECT_EQ(version, std::to_string(StoredRequest(police_request_).version));

  const std::string pdf = Pdf();
  auto sent = Answer(lead, version, "Our fictional chronology.\r\nSecond line.",
                     Part{"file", pdf, "chronology.pdf", "application/pdf"});
  ASSERT_EQ(sent->status, 303) << sent->body;
  EXPECT_EQ(sent->Header("location"), RequestPath(police_request_));

  const auto stored = StoredRequest(police_request_);
  EXPECT_EQ(stored.status, domain::RequestStatus::kSubmitted);
  EXPECT_EQ(stored.response, "Our fictional chronology.\nSecond line.");
  EXPECT_EQ(stored.submitted_by, police_lead_);
  const auto files = StoredFiles(police_request_);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].file_name, "chronology.pdf");
  EXPECT_EQ(files[0].content_type, "application/pdf");
  EXPECT_EQ(files[0].size, static_cast<std::int64_t>(pdf.size()));
  EXPECT_EQ(files[0].sha256, security::Sha256Hex(pdf));
  EXPECT_EQ(CountAudit("information_request.respond", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("information_request.attach", AuditOutcome::kSuccess), 1);

  // The business unit sees the response and the file, and downloads the same bytes.
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto seen = t_->Get(RequestPath(police_request_), ada.cookie);
  ASSERT_EQ(seen->status, 200) << seen->body;
  EXPECT_TRUE(Contains(seen->body, "Our fictional chronology."));
  const std::string href = RequestPath(police_request_) + "/files/" + std::to_string(files[0].id);
  EXPECT_TRUE(Contains(seen->body, "href=\"" + href + "\""));
  auto download = t_->Get(href, ada.cookie);
  ASSERT_EQ(download->status, 200);
  EXPECT_EQ(download->body, pdf);
  EXPECT_EQ(download->Header("content-type"), "application/pdf");
  EXPECT_EQ(download->Header("content-disposition"),
            "attachment; filename=\"chronology.pdf\"; filename*=UTF-8''chronology.pdf");
  EXPECT_EQ(download->Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(CountAudit("information_request.file.read", AuditOutcome::kSuccess), 1);

  // And through the API.
  const auto token = Token(ada_);
  auto api = ApiGet("/api/v1/requests/" + std::to_string(police_request_), token);
  ASSERT_EQ(api->status, 200) << api->body;
  const auto json = nlohmann::json::parse(api->body)["request"];
  EXPECT_EQ(json["status"], "submitted");
  EXPECT_EQ(json["files"][0]["sha256"], security::Sha256Hex(pdf));
  auto api_download = ApiGet(json["files"][0]["href"].get<std::string>(), token);
  EXPECT_EQ(api_download->body, pdf);
}

TEST_P(RequestPagesTest, ADisallowedFileTypeIsRefusedNamingTheFieldAndNothingIsWritten) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto version = StoredRequest(police_request_).version;
  const std::string program = std::string{"MZ\x90\0\x03\0\0\0", 8} + "fictional program";
  const std::string disguised = "<html><script>fictional</script></html>";
  for (const Part& file : {Part{"file", program, "tool.exe", "application/octet-stream"},
                           Part{"file", disguised, "report.pdf", "application/pdf"}}) {
    SCOPED_TRACE(*file.file_name);
    auto sent = Answer(lead, std::to_string(version), "A fictional answer.", file);
    EXPECT_EQ(sent->status, 422);
    EXPECT_TRUE(Contains(sent->body, "govuk-error-summary"));
    EXPECT_TRUE(Contains(sent->body, "href=\"#file\""));
    EXPECT_TRUE(Contains(sent->body, "must be a PDF, Word, Excel, PNG, JPEG or text file"));
    EXPECT_TRUE(Contains(sent->body, "A fictional answer."));  // kept in the form
    EXPECT_FALSE(HasContent(file.value));
  }
  ExpectUnanswered(version);
}

TEST_P(RequestPagesTest, AnOversizedFileIsRefusedNamingTheFieldAndNothingIsWritten) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto version = StoredRequest(police_request_).version;
  std::string big = "%PDF-1.7\n";
  big.resize(10 * 1024 * 1024 + 1, 'x');
  auto sent = Answer(lead, std::to_string(version), "A fictional answer.",
                     Part{"file", big, "big.pdf", "application/pdf"});
  EXPECT_EQ(sent->status, 422);
  EXPECT_TRUE(Contains(sent->body, "href=\"#file\""));
  EXPECT_TRUE(Contains(sent->body, "smaller than 10 MB"));
  EXPECT_FALSE(HasContent(big));
  ExpectUnanswered(version);
}

TEST_P(RequestPagesTest, AnEmptyResponseIsRefusedNamingTheResponse) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto version = StoredRequest(police_request_).version;
  auto sent = Answer(lead, std::to_string(version), "", std::nullopt);
  EXPECT_EQ(sent->status, 422);
  EXPECT_TRUE(Contains(sent->body, "href=\"#response\""));
  ExpectUnanswered(version);
}

TEST_P(RequestPagesTest, AStaleVersionIs409AndNothingChanges) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto seen = StoredRequest(police_request_).version;
  // Someone else answers first, through the API.
  auto first = ApiPost("/api/v1/requests/" + std::to_string(police_request_) + "/response",
                       Token(police_lead_), {{"version", seen}, {"response", "The first answer."}});
  ASSERT_EQ(first->status, 200) << first->body;
  auto late = Answer(lead, std::to_string(seen), "A late answer.",
                     Part{"file", "A fictional note.\n", "note.txt", "text/plain"});
  EXPECT_EQ(late->status, 409);
  const auto stored = StoredRequest(police_request_);
  EXPECT_EQ(stored.response, "The first answer.");
  EXPECT_EQ(stored.version, seen + 1);
  EXPECT_TRUE(StoredFiles(police_request_).empty());
}

TEST_P(RequestPagesTest, AnUploadWithoutTheCsrfTokenIsRefusedAndWritesNothing) {
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto version = StoredRequest(police_request_).version;
  auto sent = PostMultipart(RequestPath(police_request_) + "/response", lead,
                            {{"version", std::to_string(version)},
                             {"response", "A fictional answer."},
                             {"file", "A fictional note.\n", "note.txt", "text/plain"}});
  EXPECT_EQ(sent->status, 403);
  ExpectUnanswered(version);
}

TEST_P(RequestPagesTest, OnlyUploadRoutesTakeBodiesOverOneMegabyte) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string form =
      "csrf_token=" + ada.csrf_token + "&name=" + std::string(1024 * 1024, 'a');
  auto refused = t_->Post("/agencies/new", form, ada.cookie);
  EXPECT_EQ(refused->status, 413);

  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  std::string pdf = Pdf();
  pdf.resize(3 * 1024 * 1024, 'x');
  auto sent = Answer(lead, std::to_string(StoredRequest(police_request_).version),
                     "A fictional answer.", Part{"file", pdf, "large.pdf", "application/pdf"});
  EXPECT_EQ(sent->status, 303) << sent->body;
  EXPECT_EQ(StoredFiles(police_request_).size(), 1u);
}

TEST_P(RequestPagesTest, TheListPutsTheSoonestDueFirstAndTagsTheOverdue) {
  // Today is 5 January 2026: one request overdue, the other not.
  const auto overdue = AddRequest(case_b_, police_, "2025-12-31");
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto before = CountAudit("information_request.list", AuditOutcome::kSuccess);  // home
  auto list = t_->Get("/requests", lead.cookie);
  ASSERT_EQ(list->status, 200) << list->body;
  const auto first = list->body.find(RequestPath(overdue) + "\"");
  const auto second = list->body.find(RequestPath(police_request_) + "\"");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
  const auto tag = list->body.find(">Overdue<");
  ASSERT_NE(tag, std::string::npos);
  EXPECT_GT(tag, first);
  EXPECT_LT(tag, second);
  EXPECT_EQ(list->body.find(">Overdue<", tag + 1), std::string::npos);
  EXPECT_TRUE(Contains(list->body, "31 December 2025"));
  EXPECT_EQ(CountAudit("information_request.list", AuditOutcome::kSuccess) - before, 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RequestPagesTest);

}  // namespace
}  // namespace assure
