// The texts of the demo's action plan (demo_actions.cc): the kinds of action answering each of the
// demo reviews' recommendations, rapid reviews, a national review and a board decision, and the
// words of their progress updates, evidence and reasons. Invented; constants only, thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace assure::cli::demo_action_texts {

// One kind of action: who would own it (an index into the owners, in the demo's order: local
// authority, police, health, education, probation, voluntary sector), what will change, how
// success shows, and how many months it is given.
struct Template {
  std::size_t owner;
  std::string_view title;
  std::string_view measure;
  int months;
};

// Five kinds of action for each of the demo reviews' three recommendations (demo_cases.cc):
// information sharing, professional curiosity, escalation.
constexpr std::array<std::array<Template, 5>, 3> kTemplates{{
    {{
        {0, "Revise the multi-agency information-sharing protocol and publish it to every partner",
         "The three statutory partners sign off the revised protocol; it is on every agency's "
         "intranet.",
         6},
        {2, "Audit information sharing in 20 multi-agency cases against the protocol",
         "An audit report to the Safeguarding Reviews subgroup; a re-audit six months later "
         "shows improvement.",
         9},
        {1, "Brief response and neighbourhood officers on the information-sharing protocol",
         "Every response team briefed; a dip sample of 30 referrals shows information shared on "
         "the same day.",
         6},
        {4,
         "Set up a named contact in probation and children's services to exchange risk "
         "information",
         "A named contact in each team; exchanges logged and reviewed every month.", 9},
        {2, "Put information sharing on the agenda of GP practice safeguarding leads' meetings",
         "Every practice at two meetings; practice audit returns show the protocol in use.", 12},
    }},
    {{
        {3, "Include professional curiosity in the safeguarding training of all school staff",
         "Training updated; 90% of staff trained within the school year.", 9},
        {0,
         "Run two multi-agency learning events on professional curiosity with the review's "
         "7 Minute Briefing",
         "Two events held; feedback shows practitioners more confident to ask about daily life "
         "at home.",
         6},
        {4, "Add a professional curiosity prompt to probation supervision records",
         "A dip sample of 40 supervision records shows the prompt completed in at least 35.", 6},
        {5,
         "Train family support workers to record what children and adults say about their "
         "daily lives",
         "All family support workers trained; a case file audit shows the person's voice "
         "recorded.",
         9},
        {1, "Add professional curiosity to the force's public protection training day",
         "Training day updated and given to every public protection officer.", 12},
    }},
    {{
        {0, "Relaunch the escalation policy with a one-page guide for practitioners",
         "Guide published; every agency records its use of the policy.", 6},
        {2, "Report the use of the escalation policy to the Executive Board every quarter",
         "A quarterly report to the board with the number and outcome of escalations.", 12},
        {5, "Brief voluntary sector staff on escalating concerns that are not resolved",
         "A briefing for every voluntary sector partner; escalations from the sector recorded.", 6},
        {3, "Add the escalation route to the designated safeguarding leads' handbook",
         "Handbook updated; every designated safeguarding lead confirms reading it.", 6},
        {1, "Name an escalation contact in each police safeguarding team",
         "Contacts named and published; escalations answered within 5 working days.", 9},
    }},
}};

// Answers recommendations 1 and 3 of a review together.
constexpr Template kJoint{1,
                          "Test information sharing and escalation together in a multi-agency "
                          "case audit",
                          "A joint audit of 15 cases, its findings reported to the board.", 9};

// Single-agency actions from the learning of rapid reviews that led to no full review.
constexpr std::array<Template, 3> kRapid{{
    {2, "Refresh neglect training for health visitors with the rapid review's learning",
     "Every health visitor trained; supervision notes show the neglect toolkit used.", 4},
    {1, "Remind response officers to record children's views at domestic abuse incidents",
     "A dip sample of 30 incidents shows the child's view recorded in at least 25.", 4},
    {4, "Review probation risk assessments after each new incident reported by the police",
     "An audit shows assessments reviewed within 10 working days of a new incident.", 4},
}};

constexpr Template kNational{
    1, "Check the partnership's response to criminal exploitation against the national review",
    "A gap analysis to the Exploitation subgroup, with actions for each gap found.", 7};
constexpr std::string_view kNationalLabel =
    "National review: Keeping children safe from criminal exploitation (a fictional Panel "
    "report)";

constexpr Template kBoard{0, "Adopt and launch one escalation policy for the whole partnership",
                          "Policy adopted by every partner and published; its use reported to "
                          "the board each quarter.",
                          6};

constexpr std::array<std::string_view, 3> kStarted{
    "Work has started: a task-and-finish group met and agreed the plan and timescales.",
    "The lead is named and the first meeting with the partner agencies has been held.",
    "Scoping is done; the work is planned in three steps over the coming months."};

constexpr std::array<std::string_view, 5> kProgress{
    "Drafting is under way; comments from two partner agencies are being worked in.",
    "Half of the planned sessions have been given; the rest are booked.",
    "A draft went to the Safeguarding Reviews subgroup, which asked for a clearer section on "
    "consent.",
    "Progress as planned; the first results will be reported next quarter.",
    "Work slowed over the summer because of staff absence; a catch-up plan is agreed."};

constexpr std::array<std::string_view, 2> kBehind{
    "Behind plan: the lead officer post was vacant for two months. A revised plan is agreed.",
    "Delayed: the agency's training budget for the year is not yet confirmed."};

constexpr std::array<std::string_view, 2> kDone{
    "Completed and signed off by the Safeguarding Reviews subgroup.",
    "Completed; the subgroup agreed the success measure has been met."};

constexpr std::array<std::string_view, 6> kEvidence{
    "A re-audit of 20 cases found information shared within the agreed time in 17 (85%), up "
    "from 9 (45%) at the first audit.",
    "Of 140 staff trained, 92% said in the follow-up survey that they feel more confident to ask "
    "about the daily life of the child or adult.",
    "The escalation policy was used 14 times this quarter (4 the quarter before); every concern "
    "was resolved at the first or second stage.",
    "A dip sample of 40 supervision records found the prompt completed in 38.",
    "210 practitioners from 9 agencies came to the learning events and rated them 4.6 out of 5; "
    "three teams have changed their referral forms since.",
    "Case file audit: the voice of the child or adult was recorded in 27 of 30 files, up from 12 "
    "of 30 a year ago."};

constexpr std::string_view kNotImplementedReason =
    "The Executive Board decided not to implement this action: the national safeguarding course "
    "the trust's staff take now covers professional curiosity, and a second course would "
    "duplicate it. The board will check the national course's take-up instead.";

}  // namespace assure::cli::demo_action_texts
