// Test support for the case repositories' storage tests: a fixture with two partnerships (A and
// B), agencies and themes in each, fictional case drafts, the case list's helpers, and
// In<Repository>(partnership, fn), which runs fn on a repository bound to that partnership in one
// write transaction. Header-only; used by the *_test.cc files of this folder. Not thread-safe;
// one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "domain/civil_date.h"
#include "domain/reviews/cases/case.h"
#include "storage/repositories/identity/sql_user_repository.h"
#include "storage/repositories/partnership/sql_agency_repository.h"
#include "storage/repositories/partnership/sql_partnership_repository.h"
#include "storage/repositories/reviews/sql_case_repository.h"
#include "storage/repositories/reviews/sql_theme_repository.h"
#include "testing/database_fixture.h"

namespace assure::storage {

// 'YYYY-MM-DD' as a civil date (the tests write only valid ones).
inline domain::CivilDate Day(std::string_view text) { return *domain::ParseCivilDate(text); }

class CaseStorageTest : public testing::DatabaseTest {
 protected:
  // Runs fn(Repository&) for `partnership` in one write transaction.
  template <typename Repository, typename Fn>
  auto In(domain::PartnershipId partnership, Fn fn) {
    return db().Write([&](sql::Connection& c) {
      Repository repository{c, clock_, partnership};
      return fn(repository);
    });
  }

  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    partnership_a_ = MakePartnership("area-a");
    partnership_b_ = MakePartnership("area-b");
    police_a_ = MakeAgency(partnership_a_, "Police A");
    health_a_ = MakeAgency(partnership_a_, "Health A");
    police_b_ = MakeAgency(partnership_b_, "Police B");
    for (const char* theme : {"neglect", "exploitation", "domestic abuse"}) {
      ASSERT_TRUE(
          In<SqlThemeRepository>(partnership_a_, [&](auto& t) { return t.Add(theme); }).ok());
      ASSERT_TRUE(
          In<SqlThemeRepository>(partnership_b_, [&](auto& t) { return t.Add(theme); }).ok());
    }
  }

  domain::PartnershipId MakePartnership(const std::string& slug) {
    auto made = db().Write([&](sql::Connection& c) {
      return SqlPartnershipRepository{c, clock_}.Create({slug, "Partnership " + slug});
    });
    EXPECT_TRUE(made.ok());
    return made.ok() ? made->id : 0;
  }

  domain::AgencyId MakeAgency(domain::PartnershipId partnership, const std::string& name) {
    auto made = In<SqlAgencyRepository>(partnership, [&](auto& agencies) {
      return agencies.Create({name, domain::AgencyType::kOther, false});
    });
    EXPECT_TRUE(made.ok());
    return made.ok() ? made->id : 0;
  }

  domain::UserId MakeUser(const std::string& email) {
    auto made = db().Write([&](sql::Connection& c) {
      return SqlUserRepository{c, clock_}.Create({email, "Fictional Person"});
    });
    EXPECT_TRUE(made.ok());
    return made.ok() ? made->id : 0;
  }

  // A fictional child case referred on `received_on`.
  static domain::NewCase Draft(const std::string& reference, std::string_view received_on) {
    domain::NewCase draft;
    draft.reference = reference;
    draft.type = domain::CaseType::kChild;
    domain::Subject subject;
    subject.pseudonym = "Child " + reference.substr(reference.size() - 1);
    draft.subjects = {subject};
    draft.aware_on = Day(received_on);
    draft.referral.received_on = Day(received_on);
    draft.referral.referrer = "Designated nurse";
    draft.summary = "Fictional summary.";
    return draft;
  }

  core::Result<domain::Case> CreateCase(domain::PartnershipId partnership,
                                        const domain::NewCase& draft) {
    return In<SqlCaseRepository>(partnership, [&](auto& cases) { return cases.Create(draft); });
  }

  // Creates the case or fails the test; returns its id (0 on failure).
  domain::CaseId MakeCase(domain::PartnershipId partnership, const domain::NewCase& draft) {
    auto made = CreateCase(partnership, draft);
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  // fn(SqlCaseRepository&) for `partnership`, in one write transaction.
  template <typename Fn>
  auto Cases(domain::PartnershipId partnership, Fn fn) {
    return In<SqlCaseRepository>(partnership, fn);
  }

  core::Result<domain::CasePage> List(domain::PartnershipId partnership,
                                      const domain::CaseQuery& query) {
    return Cases(partnership, [&](auto& cases) { return cases.List(query); });
  }

  // The references of the page `query` finds in partnership A, in order.
  std::vector<std::string> Found(const domain::CaseQuery& query) {
    auto page = List(partnership_a_, query);
    EXPECT_TRUE(page.ok()) << page.error().message;
    std::vector<std::string> references;
    if (!page.ok()) return references;
    for (const domain::Case& c : page->cases) references.push_back(c.reference);
    return references;
  }

  std::vector<std::string> Search(const std::string& text) {
    domain::CaseQuery query;
    query.text = text;
    return Found(query);
  }

  // A fictional joint case with every field filled in: CR-2025-007, Child H and Adult K.
  domain::NewCase FullDraft() {
    domain::NewCase draft;
    draft.reference = "CR-2025-007";
    draft.type = domain::CaseType::kJoint;
    domain::Subject child;
    child.pseudonym = "Child H";
    child.age_band = "1-4";
    child.sex = "female";
    child.ethnicity = "White";
    child.disability = "no";
    domain::Subject adult;
    adult.pseudonym = "Adult K";
    adult.age_band = "25-64";
    adult.sex = "male";
    adult.ethnicity = "Mixed or multiple ethnic groups";
    adult.disability = "yes";
    draft.subjects = {child, adult};
    draft.incident_on = Day("2025-02-27");
    draft.aware_on = Day("2025-03-03");
    draft.referring_agency_id = police_a_;
    draft.referral.received_on = Day("2025-03-04");
    draft.referral.referrer = "Designated nurse";
    draft.referral.criteria_considered = "Serious injury; abuse suspected";
    draft.summary = "Neglect over a long period; several agencies involved.";
    draft.themes = {"neglect", "domestic abuse"};
    draft.restricted.circumstances = "Confidential circumstances of the incident.";
    // Every identifying detail of Child H, as the service stores them (NHS numbers from 999 are
    // the NHS's test range; there is no postcode area XX); only a name for Adult K.
    draft.restricted.identities = {{.subject_id = 0,
                                    .name = "Hannah Fictional",
                                    .date_of_birth = Day("2022-06-01"),
                                    .date_of_death = Day("2025-02-28"),
                                    .address = "1 Imaginary Row\nNowhere-on-Sea",
                                    .postcode = "XX1 2YZ",
                                    .school = "Little Acorns Nursery; Nowhere Primary School",
                                    .nhs_number = "9990000018",
                                    .other_details = "Known as Hanni"},
                                   {1, "Kai Fictional", std::nullopt}};
    return draft;
  }

  domain::PartnershipId partnership_a_ = 0;
  domain::PartnershipId partnership_b_ = 0;
  domain::AgencyId police_a_ = 0;
  domain::AgencyId health_a_ = 0;
  domain::AgencyId police_b_ = 0;
};

}  // namespace assure::storage
