// InformationRequestService over a real Store, on both backends: the business unit asks
// agencies; each agency lead sees and answers only the requests addressed to their agency (never
// another agency's: kNotFound, audited, nothing changed); answers are versioned, go on the case's
// timeline and are audited; files are stored with their bytes in the same transaction.
#include "domain/reviews/requests/information_request_service.h"

#include <gtest/gtest.h>

#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;

class InformationRequestSuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    case_ = Open("CR-2025-101");
    police_request_ = Ask(police_);
    health_request_ = Ask(health_);
  }

  InformationRequest Ask(AgencyId agency) {
    const Case current = Stored(case_.id).record;
    auto created = requests_->Create(
        officer_, case_.id, current.version,
        {agency, D("2025-12-30"), D("2026-01-13"), "A chronology of your involvement."});
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? *created : InformationRequest{};
  }

  InformationRequest StoredRequest(InformationRequestId id) {
    auto request =
        store().Read([&](Transaction& tx) { return tx.information_requests(north_).Get(id); });
    EXPECT_TRUE(request.ok()) << request.error().message;
    return request.ok() ? *request : InformationRequest{};
  }

  Case case_;
  InformationRequest police_request_;
  InformationRequest health_request_;
};

TEST_P(InformationRequestSuite, AskingAnAgencyIsACaseStepOnTheTimeline) {
  EXPECT_EQ(police_request_.status, RequestStatus::kRequested);
  EXPECT_EQ(police_request_.agency_id, police_);
  const auto timeline = Timeline(case_.id);
  ASSERT_EQ(timeline.size(), 3u);
  EXPECT_EQ(timeline[1].action, "request_information");
  EXPECT_EQ(timeline[1].note, "Asked Northshire Police, due 13 January 2026");
  EXPECT_EQ(Count("case.transition.request_information", kSuccess, std::to_string(case_.id)), 2);

  auto foreign = requests_->Create(officer_, case_.id, Stored(case_.id).record.version,
                                   {south_police_, D("2025-12-30"), D("2026-01-13"), "Asked."});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().field, "agency_id");
  auto by_lead = requests_->Create(police_lead_, case_.id, Stored(case_.id).record.version,
                                   {police_, D("2025-12-30"), D("2026-01-13"), "Asked."});
  ASSERT_FALSE(by_lead.ok());
  EXPECT_EQ(by_lead.error().code, core::ErrorCode::kNotFound);  // a lead never sees the case
}

TEST_P(InformationRequestSuite, AnAgencyLeadSeesOnlyTheRequestsForTheirAgency) {
  auto mine = requests_->ForMyAgency(police_lead_);
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].request.id, police_request_.id);
  EXPECT_EQ((*mine)[0].case_reference, "CR-2025-101");
  EXPECT_EQ(Count("information_request.list", kSuccess), 1);

  auto read = requests_->Get(police_lead_, police_request_.id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->request.asked, "A chronology of your involvement.");
  EXPECT_EQ(Count("information_request.read", kSuccess, std::to_string(police_request_.id)), 1);

  auto board = requests_->ForMyAgency(board_);
  ASSERT_FALSE(board.ok());
  EXPECT_EQ(board.error().code, core::ErrorCode::kForbidden);
}

TEST_P(InformationRequestSuite, AnAgencyLeadAnswersTheirRequestWithoutChangingTheCase) {
  const auto case_version = Stored(case_.id).record.version;
  auto answered = requests_->Respond(police_lead_, police_request_.id, police_request_.version,
                                     "Fictional chronology: two contacts in 2025.");
  ASSERT_TRUE(answered.ok()) << answered.error().message;
  EXPECT_EQ(answered->status, RequestStatus::kSubmitted);
  EXPECT_EQ(answered->submitted_by, police_lead_.user_id());
  EXPECT_EQ(answered->submitted_at, clock_.Now());
  EXPECT_EQ(Count("information_request.respond", kSuccess, std::to_string(police_request_.id)), 1);
  EXPECT_EQ(Stored(case_.id).record.version, case_version);
  const auto timeline = Timeline(case_.id);
  EXPECT_EQ(timeline.back().action, "respond_to_request");
  EXPECT_EQ(timeline.back().user_id, police_lead_.user_id());

  // The same version again is stale.
  auto stale = requests_->Respond(police_lead_, police_request_.id, police_request_.version,
                                  "A second answer.");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(StoredRequest(police_request_.id).response,
            "Fictional chronology: two contacts in 2025.");
}

