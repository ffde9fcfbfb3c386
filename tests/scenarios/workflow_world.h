// WorkflowWorld: the real system the workflow scenarios (workflow_verbs.h) run against: a fresh,
// migrated SQLite database in a temporary folder, a storage::SqlStore over it, a fake clock fixed
// at 2025-01-06T09:00Z (so every deadline is worked out from the same day), and the real
// domain::CaseService and domain::InformationRequestService with the partnership's own deadline
// settings, as the server makes them.
//
// Seeded once: one partnership with three agencies (police, health, council), one reviewer in the
// register. On demand: one account per set of roles the scenario acts as (an agency lead is the
// police's; a reviewer is the register's reviewer, signed in), and cases in any state with the
// records a case in that state has, written straight into the store as the test fixtures do (no
// service, no audit). Records are read back the same way. Fictional data only.
//
// Made by the workflow verbs, one per scenario file; the database goes with it. Not thread-safe;
// one test owns it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/identity/role.h"
#include "domain/reviews/cases/case_service.h"
#include "domain/reviews/requests/information_request_service.h"
#include "storage/sql_store.h"
#include "testing/database_fixture.h"
#include "testing/fake_clock.h"

namespace assure::scenarios {

// The dates every seeded case shares: aware on the day the clock shows, notified two days later,
// the rapid review meeting a week after aware and completed two days after the meeting.
inline constexpr domain::CivilDate kToday{std::chrono::year{2025} / 1 / 6};
inline constexpr domain::CivilDate kNotifiedOn{std::chrono::year{2025} / 1 / 8};
inline constexpr domain::CivilDate kMeetingOn{std::chrono::year{2025} / 1 / 13};
inline constexpr domain::CivilDate kCompletedOn{std::chrono::year{2025} / 1 / 15};

class WorkflowWorld {
 public:
  // A new database, migrated and seeded.
  static core::Result<std::unique_ptr<WorkflowWorld>> Create();
  ~WorkflowWorld();
  WorkflowWorld(const WorkflowWorld&) = delete;
  WorkflowWorld& operator=(const WorkflowWorld&) = delete;

  domain::CaseService& cases() { return *cases_; }
  domain::InformationRequestService& requests() { return *requests_; }
  domain::PartnershipId partnership() const { return partnership_; }
  // The partnership's agencies, in the order police, health, council.
  const std::vector<domain::AgencyId>& agencies() const { return agencies_; }
  // "police", "health" or "council".
  std::optional<domain::AgencyId> Agency(std::string_view name) const;
  domain::ReviewerId reviewer() const { return reviewer_; }

  // The person holding exactly `roles` in the partnership (one account per set, made on first
  // use), as a service is given them.
  core::Result<domain::Requester> As(const std::vector<domain::Role>& roles);

  // A case `reference` of `type`, put in `state` with the records a case there has: from
  // rapid_review on, the arranged meeting (kMeetingOn, on the timeline); from full_review on, the
  // notification of a child or joint case, the rapid review deciding the review that fits the type
  // (cspr, sar, joint; with the Care Act s44 answers for a SAR or joint review) and the full
  // review it converts into; embargoed, the embargo's reason; published, the pre-publication
  // notice (for a CSPR or joint review), the publication date and its link.
  core::Result<domain::CaseId> SeedCase(domain::CaseType type, domain::CaseState state,
                                        const std::string& reference);

  // The case and its records as stored, and its timeline (oldest first).
  core::Result<domain::CaseRecords> Records(domain::CaseId id);
  core::Result<std::vector<domain::CaseEvent>> Timeline(domain::CaseId id);
  // The partnership's newest audit event, if any.
  core::Result<std::optional<domain::AuditEvent>> LastAudit();

  // Facts a scenario gives rather than takes as a step, written straight into the store: the
  // notification's date, a full review as changed, a new request to `agency`.
  core::Status PutNotification(domain::CaseId id, domain::CivilDate sent_on);
  core::Status PutFullReview(const domain::FullReview& review);
  core::Result<domain::InformationRequest> PutRequest(domain::CaseId id, domain::AgencyId agency);

 private:
  WorkflowWorld() = default;
  core::Status Seed();

  testing::FakeClock clock_{core::Instant{std::chrono::sys_days{kToday} + std::chrono::hours{9}}};
  std::unique_ptr<testing::TestDatabase> database_;
  std::unique_ptr<storage::SqlStore> store_;
  std::unique_ptr<domain::CaseService> cases_;
  std::unique_ptr<domain::InformationRequestService> requests_;
  domain::PartnershipId partnership_ = 0;
  std::vector<domain::AgencyId> agencies_;
  domain::ReviewerId reviewer_ = 0;
  std::map<std::string, domain::Requester> people_;  // by the roles' names
};

}  // namespace assure::scenarios
