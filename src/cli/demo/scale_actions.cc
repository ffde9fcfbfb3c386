#include "cli/demo/scale_actions.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "domain/actions/financial_year.h"

namespace assure::cli {
namespace {

using domain::ActionStatus;
using domain::AddDays;
using domain::CivilDate;
using domain::DaysBetween;
using domain::Rag;
using domain::SourceKind;

constexpr std::array<std::string_view, 8> kTitles{
    "Revise the multi-agency information-sharing protocol",
    "Audit information sharing in multi-agency cases",
    "Include professional curiosity in single-agency safeguarding training",
    "Run multi-agency learning events on the review's 7 Minute Briefing",
    "Relaunch the escalation policy with a guide for practitioners",
    "Report the use of the escalation policy to the Executive Board",
    "Add a supervision prompt on the lived experience of the child or adult",
    "Check risk assessments are reviewed after each new incident"};

constexpr std::array<std::string_view, 4> kMeasures{
    "Signed off by the statutory partners and published to every agency.",
    "A re-audit shows improvement on the first audit.",
    "At least 90% of front-line staff trained within the year.",
    "A quarterly report to the board with numbers and outcomes."};

constexpr std::array<std::string_view, 4> kNarratives{
    "Work has started; the plan and timescales are agreed.",
    "Drafting is under way; partner agencies' comments are being worked in.",
    "Half of the planned sessions have been given; the rest are booked.",
    "Behind plan because of staff absence; a catch-up plan is agreed."};

constexpr std::array<std::string_view, 3> kEvidence{
    "A re-audit found information shared in time in 17 of 20 cases, up from 9.",
    "92% of staff trained say they feel more confident to ask about daily life at home.",
    "The escalation policy was used 14 times this quarter; every concern was resolved."};

constexpr std::array<std::pair<SourceKind, std::string_view>, 5> kLabelled{{
    {SourceKind::kNationalReview, "National review: safeguarding children with disabilities"},
    {SourceKind::kNationalReview, "National review: learning from adult safeguarding reviews"},
    {SourceKind::kThematicReview, "Thematic review: exploitation of children and adults"},
    {SourceKind::kAuditFinding, "Section 11 audit: supervision records"},
    {SourceKind::kBoardDecision, "Executive Board decision: one neglect strategy"},
}};

// xorshift32, as demo_cases.cc: the same seed makes the same stories.
std::uint32_t Next(std::uint32_t& state) {
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  return state;
}

int Pick(std::uint32_t& state, int below) {
  return below <= 1 ? 0 : static_cast<int>(Next(state) % static_cast<std::uint32_t>(below));
}

template <typename T, std::size_t N>
const T& Any(const std::array<T, N>& items, std::uint32_t& state) {
  return items[static_cast<std::size_t>(Pick(state, static_cast<int>(N)))];
}

CivilDate Earlier(CivilDate a, CivilDate b) { return a < b ? a : b; }
CivilDate Later(CivilDate a, CivilDate b) { return a < b ? b : a; }

struct DatedRecommendation {
  domain::RecommendationId id = 0;
  CivilDate agreed_on;
};

// The story's sources, and the first day an action answering them could have been agreed.
CivilDate ChooseSources(ActionStory& story, const std::vector<DatedRecommendation>& recommendations,
                        const std::vector<RapidLearning>& rapid, CivilDate today,
                        std::uint32_t& random) {
  CivilDate earliest = AddDays(today, -730);
  const int kind = Pick(random, 100);
  auto& sources = story.draft.sources;
  if (kind < 70 && !recommendations.empty()) {
    const int n = static_cast<int>(recommendations.size());
    const auto& first = recommendations[static_cast<std::size_t>(Pick(random, n))];
    sources.push_back({SourceKind::kRecommendation, first.id, ""});
    earliest = Later(earliest, AddDays(first.agreed_on, 14));
    if (Pick(random, 10) == 0) {
      const auto& second = recommendations[static_cast<std::size_t>(Pick(random, n))];
      if (second.id != first.id) {
        sources.push_back({SourceKind::kRecommendation, second.id, ""});
        earliest = Later(earliest, AddDays(second.agreed_on, 14));
      }
    }
  } else if (kind < 85 && !rapid.empty()) {
    const auto& review =
        rapid[static_cast<std::size_t>(Pick(random, static_cast<int>(rapid.size())))];
    sources.push_back({SourceKind::kRapidReview, review.case_id, ""});
    earliest = Later(earliest, AddDays(review.met_on, 14));
  } else {
    const auto& [source_kind, label] = Any(kLabelled, random);
    sources.push_back({source_kind, std::nullopt, std::string{label}});
  }
  return Earlier(earliest, today);
}

// One to four updates from two weeks after the action was agreed up to `last`; the last one
// closes it as `closing` when that is not an open status.
void AddUpdates(ActionStory& story, CivilDate last, ActionStatus closing, std::uint32_t& random) {
  const CivilDate first = AddDays(story.agreed_on, 14);
  const int count = 1 + Pick(random, 4);
  const int span = std::max(0, DaysBetween(first, last));
  const bool stalled = domain::IsOpen(closing) && Pick(random, 15) == 0;
  for (int j = 0; j < count; ++j) {
    domain::ActionUpdate update;
    update.on = count == 1 ? last : AddDays(first, span * j / (count - 1));
    update.recorded_by = story.draft.lead_user_id;
    const bool closes = j == count - 1 && !domain::IsOpen(closing);
    if (closes) {
      update.status = closing;
      update.rag = Rag::kGreen;
      update.narrative = "Closed; reported to the Safeguarding Reviews subgroup.";
      if (closing == ActionStatus::kCompleted) {
        update.evidence = std::string{Any(kEvidence, random)};
      } else {
        update.status_reason = closing == ActionStatus::kNotImplemented
                                   ? "The board decided not to implement it: another action "
                                     "covers the same learning."
                                   : "Superseded by a partnership-wide action agreed by the board.";
      }
    } else {
      update.status = stalled ? ActionStatus::kNotStarted : ActionStatus::kInProgress;
      const int rag = Pick(random, 100);
      update.rag = rag < 8 ? Rag::kRed : rag < 28 ? Rag::kAmber : Rag::kGreen;
      update.narrative = std::string{Any(kNarratives, random)};
    }
    story.updates.push_back(std::move(update));
  }
}

}  // namespace

RoundPlan ScaleRound(CivilDate today, std::optional<domain::UserId> by) {
  return RoundFor(domain::Previous(domain::QuarterOf(today)), by);
}

std::vector<ActionStory> ScaleActionStories(int count, const PartnershipLearning& learning,
                                            const std::vector<ActionOwner>& owners, CivilDate today,
                                            std::uint32_t seed) {
  const RoundPlan round = ScaleRound(today, std::nullopt);
  std::vector<DatedRecommendation> recommendations;
  for (const ReviewLearning& review : learning.reviews) {
    for (const auto& recommendation : review.recommendations) {
      recommendations.push_back({recommendation.id, review.agreed_on});
    }
  }
  std::uint32_t random = seed == 0 ? 1u : seed;
  std::vector<ActionStory> stories;
  stories.reserve(static_cast<std::size_t>(std::max(0, count)));
  for (int i = 0; i < count; ++i) {
    ActionStory story;
    const CivilDate earliest =
        ChooseSources(story, recommendations, learning.rapid_reviews, today, random);
    story.agreed_on = AddDays(earliest, Pick(random, DaysBetween(earliest, today) + 1));
    const ActionOwner& owner =
        owners[static_cast<std::size_t>(Pick(random, static_cast<int>(owners.size())))];
    story.draft.title = std::string{Any(kTitles, random)};
    story.draft.owner_agency_id = owner.agency_id;
    story.draft.lead_user_id = owner.lead_user_id;
    story.draft.lead_name = owner.lead_name;
    story.draft.success_measure = std::string{Any(kMeasures, random)};
    story.draft.due_on = domain::AddMonths(story.agreed_on, 3 + Pick(random, 13));
    story.draft.priority = static_cast<domain::ActionPriority>(Pick(random, 3));

    const int age = DaysBetween(story.agreed_on, today);
    ActionStatus closing = ActionStatus::kInProgress;
    CivilDate closed_on = today;
    if (age >= 14) {
      if (DaysBetween(story.draft.due_on, today) > 30) {
        const int fate = Pick(random, 100);
        closing = fate < 78   ? ActionStatus::kCompleted
                  : fate < 83 ? ActionStatus::kNotImplemented
                  : fate < 88 ? ActionStatus::kSuperseded
                              : ActionStatus::kInProgress;  // overdue
      }
      const CivilDate first = AddDays(story.agreed_on, 14);
      if (closing == ActionStatus::kCompleted) {
        closed_on = AddDays(story.draft.due_on, Pick(random, 45) - 30);
      } else if (!domain::IsOpen(closing)) {
        closed_on = AddDays(first, Pick(random, age - 13));
      } else {
        closed_on = AddDays(today, -Pick(random, std::min(20, age - 14) + 1));
      }
      closed_on = Earlier(Later(closed_on, first), today);
      AddUpdates(story, closed_on, closing, random);
    }
    const bool open_at_round = domain::IsOpen(closing) || closed_on > round.closed_on;
    if (story.agreed_on <= round.opened_on && open_at_round && Pick(random, 20) == 0) {
      story.extensions.push_back(
          {0, domain::AddMonths(Later(story.draft.due_on, round.closed_on), 3),
           "Extended: the owner agency asked for more time, and the board agreed."});
    }
    stories.push_back(std::move(story));
  }
  return stories;
}

}  // namespace assure::cli
