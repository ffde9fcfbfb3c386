// The briefing services over a real Store, on both backends: writing a briefing (from its kind's
// template, every save kept as a version, a stale version refused), who sees which briefing, the
// publication check against a linked case's restricted details (their words shown only to the
// business unit), and the workflow: approval and publication refused while a hit is unresolved,
// a manager never approving their own briefing unless they are the only one, acceptances and
// withdrawals audited. Fictional data only.
#include "domain/learning/briefing_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/learning/briefing_publication.h"
#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;
using ::testing::ElementsAre;

class BriefingServiceSuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    briefings_ = std::make_unique<BriefingService>(store(), clock_);
    publication_ = std::make_unique<BriefingPublication>(store(), clock_);
    NewCase draft = Draft("NS-2025-12");
    draft.restricted.identities = {SubjectIdentity{
        .subject_id = 0, .name = "Amy-Louise Farrow", .date_of_birth = D("2014-03-09")}};
    auto opened = cases_->Open(officer_, draft);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    case_ = *opened;
  }

  // A 7 Minute Briefing with every section written; `extra` goes into the first section.
  BriefingContent Content(const std::string& extra = "") {
    BriefingContent content;
    content.kind = BriefingKind::kSevenMinute;
    content.title = "  Hearing the child  ";
    content.audiences = {Audience::kChildrensWorkforce};
    content.themes = {"neglect"};
    content.case_ids = {case_.id};
    const char* headings[] = {
        "Background", "Why it matters", "What we know", "What it means for practice",
        "Questions",  "What to do",     "Reading"};
    for (int i = 0; i < 7; ++i) {
      content.body_markdown += "## " + std::to_string(i + 1) + ". " + headings[i] + "\n\n";
      content.body_markdown += i == 0 ? "A child lived with her mother. " + extra : "Some text.";
      content.body_markdown += "\n\n";
    }
    return content;
  }

  Briefing Create(const BriefingContent& content, const Requester& who) {
    auto created = briefings_->Create(who, content);
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? *created : Briefing{};
  }

  Briefing Submitted(const BriefingContent& content, const Requester& who) {
    const Briefing created = Create(content, who);
    auto submitted = publication_->Submit(who, created.id, created.version);
    EXPECT_TRUE(submitted.ok()) << submitted.error().message;
    return submitted.ok() ? *submitted : created;
  }

  std::unique_ptr<BriefingService> briefings_;
  std::unique_ptr<BriefingPublication> publication_;
  Case case_;
};

TEST_P(BriefingServiceSuite, ANewBriefingStartsFromItsKindsTemplateAndOnlyTheBusinessUnitWrites) {
  BriefingContent content;
  content.kind = BriefingKind::kLessonsLearned;
  content.title = "Learning from Child H";
  const Briefing created = Create(content, officer_);
  EXPECT_EQ(created.state, BriefingState::kDraft);
  EXPECT_EQ(created.version, 1);
  EXPECT_THAT(
      SectionsOf(created.content.body_markdown),
      ElementsAre("Summary", "Key learning for professionals", "What the community can do"));
  EXPECT_EQ(Count("briefing.create", kSuccess, std::to_string(created.id)), 1);

  for (const Requester* who : {&police_lead_, &board_, &reviewer_}) {
    auto refused = briefings_->Create(*who, content);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  }
  EXPECT_EQ(Count("briefing.create", kDenied), 3);

  content.themes = {"not a theme"};
  auto theme = briefings_->Create(officer_, content);
  ASSERT_FALSE(theme.ok());
  EXPECT_EQ(theme.error().field, "themes");
}

TEST_P(BriefingServiceSuite, EverySaveIsKeptAndAnyTwoVersionsCompare) {
  const Briefing created = Create(Content(), officer_);
  BriefingContent changed = created.content;
  changed.body_markdown += "A new closing line.\n";
  auto saved = briefings_->Save(manager_, created.id, changed, created.version);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(saved->version, 2);

  auto stale = briefings_->Save(officer_, created.id, created.content, created.version);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);

  BriefingContent other_kind = saved->content;
  other_kind.kind = BriefingKind::kLessonsLearned;
  auto kind = briefings_->Save(officer_, created.id, other_kind, saved->version);
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.error().field, "kind");

  auto versions = briefings_->Versions(officer_, created.id);
  ASSERT_TRUE(versions.ok()) << versions.error().message;
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].saved_by, officer_.user_id());
  EXPECT_EQ((*versions)[1].saved_by, manager_.user_id());

  auto comparison = briefings_->Compare(officer_, created.id, 1, 2);
  ASSERT_TRUE(comparison.ok()) << comparison.error().message;
  int added = 0;
  for (const DiffLine& line : comparison->body) {
    if (line.kind == DiffKind::kAdded) {
      ++added;
      EXPECT_EQ(line.text, "A new closing line.");
    }
    EXPECT_NE(line.kind, DiffKind::kRemoved);
  }
  EXPECT_EQ(added, 1);
  auto missing = briefings_->Compare(officer_, created.id, 1, 7);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "to");
}

