#include "storage/repositories/reviews/sql_information_request_repository.h"

#include <gtest/gtest.h>

#include <tuple>
#include <vector>

#include "storage/repositories/files/sql_file_content_repository.h"
#include "storage/repositories/reviews/case_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::InformationRequest;
using domain::NewInformationRequest;
using domain::RequestStatus;

class SqlInformationRequestRepositoryTest : public CaseStorageTest {
 protected:
  void SetUp() override {
    CaseStorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    case_a_ = MakeCase(partnership_a_, Draft("CR-2025-001", "2025-03-01"));
    case_b_ = MakeCase(partnership_b_, Draft("CR-2025-002", "2025-03-01"));
    // The bytes File() names: a file record needs its content stored first.
    for (auto partnership : {partnership_a_, partnership_b_}) {
      ASSERT_TRUE(In<SqlFileContentRepository>(partnership, [](auto& contents) {
                    return contents.Put(std::string(64, 'a'), "%PDF-1.7 fictional");
                  }).ok());
    }
  }

  template <typename Fn>
  auto Requests(domain::PartnershipId partnership, Fn fn) {
    return In<SqlInformationRequestRepository>(partnership, fn);
  }

  static NewInformationRequest Ask(domain::AgencyId agency, std::string_view due_on) {
    NewInformationRequest request;
    request.agency_id = agency;
    request.requested_on = Day("2025-03-03");
    request.due_on = Day(due_on);
    request.asked = "A chronology of your involvement.";
    return request;
  }

  core::Result<InformationRequest> Create(domain::PartnershipId partnership, domain::CaseId case_id,
                                          const NewInformationRequest& request) {
    return Requests(partnership, [&](auto& r) { return r.Create(case_id, request); });
  }

  static domain::ResponseFile File(domain::InformationRequestId request_id, const std::string& name,
                                   core::Instant at) {
    domain::ResponseFile file;
    file.request_id = request_id;
    file.file_name = name;
    file.content_type = "application/pdf";
    file.size = 12345;
    file.sha256 = std::string(64, 'a');
    file.uploaded_at = at;
    return file;
  }

  domain::CaseId case_a_ = 0;
  domain::CaseId case_b_ = 0;
};

