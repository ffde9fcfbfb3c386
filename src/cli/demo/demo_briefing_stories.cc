#include "cli/demo/demo_briefing_stories.h"

namespace assure::cli {

namespace {

namespace texts = demo_briefing_texts;

constexpr auto kSeven = domain::BriefingKind::kSevenMinute;
constexpr auto kLessons = domain::BriefingKind::kLessonsLearned;
constexpr auto kChildren = domain::Audience::kChildrensWorkforce;
constexpr auto kAdults = domain::Audience::kAdultsWorkforce;
constexpr auto kCommunity = domain::Audience::kCommunity;
constexpr auto kMeeting = domain::DisseminationMethod::kTeamMeeting;
constexpr auto kTraining = domain::DisseminationMethod::kTraining;
constexpr auto kNewsletter = domain::DisseminationMethod::kNewsletter;
constexpr auto kSupervision = domain::DisseminationMethod::kSupervision;
constexpr auto kCouncil = StoryAgency::kCouncil;
constexpr auto kPolice = StoryAgency::kPolice;
constexpr auto kHealth = StoryAgency::kHealth;
constexpr auto kSchools = StoryAgency::kSchools;
constexpr auto kProbation = StoryAgency::kProbation;
constexpr auto kVoluntary = StoryAgency::kVoluntary;

}  // namespace

// The cases by their place in DemoCaseSketches: 0, 2 and 4 are children's reviews, 7, 11 and 17
// adults' reviews, and 13 a joint review, all published; 5 is an adult's review under embargo;
// 14 and 16 children's rapid reviews (exploitation); 21 and 22 an adult's and a child's full
// reviews under way. Four agencies or more share each published briefing; the schools trust and
// probation have not confirmed some (past the 20 working days to confirm on the older briefings,
// not yet due on the newest).
std::vector<Story> DemoBriefingStories() {
  return {
      {.text = &texts::kCuriosity,
       .kind = kSeven,
       .audiences = {kChildren, kAdults},
       .themes = {"Neglect"},
       .cases = {0, 2, 4},
       .recommendations = {{0, 2}, {2, 2}, {4, 2}},
       .days = {.written = 300, .submitted = 292, .approved = 284, .published = 280},
       .shared = {{kCouncil, 3, kMeeting, 45},
                  {kCouncil, 12, kNewsletter, 600},
                  {kPolice, 5, kTraining, 120},
                  {kHealth, 8, kNewsletter, 900},
                  {kSchools, 10, kMeeting, 85},
                  {kProbation, 14, kSupervision, 40},
                  {kVoluntary, 24, kMeeting, 12}}},
      {.text = &texts::kRefusedCare,
       .kind = kLessons,
       .audiences = {kAdults, kCommunity},
       .themes = {"Self-neglect"},
       .cases = {7},
       .recommendations = {{7, 1}, {7, 2}, {7, 3}},
       .days = {.written = 210, .submitted = 200, .approved = 194, .published = 190},
       .shared = {{kCouncil, 4, kMeeting, 30},
                  {kPolice, 6, kNewsletter, 350},
                  {kHealth, 9, kTraining, 60},
                  {kProbation, 11, kSupervision, 25},
                  {kVoluntary, 15, kMeeting, 10}}},
      {.text = &texts::kMissing,
       .kind = kSeven,
       .audiences = {kChildren, kCommunity},
       .themes = {"Exploitation"},
       .cases = {14, 16},
       .days =
           {.written = 250, .submitted = 240, .approved = 234, .published = 230, .withdrawn = 60},
       .shared = {{kCouncil, 5, kTraining, 70},
                  {kPolice, 3, kMeeting, 45},
                  {kSchools, 9, kMeeting, 60}},
       .withdrawal = texts::kMissingWithdrawn},
      {.text = &texts::kSharing,
       .kind = kSeven,
       .audiences = {kChildren, kAdults},
       .themes = {"Domestic abuse", "Neglect"},
       .cases = {0, 2, 11, 17},
       .recommendations = {{0, 1}, {2, 1}, {11, 1}, {17, 1}},
       .days = {.written = 90, .submitted = 80, .approved = 74, .published = 70},
       .shared = {{kCouncil, 2, kNewsletter, 700},
                  {kPolice, 4, kTraining, 150},
                  {kHealth, 6, kMeeting, 40},
                  {kSchools, 8, kTraining, 95},
                  {kVoluntary, 12, kMeeting, 14}}},
      {.text = &texts::kDomesticAbuse,
       .kind = kLessons,
       .audiences = {kChildren, kAdults, kCommunity},
       .themes = {"Domestic abuse"},
       .cases = {13},
       .recommendations = {{13, 1}, {13, 3}},
       .days = {.written = 55, .submitted = 45, .approved = 38, .published = 35},
       .shared = {{kCouncil, 3, kMeeting, 55},
                  {kPolice, 2, kNewsletter, 800},
                  {kHealth, 7, kSupervision, 30},
                  {kVoluntary, 9, kMeeting, 22}},
       .helpline = texts::kHelplineAccepted},
      {.text = &texts::kEscalation,
       .kind = kSeven,
       .audiences = {kChildren, kAdults},
       .cases = {0, 4, 7, 17},
       .recommendations = {{0, 3}, {4, 3}, {7, 3}, {17, 3}},
       .days = {.written = 25, .submitted = 15, .approved = 9, .published = 6},
       .shared = {{kCouncil, 1, kNewsletter, 650},
                  {kPolice, 2, kMeeting, 60},
                  {kHealth, 4, kNewsletter, 400},
                  {kVoluntary, 3, kMeeting, 9}}},
      {.text = &texts::kCarerRisk,
       .kind = kLessons,
       .audiences = {kAdults, kCommunity},
       .cases = {17},
       .recommendations = {{17, 1}, {17, 3}},
       .days = {.written = 20, .submitted = 8, .approved = 2}},
      {.text = &texts::kCapacity,
       .kind = kSeven,
       .audiences = {kAdults},
       .themes = {"Mental health", "Self-neglect"},
       .cases = {5, 21},
       .recommendations = {{5, 2}},
       .days = {.written = 12, .submitted = 3}},
      {.text = &texts::kOnline,
       .kind = kSeven,
       .audiences = {kChildren, kCommunity},
       .themes = {"Online harm"},
       .days = {.written = 18}},
      {.text = &texts::kNursery,
       .kind = kLessons,
       .audiences = {kChildren},
       .themes = {"Neglect"},
       .cases = {22},
       .days = {.written = 2}},
  };
}

}  // namespace assure::cli
