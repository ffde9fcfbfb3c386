// The fictional agenda items of the demo's meetings (demo_governance.h): for each body, a pool of
// items its meetings take in turn, each with who presents it, its marking, the text of its paper,
// the decision the meeting takes on it and the action that decision may make. Invented; no real
// person, case or place. Used by demo_governance_texts.h and the governance demo's .cc files
// only. Constants; thread-safe.
#pragma once

#include <array>
#include <string_view>

#include "domain/partnership/agency.h"

namespace assure::cli::demo_governance {

// One item of a pool. In the title, "{ref}" stands for a case reference of the meeting's year.
struct ItemText {
  std::string_view title;
  std::string_view owner;  // who presents it
  bool restricted = false;
  std::string_view paper;     // the paper's text; empty: no paper
  std::string_view decision;  // the decision taken on it; empty: none
  std::string_view action;    // the action the decision makes; empty: none
  // The agency of the type that owns the action (the body's member of it leads).
  domain::AgencyType action_owner = domain::AgencyType::kOther;
};

using domain::AgencyType;

// Every meeting's first item.
inline constexpr ItemText kOpeningItem{
    "Minutes, action log and matters arising", "Chair", false, "", "", "", AgencyType::kOther};

inline constexpr std::array<ItemText, 6> kExecutiveItems{{
    {"Budget monitoring", "Partnership Business Manager", false,
     "The partnership's pooled budget is on track for the period. The three statutory partners' "
     "contributions have been received; the training budget is under-spent because two courses "
     "moved to the next quarter. A small underspend is forecast at the year end.",
     "The board noted the budget monitoring report and agreed that any training underspend is "
     "carried forward to the multi-agency training programme.",
     "", AgencyType::kOther},
    {"Partnership plan progress", "Director of Children's Services", false,
     "Of the plan's twelve milestones for the year, eight are on track, three are behind and one "
     "is complete. The milestones behind are in the exploitation priority, where the missing "
     "from home protocol is delayed, and in the neglect priority.",
     "The board noted progress against the partnership plan and agreed that the exploitation "
     "priority is reported as amber until the missing from home protocol is agreed.",
     "Agree the missing from home protocol with every agency and report its launch to the board",
     AgencyType::kPolice},
    {"Rapid review findings: {ref}", "Chair, Safeguarding Reviews Subgroup", true,
     "Restricted. The rapid review met within 15 working days of the notification. The "
     "agencies' chronologies show that concerns were known to three agencies but were not "
     "brought together. The review recommends a local child safeguarding practice review.",
     "The board accepted the rapid review's recommendation that a local child safeguarding "
     "practice review is commissioned, its terms of reference to be agreed by the Safeguarding "
     "Reviews Subgroup.",
     "Commission an independent reviewer for the local child safeguarding practice review",
     AgencyType::kLocalAuthority},
    {"Quality assurance report", "Partnership Business Manager", false,
     "The quarter's multi-agency data show referrals to children's social care steady, a rise in "
     "missing episodes among 14 to 17 year olds, and more adult safeguarding concerns raised by "
     "care providers.",
     "The board noted the quality assurance report and asked the Exploitation Subgroup to look "
     "into the rise in missing episodes.",
     "", AgencyType::kOther},
    {"Risk register", "Partnership Business Manager", false,
     "Three risks are rated red: delays to health chronologies for reviews, the vacancy rate "
     "among children's social workers, and the business unit's capacity during the annual "
     "report period. Each has its mitigations.",
     "The board agreed the risk register, adding the risk of delays to health chronologies for "
     "reviews.",
     "Agree a timescale for health chronologies for rapid reviews with the provider trusts",
     AgencyType::kHealth},
    {"Independent scrutiny update", "Independent Scrutineer", false,
     "The independent scrutineer observed two subgroup meetings and spoke with practitioners in "
     "three agencies. Practitioners know how to escalate a concern but are less sure what "
     "happens next.",
     "The board noted the independent scrutineer's update and agreed to publish a summary on the "
     "partnership's website.",
     "", AgencyType::kOther},
}};

inline constexpr std::array<ItemText, 5> kChildrenItems{{
    {"Early help performance", "Head of Early Help", false,
     "Early help assessments rose by a tenth on the same period last year. Ten schools made no "
     "early help referral in the period; most of them are small rural primaries.",
     "The group noted the early help report and agreed to take the early help offer to the "
     "schools that refer least.",
     "Visit the ten schools that refer least to explain the early help offer",
     AgencyType::kEducation},
    {"Neglect strategy progress", "Designated Nurse for Safeguarding Children", false,
     "The neglect toolkit is used by children's social care and by two of the three school "
     "clusters. Health visiting teams have not yet been trained in it.",
     "The group agreed that the neglect toolkit is rolled out to health visiting teams next.",
     "Train the health visiting teams in the neglect toolkit", AgencyType::kHealth},
    {"Case file audit: {ref}", "Head of Early Help", true,
     "Restricted. The audit of one family's records found good direct work with the children "
     "but no shared plan between the school, the health visitor and the family support worker.",
     "The group agreed the audit's findings and asked for the learning to go to the Education "
     "Subgroup.",
     "", AgencyType::kOther},
    {"Children missing education", "Director of Education", false,
     "The number of children missing education is unchanged. Most are children who moved out of "
     "the county without a new school place being confirmed.",
     "The group noted the report on children missing education.", "", AgencyType::kOther},
    {"Voice of the child", "Children's Services Manager", false, "",
     "The group agreed to invite the Youth Council to present at its next meeting.", "",
     AgencyType::kOther},
}};

inline constexpr std::array<ItemText, 5> kAdultsItems{{
    {"Adult safeguarding concerns", "Head of Adult Safeguarding", false,
     "Safeguarding concerns rose in the period, most of them raised by care providers. Nearly "
     "half led to an enquiry; the most common types were neglect and financial abuse.",
     "The group noted the report and agreed that care providers are offered training in making "
     "safeguarding personal.",
     "Offer making safeguarding personal training to the care providers that raise the most "
     "concerns",
     AgencyType::kLocalAuthority},
    {"Self-neglect and hoarding protocol", "Named Professional for Adult Safeguarding", false,
     "The revised protocol sets out when to call a multi-agency meeting, how to record mental "
     "capacity and how to work with a person who refuses help.",
     "The group agreed the revised self-neglect protocol for consultation.",
     "Consult people with lived experience on the revised self-neglect protocol",
     AgencyType::kVoluntarySector},
    {"Safeguarding adults review referral: {ref}", "Director of Adult Social Services", true,
     "Restricted. The referral concerns an adult who died at home after long contact with "
     "several services. The chronologies suggest the criteria for a safeguarding adults review "
     "are met.",
     "The group agreed that the referral meets the criteria for a safeguarding adults review "
     "and recommended one to the Executive Board.",
     "", AgencyType::kOther},
    {"Making safeguarding personal", "Principal Social Worker (Adults)", false,
     "Most people asked said what they wanted from their enquiry, and most of those said it "
     "was achieved in full or in part.",
     "The group noted the making safeguarding personal report.", "", AgencyType::kOther},
    {"Transitions to adult services", "Director of Adult Social Services", false, "",
     "The group agreed to hold a joint workshop on transitions with the Children's Safeguarding "
     "Partnership Group.",
     "", AgencyType::kOther},
}};

inline constexpr std::array<ItemText, 4> kReviewsItems{{
    {"Rapid review: {ref}", "Head of Safeguarding and Quality Assurance", true,
     "Restricted. The rapid review report sets out what each agency knew, the immediate "
     "learning, and the subgroup's view on whether a practice review is needed.",
     "The subgroup agreed the rapid review report for the national panel.", "", AgencyType::kOther},
    {"Review action tracker", "Reviews Coordinator", false,
     "Of the actions from published reviews, most are complete; the rest are on track except "
     "the audit of the GP safeguarding template.",
     "The subgroup agreed to close the completed actions and to chase the audit of the GP "
     "safeguarding template.",
     "Audit the use of the GP safeguarding template", AgencyType::kHealth},
    {"Practice review progress: {ref}", "Designated Doctor for Safeguarding Children", true,
     "Restricted. The independent reviewer has met the practitioners and the family. The draft "
     "report is expected before the next meeting.",
     "The subgroup noted progress on the practice review.", "", AgencyType::kOther},
    {"Learning briefings", "Reviews Coordinator", false,
     "A draft seven-minute briefing on information sharing between GPs and schools, drawn from "
     "two reviews.",
     "The subgroup agreed the learning briefing for publication.", "", AgencyType::kOther},
}};

inline constexpr std::array<ItemText, 4> kExploitationItems{{
    {"Missing episodes and return home interviews", "Service Manager, Adolescent Safeguarding",
     false,
     "Missing episodes rose in the period. Two thirds of the young people were offered a return "
     "home interview within 72 hours, below the target of nine in ten.",
     "The subgroup agreed an improvement plan for return home interviews.",
     "Offer nine in ten return home interviews within 72 hours", AgencyType::kLocalAuthority},
    {"Exploitation panel themes", "Detective Chief Inspector, Exploitation", true,
     "Restricted. Themes from the multi-agency child exploitation panel: two locations of "
     "concern, links between young people, and the disruption work under way.",
     "The subgroup noted the panel's themes and agreed the disruption plan.", "",
     AgencyType::kOther},
    {"Adults at risk of exploitation", "Head of Public Protection", false,
     "Cuckooing and financial exploitation of adults with care and support needs are rising. "
     "Few adults are referred to the exploitation panel.",
     "The subgroup agreed to extend the exploitation screening tool to adults.",
     "Extend the exploitation screening tool to adults with care and support needs",
     AgencyType::kPolice},
    {"Training on exploitation", "Youth Work Lead", false, "",
     "The subgroup noted the take-up of exploitation training.", "", AgencyType::kOther},
}};

inline constexpr std::array<ItemText, 4> kEducationItems{{
    {"Section 175 returns", "Education Safeguarding Adviser", false,
     "Nine in ten schools have returned their section 175 safeguarding audit. The returns show "
     "good training records and weaker recording of concerns passed to other agencies.",
     "The subgroup noted the section 175 returns and agreed to follow up the missing ones.",
     "Follow up the schools that have not returned their section 175 audit",
     AgencyType::kEducation},
    {"Designated safeguarding lead network", "Head of Safeguarding", false, "",
     "The subgroup agreed the topics of the next two network meetings.", "", AgencyType::kOther},
    {"Elective home education", "Education Safeguarding Adviser", false,
     "The number of children educated at home rose again. Most families gave anxiety or unmet "
     "special educational needs as the reason.",
     "The subgroup noted the elective home education report.", "", AgencyType::kOther},
    {"Suspensions, exclusions and safeguarding", "Director of Education", false,
     "Suspensions rose in secondary schools. The report looks at how many suspended pupils were "
     "known to children's social care or to the police.",
     "The subgroup agreed to share the suspensions data with the Exploitation Subgroup.", "",
     AgencyType::kOther},
}};

inline constexpr std::array<ItemText, 4> kPreventionItems{{
    {"Family hubs", "Family Hubs Manager", false,
     "The county's four family hubs are open. Visits rose in the period; fathers and families "
     "from the rural east are still under-represented.",
     "The subgroup noted the family hubs report.", "", AgencyType::kOther},
    {"Safer sleep campaign", "Health Visiting Service Lead", false,
     "The safer sleep campaign reached every maternity unit. Health visitors gave safer sleep "
     "advice at most new birth visits.",
     "The subgroup agreed that safer sleep advice is given and recorded at every new birth "
     "visit.",
     "Give and record safer sleep advice at every new birth visit", AgencyType::kHealth},
    {"Domestic abuse: early support", "Children's Services Manager", false, "",
     "The subgroup agreed to map the early support offered to families after a domestic abuse "
     "incident.",
     "", AgencyType::kOther},
    {"Parenting programmes", "Head of Early Help", false,
     "Six parenting programmes ran in the period. Most parents who started one completed it.",
     "The subgroup noted the parenting programmes report.", "", AgencyType::kOther},
}};

}  // namespace assure::cli::demo_governance
