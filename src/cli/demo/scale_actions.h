// Synthetic action plans for the national-scale benchmark data (`assure demo --scale --actions`,
// demo_scale.cc), written with demo_action_writer.h: `count` actions answering a partnership's
// recommendations (now and then two at once) and rapid reviews, or a national review, a thematic
// review, an audit finding or a board decision when it has none; agreed over the last two years;
// with one to four progress updates each, in every status and RAG; a few extended by the one
// review round, of the last complete quarter. Every text is invented. Pure: the same arguments
// give the same stories; safe to call from any thread.
#pragma once

#include <cstdint>
#include <vector>

#include "cli/demo/demo_action_writer.h"
#include "cli/demo/demo_learning.h"
#include "domain/civil_date.h"

namespace assure::cli {

// The round the stories are made for: ScaleRound(today, by).
RoundPlan ScaleRound(domain::CivilDate today, std::optional<domain::UserId> by);

// REQUIRES: owners non-empty; count >= 0.
std::vector<ActionStory> ScaleActionStories(int count, const PartnershipLearning& learning,
                                            const std::vector<ActionOwner>& owners,
                                            domain::CivilDate today, std::uint32_t seed);

}  // namespace assure::cli
