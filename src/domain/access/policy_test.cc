#include "domain/access/policy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace assure::domain {
namespace {

Principal PrincipalWith(std::vector<Membership> memberships) {
  Principal p;
  p.user_id = 7;
  p.partnership_id = 1;
  p.memberships = std::move(memberships);
  return p;
}

// A record of `partnership`, with `owner` as its account owner when given.
RecordScope In(PartnershipId partnership, std::optional<UserId> owner = std::nullopt) {
  RecordScope record;
  record.partnership_id = partnership;
  record.owner_user_id = owner;
  return record;
}

Membership As(Role role, std::optional<AgencyId> agency = std::nullopt,
              PartnershipId partnership = 1) {
  Membership m;
  m.partnership_id = partnership;
  m.user_id = 7;
  m.role = role;
  m.agency_id = agency;
  return m;
}

TEST(PolicyTest, AdministratorManagesUsersOfTheirPartnershipOnly) {
  const auto admin = PrincipalWith({As(Role::kAdministrator)});
  EXPECT_TRUE(Permits(admin, Resource::kUser, Action::kCreate, In(1)));
  EXPECT_FALSE(Permits(admin, Resource::kUser, Action::kCreate, In(2)));
}

TEST(PolicyTest, AgencyLeadReadsAgenciesButCannotChangeThem) {
  const auto lead = PrincipalWith({As(Role::kAgencyLead, 3)});
  EXPECT_TRUE(Permits(lead, Resource::kAgency, Action::kRead, In(1)));
  EXPECT_FALSE(Permits(lead, Resource::kAgency, Action::kUpdate, In(1)));
  EXPECT_FALSE(MayEver(lead, Resource::kUser, Action::kRead));
}

TEST(PolicyTest, OnlyAuditorsAndAdministratorsReadTheAuditTrail) {
  for (auto role : AllRoles()) {
    const bool expected = role == Role::kAuditor || role == Role::kAdministrator;
    EXPECT_EQ(MayEver(PrincipalWith({As(role)}), Resource::kAuditTrail, Action::kRead), expected)
        << RoleName(role);
  }
}

TEST(PolicyTest, OwnAccountIsOneselfOnly) {
  const auto member = PrincipalWith({As(Role::kBoardMember)});
  EXPECT_TRUE(Permits(member, Resource::kOwnAccount, Action::kUpdate, In(1, 7)));
  EXPECT_FALSE(Permits(member, Resource::kOwnAccount, Action::kUpdate, In(1, 8)));
}

TEST(PolicyTest, AMembershipOfAnotherPartnershipGrantsNothingHere) {
  const auto stray = PrincipalWith({As(Role::kAdministrator, std::nullopt, 2)});
  EXPECT_FALSE(Permits(stray, Resource::kAgency, Action::kRead, In(1)));
  EXPECT_FALSE(MayEver(stray, Resource::kAgency, Action::kRead));
}

TEST(PolicyTest, SeveralRolesGrantTheUnion) {
  const auto both = PrincipalWith({As(Role::kBoardMember), As(Role::kAuditor)});
  EXPECT_TRUE(MayEver(both, Resource::kAuditTrail, Action::kExport));
  EXPECT_TRUE(MayEver(both, Resource::kAgency, Action::kRead));
}

TEST(PolicyTest, TheBusinessUnitWorksOnEveryCaseAndReadsRestrictedDetails) {
  for (auto role : {Role::kBusinessManager, Role::kBusinessOfficer}) {
    const auto unit = PrincipalWith({As(role)});
    EXPECT_TRUE(Permits(unit, Resource::kCase, Action::kUpdate, In(1))) << RoleName(role);
    EXPECT_TRUE(Permits(unit, Resource::kCaseRestricted, Action::kRead, In(1))) << RoleName(role);
    EXPECT_FALSE(Permits(unit, Resource::kCase, Action::kRead, In(2))) << RoleName(role);
  }
}

TEST(PolicyTest, OnlyTheBusinessUnitEverReadsRestrictedDetails) {
  for (auto role : AllRoles()) {
    const bool expected = role == Role::kBusinessManager || role == Role::kBusinessOfficer;
    EXPECT_EQ(MayEver(PrincipalWith({As(role, 3)}), Resource::kCaseRestricted, Action::kRead),
              expected)
        << RoleName(role);
  }
}

TEST(PolicyTest, AReviewerReadsOnlyTheCasesTheyAreAppointedTo) {
  const auto reviewer = PrincipalWith({As(Role::kReviewer)});
  RecordScope theirs = In(1);
  theirs.assigned_user_ids = {7};
  RecordScope other = In(1);
  other.assigned_user_ids = {8};
  EXPECT_TRUE(Permits(reviewer, Resource::kCase, Action::kRead, theirs));
  EXPECT_FALSE(Permits(reviewer, Resource::kCase, Action::kRead, other));
  EXPECT_FALSE(Permits(reviewer, Resource::kCase, Action::kUpdate, theirs));
}

TEST(PolicyTest, AnAgencyLeadSeesNoCaseOnlyTheirOwnAgencysRequests) {
  const auto lead = PrincipalWith({As(Role::kAgencyLead, 3)});
  RecordScope ours = In(1);
  ours.agency_id = 3;
  RecordScope theirs = In(1);
  theirs.agency_id = 4;
  EXPECT_FALSE(MayEver(lead, Resource::kCase, Action::kRead));
  EXPECT_TRUE(Permits(lead, Resource::kInformationRequest, Action::kUpdate, ours));
  EXPECT_FALSE(Permits(lead, Resource::kInformationRequest, Action::kRead, theirs));
  EXPECT_FALSE(Permits(lead, Resource::kInformationRequest, Action::kCreate, ours));
}

TEST(PolicyTest, AReviewerReadsOnlyTheRequestsOfTheirCasesAndChangesNone) {
  const auto reviewer = PrincipalWith({As(Role::kReviewer)});
  RecordScope theirs = In(1);
  theirs.agency_id = 3;
  theirs.assigned_user_ids = {7};
  RecordScope other = In(1);
  other.agency_id = 3;
  other.assigned_user_ids = {8};
  RecordScope elsewhere = In(2);
  elsewhere.assigned_user_ids = {7};
  EXPECT_TRUE(Permits(reviewer, Resource::kInformationRequest, Action::kRead, theirs));
  EXPECT_FALSE(Permits(reviewer, Resource::kInformationRequest, Action::kRead, other));
  EXPECT_FALSE(Permits(reviewer, Resource::kInformationRequest, Action::kRead, In(1)));
  EXPECT_FALSE(Permits(reviewer, Resource::kInformationRequest, Action::kRead, elsewhere));
  for (Action action : {Action::kCreate, Action::kUpdate, Action::kDelete, Action::kExport}) {
    EXPECT_FALSE(MayEver(reviewer, Resource::kInformationRequest, action)) << ActionName(action);
  }
  // Assignment is a reviewer's grant only: an agency lead is not let in by being named.
  const auto lead = PrincipalWith({As(Role::kAgencyLead, 4)});
  EXPECT_FALSE(Permits(lead, Resource::kInformationRequest, Action::kRead, theirs));
}

TEST(PolicyTest, ABoardMemberSeesFiguresButNoCase) {
  const auto member = PrincipalWith({As(Role::kBoardMember)});
  EXPECT_TRUE(Permits(member, Resource::kReport, Action::kRead, In(1)));
  EXPECT_FALSE(MayEver(member, Resource::kCase, Action::kRead));
  EXPECT_FALSE(MayEver(member, Resource::kInformationRequest, Action::kRead));
  EXPECT_FALSE(MayEver(member, Resource::kReviewer, Action::kRead));
}

TEST(PolicyTest, EveryoneReadsTheCalendarButOnlyTheAdministratorChangesIt) {
  for (Role role : AllRoles()) {
    EXPECT_EQ(Grant(role, Resource::kCalendar, Action::kRead), Scope::kPartnership);
    const Scope change = role == Role::kAdministrator ? Scope::kPartnership : Scope::kNone;
    for (Action action : {Action::kCreate, Action::kUpdate, Action::kDelete}) {
      EXPECT_EQ(Grant(role, Resource::kCalendar, action), change);
    }
    EXPECT_EQ(Grant(role, Resource::kCalendar, Action::kExport), Scope::kNone);
  }
}

TEST(PolicyTest, AnAgencyLeadReadsAndUpdatesOnlyTheirOwnAgencysActions) {
  const auto lead = PrincipalWith({As(Role::kAgencyLead, 3)});
  RecordScope ours = In(1);
  ours.agency_id = 3;
  RecordScope theirs = In(1);
  theirs.agency_id = 4;
  EXPECT_TRUE(Permits(lead, Resource::kAction, Action::kRead, ours));
  EXPECT_TRUE(Permits(lead, Resource::kAction, Action::kUpdate, ours));
  EXPECT_FALSE(Permits(lead, Resource::kAction, Action::kRead, theirs));
  EXPECT_FALSE(Permits(lead, Resource::kAction, Action::kUpdate, theirs));
  EXPECT_FALSE(Permits(lead, Resource::kAction, Action::kCreate, ours));
  EXPECT_FALSE(Permits(lead, Resource::kAction, Action::kExport, ours));
  // Not partnership-wide: the services keep plan changes and reopening to the business unit.
  EXPECT_FALSE(Permits(lead, Resource::kAction, Action::kUpdate, In(1)));
  EXPECT_FALSE(MayEver(lead, Resource::kReviewRound, Action::kRead));
}

TEST(PolicyTest, ABoardMemberReadsActionsAndRoundsButChangesAndExportsNothing) {
  const auto member = PrincipalWith({As(Role::kBoardMember)});
  EXPECT_TRUE(Permits(member, Resource::kAction, Action::kRead, In(1)));
  EXPECT_TRUE(Permits(member, Resource::kReviewRound, Action::kRead, In(1)));
  for (Action action : {Action::kCreate, Action::kUpdate, Action::kDelete, Action::kExport}) {
    EXPECT_FALSE(MayEver(member, Resource::kAction, action)) << ActionName(action);
    EXPECT_FALSE(MayEver(member, Resource::kReviewRound, action)) << ActionName(action);
  }
}

TEST(PolicyTest, TheBusinessUnitWorksOnEveryActionButOnlyTheManagerOpensARound) {
  for (auto role : {Role::kBusinessManager, Role::kBusinessOfficer}) {
    const auto unit = PrincipalWith({As(role)});
    for (Action action : {Action::kRead, Action::kCreate, Action::kUpdate, Action::kExport}) {
      EXPECT_TRUE(Permits(unit, Resource::kAction, action, In(1))) << RoleName(role);
    }
    EXPECT_FALSE(MayEver(unit, Resource::kAction, Action::kDelete)) << RoleName(role);
    EXPECT_TRUE(Permits(unit, Resource::kReviewRound, Action::kUpdate, In(1))) << RoleName(role);
    EXPECT_FALSE(Permits(unit, Resource::kAction, Action::kRead, In(2))) << RoleName(role);
  }
  EXPECT_TRUE(Permits(PrincipalWith({As(Role::kBusinessManager)}), Resource::kReviewRound,
                      Action::kCreate, In(1)));
  EXPECT_FALSE(MayEver(PrincipalWith({As(Role::kBusinessOfficer)}), Resource::kReviewRound,
                       Action::kCreate));
}

TEST(PolicyTest, AdministratorsAuditorsAndReviewersHaveNoActionsOrRounds) {
  for (auto role : {Role::kAdministrator, Role::kAuditor, Role::kReviewer}) {
    for (Action action : AllActions()) {
      EXPECT_EQ(Grant(role, Resource::kAction, action), Scope::kNone) << RoleName(role);
      EXPECT_EQ(Grant(role, Resource::kReviewRound, action), Scope::kNone) << RoleName(role);
    }
  }
}

// doc/access.md carries the table people read; it must say exactly what the code does.
TEST(PolicyTest, TheAccessDocumentMatchesTheCode) {
  std::ifstream in(std::string{ASSURE_SOURCE_DIR} + "/doc/access.md");
  ASSERT_TRUE(in) << "doc/access.md is missing";
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  int rows = 0;
  for (auto resource : AllResources()) {
    for (auto action : AllActions()) {
      std::string row = "| " + std::string{ResourceName(resource)} + " | " +
                        std::string{ActionName(action)} + " |";
      for (auto role : AllRoles()) {
        const auto scope = Grant(role, resource, action);
        row += " " + std::string{scope == Scope::kNone ? "—" : ScopeName(scope)} + " |";
      }
      EXPECT_NE(doc.find(row + "\n"), std::string::npos) << "doc/access.md lacks: " << row;
      ++rows;
    }
  }
  EXPECT_EQ(rows, 115);
}

}  // namespace
}  // namespace assure::domain
