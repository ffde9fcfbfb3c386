// BodyService over a real Store, on both backends: the business manager builds the partnership's
// structure as a tree (no loops, names unique), seats members with their accounts and agencies,
// picks the chair from them and keeps versioned terms of reference that come up for review;
// agency leads read the structure and change nothing, their refusals audited; another
// partnership's bodies are not found. Fictional data only.
#include "domain/governance/body_service.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "testing/governance_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;

class BodyServiceTest : public testing::GovernanceServiceTest {
 protected:
  static std::vector<std::string> NamesOf(const std::vector<Body>& bodies) {
    std::vector<std::string> names;
    for (const Body& body : bodies) names.push_back(body.content.name);
    return names;
  }
};

TEST_P(BodyServiceTest, TheBusinessManagerBuildsTheStructureAsATree) {
  const Body board = MakeBody("Northshire Safeguarding Partnership Board", BodyKind::kBoard);
  const Body subgroup = Value(
      bodies_->Create(manager_, Content("  Case Review Subgroup ", BodyKind::kSubgroup, board.id)));
  const Body task =
      MakeBody("Neglect Task and Finish Group", BodyKind::kTaskAndFinishGroup, subgroup.id);
  EXPECT_EQ(subgroup.content.name, "Case Review Subgroup");
  EXPECT_EQ(subgroup.content.kind, BodyKind::kSubgroup);
  EXPECT_EQ(subgroup.content.parent_id, board.id);
  EXPECT_EQ(subgroup.partnership_id, north_);
  EXPECT_EQ(subgroup.version, 1);
  EXPECT_FALSE(subgroup.terms);
  EXPECT_TRUE(subgroup.members.empty());
  EXPECT_EQ(Count("governance.body.create", kSuccess), 3);
  EXPECT_EQ(Count("governance.body.create", kSuccess, std::to_string(task.id)), 1);

  EXPECT_EQ(NamesOf(Value(bodies_->List(manager_))),
            (std::vector<std::string>{"Case Review Subgroup", "Neglect Task and Finish Group",
                                      "Northshire Safeguarding Partnership Board"}));
  const BodyView view = Value(bodies_->Get(manager_, subgroup.id));
  EXPECT_EQ(view.parent_name, "Northshire Safeguarding Partnership Board");
  EXPECT_EQ(NamesOf(view.children), std::vector<std::string>{"Neglect Task and Finish Group"});
  EXPECT_TRUE(view.may_edit);
  EXPECT_FALSE(Value(bodies_->Get(manager_, board.id)).parent_name);

  // The board under its own grandchild, under itself, or under no known body: refused.
  for (const BodyId parent : {task.id, board.id, task.id + 1000}) {
    EXPECT_EQ(Refusal(bodies_->Update(manager_, board.id, board.version,
                                      Content(board.content.name, BodyKind::kBoard, parent))),
              "invalid_input parent_id")
        << parent;
  }
  EXPECT_FALSE(StoredBody(board.id).content.parent_id);
  EXPECT_EQ(Count("governance.body.update", kSuccess), 0);

  // The task group moves up under the board; the old version is then stale.
  const Body moved = Value(bodies_->Update(
      manager_, task.id, task.version,
      Content("Neglect Task and Finish Group", BodyKind::kTaskAndFinishGroup, board.id)));
  EXPECT_EQ(moved.content.parent_id, board.id);
  EXPECT_EQ(moved.version, task.version + 1);
  EXPECT_EQ(Count("governance.body.update", kSuccess, std::to_string(task.id)), 1);
  EXPECT_EQ(Refusal(bodies_->Update(manager_, task.id, task.version, moved.content)),
            "conflict version");
  EXPECT_EQ(NamesOf(Value(bodies_->Get(manager_, board.id)).children),
            (std::vector<std::string>{"Case Review Subgroup", "Neglect Task and Finish Group"}));
}

TEST_P(BodyServiceTest, ANameIsTakenOnceInAPartnership) {
  MakeBody("Learning and Improvement Subgroup", BodyKind::kSubgroup);
  EXPECT_EQ(Refusal(bodies_->Create(
                manager_, Content("Learning and Improvement Subgroup", BodyKind::kSubgroup))),
            "conflict name");
  EXPECT_EQ(Refusal(bodies_->Create(manager_, Content("  ", BodyKind::kSubgroup))),
            "invalid_input name");
  BodyContent no_quorum = Content("Fictional Quorum Group", BodyKind::kPartnershipGroup);
  no_quorum.quorum.minimum = 0;
  EXPECT_EQ(Refusal(bodies_->Create(manager_, no_quorum)), "invalid_input quorum_minimum");
  EXPECT_EQ(Value(bodies_->List(manager_)).size(), 1u);
  // Another partnership may use the same name.
  EXPECT_EQ(Refusal(bodies_->Create(
                south_manager_, Content("Learning and Improvement Subgroup", BodyKind::kSubgroup))),
            "ok");
}

