// The demo's learning briefings (demo_briefings.h) over a real Store, on both backends, with the
// demo's cases: about ten briefings of both kinds in every state, written by the business officer
// and approved by the business manager, published in the past; the draft that quotes a child's
// given name gives the publication check a hit on that case, and nothing else the demo approved
// has one; most agencies confirmed each published briefing, each record by the agency's own lead,
// and some agencies have not, past the 20 working days on one briefing at least and not yet due
// on another; the demo's recommendations recur in two groups or more across reviews, a published
// briefing shown with one; a second run adds nothing.
#include "cli/demo/demo_briefings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/demo/demo_cases.h"
#include "domain/learning/briefing_publication.h"
#include "domain/learning/dissemination_service.h"
#include "domain/learning/recurring/recurring_service.h"
#include "domain/london_date.h"
#include "testing/store_fixture.h"

namespace assure::cli {
namespace {

using domain::Briefing;
using domain::BriefingState;
using domain::Role;
using domain::Transaction;

class DemoBriefingsSuite : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    today_ = domain::LondonDate(clock_.Now());
    partnership_ = MakePartnership("northshire");
    std::vector<domain::AgencyId> agencies;
    for (int i = 0; i < 6; ++i) {
      const domain::AgencyId agency = MakeAgency(partnership_, "Agency " + std::to_string(i));
      leads_[agency] = Member(partnership_, "lead" + std::to_string(i) + "@northshire.example",
                              Role::kAgencyLead, agency)
                           .user_id();
      agencies.push_back(agency);
    }
    manager_ = Member(partnership_, "business_manager@northshire.example", Role::kBusinessManager);
    officer_ = Member(partnership_, "business_officer@northshire.example", Role::kBusinessOfficer);
    auto cases = store().Write([&](Transaction& tx) -> core::Status {
      DemoCaseWriter writer(tx, partnership_, agencies, std::nullopt, today_);
      ASSURE_TRY(writer.EnsureThemes());
      for (const CaseSketch& sketch : DemoCaseSketches(today_)) {
        auto added = writer.Add(sketch);
        if (!added.ok()) return added.error();
      }
      return core::Ok();
    });
    ASSERT_TRUE(cases.ok()) << cases.error().message;
  }

  core::Result<WrittenBriefings> AddDemo() {
    return AddDemoBriefings(store(), partnership_, today_);
  }

  std::vector<Briefing> AllBriefings() {
    auto list = store().Read(
        [&](Transaction& tx) { return tx.briefings(partnership_).List(domain::BriefingQuery{}); });
    EXPECT_TRUE(list.ok()) << list.error().message;
    return list.ok() ? *list : std::vector<Briefing>{};
  }

  // The given name in the case's restricted details (its first word).
  std::string GivenName(domain::CaseId id) {
    auto details =
        store().Read([&](Transaction& tx) { return tx.cases(partnership_).GetRestricted(id); });
    EXPECT_TRUE(details.ok()) << details.error().message;
    if (!details.ok() || details->identities.empty()) return {};
    const std::string& name = details->identities.front().name;
    return name.substr(0, name.find(' '));
  }

  domain::CivilDate today_;
  domain::PartnershipId partnership_ = 0;
  std::map<domain::AgencyId, domain::UserId> leads_;
  domain::Requester manager_;
  domain::Requester officer_;
};

TEST_P(DemoBriefingsSuite, AboutTenBriefingsOfBothKindsInEveryStateWithPastDates) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  const std::vector<Briefing> briefings = AllBriefings();
  EXPECT_EQ(static_cast<std::size_t>(written->briefings), briefings.size());
  EXPECT_GE(briefings.size(), 8u);
  EXPECT_LE(briefings.size(), 12u);
  std::set<domain::BriefingKind> kinds;
  std::set<BriefingState> states;
  for (const Briefing& briefing : briefings) {
    kinds.insert(briefing.content.kind);
    states.insert(briefing.state);
    EXPECT_EQ(briefing.created_by, officer_.user_id()) << briefing.content.title;
    EXPECT_LT(domain::LondonDate(briefing.created_at), today_) << briefing.content.title;
    EXPECT_EQ(briefing.content.title.find('{'), std::string::npos) << briefing.content.title;
    EXPECT_EQ(briefing.content.body_markdown.find('{'), std::string::npos)
        << briefing.content.title;
    if (briefing.state == BriefingState::kApproved || briefing.state == BriefingState::kPublished ||
        briefing.state == BriefingState::kWithdrawn) {
      EXPECT_EQ(briefing.approved_by.value_or(0), manager_.user_id()) << briefing.content.title;
    }
    if (briefing.state == BriefingState::kPublished ||
        briefing.state == BriefingState::kWithdrawn) {
      ASSERT_TRUE(briefing.published_on.has_value()) << briefing.content.title;
      EXPECT_LT(*briefing.published_on, today_) << briefing.content.title;
    }
  }
  EXPECT_EQ(kinds.size(), domain::AllBriefingKinds().size());
  EXPECT_EQ(states.size(), domain::AllBriefingStates().size());
  auto records = store().Read(
      [&](Transaction& tx) { return tx.briefings(partnership_).Disseminations(std::nullopt); });
  ASSERT_TRUE(records.ok()) << records.error().message;
  EXPECT_EQ(static_cast<std::size_t>(written->disseminations), records->size());
  EXPECT_GT(written->disseminations, 0);
}

