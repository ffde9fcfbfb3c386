// CaseAccessTest: the whole application (testing::AppTest, both backends) seeded for the access
// rules of issue 4. Northshire gets two agencies (police, health), one person per role that
// matters (Ada the business manager from AppTest, a lead for each agency, an appointed reviewer,
// a reviewer appointed to nothing, a board member), two fictional child cases and two
// information requests on the first: the police's (waiting) and the health agency's (answered,
// with one file). Seeding goes straight into the store, so it writes no audit events; helpers
// send pages and API calls through real HTTP and count what the audit trail holds. Not
// thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "domain/identity/audit_event.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/clocks/clock_marks.h"
#include "security/password_hasher.h"
#include "security/tokens.h"
#include "testing/test_app.h"

namespace assure::testing {

class CaseAccessTest : public AppTest {
 protected:
  static constexpr const char* kHealthAnswer = "Health's fictional chronology, line one.";
  static constexpr const char* kSecretName = "Fictional Secret-Name";
  static constexpr const char* kCircumstances = "Fictional restricted circumstances.";

  void SetUp() override {
    AppTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    police_ = AddAgency("Northshire Police");
    health_ = AddAgency("Northshire ICB");
    police_lead_ = AddMember("police.lead@example.org", domain::Role::kAgencyLead, police_);
    health_lead_ = AddMember("health.lead@example.org", domain::Role::kAgencyLead, health_);
    reviewer_ = AddMember("reviewer@example.org", domain::Role::kReviewer);
    other_reviewer_ = AddMember("reviewer2@example.org", domain::Role::kReviewer);
    board_ = AddMember("board@example.org", domain::Role::kBoardMember);
    case_a_ = AddCase("CR-2025-001", "Child H");
    case_b_ = AddCase("CR-2025-002", "Child J");
    police_request_ = AddRequest(case_a_, police_, "2026-01-20");
    health_request_ = AddRequest(case_a_, health_, "2025-12-31");
    Answer(health_request_, kHealthAnswer);
    health_file_ = AddFile(health_request_, "health.txt", "Fictional health file.\n");
    Appoint(case_b_, reviewer_);
  }