TEST_P(BodyServiceTest, AgencyLeadsReadTheStructureButChangeNothing) {
  const Body board = MakeBody("Northshire Safeguarding Partnership Board", BodyKind::kBoard);
  EXPECT_EQ(NamesOf(Value(bodies_->List(police_lead_))),
            std::vector<std::string>{"Northshire Safeguarding Partnership Board"});
  EXPECT_FALSE(Value(bodies_->Get(police_lead_, board.id)).may_edit);
  EXPECT_EQ(Value(bodies_->List(board_)).size(), 1u);

  EXPECT_EQ(Refusal(bodies_->Create(police_lead_, Content("Fictional Group", BodyKind::kSubgroup))),
            "forbidden");
  EXPECT_EQ(Count("governance.body.create", kDenied, "new"), 1);
  EXPECT_EQ(Refusal(bodies_->Update(police_lead_, board.id, board.version, board.content)),
            "forbidden");
  EXPECT_EQ(Count("governance.body.update", kDenied, std::to_string(board.id)), 1);
  BodyMember member;
  member.person = "Fictional Person";
  member.from_on = D("2026-01-05");
  EXPECT_EQ(Refusal(bodies_->AddMember(police_lead_, board.id, member)), "forbidden");
  EXPECT_EQ(Refusal(bodies_->SaveTerms(police_lead_, board.id, "Fictional terms.", std::nullopt)),
            "forbidden");
  EXPECT_EQ(Count("governance.body.terms", kDenied, std::to_string(board.id)), 1);
  EXPECT_EQ(Value(bodies_->List(manager_)).size(), 1u);
  EXPECT_TRUE(StoredBody(board.id).members.empty());

  // A reviewer does not read the structure; another partnership's manager finds no such body.
  EXPECT_EQ(Refusal(bodies_->List(reviewer_)), "forbidden");
  EXPECT_EQ(Refusal(bodies_->Get(reviewer_, board.id)), "not_found");
  EXPECT_EQ(Refusal(bodies_->Get(south_manager_, board.id)), "not_found");
  EXPECT_EQ(Count("governance.body.read", kDenied, std::to_string(board.id), south_), 1);
  EXPECT_TRUE(Value(bodies_->List(south_manager_)).empty());
}

TEST_P(BodyServiceTest, TheChairAndViceChairAreMembersOfTheBody) {
  BodyContent content = Content("Northshire Safeguarding Partnership Board", BodyKind::kBoard);
  content.chair_id = 1;
  EXPECT_EQ(Refusal(bodies_->Create(manager_, content)), "invalid_input chair_id");
  content.chair_id.reset();
  const Body board = Value(bodies_->Create(manager_, content));
  const Body other = MakeBody("Fictional Other Group", BodyKind::kSubgroup);
  const BodyMember chair = Join(board.id, "Fictional Chair", board_.user_id(), std::nullopt);
  const BodyMember vice = Join(board.id, "Fictional Vice", std::nullopt, police_);
  const BodyMember elsewhere = Join(other.id, "Fictional Outsider", std::nullopt, health_);

  Version version = StoredBody(board.id).version;
  content.chair_id = elsewhere.id;
  EXPECT_EQ(Refusal(bodies_->Update(manager_, board.id, version, content)),
            "invalid_input chair_id");
  content.chair_id = chair.id;
  content.vice_chair_id = chair.id;
  EXPECT_EQ(Refusal(bodies_->Update(manager_, board.id, version, content)),
            "invalid_input vice_chair_id");
  content.vice_chair_id = vice.id;
  const Body chaired = Value(bodies_->Update(manager_, board.id, version, content));
  EXPECT_EQ(chaired.content.chair_id, chair.id);
  EXPECT_EQ(chaired.content.vice_chair_id, vice.id);
  EXPECT_EQ(StoredBody(board.id).content.chair_id, chair.id);
}