TEST_P(DemoBriefingsSuite, TheDraftQuotingAChildsNameGivesTheCheckAHitAndNothingApprovedHasOne) {
  ASSERT_TRUE(AddDemo().ok());
  const domain::BriefingPublication publication(store(), clock_);
  int quoting = 0;
  for (const Briefing& briefing : AllBriefings()) {
    auto report = publication.Check(manager_, briefing.id);
    ASSERT_TRUE(report.ok()) << report.error().message;
    if (briefing.state != BriefingState::kDraft) {
      EXPECT_EQ(report->unresolved, 0) << briefing.content.title;
      continue;
    }
    for (const domain::BriefingHit& hit : report->hits) {
      if (hit.hit.kind != domain::IdentifierKind::kName || !hit.hit.case_id) continue;
      const auto& linked = briefing.content.case_ids;
      EXPECT_NE(std::find(linked.begin(), linked.end(), *hit.hit.case_id), linked.end());
      if (hit.hit.text == GivenName(*hit.hit.case_id) && !hit.acceptance) ++quoting;
    }
  }
  EXPECT_GE(quoting, 1);
}

TEST_P(DemoBriefingsSuite, MostAgenciesConfirmedEachPublishedBriefingByTheirLeadAndSomeAreDue) {
  ASSERT_TRUE(AddDemo().ok());
  const domain::DisseminationService dissemination(store(), clock_);
  int published = 0;
  int overdue = 0;
  int not_yet = 0;
  for (const Briefing& briefing : AllBriefings()) {
    if (briefing.state != BriefingState::kPublished) continue;
    ++published;
    auto view = dissemination.Get(manager_, briefing.id);
    ASSERT_TRUE(view.ok()) << view.error().message;
    ASSERT_EQ(view->agencies.size(), leads_.size());
    std::size_t confirmed = 0;
    for (const domain::AgencyDissemination& agency : view->agencies) {
      if (agency.confirmed) {
        ++confirmed;
        EXPECT_GT(agency.staff_reached, 0) << agency.agency_name;
      } else {
        overdue += agency.overdue ? 1 : 0;
        not_yet += agency.overdue ? 0 : 1;
      }
    }
    EXPECT_GT(confirmed * 2, view->agencies.size()) << briefing.content.title;
    for (const domain::Dissemination& record : view->records) {
      EXPECT_EQ(record.recorded_by, leads_.at(record.agency_id)) << briefing.content.title;
      EXPECT_GE(record.shared_on, *briefing.published_on);
      EXPECT_LT(record.shared_on, today_);
    }
  }
  EXPECT_GE(published, 3);
  EXPECT_GE(overdue, 1);  // not confirmed within 20 working days of publication
  EXPECT_GE(not_yet, 1);  // not confirmed, and not yet due
  auto unconfirmed = dissemination.Unconfirmed(manager_);
  ASSERT_TRUE(unconfirmed.ok()) << unconfirmed.error().message;
  EXPECT_EQ(static_cast<int>(unconfirmed->size()), overdue + not_yet);
}

TEST_P(DemoBriefingsSuite, TheDemoRecommendationsRecurInTwoGroupsAcrossReviews) {
  ASSERT_TRUE(AddDemo().ok());
  auto learning = domain::RecurringLearningService(store(), clock_).Read(manager_, {});
  ASSERT_TRUE(learning.ok()) << learning.error().message;
  int recurring = 0;
  int with_briefings = 0;
  for (const domain::LearningGroup& group : learning->groups) {
    std::set<domain::CaseId> reviews;
    for (const domain::GroupedItem& grouped : group.items) {
      if (grouped.item.source == domain::LearningSource::kRecommendation) {
        reviews.insert(grouped.item.case_id);
      }
    }
    recurring += reviews.size() >= 2 ? 1 : 0;
    with_briefings += group.briefings.empty() ? 0 : 1;
    EXPECT_GE(group.cases.size(), 2u);
  }
  EXPECT_GE(recurring, 2);
  EXPECT_GE(with_briefings, 1);
}

TEST_P(DemoBriefingsSuite, ASecondRunAddsNothing) {
  auto first = AddDemo();
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = AddDemo();
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->briefings, 0);
  EXPECT_EQ(second->disseminations, 0);
  EXPECT_EQ(AllBriefings().size(), static_cast<std::size_t>(first->briefings));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(DemoBriefingsSuite);

}  // namespace
}  // namespace assure::cli
