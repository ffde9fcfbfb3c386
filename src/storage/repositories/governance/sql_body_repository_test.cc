// SqlBodyRepository on both backends: bodies with their terms and members, versions, names, and
// another partnership's records. Fictional bodies and people only.
#include "storage/repositories/governance/sql_body_repository.h"

#include <gtest/gtest.h>

#include <vector>

#include "storage/repositories/governance/governance_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Body;
using domain::BodyKind;
using domain::BodyMember;
using domain::MemberRole;
using domain::TermsOfReference;

class SqlBodyRepositoryTest : public GovernanceStorageTest {
 protected:
  core::Result<TermsOfReference> AddTerms(domain::PartnershipId partnership, domain::BodyId body,
                                          std::string text, std::string_view review_on) {
    TermsOfReference terms;
    terms.text = std::move(text);
    terms.review_on = GovernanceDay(review_on);
    terms.saved_on = GovernanceDay("2025-03-01");
    terms.saved_by = clerk_;
    return Bodies(partnership, [&](auto& r) { return r.AddTerms(body, terms); });
  }

  core::Result<Body> Get(domain::PartnershipId partnership, domain::BodyId id) {
    return Bodies(partnership, [&](auto& r) { return r.Get(id); });
  }
};

TEST_P(SqlBodyRepositoryTest, CreatesABodyAtVersionOneWithNoMembersOrTerms) {
  const Body board = MakeBody(north_, Content("Safeguarding Board", BodyKind::kBoard));
  domain::BodyContent content = Content("Learning Subgroup", BodyKind::kSubgroup, board.id);
  content.quorum = {4, true};
  auto made = Bodies(north_, [&](auto& r) { return r.Create(content); });
  ASSERT_TRUE(made.ok()) << made.error().message;
  EXPECT_EQ(made->partnership_id, north_);
  EXPECT_EQ(made->version, 1);
  EXPECT_FALSE(made->terms.has_value());
  EXPECT_TRUE(made->members.empty());

  auto read = Get(north_, made->id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->content.name, "Learning Subgroup");
  EXPECT_EQ(read->content.kind, BodyKind::kSubgroup);
  EXPECT_EQ(read->content.parent_id, board.id);
  EXPECT_FALSE(read->content.chair_id.has_value());
  EXPECT_EQ(read->content.quorum.minimum, 4);
  EXPECT_TRUE(read->content.quorum.statutory_partners);
}

TEST_P(SqlBodyRepositoryTest, ListsEveryBodyByNameWithItsLatestTermsAndMembers) {
  const Body task = MakeBody(north_, Content("Task and Finish: Neglect"));
  const Body board = MakeBody(north_, Content("Executive Board", BodyKind::kBoard));
  MakeBody(south_, Content("Southshire Board", BodyKind::kBoard));
  ASSERT_TRUE(AddTerms(north_, board.id, "First terms.", "2026-03-01").ok());
  ASSERT_TRUE(AddTerms(north_, board.id, "Second terms.", "2026-06-01").ok());
  MakeBodyMember(board.id, "Alex Chair", "Independent Chair", "2025-01-01");
  MakeBodyMember(task.id, "", "Designated Nurse", "2025-02-01", MemberRole::kAdviser);

  auto listed = Bodies(north_, [](auto& r) { return r.List(); });
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].content.name, "Executive Board");
  ASSERT_TRUE((*listed)[0].terms.has_value());
  EXPECT_EQ((*listed)[0].terms->number, 2);
  EXPECT_EQ((*listed)[0].terms->text, "Second terms.");
  ASSERT_EQ((*listed)[0].members.size(), 1u);
  EXPECT_EQ((*listed)[0].members[0].person, "Alex Chair");
  EXPECT_EQ((*listed)[1].content.name, "Task and Finish: Neglect");
  EXPECT_FALSE((*listed)[1].terms.has_value());
  ASSERT_EQ((*listed)[1].members.size(), 1u);
  EXPECT_EQ((*listed)[1].members[0].post, "Designated Nurse");
  EXPECT_EQ((*listed)[1].members[0].role, MemberRole::kAdviser);
}

