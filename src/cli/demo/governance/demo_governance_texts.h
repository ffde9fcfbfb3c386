// The fictional structure of the demo partnership (demo_governance.h): its seven bodies, parents
// first (the Executive Board; the children's and the adults' partnership groups under it; the
// Safeguarding Reviews and Exploitation subgroups under the Executive, the Education and the
// Prevention & Early Intervention subgroups under the children's group), each with its members,
// chair and vice-chair, quorum rule, the words of its terms of reference, its agenda items and
// the pattern of its meetings. Invented; no real person, case or place. Used by the governance
// demo's .cc files only. Constants; thread-safe.
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "cli/demo/governance/demo_agenda_texts.h"
#include "domain/governance/body.h"

namespace assure::cli::demo_governance {

using domain::MemberRole;

// One member; the agency is the partnership's first agency of the type (kOther: no agency).
struct MemberText {
  std::string_view person;  // empty: a named post
  std::string_view post;
  AgencyType agency = AgencyType::kOther;
  MemberRole role = MemberRole::kMember;
  std::string_view deputy;    // whom they send in their place; empty: no one
  bool board_member = false;  // the seat of the demo's board member (their account and name)
  int joins = 0;   // months after the structure was set up that they join (0: from the start)
  int leaves = 0;  // months after it that their membership ends (0: it has not)
};

inline constexpr std::array<MemberText, 11> kExecutiveMembers{{
    {"Eleanor Marsh", "Chief Executive", AgencyType::kLocalAuthority, MemberRole::kMember,
     "Rachel Dunmore"},
    {"Rowan Ashby", "Assistant Chief Constable", AgencyType::kPolice, MemberRole::kMember,
     "Claire Hollins"},
    {"Fiona Carrick", "Chief Nursing Officer", AgencyType::kHealth, MemberRole::kMember,
     "Mark Benson"},
    {"Priya Chandra", "Director of Children's Services", AgencyType::kLocalAuthority,
     MemberRole::kMember, "Owen Pryce"},
    {"Gordon Lisle", "Director of Adult Social Services", AgencyType::kLocalAuthority,
     MemberRole::kMember, "Sunita Rao"},
    {"", "Independent Scrutineer", AgencyType::kOther, MemberRole::kMember, "", true},
    {"Angela Moss", "Chief Executive Officer", AgencyType::kEducation, MemberRole::kMember,
     "Ben Ashworth"},
    {"", "Head of the Probation Delivery Unit", AgencyType::kProbation, MemberRole::kMember,
     "Laura Fenwick"},
    {"Kwame Osei", "Chief Officer", AgencyType::kVoluntarySector, MemberRole::kMember,
     "Ruth Adeyemi"},
    {"", "Head of Legal Services", AgencyType::kLocalAuthority, MemberRole::kAdviser, ""},
    {"Hannah Greaves", "Designated Doctor for Safeguarding Children", AgencyType::kHealth,
     MemberRole::kAdviser, ""},
}};

inline constexpr std::array<MemberText, 7> kChildrenMembers{{
    {"Priya Chandra", "Director of Children's Services", AgencyType::kLocalAuthority,
     MemberRole::kMember, "Owen Pryce"},
    {"Daniel Shore", "Detective Superintendent, Public Protection", AgencyType::kPolice,
     MemberRole::kMember, "Kate Mallory"},
    {"Joanne Whitlock", "Designated Nurse for Safeguarding Children", AgencyType::kHealth,
     MemberRole::kMember, "Alison Byrne"},
    {"Simon Okoro", "Head of Early Help", AgencyType::kLocalAuthority, MemberRole::kMember,
     "Lucy Tran"},
    {"Marianne Clegg", "Director of Education", AgencyType::kEducation, MemberRole::kMember,
     "Paul Hebden"},
    {"Nadia Farouk", "Children's Services Manager", AgencyType::kVoluntarySector,
     MemberRole::kMember, "Joe Whelan"},
    {"", "Principal Social Worker (Children)", AgencyType::kLocalAuthority, MemberRole::kAdviser,
     ""},
}};

// Stephen Hale leaves nine months after the set-up; Yvonne Achebe takes his seat.
inline constexpr std::array<MemberText, 8> kAdultsMembers{{
    {"Gordon Lisle", "Director of Adult Social Services", AgencyType::kLocalAuthority,
     MemberRole::kMember, "Sunita Rao"},
    {"Carol Pike", "Detective Chief Inspector, Vulnerability", AgencyType::kPolice,
     MemberRole::kMember, "Ian Marsden"},
    {"Stephen Hale", "Named Professional for Adult Safeguarding", AgencyType::kHealth,
     MemberRole::kMember, "Grace Lomas", false, 0, 9},
    {"Yvonne Achebe", "Named Professional for Adult Safeguarding", AgencyType::kHealth,
     MemberRole::kMember, "Grace Lomas", false, 9, 0},
    {"", "Head of Adult Safeguarding", AgencyType::kLocalAuthority, MemberRole::kMember,
     "Peter Quinn"},
    {"Ruth Adeyemi", "Deputy Chief Officer", AgencyType::kVoluntarySector, MemberRole::kMember,
     "Megan Holt"},
    {"", "Senior Probation Officer", AgencyType::kProbation, MemberRole::kMember, "Chris Daly"},
    {"", "Principal Social Worker (Adults)", AgencyType::kLocalAuthority, MemberRole::kAdviser, ""},
}};

inline constexpr std::array<MemberText, 6> kReviewsMembers{{
    {"Hannah Greaves", "Designated Doctor for Safeguarding Children", AgencyType::kHealth,
     MemberRole::kMember, "Alison Byrne"},
    {"Claire Hollins", "Detective Superintendent", AgencyType::kPolice, MemberRole::kMember,
     "Kate Mallory"},
    {"Owen Pryce", "Head of Safeguarding and Quality Assurance", AgencyType::kLocalAuthority,
     MemberRole::kMember, "Lucy Tran"},
    {"", "Named Nurse for Safeguarding Adults", AgencyType::kHealth, MemberRole::kMember,
     "Grace Lomas"},
    {"Sarah Lindqvist", "Head of Safeguarding", AgencyType::kEducation, MemberRole::kDeputy,
     "Paul Hebden"},
    {"", "Reviews Coordinator", AgencyType::kOther, MemberRole::kAdviser, ""},
}};

inline constexpr std::array<MemberText, 6> kExploitationMembers{{
    {"Kate Mallory", "Detective Chief Inspector, Exploitation", AgencyType::kPolice,
     MemberRole::kMember, "Ian Marsden"},
    {"Lucy Tran", "Service Manager, Adolescent Safeguarding", AgencyType::kLocalAuthority,
     MemberRole::kMember, "Simon Okoro"},
    {"", "Named Nurse for Safeguarding Children", AgencyType::kHealth, MemberRole::kMember,
     "Joanne Whitlock"},
    {"Joe Whelan", "Youth Work Lead", AgencyType::kVoluntarySector, MemberRole::kMember,
     "Nadia Farouk"},
    {"", "Head of Public Protection", AgencyType::kProbation, MemberRole::kMember, "Chris Daly"},
    {"Paul Hebden", "Trust Safeguarding Lead", AgencyType::kEducation, MemberRole::kMember,
     "Sarah Lindqvist"},
}};

inline constexpr std::array<MemberText, 6> kEducationMembers{{
    {"Marianne Clegg", "Director of Education", AgencyType::kEducation, MemberRole::kMember,
     "Sarah Lindqvist"},
    {"", "Education Safeguarding Adviser", AgencyType::kLocalAuthority, MemberRole::kMember,
     "Lucy Tran"},
    {"Sarah Lindqvist", "Head of Safeguarding", AgencyType::kEducation, MemberRole::kMember,
     "Paul Hebden"},
    {"", "School Nursing Team Leader", AgencyType::kHealth, MemberRole::kMember, "Alison Byrne"},
    {"", "Police Schools Liaison Officer", AgencyType::kPolice, MemberRole::kMember, "Ian Marsden"},
    {"", "Virtual School Head", AgencyType::kLocalAuthority, MemberRole::kAdviser, ""},
}};

inline constexpr std::array<MemberText, 6> kPreventionMembers{{
    {"Simon Okoro", "Head of Early Help", AgencyType::kLocalAuthority, MemberRole::kMember,
     "Lucy Tran"},
    {"Nadia Farouk", "Children's Services Manager", AgencyType::kVoluntarySector,
     MemberRole::kMember, "Joe Whelan"},
    {"Alison Byrne", "Health Visiting Service Lead", AgencyType::kHealth, MemberRole::kMember,
     "Joanne Whitlock"},
    {"", "Family Hubs Manager", AgencyType::kLocalAuthority, MemberRole::kMember, "Megan Holt"},
    {"Ian Marsden", "Neighbourhood Policing Inspector", AgencyType::kPolice, MemberRole::kMember,
     "Kate Mallory"},
    {"", "Public Health Consultant", AgencyType::kLocalAuthority, MemberRole::kAdviser, ""},
}};

// One body and the pattern of its meetings. Its members' attendance varies (demo_meetings.cc)
// but always leaves it quorate, but for the Executive Board's latest meeting.
struct BodyText {
  std::string_view name;
  domain::BodyKind kind = domain::BodyKind::kSubgroup;
  int parent = -1;  // index in kBodies; -1: none
  int quorum = 3;   // members (or deputies sent) at least
  bool statutory = false;
  std::span<const MemberText> members;
  int chair = 0;  // index in members
  int vice_chair = 1;
  std::span<const ItemText> items;  // taken in turn, three a meeting
  std::string_view purpose;         // of the terms of reference
  std::string_view frequency;       // of the terms of reference
  std::string_view revision = {};   // what the second version changed; empty: one version only
  int months = 3;                   // between meetings
  // The day of the pattern, in working days before today: the latest meeting held, or, when
  // negative, the next one, whose papers are out (the to-do of its members).
  int anchor = 10;
  int held = 6;                 // meetings held
  bool last_inquorate = false;  // the latest held meeting: police and health sent apologies
  std::string_view starts_at = "10:00";
  int duration = 90;
  std::string_view location;
};

inline constexpr std::array<BodyText, 7> kBodies{{
    {.name = "Executive Board",
     .kind = domain::BodyKind::kBoard,
     .quorum = 4,
     .statutory = true,
     .members = kExecutiveMembers,
     .chair = 0,
     .vice_chair = 1,
     .items = kExecutiveItems,
     .purpose = "Leads the partnership's arrangements to safeguard children and adults in "
                "Northshire: sets its priorities and budget, holds the groups and subgroups to "
                "account, and decides on reviews.",
     .frequency = "Monthly, on a weekday afternoon, for two hours.",
     .revision = "Decisions on rapid reviews are delegated to the Safeguarding Reviews Subgroup; "
                 "the board hears their findings.",
     .months = 1,
     .anchor = -5,
     .held = 18,
     .last_inquorate = true,
     .starts_at = "14:00",
     .duration = 120,
     .location = "Council Chamber, County Hall"},
    {.name = "Children's Safeguarding Partnership Group",
     .kind = domain::BodyKind::kPartnershipGroup,
     .parent = 0,
     .quorum = 4,
     .statutory = true,
     .members = kChildrenMembers,
     .items = kChildrenItems,
     .purpose = "Oversees how well agencies work together to keep children safe, from early help "
                "to child protection, and reports to the Executive Board.",
     .frequency = "Every two months, for two hours.",
     .revision = "The Education and Prevention & Early Intervention subgroups now report here.",
     .months = 2,
     .anchor = -3,
     .held = 9,
     .duration = 120,
     .location = "Room 4, County Hall"},
    {.name = "Adults' Safeguarding Partnership Group",
     .kind = domain::BodyKind::kPartnershipGroup,
     .parent = 0,
     .quorum = 4,
     .statutory = true,
     .members = kAdultsMembers,
     .items = kAdultsItems,
     .purpose = "Oversees how well agencies work together to keep adults with care and support "
                "needs safe, and reports to the Executive Board.",
     .frequency = "Every two months, for two hours.",
     .revision = "The group now also oversees the partnership's work on domestic abuse against "
                 "adults.",
     .months = 2,
     .anchor = 15,
     .held = 9,
     .duration = 120,
     .location = "Online"},
    {.name = "Safeguarding Reviews Subgroup",
     .parent = 0,
     .members = kReviewsMembers,
     .items = kReviewsItems,
     .purpose = "Decides on notifications and referrals, runs rapid reviews and practice "
                "reviews, and tracks the actions that answer them.",
     .frequency = "Quarterly, with extra meetings for rapid reviews.",
     .revision = "Safeguarding adults reviews are now in scope.",
     .anchor = 12,
     .starts_at = "13:30",
     .location = "Room 2, Police Headquarters"},
    {.name = "Exploitation Subgroup",
     .parent = 0,
     .members = kExploitationMembers,
     .items = kExploitationItems,
     .purpose = "Leads the partnership's response to the exploitation of children and adults, "
                "including missing episodes and county lines.",
     .frequency = "Quarterly.",
     .revision = "Adults at risk of exploitation are now in scope.",
     .anchor = 25,
     .starts_at = "13:30",
     .location = "Online"},
    {.name = "Education Subgroup",
     .parent = 1,
     .members = kEducationMembers,
     .items = kEducationItems,
     .purpose = "Supports schools and colleges to keep pupils safe, and oversees the section 175 "
                "audit.",
     .frequency = "Quarterly, after the school day.",
     .revision = "Colleges join the subgroup through the Trust's safeguarding lead.",
     .anchor = 38,
     .starts_at = "15:30",
     .location = "Riverside Academy, Meeting Room 1"},
    {.name = "Prevention & Early Intervention Subgroup",
     .parent = 1,
     .members = kPreventionMembers,
     .items = kPreventionItems,
     .purpose = "Helps families early, before problems grow: family hubs, early help, safer "
                "sleep and parenting support.",
     .frequency = "Quarterly.",
     .anchor = 50,
     .location = "Harbour Lane Family Centre"},
}};

}  // namespace assure::cli::demo_governance