  // ---- seeding (no audit events) ----
  domain::AgencyId AddAgency(const std::string& name) {
    auto made = t_->store().Write(
        [&](domain::Transaction& tx) { return tx.agencies(north_).Create({name}); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  // A Northshire member with password kPassword (an agency lead names their agency).
  domain::UserId AddMember(const std::string& email, domain::Role role,
                           std::optional<domain::AgencyId> agency = std::nullopt) {
    const security::PasswordHasher hasher(security::kPasswordCostForTestsOnly);
    auto user = t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::User> {
      auto created = tx.users().Create({email, "Test " + email});
      if (!created) return created.error();
      created->password_hash = hasher.Hash(kPassword).value();
      auto updated = tx.users().Update(*created);
      if (!updated) return updated.error();
      domain::Membership membership;
      membership.partnership_id = north_;
      membership.user_id = updated->id;
      membership.role = role;
      membership.agency_id = agency;
      auto added = tx.memberships(north_).Add(membership);
      if (!added) return added.error();
      return updated;
    });
    EXPECT_TRUE(user.ok()) << user.error().message;
    return user.ok() ? user->id : 0;
  }

  static domain::CivilDate Day(const char* text) { return *domain::ParseCivilDate(text); }

  domain::CaseId AddCase(const std::string& reference, const std::string& pseudonym) {
    domain::NewCase draft;
    draft.reference = reference;
    draft.type = domain::CaseType::kChild;
    domain::Subject subject;
    subject.pseudonym = pseudonym;
    draft.subjects = {subject};
    draft.aware_on = Day("2025-12-01");
    draft.referral.received_on = Day("2025-12-01");
    draft.referral.referrer = "Designated nurse";
    draft.summary = "Fictional summary of " + reference + ".";
    draft.restricted.circumstances = kCircumstances;
    draft.restricted.identities = {{0, kSecretName, Day("2021-04-05")}};
    auto made = t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::Case> {
      auto created = tx.cases(north_).Create(draft);
      if (!created.ok()) return created.error();
      ASSURE_TRY(Mark(tx, created->id));
      return created;
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  // The case's next clock marked again, as the services do after each change
  // (domain/reviews/clock_marks.h): the fixture writes straight into the store.
  core::Status Mark(domain::Transaction& tx, domain::CaseId case_id) {
    return domain::MarkCase(tx, north_, case_id, domain::PartnershipDeadlines());
  }

  domain::InformationRequestId AddRequest(domain::CaseId case_id, domain::AgencyId agency,
                                          const char* due_on) {
    domain::NewInformationRequest request;
    request.agency_id = agency;
    request.requested_on = Day("2025-12-02");
    request.due_on = Day(due_on);
    request.asked = "A fictional chronology of your involvement.";
    auto made =
        t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::InformationRequest> {
          auto created = tx.information_requests(north_).Create(case_id, request);
          if (!created.ok()) return created.error();
          ASSURE_TRY(Mark(tx, case_id));
          return created;
        });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  void Answer(domain::InformationRequestId id, const std::string& response) {
    auto done = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto request = tx.information_requests(north_).Get(id);
      if (!request) return request.error();
      request->status = domain::RequestStatus::kSubmitted;
      request->response = response;
      request->submitted_by = health_lead_;
      request->submitted_at = t_->clock().Now();
      auto updated = tx.information_requests(north_).Update(*request);
      if (!updated) return updated.error();
      return Mark(tx, request->case_id);
    });
    ASSERT_TRUE(done.ok()) << done.error().message;
  }

  domain::ResponseFileId AddFile(domain::InformationRequestId id, const std::string& name,
                                 const std::string& bytes) {
    auto made =
        t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::ResponseFile> {
          const auto sha256 = security::Sha256Hex(bytes);
          auto put = tx.file_contents(north_).Put(sha256, bytes);
          if (!put) return put.error();
          domain::ResponseFile file;
          file.request_id = id;
          file.file_name = name;
          file.content_type = "text/plain; charset=utf-8";
          file.size = static_cast<std::int64_t>(bytes.size());
          file.sha256 = sha256;
          file.uploaded_at = t_->clock().Now();
          return tx.information_requests(north_).AddFile(file);
        });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  // Registers the reviewer and appoints them to the case's full review.
  void Appoint(domain::CaseId case_id, domain::UserId user) {
    auto done = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      domain::Reviewer reviewer;
      reviewer.partnership_id = north_;
      reviewer.name = "Fictional Reviewer";
      reviewer.user_id = user;
      auto stored = tx.reviewers(north_).Create(reviewer);
      if (!stored) return stored.error();
      domain::FullReview review;
      review.case_id = case_id;
      review.kind = domain::FullReviewKind::kCspr;
      review.decided_on = Day("2025-12-20");
      review.reviewer_id = stored->id;
      auto put = tx.review_records(north_).PutFullReview(review);
      if (!put) return put.error();
      return Mark(tx, case_id);
    });
    ASSERT_TRUE(done.ok()) << done.error().message;
  }

