// The demo cases' fictional texts: themes, summaries, findings, recommendations, the learning of
// rapid reviews, and the names in the cases' restricted details. Invented; no real person, case
// or place. Used by demo_cases.h and .cc only. Constants and a pure function; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace assure::cli::demo_texts {

inline constexpr std::array<std::string_view, 8> kThemes{
    "Neglect",       "Exploitation",     "Domestic abuse", "Self-neglect",
    "Mental health", "Substance misuse", "Physical abuse", "Online harm"};

inline constexpr std::array<std::string_view, 6> kSummaries{
    "Concerns about neglect over a long period; several agencies were involved but information "
    "was not shared.",
    "Exploitation outside the home; missing episodes were recorded but not linked.",
    "Domestic abuse in the household; risk assessments were not reviewed after new incidents.",
    "Self-neglect with repeated refusals of care; the mental capacity assessment was not "
    "revisited.",
    "Mental health crisis; referrals between services were not followed up.",
    "Substance misuse by a carer; the impact on the cared-for person was not assessed."};

inline constexpr std::array<std::string_view, 3> kFindings{
    "Agencies did not share information about escalating risk in time.",
    "Professional curiosity about the lived experience was limited.",
    "Escalation routes between agencies were not used when concerns were not resolved."};

// The recommendations of the demo's ten reviews that reach publication, oldest first, each
// answering the findings in order: 1 information sharing, 2 professional curiosity and the voice
// of the person, 3 escalation (demo_actions.cc gives each number its kind of action). Worded as
// different reviewers would word them, so that recurring learning (doc/learning.md) groups the
// paraphrases of different reviews and leaves the rest alone.
inline constexpr std::array<std::array<std::string_view, 3>, 10> kReviewRecommendations{{
    {{"Review the multi-agency information-sharing protocol so that health visitors, GPs and "
      "schools share concerns about neglect with children's social care, and test its use by "
      "audit.",
      "Give practitioners who work with families training in professional curiosity, including "
      "asking who lives in the household and who visits it.",
      "Publicise the escalation policy to every agency and report how often it is used to the "
      "Executive Board."}},
    {{"Audit whether information about risk to children is shared between health, police and "
      "children's social care within the timescales of the information-sharing protocol.",
      "Record the voice and lived experience of the child in every assessment, plan and review.",
      "Remind practitioners that the escalation policy is there to resolve professional "
      "disagreements about a child's safety, and check that they use it."}},
    {{"Agree how GP practices share information about parents' mental health and substance "
      "misuse with health visitors and children's social care.",
      "Make sure assessments record what the child says and shows about daily life at home: the "
      "voice and lived experience of the child.",
      "Report the use of the escalation policy, and the outcome of each escalation, to the "
      "Executive Board every quarter."}},
    {{"Share information about risk between adult social care, mental health services and the "
      "police as soon as a concern is raised, following the information-sharing protocol.",
      "Revisit the mental capacity assessment whenever an adult repeatedly refuses care, and "
      "record the reasons for each decision.",
      "Escalate to a multi-agency risk management meeting every case of an adult who "
      "self-neglects and refuses care, with a named lead agency."}},
    {{"Test by audit whether information about risk to adults who decline services is shared as "
      "the information-sharing protocol expects.",
      "Train practitioners in professional curiosity about an adult's daily life, including who "
      "else lives in the home and who visits it.",
      "Relaunch the escalation policy with a short guide, so that practitioners escalate concerns "
      "that another agency has not resolved."}},
    {{"Set up a route for probation and adult social care to exchange information about the risk "
      "a person on probation poses to the adult they care for.",
      "Record the adult's own voice and view of the risks in every safeguarding enquiry.",
      "Make the escalation policy and the resolution of professional disagreements part of every "
      "agency's safeguarding training."}},
    {{"Review how the information-sharing protocol works for adults at risk, and test by audit "
      "that information about risk is shared when a referral is made.",
      "Be curious about how a carer is coping, and assess the carer's own needs whenever the "
      "adult's care and support is reviewed.",
      "Audit the use of the escalation policy in adult safeguarding and report the findings to "
      "the Executive Board."}},
    {{"Share information about domestic abuse incidents with adult and children's services on "
      "the same day, as the information-sharing protocol asks.",
      "Record the voice and lived experience of each child and adult in the household in "
      "assessments and plans.",
      "Escalate each new domestic abuse incident to the MARAC when the victim is already known to "
      "be at high risk."}},
    {{"Agree how hospital discharge teams share information about risk with adult social care "
      "and the GP before an adult goes home.",
      "Give practitioners training in professional curiosity and disguised compliance, so that "
      "they check what they are told.",
      "Remind practitioners to use the escalation policy when a concern about an adult is not "
      "resolved, and monitor its use."}},
    {{"Audit again whether information about risk is shared between agencies within the "
      "timescales of the information-sharing protocol.",
      "Include the adult's own voice and view of their daily life in every safeguarding "
      "assessment and plan.",
      "Publish a one-page guide to the escalation policy and report its use to the Executive "
      "Board every quarter."}},
}};

