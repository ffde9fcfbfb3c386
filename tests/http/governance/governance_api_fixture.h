// GovernanceApiTest: the governance API through the whole server, on both backends. On top of
// CaseAccessTest (Northshire with the police and the ICB, a lead for each, Ada the business
// manager) it adds a third agency, the council, and API tokens for Ada and the police lead.
// Helpers create bodies and their members, schedule meetings and record their attendance through
// the API as Ada, and make an agency a statutory partner straight in the store. The fake clock's
// day is 2026-01-05, so a meeting held that day has taken place. Fictional data only. Not
// thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "http/case_access_fixture.h"

namespace assure::testing {

class GovernanceApiTest : public CaseAccessTest {
 protected:
  static constexpr const char* kToday = "2026-01-05";

  void SetUp() override {
    CaseAccessTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    council_ = AddAgency("Northshire Council");
    manager_token_ = Token(ada_);
    lead_token_ = Token(police_lead_);
  }

  static nlohmann::json Parse(const HttpReply& reply) {
    return nlohmann::json::parse(reply.body, nullptr, false);
  }
  static std::string FieldOf(const HttpReply& reply) {
    const nlohmann::json body = Parse(reply);
    return body.is_object() && body.contains("field") ? body["field"].get<std::string>() : "";
  }
  static std::int64_t IdOf(const nlohmann::json& record) {
    return record.is_object() && record.contains("id") ? record["id"].get<std::int64_t>() : 0;
  }
  static std::int64_t VersionOf(const nlohmann::json& record) {
    return record.is_object() && record.contains("version") ? record["version"].get<std::int64_t>()
                                                            : 0;
  }
  static std::string BodyPath(std::int64_t id, const std::string& tail = "") {
    return "/api/v1/bodies/" + std::to_string(id) + tail;
  }
  static std::string MeetingPath(std::int64_t id, const std::string& tail = "") {
    return "/api/v1/meetings/" + std::to_string(id) + tail;
  }

  core::Result<HttpReply> ApiPut(const std::string& path, const std::string& token,
                                 const nlohmann::json& body) {
    const std::string text = body.dump();
    return HttpSend(t_->port(),
                    "PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Authorization: Bearer " +
                        token + "\r\n" + "Content-Type: application/json\r\nContent-Length: " +
                        std::to_string(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
  }

  // The reply's `key` once its status is `status` (null otherwise, the failure reported).
  static nlohmann::json Expect(const core::Result<HttpReply>& reply, int status,
                               const std::string& key) {
    EXPECT_TRUE(reply.ok());
    if (!reply.ok()) return {};
    EXPECT_EQ(reply->status, status) << reply->body;
    if (reply->status != status) return {};
    const nlohmann::json body = Parse(*reply);
    return body.is_object() && body.contains(key) ? body[key] : nlohmann::json();
  }

  // A board made by Ada with the quorum rule given.
  nlohmann::json CreateBody(const std::string& name, int minimum, bool statutory = false) {
    return Expect(ApiPost("/api/v1/bodies", manager_token_,
                          {{"name", name},
                           {"kind", "board"},
                           {"quorum_minimum", minimum},
                           {"quorum_statutory_partners", statutory}}),
                  201, "body");
  }

  // A member of the agency on the body since April 2025, added by Ada; its id.
  std::int64_t Seat(std::int64_t body, const std::string& person, domain::AgencyId agency) {
    return IdOf(Expect(ApiPost(BodyPath(body, "/members"), manager_token_,
                               {{"person", person},
                                {"post", "Fictional head of safeguarding"},
                                {"agency_id", agency},
                                {"role", "member"},
                                {"from_on", "2025-04-01"}}),
                       201, "member"));
  }

  // A meeting of the body held on `held_on`, scheduled by Ada.
  nlohmann::json Schedule(std::int64_t body, const std::string& held_on) {
    return Expect(ApiPost("/api/v1/meetings", manager_token_,
                          {{"body_id", body},
                           {"held_on", held_on},
                           {"starts_at", "08:30"},
                           {"duration_minutes", 90},
                           {"location", "Fictional Room 1"}}),
                  201, "meeting");
  }

  static nlohmann::json Attendee(std::int64_t member, const std::string& status,
                                 const std::string& deputy = "") {
    nlohmann::json mark{{"member_id", member}, {"status", status}};
    if (!deputy.empty()) mark["deputy"] = deputy;
    return mark;
  }

  // Records the marks at the meeting's version as Ada.
  core::Result<HttpReply> Attend(const nlohmann::json& meeting, const nlohmann::json& marks) {
    return ApiPut(MeetingPath(IdOf(meeting), "/attendance"), manager_token_,
                  {{"version", VersionOf(meeting)}, {"attendance", marks}});
  }

  // The agency becomes a statutory partner (straight in the store).
  void MakeStatutory(domain::AgencyId id) {
    auto made = t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::Agency> {
      auto agency = tx.agencies(north_).Get(id);
      if (!agency.ok()) return agency.error();
      agency->statutory_partner = true;
      return tx.agencies(north_).Update(*agency);
    });
    ASSERT_TRUE(made.ok()) << made.error().message;
  }

  domain::AgencyId council_ = 0;
  std::string manager_token_;
  std::string lead_token_;
};

}  // namespace assure::testing