TEST_P(InformationRequestSuite, AnotherAgencysRequestIsNotFoundAuditedAndUnchanged) {
  auto read = requests_->Get(police_lead_, health_request_.id);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, core::ErrorCode::kNotFound);
  auto missing = requests_->Get(police_lead_, 999999);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(read.error().message, missing.error().message);

  auto answered = requests_->Respond(police_lead_, health_request_.id, health_request_.version,
                                     "Not ours to answer.");
  ASSERT_FALSE(answered.ok());
  EXPECT_EQ(answered.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(Count("information_request.read", kDenied, std::to_string(health_request_.id)), 1);
  EXPECT_EQ(Count("information_request.respond", kDenied, std::to_string(health_request_.id)), 1);
  const auto stored = StoredRequest(health_request_.id);
  EXPECT_EQ(stored.status, RequestStatus::kRequested);
  EXPECT_TRUE(stored.response.empty());
  EXPECT_EQ(stored.version, health_request_.version);
}

TEST_P(InformationRequestSuite, OnlyTheBusinessUnitWithdrawsAndAWithdrawnRequestIsNotAnswered) {
  auto by_lead = requests_->Withdraw(police_lead_, police_request_.id, police_request_.version);
  ASSERT_FALSE(by_lead.ok());
  EXPECT_EQ(by_lead.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Count("information_request.withdraw", kDenied, std::to_string(police_request_.id)), 1);
  auto withdrawn = requests_->Withdraw(officer_, police_request_.id, police_request_.version);
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.error().message;
  EXPECT_EQ(withdrawn->status, RequestStatus::kWithdrawn);
  auto answered =
      requests_->Respond(police_lead_, police_request_.id, withdrawn->version, "Too late.");
  ASSERT_FALSE(answered.ok());
  EXPECT_EQ(answered.error().code, core::ErrorCode::kConflict);
}

TEST_P(InformationRequestSuite, NoAnswerOnceTheCaseIsClosed) {
  const Case current = Stored(case_.id).record;
  ASSERT_TRUE(cases_->CloseWithoutReview(manager_, case_.id, current.version, "Not met.").ok());
  auto answered = requests_->Respond(police_lead_, police_request_.id, police_request_.version,
                                     "A late answer.");
  ASSERT_FALSE(answered.ok());
  EXPECT_EQ(answered.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(StoredRequest(police_request_.id).status, RequestStatus::kRequested);
}

TEST_P(InformationRequestSuite, AFileIsStoredWithItsBytesAndOnlyItsAgencyReadsIt) {
  auto attached = requests_->AttachFile(police_lead_, police_request_.id,
                                        {"chronology.txt", "Fictional chronology, line one.\n"});
  ASSERT_TRUE(attached.ok()) << attached.error().message;
  EXPECT_EQ(attached->content_type.substr(0, 10), "text/plain");
  EXPECT_EQ(Count("information_request.attach", kSuccess, std::to_string(police_request_.id)), 1);

  auto download = requests_->GetFile(police_lead_, police_request_.id, attached->id);
  ASSERT_TRUE(download.ok()) << download.error().message;
  EXPECT_EQ(download->bytes, "Fictional chronology, line one.\n");
  auto other = requests_->GetFile(health_lead_, police_request_.id, attached->id);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(Count("information_request.file.read", kDenied, std::to_string(police_request_.id)), 1);

  auto empty = requests_->AttachFile(police_lead_, police_request_.id, {"", ""});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "file");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(InformationRequestSuite);

}  // namespace
}  // namespace assure::domain