// The learning of the demo's rapid reviews, by the case's place in the demo (DemoCaseSketches:
// 0 is the oldest referral); one point a line.
inline constexpr std::array<std::string_view, 25> kDemoRapidLearning{
    "- The school nurse and the school each held concerns about neglect that were not shared.\n"
    "- The child's own account of life at home was not sought.",
    "- The adult's repeated refusals of care were not discussed between the GP and adult social "
    "care.",
    "- Information about the father's violence held by the police was not shared with the school.",
    "- The GP did not notice that hospital appointments were being missed.\n"
    "- No agency led the response to the adult's self-neglect.",
    "- Concerns about neglect built up over months without a multi-agency discussion.",
    "- Information about risk was not shared between mental health services and the police.",
    "- The children's views were not recorded at domestic abuse incidents.",
    "- The adult's self-neglect and refusal of care were not escalated when services withdrew.",
    "- Health visitors did not use the neglect toolkit when concerns about home conditions grew.",
    "- The risk from a carer on probation was not known to adult social care.",
    "- The nursery's concerns were escalated and resolved quickly: good practice to share.",
    "- A carer's own needs were not assessed although the carer said they could not cope.",
    "- Officers who attended domestic abuse incidents did not record what the children said.",
    "- Domestic abuse incidents reported to the police were not shared with adult and children's "
    "services.",
    "- Missing episodes were recorded but not linked to concerns about exploitation.",
    "- Hospital discharge went ahead without information about risk being shared with adult "
    "social care.",
    "- Missing episodes were not linked to the risk of criminal exploitation.",
    "- Information about risk was not shared in time.\n"
    "- Concerns not resolved between agencies were not escalated.",
    "- Probation's risk assessment of the mother's partner was not reviewed after new incidents "
    "reported by the police.",
    "- The adult's own view of the risks was not asked for.",
    "- The children's views were not recorded at domestic abuse incidents attended by the police.",
    "- Mental capacity was assumed, not assessed, when the adult refused care.",
    "- Nursery staff saw the child's hunger and weight loss, but did not tell the health visitor.",
    "- Concerns about neglect were not picked up during home visits.",
    "- Information about the risk from a new partner in the household was not shared with the "
    "school.",
};

// The names in the restricted details: a given name by age and sex, and a family name.
inline constexpr std::array<std::string_view, 8> kGirlsNames{"Amelia", "Maisie", "Poppy", "Isla",
                                                             "Esme",   "Ava",    "Lacey", "Nia"};
inline constexpr std::array<std::string_view, 8> kBoysNames{"Leo",   "Kai",    "Jayden", "Reuben",
                                                            "Tyler", "Harvey", "Finley", "Alfie"};
inline constexpr std::array<std::string_view, 8> kWomensNames{
    "Margaret", "Susan", "Janet", "Pauline", "Eileen", "Denise", "Brenda", "Shirley"};
inline constexpr std::array<std::string_view, 8> kMensNames{"Derek", "Graham",  "Keith", "Trevor",
                                                            "Colin", "Malcolm", "Roy",   "Barry"};
inline constexpr std::array<std::string_view, 16> kFamilyNames{
    "Ashworth",  "Brennan",  "Dobson",   "Fairclough", "Greaves",   "Hollis",
    "Kerrigan",  "Lomax",    "Merriman", "Nuttall",    "Pickering", "Rowntree",
    "Sutcliffe", "Thornley", "Wardle",   "Yardley"};

// The name in a case's restricted details: a given name for the subject's age and sex and a
// family name, each chosen by the case's seed.
inline std::string IdentityName(bool adult, bool female, std::uint32_t seed) {
  const auto& given =
      adult ? (female ? kWomensNames : kMensNames) : (female ? kGirlsNames : kBoysNames);
  return std::string{given[(seed >> 3) % given.size()]} + " " +
         std::string{kFamilyNames[seed % kFamilyNames.size()]};
}

}  // namespace assure::cli::demo_texts
