// ThematicReviewService: thematic reviews (thematic_review.h) for the pages and the API: start
// one for a thematic review activity, set its scope and narrative, add evidence from the
// activities it draws on, findings and recommendations (each recommendation becoming an action),
// and draft its report as a Lessons Learned Briefing.
//
// Who may do what (doc/access.md, "Quality assurance"): the business unit does all of it; agency
// leads and board members read a review. Each call runs ONE Store transaction with its audit event
// ("assurance.thematic_review.create", ".read", ".update", ".evidence", ".finding",
// ".recommendation", ".report"; "action.create" for a recommendation's action, "briefing.create"
// or "briefing.update" for the report); a refusal is audited too.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/thematic/thematic_review.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

// What the business unit enters for a piece of evidence: where it comes from and the excerpt.
struct NewEvidence {
  EvidenceSource source = EvidenceSource::kConversation;
  std::int64_t source_id = 0;  // the round, survey or audit
  std::int64_t item = 0;       // the standard, question number or record
  std::string excerpt;
  std::optional<CivilDate> held_on;
};

// A recommendation with the action made from it.
struct NewReviewRecommendation {
  std::string text;
  std::vector<FindingId> finding_ids;
  std::optional<AgencyId> owner_agency_id;  // the action's owner
  std::optional<CivilDate> due_on;          // the action's due date, after today
};

// What the review's page shows beside it: the sources evidence may come from.
struct EvidenceChoice {
  EvidenceSource source = EvidenceSource::kConversation;
  std::int64_t source_id = 0;
  std::int64_t item = 0;
  std::string label;
};

struct ThematicReviewView {
  ThematicReview review;
  Activity activity;
  std::vector<EvidenceChoice> sources;  // every item of the linked activities (business unit)
  std::vector<std::pair<AgencyId, std::string>> agencies;  // owners to choose from
  bool may_run = false;
};

class ThematicReviewService {
 public:
  ThematicReviewService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // For a thematic review activity of the framework (the one named, not closed, with no review
  // yet), or a new open one.
  core::Result<ThematicReview> Create(const Requester& requester, ThematicReviewContent content,
                                      std::optional<ActivityId> activity_id) const;
  core::Result<std::vector<ThematicReview>> List(const Requester& requester) const;
  core::Result<ThematicReviewView> Get(const Requester& requester, ThematicReviewId id) const;
  core::Result<ThematicReview> Update(const Requester& requester, ThematicReviewId id,
                                      Version version, ThematicReviewContent content) const;
  // The source must belong to an activity the review draws on: a round's standard, a closed
  // survey's question, a closed audit's moderated record; a conversation needs its date.
  core::Result<ThematicReview> AddEvidence(const Requester& requester, ThematicReviewId id,
                                           NewEvidence evidence) const;
  core::Result<ThematicReview> AddFinding(const Requester& requester, ThematicReviewId id,
                                          ThematicFinding finding) const;
  core::Result<ThematicReview> AddRecommendation(const Requester& requester, ThematicReviewId id,
                                                 NewReviewRecommendation recommendation) const;
  // Composes the report (ComposeReport) into its briefing: a new draft Lessons Learned Briefing
  // linked to the recommendations' actions, or the same draft again (kConflict "state" once the
  // briefing has left draft). Returns the briefing's id.
  core::Result<std::int64_t> DraftReport(const Requester& requester, ThematicReviewId id) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
