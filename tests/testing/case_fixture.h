// CaseServiceTest: the fixture of the case service tests (case_service_test.cc,
// information_request_service_test.cc, reviewer_service_test.cc), on a real SqlStore of either
// backend (StoreTest): two partnerships (Northshire, where the work happens, and Southshire),
// three Northshire agencies, the managed themes, one person per role, the three services, and
// helpers to open a case and read the audit trail. Fictional data only. Not thread-safe; one test
// owns it.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "domain/reviews/cases/case_service.h"
#include "domain/reviews/cases/reviewer_service.h"
#include "domain/reviews/clocks/case_clock_service.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/reviews/requests/information_request_service.h"
#include "testing/store_fixture.h"

namespace assure::testing {

class CaseServiceTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    south_ = MakePartnership("southshire");
    police_ = MakeAgency(north_, "Northshire Police");
    health_ = MakeAgency(north_, "Northshire ICB");
    council_ = MakeAgency(north_, "Northshire Council");
    south_police_ = MakeAgency(south_, "Southshire Police");
    auto added = store().Write([&](domain::Transaction& tx) -> core::Status {
      ASSURE_TRY(tx.themes(north_).Add("exploitation"));
      return tx.themes(north_).Add("neglect");
    });
    ASSERT_TRUE(added.ok()) << added.error().message;
    manager_ = Member(north_, "manager@example.org", domain::Role::kBusinessManager);
    officer_ = Member(north_, "officer@example.org", domain::Role::kBusinessOfficer);
    police_lead_ = Member(north_, "police.lead@example.org", domain::Role::kAgencyLead, police_);
    health_lead_ = Member(north_, "health.lead@example.org", domain::Role::kAgencyLead, health_);
    reviewer_ = Member(north_, "reviewer@example.org", domain::Role::kReviewer);
    other_reviewer_ = Member(north_, "reviewer2@example.org", domain::Role::kReviewer);
    board_ = Member(north_, "board@example.org", domain::Role::kBoardMember);
    administrator_ = Member(north_, "admin@example.org", domain::Role::kAdministrator);
    south_manager_ = Member(south_, "manager@south.example.org", domain::Role::kBusinessManager);
    cases_ = std::make_unique<domain::CaseService>(store(), clock_, national_);
    lists_ = std::make_unique<domain::CaseClockService>(store(), clock_, national_);
    requests_ = std::make_unique<domain::InformationRequestService>(store(), clock_);
    reviewers_ = std::make_unique<domain::ReviewerService>(store(), clock_);
  }

  static domain::CivilDate D(const char* text) { return *domain::ParseCivilDate(text); }

  // A child case referred by the police, with one subject and restricted details.
  domain::NewCase Draft(const std::string& reference,
                        domain::CaseType type = domain::CaseType::kChild) {
    domain::NewCase draft;
    draft.reference = reference;
    draft.type = type;
    draft.subjects = {domain::Subject{
        .pseudonym = type == domain::CaseType::kAdult ? "Adult K" : "Child H", .age_band = "1-4"}};
    draft.incident_on = D("2025-12-22");
    draft.aware_on = D("2025-12-29");
    draft.referring_agency_id = police_;
    draft.referral = {D("2025-12-29"), "Designated nurse", "Serious harm; neglect suspected"};
    draft.summary = "Serious injury to a young child; neglect suspected.";
    draft.themes = {"neglect"};
    draft.restricted.circumstances = "Fictional circumstances for a test.";
    draft.restricted.identities = {{0, "Fictional Name", D("2022-03-02")}};
    return draft;
  }

  domain::Case Open(const std::string& reference,
                    domain::CaseType type = domain::CaseType::kChild) {
    auto opened = cases_->Open(officer_, Draft(reference, type));
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    return opened.ok() ? *opened : domain::Case{};
  }

  // The case as stored, read without the services (no audit).
  domain::CaseRecords Stored(domain::CaseId id) {
    auto records = store().Read([&](domain::Transaction& tx) -> core::Result<domain::CaseRecords> {
      domain::CaseRecords out;
      auto record = tx.cases(north_).Get(id);
      if (!record.ok()) return record.error();
      out.record = *record;
      auto rapid = tx.review_records(north_).GetRapidReview(id);
      if (!rapid.ok()) return rapid.error();
      out.rapid_review = *rapid;
      auto full = tx.review_records(north_).GetFullReview(id);
      if (!full.ok()) return full.error();
      out.full_review = *full;
      auto notification = tx.review_records(north_).GetNotification(id);
      if (!notification.ok()) return notification.error();
      out.notification = *notification;
      auto requests = tx.information_requests(north_).ForCase(id);
      if (!requests.ok()) return requests.error();
      out.requests = *requests;
      return out;
    });
    EXPECT_TRUE(records.ok()) << records.error().message;
    return records.ok() ? *records : domain::CaseRecords{};
  }

  std::vector<domain::CaseEvent> Timeline(domain::CaseId id) {
    auto events =
        store().Read([&](domain::Transaction& tx) { return tx.cases(north_).Events(id); });
    EXPECT_TRUE(events.ok()) << events.error().message;
    return events.ok() ? *events : std::vector<domain::CaseEvent>{};
  }

  // The partnership's audit events, oldest first.
  std::vector<domain::AuditEvent> Trail(domain::PartnershipId partnership) {
    auto events = store().Read([&](domain::Transaction& tx) {
      domain::AuditQuery query;
      query.limit = 10000;
      return tx.audit().Query(partnership, query);
    });
    EXPECT_TRUE(events.ok()) << events.error().message;
    if (!events.ok()) return {};
    std::reverse(events->begin(), events->end());
    return *events;
  }

  // How many events of `action` with `outcome` (on `resource_id`, when given) the trail holds.
  int Count(const std::string& action, domain::AuditOutcome outcome,
            const std::string& resource_id = "", domain::PartnershipId partnership = 0) {
    int n = 0;
    for (const auto& event : Trail(partnership ? partnership : north_)) {
      if (event.action == action && event.outcome == outcome &&
          (resource_id.empty() || event.resource_id == resource_id)) {
        ++n;
      }
    }
    return n;
  }

  domain::PartnershipId north_ = 0;
  domain::PartnershipId south_ = 0;
  domain::AgencyId police_ = 0;
  domain::AgencyId health_ = 0;
  domain::AgencyId council_ = 0;
  domain::AgencyId south_police_ = 0;
  domain::Requester manager_;
  domain::Requester officer_;
  domain::Requester police_lead_;
  domain::Requester health_lead_;
  domain::Requester reviewer_;
  domain::Requester other_reviewer_;
  domain::Requester board_;
  domain::Requester administrator_;
  domain::Requester south_manager_;
  domain::NationalDeadlineSettings national_;
  std::unique_ptr<domain::CaseService> cases_;
  std::unique_ptr<domain::CaseClockService> lists_;  // the case list
  std::unique_ptr<domain::InformationRequestService> requests_;
  std::unique_ptr<domain::ReviewerService> reviewers_;
};

}  // namespace assure::testing