TEST_P(BriefingServiceSuite, ADraftIsTheBusinessUnitsAloneAndAnotherPartnershipSeesNothing) {
  const Briefing created = Create(Content(), officer_);
  for (const Requester* who : {&police_lead_, &board_, &south_manager_}) {
    auto hidden = briefings_->Get(*who, created.id);
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error().code, ErrorCode::kNotFound);
  }
  EXPECT_EQ(Count("briefing.read", kDenied, std::to_string(created.id)), 2);
  auto listed = briefings_->List(police_lead_, {});
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  EXPECT_TRUE(listed->empty());
  auto mine = briefings_->List(officer_, {});
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().content.title, "Hearing the child");
  EXPECT_THAT(mine->front().content.case_ids, ElementsAre(case_.id));
}

TEST_P(BriefingServiceSuite, SubmittingNeedsTheSevenNumberedSections) {
  BriefingContent content = Content();
  content.body_markdown = "## 1. Background\n\nOnly one section.\n";
  const Briefing created = Create(content, officer_);
  auto refused = publication_->Submit(officer_, created.id, created.version);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "body_markdown");
  auto view = briefings_->Get(officer_, created.id);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->briefing.state, BriefingState::kDraft);
}

TEST_P(BriefingServiceSuite, TheCheckFindsARestrictedNameAndShowsItsWordsOnlyToTheBusinessUnit) {
  const Briefing created = Create(Content("Amy's school noticed."), officer_);
  auto report = publication_->Check(officer_, created.id);
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_EQ(report->hits.size(), 1u);
  const BriefingHit& hit = report->hits.front();
  EXPECT_EQ(hit.hit.kind, IdentifierKind::kName);
  EXPECT_EQ(hit.field, "body_markdown");
  EXPECT_EQ(created.content.body_markdown.substr(hit.hit.offset, hit.hit.length), hit.hit.text);
  EXPECT_EQ(hit.hit.case_id, case_.id);
  EXPECT_TRUE(hit.detail_shown);
  EXPECT_NE(hit.description.find("NS-2025-12"), std::string::npos);
  EXPECT_EQ(report->unresolved, 1);
  EXPECT_EQ(Count("briefing.check", kSuccess, std::to_string(created.id)), 1);
}

