// SqlCaseRepository over a real database, on both backends: one partnership never reaching
// another's cases, and the case list: its order and pages, its filters (type, state, theme,
// year, ids, the full review's stage) and full-text search.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storage/repositories/reviews/case_test_support.h"
#include "storage/repositories/reviews/sql_case_repository.h"
#include "storage/repositories/reviews/sql_review_record_repository.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Case;
using domain::CaseQuery;
using domain::CaseState;
using domain::CaseType;
using domain::NewCase;

class SqlCaseListTest : public CaseStorageTest {};

TEST_P(SqlCaseListTest, OnePartnershipCannotReachAnothersCases) {
  NewCase draft = FullDraft();
  draft.referring_agency_id = police_b_;
  auto theirs = CreateCase(partnership_b_, draft);
  ASSERT_TRUE(theirs.ok()) << theirs.error().message;
  const Case target = *theirs;

  EXPECT_EQ(Cases(partnership_a_, [&](auto& a) { return a.Get(target.id); }).error().code,
            ErrorCode::kNotFound);
  auto by_reference =
      Cases(partnership_a_, [&](auto& a) { return a.FindByReference(target.reference); });
  ASSERT_TRUE(by_reference.ok());
  EXPECT_FALSE(by_reference->has_value());
  Case hijack = target;
  hijack.summary = "Hijacked";
  EXPECT_EQ(Cases(partnership_a_, [&](auto& a) { return a.Update(hijack); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Cases(partnership_a_, [&](auto& a) { return a.GetRestricted(target.id); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Cases(partnership_a_,
                  [&](auto& a) { return a.SetRestricted(target.id, domain::RestrictedDetails{}); })
                .error()
                .code,
            ErrorCode::kNotFound);
  domain::CaseEvent event;
  event.case_id = target.id;
  event.at = clock_.Now();
  event.action = "open";
  EXPECT_EQ(Cases(partnership_a_, [&](auto& a) { return a.AppendEvent(event); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(Cases(partnership_a_, [&](auto& a) { return a.Events(target.id); }).error().code,
            ErrorCode::kNotFound);

  CaseQuery everything;
  EXPECT_EQ(List(partnership_a_, everything)->total, 0);
  CaseQuery only;
  only.only = std::vector<domain::CaseId>{target.id};
  EXPECT_EQ(List(partnership_a_, only)->total, 0);
  for (const char* text : {"neglect", "Child H", "CR-2025-007"}) {
    EXPECT_TRUE(Search(text).empty()) << text;
  }

  auto still = Cases(partnership_b_, [&](auto& b) { return b.Get(target.id); });
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->version, 1);
  EXPECT_EQ(still->summary, target.summary);
  auto restricted = Cases(partnership_b_, [&](auto& b) { return b.GetRestricted(target.id); });
  ASSERT_TRUE(restricted.ok());
  EXPECT_EQ(restricted->identities.size(), 2u);
}

TEST_P(SqlCaseListTest, ListIsNewestReferralFirstThenByReferenceAndPaginates) {
  MakeCase(partnership_a_, Draft("CR-2024-010", "2024-11-20"));
  MakeCase(partnership_a_, Draft("CR-2025-002", "2025-03-01"));
  MakeCase(partnership_a_, Draft("CR-2025-001", "2025-03-01"));
  MakeCase(partnership_a_, Draft("CR-2025-003", "2025-01-15"));
  MakeCase(partnership_a_, Draft("CR-2023-004", "2023-06-30"));
  MakeCase(partnership_b_, Draft("CR-2025-009", "2025-05-01"));

  EXPECT_EQ(Found({}), (std::vector<std::string>{"CR-2025-001", "CR-2025-002", "CR-2025-003",
                                                 "CR-2024-010", "CR-2023-004"}));
  CaseQuery second_page;
  second_page.offset = 2;
  second_page.limit = 2;
  auto page = List(partnership_a_, second_page);
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(page->total, 5);
  ASSERT_EQ(page->cases.size(), 2u);
  EXPECT_EQ(page->cases[0].reference, "CR-2025-003");
  EXPECT_EQ(page->cases[1].reference, "CR-2024-010");
  // Each case of a page comes with its subjects.
  EXPECT_EQ(page->cases[0].subjects.at(0).pseudonym, "Child 3");
  EXPECT_EQ(page->cases[1].subjects.at(0).pseudonym, "Child 0");

  CaseQuery past_the_end;
  past_the_end.offset = 10;
  page = List(partnership_a_, past_the_end);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5);
  EXPECT_TRUE(page->cases.empty());

  CaseQuery no_limit;
  no_limit.limit = 0;
  EXPECT_EQ(List(partnership_a_, no_limit)->cases.size(), 5u);

  CaseQuery negative;
  negative.offset = -1;
  EXPECT_EQ(List(partnership_a_, negative).error().code, ErrorCode::kInvalidInput);
}

TEST_P(SqlCaseListTest, ListFiltersByTypeStateThemeYearAndIds) {
  NewCase child = Draft("CR-2025-001", "2025-03-01");
  child.themes = {"neglect"};
  const domain::CaseId child_id = MakeCase(partnership_a_, child);
  NewCase adult = Draft("SAR-2025-002", "2025-04-01");
  adult.type = CaseType::kAdult;
  adult.themes = {"neglect", "exploitation"};
  const domain::CaseId adult_id = MakeCase(partnership_a_, adult);
  NewCase old = Draft("CR-2024-003", "2024-12-31");
  old.themes = {"exploitation"};
  const domain::CaseId old_id = MakeCase(partnership_a_, old);
  NewCase theirs = Draft("CR-2025-004", "2025-03-01");
  theirs.themes = {"neglect"};
  MakeCase(partnership_b_, theirs);

  auto adult_case = Cases(partnership_a_, [&](auto& cases) { return cases.Get(adult_id); });
  ASSERT_TRUE(adult_case.ok());
  Case closed = *adult_case;
  closed.state = CaseState::kClosed;
  ASSERT_TRUE(Cases(partnership_a_, [&](auto& cases) { return cases.Update(closed); }).ok());

  CaseQuery by_type;
  by_type.type = CaseType::kAdult;
  EXPECT_EQ(Found(by_type), (std::vector<std::string>{"SAR-2025-002"}));
  CaseQuery by_state;
  by_state.state = CaseState::kScoping;
  EXPECT_EQ(Found(by_state), (std::vector<std::string>{"CR-2025-001", "CR-2024-003"}));
  CaseQuery by_theme;
  by_theme.theme = "neglect";
  EXPECT_EQ(Found(by_theme), (std::vector<std::string>{"SAR-2025-002", "CR-2025-001"}));
  CaseQuery by_year;
  by_year.year = 2024;
  EXPECT_EQ(Found(by_year), (std::vector<std::string>{"CR-2024-003"}));
  CaseQuery by_ids;
  by_ids.only = std::vector<domain::CaseId>{old_id, child_id, old_id};
  EXPECT_EQ(Found(by_ids), (std::vector<std::string>{"CR-2025-001", "CR-2024-003"}));
  CaseQuery no_ids;
  no_ids.only = std::vector<domain::CaseId>{};
  EXPECT_TRUE(Found(no_ids).empty());

  CaseQuery combined;
  combined.theme = "exploitation";
  combined.year = 2025;
  auto page = List(partnership_a_, combined);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 1);
  ASSERT_EQ(page->cases.size(), 1u);
  EXPECT_EQ(page->cases[0].reference, "SAR-2025-002");
  EXPECT_EQ(page->cases[0].themes, (std::vector<std::string>{"exploitation", "neglect"}));
  EXPECT_EQ(page->cases[0].state, CaseState::kClosed);
}

TEST_P(SqlCaseListTest, ListFiltersByTheFullReviewsCurrentStage) {
  // Three full reviews: one drafting (terms and agency reports done), one at its terms of
  // reference, one whose stages are all done (published); and another partnership's, drafting.
  auto under_way = [&](domain::PartnershipId partnership, const std::string& reference, int done,
                       CaseState state) {
    const domain::CaseId id = MakeCase(partnership, Draft(reference, "2025-03-01"));
    auto record = Cases(partnership, [&](auto& cases) { return cases.Get(id); });
    ASSERT_TRUE(record.ok());
    Case moved = *record;
    moved.state = state;
    ASSERT_TRUE(Cases(partnership, [&](auto& cases) { return cases.Update(moved); }).ok());
    domain::FullReview review;
    review.case_id = id;
    review.decided_on = Day("2025-03-20");
    int position = 0;
    for (std::string_view name : domain::ReviewStageNames()) {
      domain::ReviewStage stage;
      stage.name = std::string{name};
      stage.planned_on = Day("2025-04-01");
      if (position++ < done) stage.actual_on = Day("2025-04-02");
      review.stages.push_back(stage);
    }
    auto stored = In<SqlReviewRecordRepository>(
        partnership, [&](auto& reviews) { return reviews.PutFullReview(review); });
    ASSERT_TRUE(stored.ok()) << stored.error().message;
  };
  under_way(partnership_a_, "CR-2025-011", 2, CaseState::kFullReview);
  under_way(partnership_a_, "CR-2025-012", 0, CaseState::kFullReview);
  under_way(partnership_a_, "CR-2025-013", 7, CaseState::kPublished);
  under_way(partnership_b_, "CR-2025-014", 2, CaseState::kFullReview);

  CaseQuery drafting;
  drafting.stage = "drafting";
  EXPECT_EQ(Found(drafting), (std::vector<std::string>{"CR-2025-011"}));
  CaseQuery terms;
  terms.stage = "terms of reference";
  EXPECT_EQ(Found(terms), (std::vector<std::string>{"CR-2025-012"}));
  CaseQuery publication;
  publication.stage = "publication";
  EXPECT_TRUE(Found(publication).empty());  // the published review is at no stage
}

TEST_P(SqlCaseListTest, FullTextSearchFindsReferencePseudonymSummaryAndReferral) {
  MakeCase(partnership_a_, FullDraft());  // CR-2025-007, Child H and Adult K, "Neglect ..."
  NewCase other = Draft("CR-2025-008", "2025-05-01");
  other.subjects[0].pseudonym = "Child M";
  other.summary = "Exploitation outside school.";
  other.referral.referrer = "Youth justice officer";
  MakeCase(partnership_a_, other);
  NewCase theirs = Draft("CR-2025-009", "2025-05-01");
  theirs.summary = "Neglect too.";
  MakeCase(partnership_b_, theirs);

  const std::vector<std::string> first{"CR-2025-007"};
  const std::vector<std::string> second{"CR-2025-008"};
  EXPECT_EQ(Search("neglect"), first);
  EXPECT_EQ(Search("NEGLECT"), first);
  EXPECT_EQ(Search("negl"), first);  // the last word is a prefix
  EXPECT_EQ(Search("Child H"), first);
  EXPECT_EQ(Search("adult k"), first);
  EXPECT_EQ(Search("CR-2025-007"), first);
  EXPECT_EQ(Search("2025-008"), second);
  EXPECT_EQ(Search("youth justice"), second);
  EXPECT_EQ(Search("abuse suspected"), first);  // criteria considered
  EXPECT_EQ(Search("child"), (std::vector<std::string>{"CR-2025-008", "CR-2025-007"}));
  EXPECT_TRUE(Search("Child Z").empty());
  EXPECT_TRUE(Search("neglect exploitation").empty());  // every word must match
  EXPECT_EQ(Search("\"neglect\" *:( &|!"), first);      // operators are plain text
  EXPECT_EQ(Search("  - ").size(), 2u);                 // no words: no text filter

  CaseQuery combined;
  combined.text = "child";
  combined.type = CaseType::kJoint;
  EXPECT_EQ(Found(combined), first);
}

TEST_P(SqlCaseListTest, SearchFollowsUpdates) {
  auto created = CreateCase(partnership_a_, FullDraft());
  ASSERT_TRUE(created.ok());
  Case changed = *created;
  changed.summary = "Exploitation online.";
  changed.subjects[0].pseudonym = "Child Q";
  ASSERT_TRUE(Cases(partnership_a_, [&](auto& cases) { return cases.Update(changed); }).ok());
  EXPECT_TRUE(Search("neglect").empty());
  EXPECT_TRUE(Search("Child H").empty());
  EXPECT_EQ(Search("exploitation"), (std::vector<std::string>{"CR-2025-007"}));
  EXPECT_EQ(Search("Child Q"), (std::vector<std::string>{"CR-2025-007"}));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlCaseListTest);

}  // namespace
}  // namespace assure::storage
