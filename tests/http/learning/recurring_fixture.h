// RecurringTest: the whole application (both backends) with the learning recurring_api_test.cc
// and recurring_page_test.cc read, written straight into the store in one transaction. In
// Northshire: the agency Northshire Police (police_), the theme neglect, and two neglect cases
// whose full reviews recommend the voice of the child (NS-2021-03, decided 1 July 2021;
// NS-2023-07, decided 4 October 2023), the first's action (done_) completed on 1 February 2022,
// before the second was decided; then whatever the test adds in SeedMore (its safe sleep
// reviews); then Bea, a board member, Rob, a reviewer, and Lee, an agency lead of Northshire
// Police. And Southshire, with Sam, its business manager, and no learning. Every password is
// kPassword. Fictional data only. Not thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "domain/actions/action_rules.h"
#include "security/password_hasher.h"
#include "testing/test_app.h"

namespace assure::testing {

class RecurringTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto seeded = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      ASSURE_ASSIGN_OR_RETURN(
          const auto police,
          tx.agencies(north_).Create({"Northshire Police", domain::AgencyType::kPolice, true}));
      police_ = police.id;
      ASSURE_TRY(tx.themes(north_).Add("neglect"));
      ASSURE_ASSIGN_OR_RETURN(const auto voice,
                              Reviewed(tx, "NS-2021-03", "2021-07-01",
                                       "Record the voice of the child at every visit."));
      ASSURE_TRY(Reviewed(tx, "NS-2023-07", "2023-10-04",
                          "Practitioners should record the child's voice at each visit."));
      // The voice of the child: its action completed in February 2022, before NS-2023-07.
      ASSURE_ASSIGN_OR_RETURN(const auto done,
                              tx.actions(north_).Create(Plan(voice, "2022-03-31")));
      domain::ActionUpdate update;
      update.action_id = done.id;
      update.on = D("2022-02-01");
      update.narrative = "Template changed.";
      update.status = domain::ActionStatus::kCompleted;
      update.evidence = "An audit of 20 assessments found the child's words in 19.";
      ASSURE_ASSIGN_OR_RETURN(const auto added, tx.actions(north_).AddUpdate(update));
      ASSURE_TRY(tx.actions(north_).Update(domain::ApplyUpdate(done, added)));
      done_ = done.id;
      return SeedMore(tx);
    });
    ASSERT_TRUE(seeded.ok()) << seeded.error().message;
    t_->AddUser(north_, "bea@example.org", kPassword, domain::Role::kBoardMember);
    t_->AddUser(north_, "rob@example.org", kPassword, domain::Role::kReviewer);
    AddAgencyLead("lee@example.org");
    south_ = t_->AddPartnership("southshire", "Southshire Safeguarding Partnership");
    t_->AddUser(south_, "sam@example.org", kPassword, domain::Role::kBusinessManager);
  }

  // The test's own Northshire learning, in the seeding transaction after the voice of the child.
  virtual core::Status SeedMore(domain::Transaction& tx) = 0;

  static domain::CivilDate D(const char* text) { return *domain::ParseCivilDate(text); }

  // A neglect case with a full review decided on `decided_on` holding one recommendation; the
  // recommendation's id.
  core::Result<domain::RecommendationId> Reviewed(domain::Transaction& tx,
                                                  const std::string& reference,
                                                  const char* decided_on, const std::string& text) {
    domain::NewCase draft;
    draft.reference = reference;
    draft.subjects = {domain::Subject{0, "Child A", "unknown", "unknown", "unknown", "unknown"}};
    draft.aware_on = D("2021-01-04");
    draft.referral = {D("2021-01-04"), "Designated nurse", ""};
    draft.themes = {"neglect"};
    ASSURE_ASSIGN_OR_RETURN(const auto made, tx.cases(north_).Create(draft));
    domain::FullReview review;
    review.case_id = made.id;
    review.decided_on = D(decided_on);
    review.recommendations = {{0, 1, text}};
    ASSURE_ASSIGN_OR_RETURN(const auto stored, tx.review_records(north_).PutFullReview(review));
    return stored.recommendations.front().id;
  }

  // An action of Northshire Police answering `recommendation`.
  domain::NewAction Plan(domain::RecommendationId recommendation, const char* due_on) const {
    domain::NewAction plan;
    plan.title = "Answer the recommendation";
    plan.owner_agency_id = police_;
    plan.lead_name = "Sam Lead";
    plan.success_measure = "Audits show it is done.";
    plan.due_on = D(due_on);
    plan.sources = {{domain::SourceKind::kRecommendation, recommendation, ""}};
    return plan;
  }

  // An agency lead of Northshire Police (AppTest's AddUser cannot name the agency).
  void AddAgencyLead(const std::string& email) {
    const security::PasswordHasher hasher(security::kPasswordCostForTestsOnly);
    auto added = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      ASSURE_ASSIGN_OR_RETURN(auto user, tx.users().Create({email, "Lee Agency"}));
      user.password_hash = hasher.Hash(kPassword).value();
      ASSURE_ASSIGN_OR_RETURN(const auto updated, tx.users().Update(user));
      domain::Membership membership;
      membership.partnership_id = north_;
      membership.user_id = updated.id;
      membership.role = domain::Role::kAgencyLead;
      membership.agency_id = police_;
      ASSURE_TRY(tx.memberships(north_).Add(membership));
      return core::Ok();
    });
    ASSERT_TRUE(added.ok()) << added.error().message;
  }

  domain::AgencyId police_ = 0;
  domain::ActionId done_ = 0;  // the voice of the child's completed action
  domain::PartnershipId south_ = 0;
};

}  // namespace assure::testing
