#include "cli/demo/demo_actions.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <string_view>
#include <utility>

#include "cli/demo/demo_action_texts.h"
#include "domain/actions/financial_year.h"

namespace assure::cli {
namespace {

using demo_action_texts::kBehind;
using demo_action_texts::kBoard;
using demo_action_texts::kDone;
using demo_action_texts::kEvidence;
using demo_action_texts::kJoint;
using demo_action_texts::kNational;
using demo_action_texts::kNationalLabel;
using demo_action_texts::kNotImplementedReason;
using demo_action_texts::kProgress;
using demo_action_texts::kRapid;
using demo_action_texts::kStarted;
using demo_action_texts::kTemplates;
using demo_action_texts::Template;
using domain::ActionSource;
using domain::ActionStatus;
using domain::ActionUpdate;
using domain::AddDays;
using domain::AddMonths;
using domain::CivilDate;
using domain::DaysBetween;
using domain::Rag;
using domain::SourceKind;

template <std::size_t N>
std::string_view Nth(const std::array<std::string_view, N>& texts, std::size_t k) {
  return texts[k % N];
}

CivilDate Earlier(CivilDate a, CivilDate b) { return a < b ? a : b; }
CivilDate Later(CivilDate a, CivilDate b) { return a < b ? b : a; }

ActionUpdate MakeUpdate(CivilDate on, ActionStatus status, Rag rag, std::string_view narrative) {
  ActionUpdate update;
  update.on = on;
  update.status = status;
  update.rag = rag;
  update.narrative = std::string{narrative};
  return update;
}

// The story's lead records its updates.
void Sign(ActionStory& story) {
  for (ActionUpdate& update : story.updates) update.recorded_by = story.draft.lead_user_id;
}

ActionStory Story(const Template& kind, const std::vector<ActionOwner>& owners,
                  std::vector<ActionSource> sources, std::string suffix, CivilDate agreed,
                  std::size_t k) {
  const ActionOwner& owner = owners[kind.owner % owners.size()];
  ActionStory story;
  story.agreed_on = agreed;
  story.draft.title = std::string{kind.title} + suffix;
  story.draft.owner_agency_id = owner.agency_id;
  story.draft.lead_user_id = owner.lead_user_id;
  story.draft.lead_name = owner.lead_name;
  story.draft.success_measure = std::string{kind.measure};
  story.draft.due_on = AddMonths(agreed, kind.months);
  story.draft.priority = k % 3 == 0   ? domain::ActionPriority::kHigh
                         : k % 3 == 1 ? domain::ActionPriority::kMedium
                                      : domain::ActionPriority::kLow;
  story.draft.sources = std::move(sources);
  return story;
}

// Quarterly progress updates, in progress, from a month after the action was agreed while before
// `until`; the first says work started. Amber once the due date is less than six weeks away.
void Progress(ActionStory& story, CivilDate until, std::size_t k) {
  CivilDate on = AddDays(story.agreed_on, 30);
  for (std::size_t n = 0; on < until; ++n, on = AddDays(on, 91)) {
    const bool close_to_due = DaysBetween(on, story.draft.due_on) < 42;
    story.updates.push_back(MakeUpdate(on, ActionStatus::kInProgress,
                                       close_to_due ? Rag::kAmber : Rag::kGreen,
                                       n == 0 ? Nth(kStarted, k) : Nth(kProgress, k + n)));
  }
}

void Complete(ActionStory& story, CivilDate on, std::size_t k) {
  ActionUpdate done = MakeUpdate(on, ActionStatus::kCompleted, Rag::kGreen, Nth(kDone, k));
  done.evidence = std::string{Nth(kEvidence, k)};
  story.updates.push_back(std::move(done));
}

// As time would have taken it: completed by about its due date once that has passed (now and then
// a little late), otherwise in progress with updates up to a few days ago.
void Plain(ActionStory& story, CivilDate today, std::size_t k) {
  story.updates.clear();
  if (DaysBetween(story.agreed_on, today) < 21) return;
  const CivilDate due = story.draft.due_on;
  if (due < today) {
    CivilDate done = k % 4 == 3 ? AddDays(due, 12) : AddDays(due, -10 - static_cast<int>(k % 20));
    done = Earlier(Later(done, AddDays(story.agreed_on, 45)), AddDays(today, -7));
    Progress(story, AddDays(done, -10), k);
    Complete(story, done, k);
  } else {
    Progress(story, AddDays(today, -3), k);
  }
}

// Behind and past its due date (`late` days ago), reported amber and then red.
void Overdue(ActionStory& story, CivilDate today, int late, std::size_t k) {
  story.draft.due_on = AddDays(today, -late);
  story.updates.clear();
  Progress(story, AddDays(today, -late - 30), k);
  story.updates.push_back(MakeUpdate(AddDays(today, -late - 20), ActionStatus::kInProgress,
                                     Rag::kAmber, Nth(kBehind, k)));
  story.updates.push_back(
      MakeUpdate(AddDays(today, -5), ActionStatus::kInProgress, Rag::kRed, Nth(kBehind, k + 1)));
}

// Due just after the first round, which extends it; the second round extends it again.
void MovedTwice(ActionStory& story, const std::vector<RoundPlan>& rounds, CivilDate today,
                std::size_t k) {
  story.draft.due_on = AddDays(domain::LastDay(rounds[0].quarter), 10);
  story.updates.clear();
  Progress(story, AddDays(today, -10), k);
  for (ActionUpdate& update : story.updates) {
    if (update.on >= rounds[0].opened_on) update.rag = Rag::kAmber;
  }
  story.extensions.push_back(
      {0, AddMonths(story.draft.due_on, 2),
       "Extended: the revised procedure needs the Executive Board's sign-off at its next "
       "meeting."});
  story.extensions.push_back({1, AddMonths(today, 3),
                              "Extended again, to a firm date the board has asked the owner "
                              "agency to keep: the national guidance it waited for is out."});
}

void ExtendedOnce(ActionStory& story, const std::vector<RoundPlan>& rounds, CivilDate today,
                  std::size_t k) {
  story.draft.due_on = AddDays(domain::LastDay(rounds[1].quarter), 10);
  story.updates.clear();
  Progress(story, AddDays(today, -10), k);
  story.extensions.push_back(
      {1, AddMonths(today, 2),
       "Extended: the training provider moved the course dates; the new date is agreed."});
}

// Reported red just before the last round opened, so the round escalates it; back on plan since.
void Escalated(ActionStory& story, const RoundPlan& round, CivilDate today, std::size_t k) {
  story.draft.due_on = AddDays(today, 45);
  story.updates.clear();
  Progress(story, AddDays(round.opened_on, -20), k);
  story.updates.push_back(MakeUpdate(AddDays(round.opened_on, -10), ActionStatus::kInProgress,
                                     Rag::kRed, Nth(kBehind, k)));
  story.updates.push_back(MakeUpdate(AddDays(today, -14), ActionStatus::kInProgress, Rag::kAmber,
                                     "Back on plan after the board's escalation: the agency has "
                                     "given the work more staff time."));
}

// Completed just after the last round opened, so the round closes it.
void CompletedInRound(ActionStory& story, const RoundPlan& round, std::size_t k) {
  const CivilDate done = AddDays(round.opened_on, 1);
  story.draft.due_on = AddDays(round.opened_on, 20);
  story.updates.clear();
  Progress(story, AddDays(done, -10), k);
  Complete(story, done, k);
}

void NotImplemented(ActionStory& story, CivilDate today, std::size_t k) {
  story.updates.clear();
  Progress(story, Earlier(AddDays(story.agreed_on, 100), AddDays(today, -30)), k);
  ActionUpdate stop = MakeUpdate(Earlier(AddDays(story.agreed_on, 110), AddDays(today, -20)),
                                 ActionStatus::kNotImplemented, Rag::kAmber,
                                 "The Executive Board considered this action and decided not to "
                                 "implement it.");
  stop.status_reason = std::string{kNotImplementedReason};
  story.updates.push_back(std::move(stop));
}

void Superseded(ActionStory& story, CivilDate board_on, std::size_t k) {
  story.updates.clear();
  Progress(story, board_on, k);
  ActionUpdate replaced =
      MakeUpdate(AddDays(board_on, 7), ActionStatus::kSuperseded, Rag::kGreen,
                 "Superseded by the board's decision on one escalation policy.");
  replaced.status_reason =
      "Superseded by the Executive Board's decision to adopt one escalation policy for the whole "
      "partnership (see the board decision action), which replaces this agency's own relaunch.";
  story.updates.push_back(std::move(replaced));
}

void NotStartedYet(ActionStory& story, CivilDate today) {
  story.updates.clear();
  story.updates.push_back(MakeUpdate(AddDays(today, -12), ActionStatus::kNotStarted, Rag::kAmber,
                                     "Not started yet: this follows the revised protocol, which "
                                     "has to be signed off first."));
}

ActionSource Recommendation(domain::RecommendationId id) {
  return {SourceKind::kRecommendation, id, ""};
}

// The recommendations' actions, oldest review first; `numbers[i]` is the recommendation number
// stories[i] answers first.
void ReviewStories(const PartnershipLearning& learning, const std::vector<ActionOwner>& owners,
                   CivilDate today, std::vector<ActionStory>& stories, std::vector<int>& numbers) {
  constexpr std::array<std::size_t, 5> kCounts{2, 1, 3, 1, 2};
  std::size_t k = 0;
  for (std::size_t r = 0; r < learning.reviews.size(); ++r) {
    const ReviewLearning& review = learning.reviews[r];
    const CivilDate agreed = Earlier(AddDays(review.agreed_on, 21), today);
    const std::string suffix = " (" + review.reference + ")";
    for (const domain::Recommendation& recommendation : review.recommendations) {
      const auto theme = static_cast<std::size_t>(std::max(0, recommendation.number - 1)) % 3;
      const std::size_t count = kCounts[(r + theme) % kCounts.size()];
      for (std::size_t j = 0; j < count; ++j, ++k) {
        const Template& kind = kTemplates[theme][(r * 2 + j) % 5];
        stories.push_back(
            Story(kind, owners, {Recommendation(recommendation.id)}, suffix, agreed, k));
        numbers.push_back(static_cast<int>(theme) + 1);
      }
    }
    if (r % 3 == 1 && review.recommendations.size() >= 3) {
      stories.push_back(Story(kJoint, owners,
                              {Recommendation(review.recommendations[0].id),
                               Recommendation(review.recommendations[2].id)},
                              suffix, agreed, k++));
      numbers.push_back(1);
    }
  }
}

}  // namespace

std::vector<RoundPlan> DemoRounds(CivilDate today, std::optional<domain::UserId> manager) {
  const domain::Quarter last = domain::Previous(domain::QuarterOf(today));
  return {RoundFor(domain::Previous(last), manager), RoundFor(last, manager)};
}

std::vector<ActionStory> DemoActionStories(const PartnershipLearning& learning,
                                           const std::vector<ActionOwner>& owners,
                                           CivilDate today) {
  const std::vector<RoundPlan> rounds = DemoRounds(today, std::nullopt);
  std::vector<ActionStory> stories;
  std::vector<int> numbers;
  ReviewStories(learning, owners, today, stories, numbers);
  for (std::size_t k = 0; k < stories.size(); ++k) Plain(stories[k], today, k);

  // The special cases, each on the newest recommendation action that fits.
  const std::size_t reviewed = stories.size();
  std::vector<bool> taken(reviewed, false);
  const auto pick = [&](const std::function<bool(const ActionStory&, int)>& fits) {
    for (std::size_t i = reviewed; i-- > 0;) {
      if (!taken[i] && fits(stories[i], numbers[i])) {
        taken[i] = true;
        return i;
      }
    }
    return reviewed;
  };
  const auto open_now = [&](const ActionStory& story) {
    return story.updates.empty() || domain::IsOpen(story.updates.back().status);
  };
  // Agreed at least a month before `day`.
  const auto agreed_a_month_before = [](CivilDate day) {
    return [day](const ActionStory& story, int) { return story.agreed_on <= AddDays(day, -30); };
  };
  const CivilDate board_on = AddDays(today, -40);
  if (auto i = pick([&](const ActionStory& s, int) {
        return open_now(s) && s.draft.due_on >= AddDays(today, 30);
      });
      i < reviewed) {
    NotStartedYet(stories[i], today);
  }
  for (int n = 0; n < 2; ++n) {
    if (auto i = pick(agreed_a_month_before(AddDays(rounds[1].opened_on, -30))); i < reviewed) {
      CompletedInRound(stories[i], rounds[1], i);
    }
    if (auto i = pick(agreed_a_month_before(rounds[0].opened_on)); i < reviewed) {
      MovedTwice(stories[i], rounds, today, i);
    }
    if (auto i = pick(agreed_a_month_before(AddDays(today, -120))); i < reviewed) {
      Overdue(stories[i], today, n == 0 ? 18 : 47, i);
    }
  }
  if (auto i = pick(agreed_a_month_before(rounds[1].opened_on)); i < reviewed) {
    ExtendedOnce(stories[i], rounds, today, i);
  }
  if (auto i = pick(agreed_a_month_before(AddDays(rounds[1].opened_on, -30))); i < reviewed) {
    Escalated(stories[i], rounds[1], today, i);
  }
  if (auto i = pick([&](const ActionStory& s, int number) {
        return number == 3 && s.agreed_on <= AddDays(board_on, -60);
      });
      i < reviewed) {
    Superseded(stories[i], board_on, i);
  }
  if (auto i = pick([&](const ActionStory& s, int number) {
        return number == 2 && s.agreed_on <= AddDays(today, -400);
      });
      i < reviewed) {
    NotImplemented(stories[i], today, i);
  }

  // Learning from rapid reviews: the three most recent that led to no full review.
  const std::size_t rapid = std::min<std::size_t>(3, learning.rapid_reviews.size());
  for (std::size_t j = 0; j < rapid; ++j) {
    const RapidLearning& review = learning.rapid_reviews[learning.rapid_reviews.size() - 1 - j];
    const std::size_t k = stories.size();
    stories.push_back(Story(kRapid[j], owners, {{SourceKind::kRapidReview, review.case_id, ""}},
                            " (rapid review, " + review.reference + ")",
                            Earlier(AddDays(review.met_on, 14), today), k));
    Plain(stories.back(), today, k);
  }
  // A national review, in progress; a board decision, not started.
  const std::size_t national = stories.size();
  stories.push_back(Story(
      kNational, owners, {{SourceKind::kNationalReview, std::nullopt, std::string{kNationalLabel}}},
      "", AddDays(today, -150), national));
  Progress(stories.back(), AddDays(today, -3), national);
  stories.push_back(Story(kBoard, owners,
                          {{SourceKind::kBoardDecision, std::nullopt,
                            "Executive Board, " + domain::LongCivilDate(board_on) +
                                ": one escalation policy for the whole partnership"}},
                          "", board_on, stories.size()));

  // Evidence files on the first two completions.
  int files = 0;
  for (ActionStory& story : stories) {
    Sign(story);
    if (files < 2 && !story.updates.empty() &&
        story.updates.back().status == ActionStatus::kCompleted) {
      story.evidence_file =
          StoryFile{files == 0 ? "re-audit-summary.txt" : "training-feedback.txt",
                    "Fictional demo evidence for Assure.\n" + story.updates.back().evidence + "\n"};
      ++files;
    }
  }
  return stories;
}

DemoActionWriter::DemoActionWriter(domain::Transaction& tx, domain::PartnershipId partnership_id,
                                   std::vector<ActionOwner> owners,
                                   std::optional<domain::UserId> manager, CivilDate today)
    : tx_(tx),
      partnership_id_(partnership_id),
      owners_(std::move(owners)),
      manager_(manager),
      today_(today) {}

core::Result<WrittenActions> DemoActionWriter::Add() {
  domain::ActionQuery query;
  query.limit = 1;
  ASSURE_ASSIGN_OR_RETURN(auto existing, tx_.actions(partnership_id_).List(query));
  ASSURE_ASSIGN_OR_RETURN(auto rounds, tx_.review_rounds(partnership_id_).List());
  if (existing.total > 0 || !rounds.empty()) return WrittenActions{};
  ASSURE_ASSIGN_OR_RETURN(auto learning, ReadLearning(tx_, partnership_id_));
  const std::vector<ActionStory> stories = DemoActionStories(learning, owners_, today_);
  const std::vector<RoundPlan> plans = DemoRounds(today_, manager_);
  return WriteActionStories(tx_, partnership_id_, today_, stories, plans);
}

}  // namespace assure::cli