TEST_P(SqlBodyRepositoryTest, UpdateMovesTheVersionAndAStaleVersionChangesNothing) {
  const Body body = MakeBody(north_, Content("Quality Subgroup"));
  domain::BodyContent changed = Content("Quality and Performance Subgroup");
  changed.quorum = {5, false};
  auto updated = Bodies(north_, [&](auto& r) { return r.Update(body.id, 1, changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->content.name, "Quality and Performance Subgroup");
  EXPECT_EQ(updated->content.quorum.minimum, 5);

  auto stale =
      Bodies(north_, [&](auto& r) { return r.Update(body.id, 1, Content("Stale Subgroup")); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  auto read = Get(north_, body.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->content.name, "Quality and Performance Subgroup");
  EXPECT_EQ(read->version, 2);
}

TEST_P(SqlBodyRepositoryTest, ATakenNameIsAConflictOnTheName) {
  MakeBody(north_, Content("Executive Board", BodyKind::kBoard));
  const Body other = MakeBody(north_, Content("Audit Subgroup"));
  auto twice = Bodies(north_, [&](auto& r) { return r.Create(Content("Executive Board")); });
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
  EXPECT_EQ(twice.error().field, "name");
  auto renamed =
      Bodies(north_, [&](auto& r) { return r.Update(other.id, 1, Content("Executive Board")); });
  ASSERT_FALSE(renamed.ok());
  EXPECT_EQ(renamed.error().code, ErrorCode::kConflict);
  EXPECT_EQ(renamed.error().field, "name");
  // Another partnership may use the name.
  EXPECT_NE(MakeBody(south_, Content("Executive Board")).id, 0);
}

TEST_P(SqlBodyRepositoryTest, AnotherPartnershipsBodyOrMemberIsNotFound) {
  const Body body = MakeBody(north_, Content("Executive Board", BodyKind::kBoard));
  const BodyMember member = MakeBodyMember(body.id, "Alex Chair", "", "2025-01-01");
  const auto not_found = [](const auto& result) {
    return !result.ok() && result.error().code == ErrorCode::kNotFound;
  };
  EXPECT_TRUE(not_found(Get(south_, body.id)));
  EXPECT_TRUE(not_found(
      Bodies(south_, [&](auto& r) { return r.Update(body.id, 1, Content("Taken Over")); })));
  EXPECT_TRUE(not_found(AddTerms(south_, body.id, "Terms.", "2026-01-01")));
  EXPECT_TRUE(not_found(Bodies(south_, [&](auto& r) { return r.TermsHistory(body.id); })));
  EXPECT_TRUE(not_found(Bodies(south_, [&](auto& r) { return r.AddMember(member); })));
  EXPECT_TRUE(not_found(Bodies(south_, [&](auto& r) { return r.UpdateMember(member); })));
  EXPECT_TRUE(not_found(Bodies(
      south_, [&](auto& r) { return r.Create(Content("Child", BodyKind::kSubgroup, body.id)); })));
  auto listed = Bodies(south_, [](auto& r) { return r.List(); });
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->empty());
}

TEST_P(SqlBodyRepositoryTest, TermsAreNumberedPerBodyAndTheHistoryIsNewestFirst) {
  const Body board = MakeBody(north_, Content("Executive Board", BodyKind::kBoard));
  const Body group = MakeBody(north_, Content("Learning Subgroup"));
  auto first = AddTerms(north_, board.id, "# Purpose\nTo lead.", "2026-03-01");
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->number, 1);
  EXPECT_EQ(first->saved_by, clerk_);
  EXPECT_EQ(first->saved_on, GovernanceDay("2025-03-01"));
  auto other = AddTerms(north_, group.id, "Group terms.", "2026-04-01");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->number, 1);
  auto second = AddTerms(north_, board.id, "# Purpose\nTo lead and assure.", "2026-09-01");
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->number, 2);

  auto history = Bodies(north_, [&](auto& r) { return r.TermsHistory(board.id); });
  ASSERT_TRUE(history.ok()) << history.error().message;
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].number, 2);
  EXPECT_EQ((*history)[0].text, "# Purpose\nTo lead and assure.");
  EXPECT_EQ((*history)[0].review_on, GovernanceDay("2026-09-01"));
  EXPECT_EQ((*history)[1].number, 1);
  auto read = Get(north_, board.id);
  ASSERT_TRUE(read.ok());
  ASSERT_TRUE(read->terms.has_value());
  EXPECT_EQ(read->terms->number, 2);
  EXPECT_EQ(read->version, 1);  // terms do not move the body's version
}