TEST_P(SqlInformationRequestRepositoryTest, CreatesReadsAndUpdatesARequest) {
  auto created = Create(partnership_a_, case_a_, Ask(police_a_, "2025-03-17"));
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->case_id, case_a_);
  EXPECT_EQ(created->agency_id, police_a_);
  EXPECT_EQ(created->requested_on, Day("2025-03-03"));
  EXPECT_EQ(created->due_on, Day("2025-03-17"));
  EXPECT_EQ(created->asked, "A chronology of your involvement.");
  EXPECT_EQ(created->status, RequestStatus::kRequested);
  EXPECT_EQ(created->response, "");
  EXPECT_FALSE(created->submitted_by.has_value());
  EXPECT_FALSE(created->submitted_at.has_value());
  EXPECT_EQ(created->version, 1);

  const domain::UserId lead = MakeUser("lead@example.org");
  InformationRequest answered = *created;
  answered.status = RequestStatus::kSubmitted;
  answered.response = "Our chronology, fictional.";
  answered.submitted_by = lead;
  answered.submitted_at = clock_.Now();
  answered.due_on = Day("2025-03-24");
  answered.asked = "A chronology and a summary.";
  auto updated = Requests(partnership_a_, [&](auto& r) { return r.Update(answered); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);

  auto read = Requests(partnership_a_, [&](auto& r) { return r.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->status, RequestStatus::kSubmitted);
  EXPECT_EQ(read->response, "Our chronology, fictional.");
  EXPECT_EQ(read->submitted_by, lead);
  EXPECT_EQ(read->submitted_at, clock_.Now());
  EXPECT_EQ(read->due_on, Day("2025-03-24"));
  EXPECT_EQ(read->asked, "A chronology and a summary.");

  auto stale = Requests(partnership_a_, [&](auto& r) { return r.Update(*created); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Requests(partnership_a_, [&](auto& r) { return r.Get(created->id); })->status,
            RequestStatus::kSubmitted);
}

TEST_P(SqlInformationRequestRepositoryTest, ForAgencyReturnsOnlyThatAgencysDueDateFirst) {
  ASSERT_TRUE(Create(partnership_a_, case_a_, Ask(police_a_, "2025-03-31")).ok());
  ASSERT_TRUE(Create(partnership_a_, case_a_, Ask(health_a_, "2025-03-10")).ok());
  const domain::CaseId second = MakeCase(partnership_a_, Draft("CR-2025-003", "2025-03-02"));
  ASSERT_TRUE(Create(partnership_a_, second, Ask(police_a_, "2025-03-14")).ok());
  ASSERT_TRUE(Create(partnership_b_, case_b_, Ask(police_b_, "2025-03-05")).ok());

  auto police = Requests(partnership_a_, [&](auto& r) { return r.ForAgency(police_a_); });
  ASSERT_TRUE(police.ok()) << police.error().message;
  ASSERT_EQ(police->size(), 2u);
  EXPECT_EQ((*police)[0].due_on, Day("2025-03-14"));
  EXPECT_EQ((*police)[0].case_id, second);
  EXPECT_EQ((*police)[1].due_on, Day("2025-03-31"));
  for (const InformationRequest& request : *police) EXPECT_EQ(request.agency_id, police_a_);

  auto for_case = Requests(partnership_a_, [&](auto& r) { return r.ForCase(case_a_); });
  ASSERT_TRUE(for_case.ok());
  ASSERT_EQ(for_case->size(), 2u);
  EXPECT_EQ((*for_case)[0].agency_id, health_a_);
  EXPECT_EQ((*for_case)[1].agency_id, police_a_);
}

TEST_P(SqlInformationRequestRepositoryTest, ForCasesEqualsForCaseOfEachOfThePartnershipsCases) {
  const domain::CaseId second = MakeCase(partnership_a_, Draft("CR-2025-003", "2025-03-02"));
  const domain::CaseId bare = MakeCase(partnership_a_, Draft("CR-2025-004", "2025-03-02"));
  for (auto [case_id, agency, due_on] :
       {std::tuple{case_a_, police_a_, "2025-03-31"}, std::tuple{case_a_, health_a_, "2025-03-10"},
        std::tuple{second, police_a_, "2025-03-14"},
        std::tuple{case_a_, police_a_, "2025-03-10"}}) {
    ASSERT_TRUE(Create(partnership_a_, case_id, Ask(agency, due_on)).ok());
  }
  ASSERT_TRUE(Create(partnership_b_, case_b_, Ask(police_b_, "2025-03-05")).ok());

  const std::vector<domain::CaseId> ids{second, case_b_, bare, case_a_};
  auto batch = Requests(partnership_a_, [&](auto& r) { return r.ForCases(ids); });
  ASSERT_TRUE(batch.ok()) << batch.error().message;
  std::vector<InformationRequest> expected;
  for (domain::CaseId id : {case_a_, second}) {  // by case id, then as ForCase orders them
    auto one = Requests(partnership_a_, [&](auto& r) { return r.ForCase(id); });
    ASSERT_TRUE(one.ok()) << one.error().message;
    expected.insert(expected.end(), one->begin(), one->end());
  }
  ASSERT_EQ(expected.size(), 4u);
  ASSERT_EQ(batch->size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const InformationRequest& got = (*batch)[i];
    const InformationRequest& want = expected[i];
    EXPECT_EQ(got.id, want.id);
    EXPECT_EQ(got.case_id, want.case_id);
    EXPECT_EQ(got.agency_id, want.agency_id);
    EXPECT_EQ(got.requested_on, want.requested_on);
    EXPECT_EQ(got.due_on, want.due_on);
    EXPECT_EQ(got.asked, want.asked);
    EXPECT_EQ(got.status, want.status);
    EXPECT_EQ(got.response, want.response);
    EXPECT_EQ(got.submitted_by, want.submitted_by);
    EXPECT_EQ(got.submitted_at, want.submitted_at);
    EXPECT_EQ(got.version, want.version);
  }

  const std::vector<domain::CaseId> only_theirs{case_b_};
  auto theirs = Requests(partnership_a_, [&](auto& r) { return r.ForCases(only_theirs); });
  ASSERT_TRUE(theirs.ok()) << theirs.error().message;
  EXPECT_TRUE(theirs->empty());
  const std::vector<domain::CaseId> none;
  auto empty = Requests(partnership_a_, [&](auto& r) { return r.ForCases(none); });
  ASSERT_TRUE(empty.ok()) << empty.error().message;
  EXPECT_TRUE(empty->empty());
}

TEST_P(SqlInformationRequestRepositoryTest, TheAgencyMustBeThePartnershipsAndDueNotBeforeAsked) {
  auto foreign = Create(partnership_a_, case_a_, Ask(police_b_, "2025-03-17"));
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(foreign.error().field, "agency_id");

  auto early = Create(partnership_a_, case_a_, Ask(police_a_, "2025-03-02"));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(early.error().field, "due_on");
}

TEST_P(SqlInformationRequestRepositoryTest, ResponseFilesAreKeptWithTheirRequest) {
  auto request = Create(partnership_a_, case_a_, Ask(police_a_, "2025-03-17"));
  ASSERT_TRUE(request.ok());
  const domain::UserId lead = MakeUser("lead@example.org");
  domain::ResponseFile chronology = File(request->id, "chronology.pdf", clock_.Now());
  chronology.uploaded_by = lead;
  auto added = Requests(partnership_a_, [&](auto& r) { return r.AddFile(chronology); });
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_NE(added->id, 0);
  ASSERT_TRUE(Requests(partnership_a_, [&](auto& r) {
                return r.AddFile(
                    File(request->id, "summary.docx", clock_.Now() + std::chrono::minutes{5}));
              }).ok());

  auto files = Requests(partnership_a_, [&](auto& r) { return r.Files(request->id); });
  ASSERT_TRUE(files.ok()) << files.error().message;
  ASSERT_EQ(files->size(), 2u);
  EXPECT_EQ((*files)[0].file_name, "chronology.pdf");
  EXPECT_EQ((*files)[0].content_type, "application/pdf");
  EXPECT_EQ((*files)[0].size, 12345);
  EXPECT_EQ((*files)[0].sha256, std::string(64, 'a'));
  EXPECT_EQ((*files)[0].uploaded_by, lead);
  EXPECT_EQ((*files)[0].uploaded_at, clock_.Now());
  EXPECT_EQ((*files)[1].file_name, "summary.docx");
  EXPECT_FALSE((*files)[1].uploaded_by.has_value());

  // A record naming bytes that were never stored is refused, and nothing is added.
  domain::ResponseFile no_content = File(request->id, "missing.pdf", clock_.Now());
  no_content.sha256 = std::string(64, 'b');
  EXPECT_FALSE(Requests(partnership_a_, [&](auto& r) { return r.AddFile(no_content); }).ok());
  auto still = Requests(partnership_a_, [&](auto& r) { return r.Files(request->id); });
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->size(), 2u);

  domain::ResponseFile bad_hash = File(request->id, "x.pdf", clock_.Now());
  bad_hash.sha256 = "not a hash";
  auto refused = Requests(partnership_a_, [&](auto& r) { return r.AddFile(bad_hash); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "sha256");
}

TEST_P(SqlInformationRequestRepositoryTest, OnePartnershipCannotReachAnothersRequests) {
  auto theirs = Create(partnership_b_, case_b_, Ask(police_b_, "2025-03-17"));
  ASSERT_TRUE(theirs.ok());
  ASSERT_TRUE(Requests(partnership_b_, [&](auto& r) {
                return r.AddFile(File(theirs->id, "b.pdf", clock_.Now()));
              }).ok());

  EXPECT_EQ(Requests(partnership_a_, [&](auto& r) { return r.Get(theirs->id); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Requests(partnership_a_, [&](auto& r) { return r.ForCase(case_b_); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Requests(partnership_a_, [&](auto& r) { return r.ForAgency(police_b_); }).error().code,
            ErrorCode::kNotFound);
  InformationRequest hijack = *theirs;
  hijack.response = "Hijacked";
  EXPECT_EQ(Requests(partnership_a_, [&](auto& r) { return r.Update(hijack); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Requests(partnership_a_, [&](auto& r) { return r.Files(theirs->id); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Requests(partnership_a_,
                     [&](auto& r) { return r.AddFile(File(theirs->id, "a.pdf", clock_.Now())); })
                .error()
                .code,
            ErrorCode::kNotFound);
  // A's own case cannot be asked of B's agency, nor B's case of A's.
  EXPECT_EQ(Create(partnership_a_, case_b_, Ask(police_a_, "2025-03-17")).error().code,
            ErrorCode::kNotFound);

  auto still = Requests(partnership_b_, [&](auto& r) { return r.Get(theirs->id); });
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->response, "");
  EXPECT_EQ(Requests(partnership_b_, [&](auto& r) { return r.Files(theirs->id); })->size(), 1u);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlInformationRequestRepositoryTest);

}  // namespace
}  // namespace assure::storage
