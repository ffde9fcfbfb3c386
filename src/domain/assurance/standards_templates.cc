#include "domain/assurance/standards_templates.h"

#include <utility>
#include <vector>

namespace assure::domain {

namespace {

FrameworkTemplate AgencyTemplate() {
  FrameworkDraft draft;
  draft.name = "Agency safeguarding self-assessment (children's services, s11)";
  draft.description =
      "A self-assessment for agencies that provide services to children, arranged under the "
      "duties of Children Act 2004 section 11. Each agency rates itself against every standard "
      "and points to the evidence behind its rating.";
  draft.scale = RatingScale::kFourPoint;
  draft.evidence_required = true;
  draft.standards = {
      {"1", "Senior management commitment and accountability",
       "Senior leaders treat safeguarding children as a core responsibility of the agency and "
       "can show how they oversee it.",
       "Safeguarding appears as a standing item at board or senior team meetings, with minutes "
       "showing decisions and follow-up. An annual safeguarding report goes to the most senior "
       "body and its recommendations are tracked. Business plans and risk registers name "
       "safeguarding risks and who owns them."},
      {"2", "Clear statement of staff responsibilities",
       "The agency sets out in writing what every member of staff and volunteer must do to "
       "safeguard children, and makes that statement easy to find.",
       "Job descriptions and volunteer role outlines include safeguarding duties. The statement "
       "is on the intranet and given out at induction, and staff asked at random can say where "
       "it is and what it requires of them."},
      {"3", "Clear line of accountability for safeguarding",
       "There is a named senior lead for safeguarding and a known route by which concerns, "
       "advice and decisions pass up and down the organisation.",
       "An organisation chart shows the named lead, their deputies and who they report to. Staff "
       "know whom to contact for advice, including out of hours. Escalation of disagreements "
       "with other agencies follows a written route and examples are logged."},
      {"4", "Services shaped around children and the child's voice",
       "When services are planned, changed or reviewed, the agency considers how they keep "
       "children safe and takes account of what children and families say.",
       "Service change proposals include a safeguarding impact check. Records of individual "
       "work show the child's views and wishes in their own words where possible. There are "
       "examples of feedback from children or young people's groups changing how a service is "
       "run."},
      {"5", "Safeguarding training for staff",
       "Staff and volunteers receive safeguarding training matched to their role and keep it up "
       "to date.",
       "A training needs analysis sets the level required for each role. Training records show "
       "completion rates by team, with gaps followed up by managers. Evaluations or audits show "
       "that learning is used in practice, not only that courses were attended."},
      {"6", "Safer recruitment and managing allegations",
       "The agency recruits staff and volunteers in a way that deters and screens out people "
       "unsuitable to work with children, and responds properly when an allegation is made "
       "against someone who works for it.",
       "Recruitment files show identity checks, references, employment history gaps explored "
       "and criminal records checks at the right level. Interview panels include someone with "
       "safer recruitment training. A written procedure for allegations names the senior "
       "officer responsible, and a log shows referrals to the local designated officer and "
       "their outcomes."},
      {"7", "Inter-agency working and information sharing",
       "The agency works with partner agencies to protect children and shares information "
       "lawfully, promptly and securely when a child may be at risk.",
       "Staff attend and contribute to strategy meetings, conferences and core groups, and "
       "attendance is monitored. An information sharing policy explains when consent is and is "
       "not needed. Audits of referrals show that they are clear, timely and say what the "
       "concern is."},
      {"8", "Supervision and support for staff",
       "Staff working with children and families have regular supervision that includes "
       "reflection on safeguarding, and support when the work is distressing.",
       "A supervision policy sets frequency by role, and records show it happening. "
       "Supervision notes record case discussion, decisions and actions on safeguarding "
       "matters. Staff can reach debriefing or wellbeing support after difficult incidents."},
      {"9", "Policies and procedures for responding to concerns",
       "The agency has up-to-date safeguarding policies and procedures that tell staff how to "
       "recognise, record and act on a concern about a child.",
       "Policies carry a review date and are in line with the partnership's procedures. A "
       "simple flowchart for raising a concern is on display or on the intranet. Case audits "
       "show concerns recorded and referred without delay, and whistleblowing arrangements "
       "are known to staff."},
  };
  return FrameworkTemplate{"s11", std::move(draft)};
}

FrameworkTemplate SchoolsTemplate() {
  FrameworkDraft draft;
  draft.name = "Safeguarding self-assessment for schools and colleges (s175/157)";
  draft.description =
      "A self-assessment for schools and colleges, arranged under the safeguarding duties of "
      "Education Act 2002 section 175 (maintained schools and further education colleges) and "
      "section 157 (independent schools and academies). Each setting rates itself red, amber "
      "or green and gives the evidence behind each rating.";
  draft.scale = RatingScale::kRedAmberGreen;
  draft.evidence_required = true;
  draft.standards = {
      {"1", "Governance and leadership",
       "The governing body or proprietor oversees safeguarding, makes sure the setting meets "
       "its duties and holds leaders to account.",
       "A named governor or trustee leads on safeguarding and meets the designated lead "
       "during the year. Governors receive an annual safeguarding report and minutes show "
       "them questioning it. Governors have had training suited to their oversight role."},
      {"2", "The designated safeguarding lead",
       "A senior member of staff is the designated safeguarding lead, with the time, training "
       "and authority to do the role, and with trained deputies to cover absence.",
       "The lead's role is written into their job description, with protected time. Their "
       "training and refresher dates are recorded. Staff, pupils and parents know who the lead "
       "and deputies are, and cover is arranged for holidays and events out of hours."},
      {"3", "Safeguarding and child protection policy and staff code of conduct",
       "The setting has a child protection policy and a staff code of conduct that are "
       "reviewed each year, followed in practice and available to staff and parents.",
       "The policy is on the website and has been approved by governors in the last year. All "
       "staff have signed to say they have read the policy and the code of conduct. The code "
       "covers professional boundaries, use of phones and social media, and reporting "
       "concerns about colleagues."},
      {"4", "Staff training and induction",
       "All staff, volunteers and governors receive safeguarding training at induction and at "
       "regular intervals, with updates during the year.",
       "Induction packs include the policy, the code of conduct and the names of the lead and "
       "deputies. A training log shows every member of staff is in date. Short briefings "
       "during the year cover local risks and lessons from case reviews."},
      {"5", "Safer recruitment and the single central record",
       "The setting follows safer recruitment practice and keeps a complete, accurate single "
       "central record of the checks made on staff, volunteers and others who work there.",
       "At least one member of every interview panel has safer recruitment training. The "
       "single central record is checked regularly by a senior leader and a governor, with "
       "dates of checks recorded. Written confirmation of checks is held for agency and "
       "contractor staff."},
      {"6", "Managing allegations against staff, supply staff and volunteers",
       "Allegations and low-level concerns about adults who work in the setting, including "
       "supply staff and volunteers, are dealt with quickly, fairly and in line with the "
       "agreed procedure.",
       "The procedure names who receives allegations, including when the concern is about the "
       "head teacher or principal. A confidential log shows referrals to the local designated "
       "officer and outcomes. Low-level concerns are recorded and reviewed for patterns."},
      {"7", "Teaching pupils to keep safe, including online",
       "The curriculum helps pupils understand risks, including online, build healthy "
       "relationships and know how to get help.",
       "Schemes of work show age-appropriate teaching on consent, relationships and online "
       "safety. Filtering and monitoring of the setting's internet access are in place and "
       "checked. Pupil surveys or discussions show pupils know whom to tell if they are "
       "worried."},
      {"8", "Working with other agencies and early help",
       "The setting spots children who need extra help early, works with other agencies to "
       "support them and takes part in child protection processes.",
       "Staff can describe the local early help offer and how to make a referral. The lead "
       "attends or sends reports to child protection conferences and core groups. Examples "
       "show the setting escalating when it disagreed with another agency's decision."},
      {"9", "Records and information sharing",
       "Safeguarding records are accurate, kept securely and shared with the right people at "
       "the right time, including when a pupil moves setting.",
       "Concerns are recorded promptly with facts, actions and outcomes, on paper or a secure "
       "system. Access to child protection files is limited to those who need it. Files are "
       "transferred securely and separately from the main pupil record when a pupil leaves, "
       "with receipt confirmed."},
  };
  return FrameworkTemplate{"s175", std::move(draft)};
}

}  // namespace

std::span<const FrameworkTemplate> FrameworkTemplates() {
  static const std::vector<FrameworkTemplate> kTemplates = [] {
    std::vector<FrameworkTemplate> templates;
    templates.push_back(AgencyTemplate());
    templates.push_back(SchoolsTemplate());
    return templates;
  }();
  return kTemplates;
}

const FrameworkTemplate* FindFrameworkTemplate(std::string_view key) {
  for (const FrameworkTemplate& framework_template : FrameworkTemplates()) {
    if (framework_template.key == key) return &framework_template;
  }
  return nullptr;
}

}  // namespace assure::domain