TEST_P(SqlBodyRepositoryTest, MembersComeByFromDateThenIdAndKeepTheirChanges) {
  const Body body = MakeBody(north_, Content("Executive Board", BodyKind::kBoard));
  const BodyMember later = MakeBodyMember(body.id, "Sam Later", "", "2025-06-01");
  const BodyMember early = MakeBodyMember(body.id, "Kim Early", "", "2025-01-01");
  BodyMember same_day = MakeBodyMember(body.id, "", "Head of Education", "2025-06-01");

  same_day.person = "Chris Head";
  same_day.user_id = clerk_;
  same_day.agency_id = police_;
  same_day.role = MemberRole::kDeputy;
  same_day.to_on = GovernanceDay("2025-12-31");
  auto updated = Bodies(north_, [&](auto& r) { return r.UpdateMember(same_day); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->id, same_day.id);

  auto read = Get(north_, body.id);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->members.size(), 3u);
  EXPECT_EQ(read->members[0].id, early.id);
  EXPECT_EQ(read->members[1].id, later.id);
  const BodyMember& stored = read->members[2];
  EXPECT_EQ(stored.id, same_day.id);
  EXPECT_EQ(stored.body_id, body.id);
  EXPECT_EQ(stored.person, "Chris Head");
  EXPECT_EQ(stored.post, "Head of Education");
  EXPECT_EQ(stored.user_id, clerk_);
  EXPECT_EQ(stored.agency_id, police_);
  EXPECT_EQ(stored.role, MemberRole::kDeputy);
  EXPECT_EQ(stored.to_on, GovernanceDay("2025-12-31"));
  EXPECT_EQ(read->version, 1);  // members do not move the body's version
}

TEST_P(SqlBodyRepositoryTest, TheChairAndViceChairAreMembersOfTheBody) {
  const Body body = MakeBody(north_, Content("Executive Board", BodyKind::kBoard));
  const Body other = MakeBody(north_, Content("Learning Subgroup"));
  const BodyMember chair = MakeBodyMember(body.id, "Alex Chair", "", "2025-01-01");
  const BodyMember vice = MakeBodyMember(body.id, "Kim Vice", "", "2025-01-01");
  const BodyMember elsewhere = MakeBodyMember(other.id, "Sam Else", "", "2025-01-01");

  domain::BodyContent content = body.content;
  content.chair_id = elsewhere.id;
  auto wrong = Bodies(north_, [&](auto& r) { return r.Update(body.id, 1, content); });
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kNotFound);

  content.chair_id = chair.id;
  content.vice_chair_id = vice.id;
  auto set = Bodies(north_, [&](auto& r) { return r.Update(body.id, 1, content); });
  ASSERT_TRUE(set.ok()) << set.error().message;
  EXPECT_EQ(set->content.chair_id, chair.id);
  EXPECT_EQ(set->content.vice_chair_id, vice.id);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlBodyRepositoryTest);

}  // namespace
}  // namespace assure::storage
