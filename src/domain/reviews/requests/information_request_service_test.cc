// InformationRequestService over a real Store, on both backends: the business unit asks
// agencies; each agency lead sees and answers only the requests addressed to their agency (never
// another agency's: kNotFound, audited, nothing changed); answers are versioned, go on the case's
// timeline and are audited; files are stored with their bytes in the same transaction; the
// reviewer appointed to a case reads its requests and files and changes nothing, and sees no
// other case's.
#include "domain/reviews/requests/information_request_service.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

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

  // Takes `id` (a case in scoping) to its CSPR, registers `who` as a reviewer, and appoints
  // them; returns the reviewer's record.
  Reviewer AppointToCspr(CaseId id, const Requester& who, const std::string& name) {
    Case current = Stored(id).record;
    auto notified =
        cases_->RecordNotification(officer_, id, current.version, {D("2025-12-31"), ""});
    EXPECT_TRUE(notified.ok()) << notified.error().message;
    RapidReviewInput decision;
    decision.review.meeting_on = D("2026-01-02");
    decision.review.completed_on = D("2026-01-05");
    decision.review.decision = ReviewDecision::kCspr;
    decision.review.rationale = "Concern about how agencies worked together.";
    auto decided = cases_->RecordRapidReview(officer_, id, Stored(id).record.version, decision);
    EXPECT_TRUE(decided.ok()) << decided.error().message;
    return Appoint(id, who, name);
  }

  // Registers `who` as a reviewer and appoints them to the case's full review.
  Reviewer Appoint(CaseId id, const Requester& who, const std::string& name) {
    Reviewer reviewer;
    reviewer.name = name;
    reviewer.user_id = who.user_id();
    auto registered = reviewers_->Create(officer_, reviewer);
    EXPECT_TRUE(registered.ok()) << registered.error().message;
    if (!registered.ok()) return reviewer;
    auto appointed =
        cases_->AppointReviewer(officer_, id, Stored(id).record.version, registered->id);
    EXPECT_TRUE(appointed.ok()) << appointed.error().message;
    return *registered;
  }

  // The error's code, or nothing when the call succeeded.
  template <typename T>
  static std::optional<core::ErrorCode> CodeOf(const core::Result<T>& result) {
    if (result.ok()) return std::nullopt;
    return result.error().code;
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
  ASSERT_TRUE(
      cases_->CloseWithoutReview(manager_, case_.id, current.version, {"Not met.", std::nullopt})
          .ok());
  auto answered = requests_->Respond(police_lead_, police_request_.id, police_request_.version,
                                     "A late answer.");
  ASSERT_FALSE(answered.ok());
  EXPECT_EQ(answered.error().code, core::ErrorCode::kConflict);
  // Closing ended the request that still waited: no longer needed, on the day the case closed.
  const auto ended = StoredRequest(police_request_.id);
  EXPECT_EQ(ended.status, RequestStatus::kNoLongerNeeded);
  EXPECT_EQ(ended.ended_on, Stored(case_.id).record.closed_on);
  EXPECT_TRUE(ended.ended_on.has_value());
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

TEST_P(InformationRequestSuite, TheAppointedReviewerReadsTheirCasesResponsesAndFilesOnly) {
  AppointToCspr(case_.id, reviewer_, "Dr Fictional Reviewer");
  ASSERT_TRUE(requests_
                  ->Respond(health_lead_, health_request_.id, health_request_.version,
                            "Health's fictional chronology.")
                  .ok());
  auto attached = requests_->AttachFile(health_lead_, health_request_.id,
                                        {"chronology.txt", "Fictional chronology file.\n"});
  ASSERT_TRUE(attached.ok()) << attached.error().message;

  // Their case: every agency's request, its response and its files, each read audited.
  const std::string health_id = std::to_string(health_request_.id);
  auto read = requests_->Get(reviewer_, health_request_.id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->request.response, "Health's fictional chronology.");
  EXPECT_EQ(read->case_reference, "CR-2025-101");
  ASSERT_EQ(read->files.size(), 1u);
  EXPECT_EQ(read->files[0].id, attached->id);
  EXPECT_EQ(Count("information_request.read", kSuccess, health_id), 1);
  auto download = requests_->GetFile(reviewer_, health_request_.id, attached->id);
  ASSERT_TRUE(download.ok()) << download.error().message;
  EXPECT_EQ(download->bytes, "Fictional chronology file.\n");
  EXPECT_EQ(Count("information_request.file.read", kSuccess, health_id), 1);
  EXPECT_TRUE(requests_->Get(reviewer_, police_request_.id).ok());

  // Another case's request and file: as if they did not exist, audited as refusals.
  const Case other = Open("CR-2025-102");
  auto elsewhere = requests_->Create(
      officer_, other.id, other.version,
      {police_, D("2025-12-30"), D("2026-01-13"), "A chronology of your involvement."});
  ASSERT_TRUE(elsewhere.ok()) << elsewhere.error().message;
  auto other_file = requests_->AttachFile(police_lead_, elsewhere->id,
                                          {"police.txt", "Fictional police file.\n"});
  ASSERT_TRUE(other_file.ok()) << other_file.error().message;
  const std::string other_id = std::to_string(elsewhere->id);
  auto hidden = requests_->Get(reviewer_, elsewhere->id);
  ASSERT_FALSE(hidden.ok());
  auto missing = requests_->Get(reviewer_, 999999);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(hidden.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(hidden.error().message, missing.error().message);
  EXPECT_EQ(Count("information_request.read", kDenied, other_id), 1);
  auto hidden_file = requests_->GetFile(reviewer_, elsewhere->id, other_file->id);
  ASSERT_FALSE(hidden_file.ok());
  EXPECT_EQ(hidden_file.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(Count("information_request.file.read", kDenied, other_id), 1);
  EXPECT_EQ(Count("information_request.read", kSuccess, other_id), 0);
  EXPECT_EQ(Count("information_request.file.read", kSuccess, other_id), 0);

  // A reviewer appointed to nothing sees no request; nor is a reviewer an agency with a list.
  auto unassigned = requests_->Get(other_reviewer_, health_request_.id);
  ASSERT_FALSE(unassigned.ok());
  EXPECT_EQ(unassigned.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(CodeOf(requests_->GetFile(other_reviewer_, health_request_.id, attached->id)),
            core::ErrorCode::kNotFound);
  EXPECT_EQ(CodeOf(requests_->ForMyAgency(reviewer_)), core::ErrorCode::kForbidden);

  // A reviewer replaced on the case loses its requests at once; the new one reads them.
  Appoint(case_.id, other_reviewer_, "Dr Fictional Second");
  EXPECT_EQ(CodeOf(requests_->Get(reviewer_, health_request_.id)), core::ErrorCode::kNotFound);
  EXPECT_TRUE(requests_->Get(other_reviewer_, health_request_.id).ok());
}

TEST_P(InformationRequestSuite, AReviewerAnswersWithdrawsAndAttachesNothing) {
  AppointToCspr(case_.id, reviewer_, "Dr Fictional Reviewer");
  const std::string police_id = std::to_string(police_request_.id);

  // On their own case the request is visible, so the change is forbidden, and audited.
  auto answered = requests_->Respond(reviewer_, police_request_.id, police_request_.version,
                                     "Not the reviewer's to answer.");
  ASSERT_FALSE(answered.ok());
  EXPECT_EQ(answered.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Count("information_request.respond", kDenied, police_id), 1);
  auto withdrawn = requests_->Withdraw(reviewer_, police_request_.id, police_request_.version);
  ASSERT_FALSE(withdrawn.ok());
  EXPECT_EQ(withdrawn.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Count("information_request.withdraw", kDenied, police_id), 1);
  auto attached =
      requests_->AttachFile(reviewer_, police_request_.id, {"notes.txt", "Reviewer notes.\n"});
  ASSERT_FALSE(attached.ok());
  EXPECT_EQ(attached.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(Count("information_request.attach", kDenied, police_id), 1);

  // A reviewer not on the case does not learn that the request exists.
  auto stranger = requests_->Respond(other_reviewer_, police_request_.id, police_request_.version,
                                     "Nor theirs.");
  ASSERT_FALSE(stranger.ok());
  EXPECT_EQ(stranger.error().code, core::ErrorCode::kNotFound);

  const auto stored = StoredRequest(police_request_.id);
  EXPECT_EQ(stored.status, RequestStatus::kRequested);
  EXPECT_TRUE(stored.response.empty());
  EXPECT_EQ(stored.version, police_request_.version);
  auto files = store().Read(
      [&](Transaction& tx) { return tx.information_requests(north_).Files(police_request_.id); });
  ASSERT_TRUE(files.ok()) << files.error().message;
  EXPECT_TRUE(files->empty());
  EXPECT_EQ(Count("information_request.respond", kSuccess, police_id), 0);
  EXPECT_EQ(Count("information_request.withdraw", kSuccess, police_id), 0);
  EXPECT_EQ(Count("information_request.attach", kSuccess, police_id), 0);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(InformationRequestSuite);

}  // namespace
}  // namespace assure::domain