  // ---- reading the store (no audit events) ----
  domain::InformationRequest StoredRequest(domain::InformationRequestId id) {
    auto request = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.information_requests(north_).Get(id); });
    EXPECT_TRUE(request.ok()) << request.error().message;
    return request.ok() ? *request : domain::InformationRequest{};
  }

  std::vector<domain::ResponseFile> StoredFiles(domain::InformationRequestId id) {
    auto files = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.information_requests(north_).Files(id); });
    EXPECT_TRUE(files.ok()) << files.error().message;
    return files.ok() ? *files : std::vector<domain::ResponseFile>{};
  }

  domain::Case StoredCase(domain::CaseId id) {
    auto record =
        t_->store().Read([&](domain::Transaction& tx) { return tx.cases(north_).Get(id); });
    EXPECT_TRUE(record.ok()) << record.error().message;
    return record.ok() ? *record : domain::Case{};
  }

  domain::FullReview StoredFullReview(domain::CaseId id) {
    auto review = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.review_records(north_).GetFullReview(id); });
    EXPECT_TRUE(review.ok() && review->has_value());
    return review.ok() && review->has_value() ? **review : domain::FullReview{};
  }

  std::size_t CaseEventCount(domain::CaseId id) {
    auto events =
        t_->store().Read([&](domain::Transaction& tx) { return tx.cases(north_).Events(id); });
    EXPECT_TRUE(events.ok()) << events.error().message;
    return events.ok() ? events->size() : 0;
  }

  // How many events of `action` with `outcome` the Northshire trail holds.
  int CountAudit(const std::string& action,
                 domain::AuditOutcome outcome = domain::AuditOutcome::kDenied) {
    auto events = t_->store().Read([&](domain::Transaction& tx) {
      domain::AuditQuery query;
      query.limit = 10000;
      return tx.audit().Query(north_, query);
    });
    EXPECT_TRUE(events.ok()) << events.error().message;
    int n = 0;
    if (!events.ok()) return n;
    for (const auto& event : *events) n += event.action == action && event.outcome == outcome;
    return n;
  }

  // ---- HTTP ----
  // An API token with both scopes for `user`.
  std::string Token(domain::UserId user) {
    const std::string token = "case-access-token-" + std::to_string(++tokens_);
    domain::ApiToken record;
    record.partnership_id = north_;
    record.user_id = user;
    record.name = "test " + std::to_string(tokens_);
    record.token_hash = security::HashToken(token);
    record.scopes = {"read", "write"};
    record.created_at = t_->clock().Now();
    record.expires_at = t_->clock().Now() + std::chrono::hours{24};
    auto created =
        t_->store().Write([&](domain::Transaction& tx) { return tx.api_tokens().Create(record); });
    EXPECT_TRUE(created.ok()) << created.error().message;
    return token;
  }

  core::Result<HttpReply> ApiGet(const std::string& path, const std::string& token) {
    return HttpGet(t_->port(), path, "Authorization: Bearer " + token + "\r\n");
  }

  core::Result<HttpReply> ApiPost(const std::string& path, const std::string& token,
                                  const nlohmann::json& body) {
    const std::string text = body.dump();
    return HttpSend(t_->port(),
                    "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Authorization: Bearer " +
                        token + "\r\n" + "Content-Type: application/json\r\nContent-Length: " +
                        std::to_string(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
  }

  // One part of a multipart body: a text field, or a file when `file_name` is set.
  struct Part {
    std::string name;
    std::string value;
    std::optional<std::string> file_name = std::nullopt;
    std::string content_type = "application/octet-stream";
  };

  static constexpr const char* kBoundary = "----AssureTestBoundary9x7";

  static std::string MultipartBody(const std::vector<Part>& parts) {
    std::string body;
    for (const auto& part : parts) {
      body += "--" + std::string{kBoundary} + "\r\nContent-Disposition: form-data; name=\"" +
              part.name + "\"";
      if (part.file_name) {
        body += "; filename=\"" + *part.file_name + "\"\r\nContent-Type: " + part.content_type;
      }
      body += "\r\n\r\n" + part.value + "\r\n";
    }
    return body + "--" + kBoundary + "--\r\n";
  }

  core::Result<HttpReply> PostMultipart(const std::string& path, const Browser& browser,
                                        const std::vector<Part>& parts) {
    const std::string body = MultipartBody(parts);
    return HttpSend(t_->port(),
                    "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(t_->port()) +
                        "\r\nContent-Type: multipart/form-data; boundary=" + kBoundary +
                        "\r\nContent-Length: " + std::to_string(body.size()) +
                        "\r\nCookie: " + browser.cookie + "\r\nConnection: close\r\n\r\n" + body);
  }

  static std::string RequestPath(domain::InformationRequestId id) {
    return "/requests/" + std::to_string(id);
  }
  static std::string CasePath(domain::CaseId id) { return "/api/v1/cases/" + std::to_string(id); }

  static bool Contains(const std::string& text, const std::string& needle) {
    return text.find(needle) != std::string::npos;
  }

  domain::AgencyId police_ = 0;
  domain::AgencyId health_ = 0;
  domain::UserId police_lead_ = 0;
  domain::UserId health_lead_ = 0;
  domain::UserId reviewer_ = 0;
  domain::UserId other_reviewer_ = 0;
  domain::UserId board_ = 0;
  domain::CaseId case_a_ = 0;
  domain::CaseId case_b_ = 0;
  domain::InformationRequestId police_request_ = 0;
  domain::InformationRequestId health_request_ = 0;
  domain::ResponseFileId health_file_ = 0;
  int tokens_ = 0;
};

}  // namespace assure::testing