TEST_P(BodyServiceTest, TermsAreVersionedAndComeUpForReviewAYearOn) {
  const Body board = MakeBody("Northshire Safeguarding Partnership Board", BodyKind::kBoard);
  MakeBody("Fictional Group Without Terms", BodyKind::kSubgroup);
  EXPECT_EQ(Refusal(bodies_->SaveTerms(manager_, board.id, "  ", std::nullopt)),
            "invalid_input terms");
  EXPECT_EQ(Refusal(bodies_->SaveTerms(manager_, board.id, "# Terms", D("2026-01-05"))),
            "invalid_input review_on");

  const TermsOfReference first =
      Value(bodies_->SaveTerms(manager_, board.id, "# Terms\n\nFictional.", D("2026-07-01")));
  EXPECT_EQ(first.number, 1);
  EXPECT_EQ(first.review_on, D("2026-07-01"));
  EXPECT_EQ(first.saved_on, D("2026-01-05"));
  EXPECT_EQ(first.saved_by, manager_.user_id());
  const TermsOfReference second =
      Value(bodies_->SaveTerms(officer_, board.id, "# Terms\n\nFictional, revised.", std::nullopt));
  EXPECT_EQ(second.number, 2);
  EXPECT_EQ(second.review_on, D("2027-01-05"));  // a year on
  EXPECT_EQ(Count("governance.body.terms", kSuccess, std::to_string(board.id)), 2);

  const auto history = Value(bodies_->TermsHistory(police_lead_, board.id));
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].number, 2);
  EXPECT_EQ(history[1].number, 1);
  EXPECT_EQ(history[1].text, "# Terms\n\nFictional.");
  const Body stored = StoredBody(board.id);
  ASSERT_TRUE(stored.terms);
  EXPECT_EQ(stored.terms->number, 2);

  EXPECT_TRUE(Value(bodies_->TermsPastReview(manager_)).empty());
  clock_.Advance(std::chrono::days{365});  // 5 January 2027: the review date itself
  EXPECT_TRUE(Value(bodies_->TermsPastReview(manager_)).empty());
  clock_.Advance(std::chrono::days{1});
  const auto due = Value(bodies_->TermsPastReview(officer_));
  ASSERT_EQ(due.size(), 1u);  // once, for its latest terms
  EXPECT_EQ(due[0].body_id, board.id);
  EXPECT_EQ(due[0].body_name, "Northshire Safeguarding Partnership Board");
  EXPECT_EQ(due[0].review_on, D("2027-01-05"));
  EXPECT_TRUE(Value(bodies_->TermsPastReview(police_lead_)).empty());
}

TEST_P(BodyServiceTest, MembersNameAnAccountAndAnAgencyOfThePartnership) {
  BodyContent content = Content("Northshire Safeguarding Partnership Board", BodyKind::kBoard);
  content.quorum.statutory_partners = true;
  const Body board = Value(bodies_->Create(manager_, content));
  BodyMember member;
  member.person = "  Fictional Chair ";
  member.post = "Independent Scrutineer";
  member.user_id = board_.user_id();
  member.agency_id = police_;
  member.from_on = D("2025-09-01");
  const BodyMember added = Value(bodies_->AddMember(manager_, board.id, member));
  EXPECT_GT(added.id, 0);
  EXPECT_EQ(added.body_id, board.id);
  EXPECT_EQ(added.person, "Fictional Chair");
  EXPECT_EQ(added.user_id, board_.user_id());
  EXPECT_EQ(added.agency_id, police_);
  EXPECT_EQ(Count("governance.body.member.add", kSuccess, std::to_string(board.id)), 1);

  BodyMember outsider = member;
  outsider.user_id = south_manager_.user_id();
  EXPECT_EQ(Refusal(bodies_->AddMember(manager_, board.id, outsider)), "invalid_input user_id");
  outsider = member;
  outsider.agency_id = south_police_;
  EXPECT_EQ(Refusal(bodies_->AddMember(manager_, board.id, outsider)), "invalid_input agency_id");
  outsider = member;
  outsider.person.clear();
  outsider.post.clear();
  EXPECT_EQ(Refusal(bodies_->AddMember(manager_, board.id, outsider)), "invalid_input person");
  outsider = member;
  outsider.to_on = D("2025-08-31");
  EXPECT_EQ(Refusal(bodies_->AddMember(manager_, board.id, outsider)), "invalid_input to_on");
  EXPECT_EQ(StoredBody(board.id).members.size(), 1u);

  Join(board.id, "Fictional Nurse", std::nullopt, health_);
  Join(board.id, "Fictional Lawyer", std::nullopt, council_, MemberRole::kAdviser);
  const BodyView view = Value(bodies_->Get(manager_, board.id));
  ASSERT_EQ(view.body.members.size(), 3u);
  EXPECT_EQ(view.agency_names.at(police_), "Northshire Police");
  // The council's only member is an adviser: it has no seat for the quorum rule.
  EXPECT_EQ(view.statutory_without_member, std::vector<AgencyId>{council_});

  BodyMember ended = added;
  ended.to_on = D("2025-12-31");
  EXPECT_EQ(Value(bodies_->UpdateMember(manager_, board.id, ended)).to_on, D("2025-12-31"));
  EXPECT_EQ(Count("governance.body.member.update", kSuccess, std::to_string(board.id)), 1);
  EXPECT_EQ(Refusal(bodies_->UpdateMember(police_lead_, board.id, ended)), "forbidden");
  ended.id += 1000;
  EXPECT_EQ(Refusal(bodies_->UpdateMember(manager_, board.id, ended)), "not_found");
  const auto seated = Value(bodies_->Get(manager_, board.id)).statutory_without_member;
  EXPECT_EQ(seated, (std::vector<AgencyId>{council_, police_}));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BodyServiceTest);

}  // namespace
}  // namespace assure::domain
