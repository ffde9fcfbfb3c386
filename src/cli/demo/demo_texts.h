// The demo cases' fictional texts: themes, summaries, findings and recommendations. Invented;
// no real person, case or place. Used by demo_cases.cc only. Constants; thread-safe.
#pragma once

#include <array>
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

inline constexpr std::array<std::string_view, 3> kRecommendations{
    "The partnership should review its information-sharing protocol and test it by audit.",
    "Agencies should include professional curiosity in their safeguarding training.",
    "The partnership should publicise its escalation policy and report its use to the board."};

}  // namespace assure::cli::demo_texts
