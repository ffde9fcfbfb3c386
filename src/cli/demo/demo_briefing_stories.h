// The demo partnership's learning briefings as stories, which demo_briefings.h writes through the
// services: each briefing's words (demo_briefing_texts.h), kind, audiences and themes, the demo
// cases and recommendations it links, the working days before today on which each step of its
// workflow is taken, how the agencies shared it once published, and the reasons the business
// manager gives. Plain values; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/demo_briefing_texts.h"
#include "domain/learning/briefing.h"
#include "domain/learning/dissemination.h"

namespace assure::cli {

// The agencies in the order the demo makes them (demo_command.cc).
enum class StoryAgency : std::size_t {
  kCouncil,
  kPolice,
  kHealth,
  kSchools,
  kProbation,
  kVoluntary
};

// One agency's record of sharing a published briefing, `after` working days after publication.
struct Shared {
  StoryAgency agency = StoryAgency::kCouncil;
  int after = 0;
  domain::DisseminationMethod method = domain::DisseminationMethod::kTeamMeeting;
  std::int64_t staff = 0;
};

// The working days before today on which each step is taken; 0: the step is not taken. The
// business officer creates the briefing the working day before `written` and saves a first draft
// on `written` (all of it if it is never submitted, else without its last section's text), the
// whole text halfway to `submitted`, and submits it; the business manager approves, publishes and
// withdraws it.
struct StoryDays {
  int written = 0;
  int submitted = 0;
  int approved = 0;
  int published = 0;
  int withdrawn = 0;
};

struct Story {
  const demo_briefing_texts::BriefingText* text = nullptr;
  domain::BriefingKind kind = domain::BriefingKind::kSevenMinute;
  std::vector<domain::Audience> audiences = {};
  std::vector<std::string> themes = {};
  std::vector<std::size_t> cases = {};  // by place in DemoCaseSketches (0: the oldest referral)
  std::vector<std::pair<std::size_t, int>> recommendations = {};  // (case place, number)
  StoryDays days = {};
  std::vector<Shared> shared = {};  // once published (and before any withdrawal)
  // Before approving, the business manager accepts each telephone number the check finds (a
  // public helpline) for this reason.
  std::string_view helpline = {};
  std::string_view withdrawal = {};  // why it was withdrawn
};

// The demo's ten briefings: two drafts (one quotes the given name of the child of the case it
// links), one in review, one approved, five published, one withdrawn.
std::vector<Story> DemoBriefingStories();

}  // namespace assure::cli
