// ActionApiHttpTest: the action plans API (/api/v1/actions..., /api/v1/review-rounds...) through
// the whole server, on both backends. CaseAccessTest's Northshire (Ada the business manager, a lead
// for the police and for health, a board member, case CR-2025-001 and CR-2025-002) plus a rapid
// review on CR-2025-001 and two actions: the police's, answering a national review, due Tuesday
// 31 March 2026, and health's, answering CR-2025-001's rapid review, due Friday 27 February 2026.
// Today is Monday 5 January 2026 (2025-26 Q4). Seeding and reading the store go around the
// services (no audit events). Fictional data only. Not thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/actions/action.h"
#include "domain/store.h"
#include "http/case_access_fixture.h"
#include "security/tokens.h"

namespace assure::testing {

class ActionApiHttpTest : public CaseAccessTest {
 protected:
  void SetUp() override {
    CaseAccessTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto rapid = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      domain::RapidReview review;
      review.case_id = case_a_;
      review.meeting_on = Day("2025-12-10");
      review.completed_on = Day("2025-12-12");
      review.learning = "Fictional learning about escalation.";
      auto stored = tx.review_records(north_).PutRapidReview(review);
      if (!stored.ok()) return stored.error();
      return core::Ok();
    });
    ASSERT_TRUE(rapid.ok()) << rapid.error().message;
    police_action_ =
        AddAction("Fictional: police supervisors check referrals weekly", police_, "2026-03-31",
                  {domain::SourceKind::kNationalReview, std::nullopt, "Fictional national review"});
    health_action_ = AddAction("Fictional: health visitors share concerns the same day", health_,
                               "2026-02-27", {domain::SourceKind::kRapidReview, case_a_, ""});
    manager_ = Token(ada_);
  }

  // ---- seeding and reading the store (no audit events) ----
  domain::ActionId AddAction(const std::string& title, domain::AgencyId agency, const char* due_on,
                             domain::ActionSource source) {
    domain::NewAction draft;
    draft.title = title;
    draft.owner_agency_id = agency;
    draft.lead_name = "Fictional Lead";
    draft.success_measure = "A fictional audit shows the change.";
    draft.due_on = Day(due_on);
    draft.sources = {std::move(source)};
    auto made = t_->store().Write(
        [&](domain::Transaction& tx) { return tx.actions(north_).Create(draft); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  // Attaches a text file to the update, as the page's upload would.
  domain::EvidenceFileId AddEvidence(domain::ActionUpdateId update, const std::string& name,
                                     const std::string& bytes) {
    auto made =
        t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::EvidenceFile> {
          const auto sha256 = security::Sha256Hex(bytes);
          auto put = tx.file_contents(north_).Put(sha256, bytes);
          if (!put.ok()) return put.error();
          domain::EvidenceFile file;
          file.update_id = update;
          file.file_name = name;
          file.content_type = "text/plain; charset=utf-8";
          file.size = static_cast<std::int64_t>(bytes.size());
          file.sha256 = sha256;
          file.uploaded_at = t_->clock().Now();
          return tx.actions(north_).AddEvidenceFile(file);
        });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  domain::PlanAction StoredAction(domain::ActionId id) {
    auto action =
        t_->store().Read([&](domain::Transaction& tx) { return tx.actions(north_).Get(id); });
    EXPECT_TRUE(action.ok()) << action.error().message;
    return action.ok() ? *action : domain::PlanAction{};
  }

  std::vector<domain::ActionUpdate> StoredUpdates(domain::ActionId id) {
    auto updates =
        t_->store().Read([&](domain::Transaction& tx) { return tx.actions(north_).Updates(id); });
    EXPECT_TRUE(updates.ok()) << updates.error().message;
    return updates.ok() ? *updates : std::vector<domain::ActionUpdate>{};
  }

  // ---- HTTP ----
  core::Result<HttpReply> ApiSend(const std::string& method, const std::string& path,
                                  const std::string& token, const nlohmann::json& body) {
    const std::string text = body.dump();
    return HttpSend(t_->port(), method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                                    "Authorization: Bearer " + token + "\r\n" +
                                    "Content-Type: application/json\r\nContent-Length: " +
                                    std::to_string(text.size()) + "\r\nConnection: close\r\n\r\n" +
                                    text);
  }
  core::Result<HttpReply> ApiPut(const std::string& path, const std::string& token,
                                 const nlohmann::json& body) {
    return ApiSend("PUT", path, token, body);
  }

  nlohmann::json Body(const core::Result<HttpReply>& reply) {
    EXPECT_TRUE(reply.ok());
    if (!reply.ok()) return nullptr;
    auto body = nlohmann::json::parse(reply->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << reply->body;
    return body;
  }

  static std::string ActionPath(domain::ActionId id) {
    return "/api/v1/actions/" + std::to_string(id);
  }

  // A progress update's body at `version`, dated today.
  static nlohmann::json Progress(domain::Version version, const std::string& rag = "amber") {
    return {{"version", version},
            {"on", "2026-01-05"},
            {"narrative", "Fictional progress: the first briefing took place."},
            {"status", "in_progress"},
            {"rag", rag}};
  }

  // The whole plan of an action for PUT, at `version`.
  nlohmann::json Plan(domain::Version version, const std::string& title, const char* due_on) {
    return {{"version", version},
            {"title", title},
            {"owner_agency_id", police_},
            {"lead_name", "Fictional Lead"},
            {"success_measure", "A fictional audit shows the change."},
            {"due_on", due_on},
            {"priority", "high"},
            {"sources", {{{"kind", "board_decision"}, {"label", "Fictional board, March"}}}}};
  }

  domain::ActionId police_action_ = 0;
  domain::ActionId health_action_ = 0;
  std::string manager_;  // Ada's token
};

}  // namespace assure::testing