TEST_P(BriefingServiceSuite,
       ApprovalAndPublicationWaitForEveryHitAndAManagerNeverApprovesTheirOwn) {
  const Requester second_manager = Member(north_, "manager2@example.org", Role::kBusinessManager);
  const Briefing submitted = Submitted(Content("Amy was seen at 01632 960001."), manager_);

  // The author is a business manager, and there is another: theirs is not to approve.
  auto mine = briefings_->ToApprove(manager_);
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  EXPECT_TRUE(mine->empty());
  auto theirs = briefings_->ToApprove(second_manager);
  ASSERT_TRUE(theirs.ok()) << theirs.error().message;
  ASSERT_EQ(theirs->size(), 1u);
  EXPECT_EQ(theirs->front().id, submitted.id);
  auto own = publication_->Approve(manager_, submitted.id, submitted.version);
  ASSERT_FALSE(own.ok());
  EXPECT_EQ(own.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("briefing.approve", kDenied, std::to_string(submitted.id)), 1);

  auto blocked = publication_->Approve(second_manager, submitted.id, submitted.version);
  ASSERT_TRUE(blocked.ok()) << blocked.error().message;
  EXPECT_FALSE(blocked->briefing);
  ASSERT_EQ(blocked->unresolved.size(), 2u);  // the name and the telephone number

  // The officer takes the name out; the manager accepts the number (a fictional drama number).
  auto view = briefings_->Get(officer_, submitted.id);
  ASSERT_TRUE(view.ok());
  BriefingContent fixed = Content("The child was seen at 01632 960001.");
  auto saved = briefings_->Save(officer_, submitted.id, fixed, view->briefing.version);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  auto report = publication_->Check(second_manager, submitted.id);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->hits.size(), 1u);
  EXPECT_EQ(report->hits.front().hit.kind, IdentifierKind::kPhonePattern);
  auto by_officer = publication_->AcceptHit(officer_, submitted.id, report->hits.front().id,
                                            "The national drama number");
  ASSERT_FALSE(by_officer.ok());
  EXPECT_EQ(by_officer.error().code, ErrorCode::kForbidden);
  auto accepted = publication_->AcceptHit(second_manager, submitted.id, report->hits.front().id,
                                          "The national drama number");
  ASSERT_TRUE(accepted.ok()) << accepted.error().message;
  EXPECT_EQ(Count("briefing.hit.accept", kSuccess, std::to_string(submitted.id)), 1);

  auto approved = publication_->Approve(second_manager, submitted.id, saved->version);
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  ASSERT_TRUE(approved->briefing);
  EXPECT_EQ(approved->briefing->state, BriefingState::kApproved);
  EXPECT_EQ(approved->briefing->approved_by, second_manager.user_id());

  // Approved, an agency lead reads it, and sees the hit without any restricted words.
  auto seen = briefings_->Get(police_lead_, submitted.id);
  ASSERT_TRUE(seen.ok()) << seen.error().message;
  auto published = publication_->Publish(manager_, submitted.id, approved->briefing->version);
  ASSERT_TRUE(published.ok()) << published.error().message;
  ASSERT_TRUE(published->briefing);
  EXPECT_EQ(published->briefing->state, BriefingState::kPublished);
  EXPECT_TRUE(published->briefing->published_on.has_value());
  EXPECT_EQ(Count("briefing.publish", kSuccess, std::to_string(submitted.id)), 1);

  auto no_reason = publication_->Withdraw(manager_, submitted.id, published->briefing->version, "");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "reason");
  auto withdrawn = publication_->Withdraw(manager_, submitted.id, published->briefing->version,
                                          "Superseded by a new briefing.");
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.error().message;
  EXPECT_EQ(withdrawn->state, BriefingState::kWithdrawn);
  EXPECT_EQ(Count("briefing.withdraw", kSuccess, std::to_string(submitted.id)), 1);
}

TEST_P(BriefingServiceSuite, OthersSeeThatAHitMatchesARestrictedDetailButNotItsWords) {
  const Briefing submitted = Submitted(Content("Amy-Louise was known to services."), officer_);
  auto report = publication_->Check(manager_, submitted.id);
  ASSERT_TRUE(report.ok());
  ASSERT_FALSE(report->hits.empty());
  for (const BriefingHit& hit : report->hits) {
    auto accepted = publication_->AcceptHit(manager_, submitted.id, hit.id, "Agreed with family");
    ASSERT_TRUE(accepted.ok()) << accepted.error().message;
  }
  auto approved = publication_->Approve(manager_, submitted.id, submitted.version);
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  ASSERT_TRUE(approved->briefing);  // the manager did not write it

  auto seen = publication_->Check(police_lead_, submitted.id);
  ASSERT_TRUE(seen.ok()) << seen.error().message;
  ASSERT_FALSE(seen->hits.empty());
  for (const BriefingHit& hit : seen->hits) {
    EXPECT_FALSE(hit.detail_shown);
    EXPECT_TRUE(hit.hit.matched.empty());
    EXPECT_EQ(hit.description, "matches a restricted detail of case NS-2025-12");
    EXPECT_TRUE(hit.acceptance.has_value());
  }
}

TEST_P(BriefingServiceSuite, TheManagerKeepsTheSensitivePlacesAndTheCheckFindsThem) {
  auto refused = publication_->SetSensitivePlaces(officer_, {"Ashby Park"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  auto kept = publication_->SetSensitivePlaces(manager_, {" Ashby Park ", "", "Ashby Park"});
  ASSERT_TRUE(kept.ok()) << kept.error().message;
  EXPECT_THAT(*kept, ElementsAre("Ashby Park"));
  const Briefing created = Create(Content("They met in ashby park."), officer_);
  auto report = publication_->Check(officer_, created.id);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->hits.size(), 1u);
  EXPECT_EQ(report->hits.front().hit.kind, IdentifierKind::kSensitivePlace);
  EXPECT_EQ(Count("sensitive_places.update", kSuccess), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BriefingServiceSuite);

}  // namespace
}  // namespace assure::domain
