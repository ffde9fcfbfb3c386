// ThematicReviewService's report (thematic_review_service.h): the composed Markdown written into
// a draft Lessons Learned Briefing, which then goes through the briefings' own workflow: the
// publication check, approval by someone who did not write it, publication in the public library.
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/assurance/thematic/thematic_evidence.h"
#include "domain/assurance/thematic/thematic_review_repository.h"
#include "domain/assurance/thematic/thematic_review_service.h"
#include "domain/learning/briefing.h"

namespace assure::domain {

core::Result<std::int64_t> ThematicReviewService::DraftReport(const Requester& requester,
                                                              ThematicReviewId id) const {
  const core::Instant now = clock_.Now();
  auto drafted = store_.Write([&](Transaction& tx) -> core::Result<std::int64_t> {
    if (!MayRunAssurance(requester)) {
      return core::Error::Forbidden("Only the business unit runs thematic reviews.");
    }
    const PartnershipId partnership = requester.partnership_id();
    auto& reviews = tx.thematic_reviews(partnership);
    ASSURE_ASSIGN_OR_RETURN(ThematicReview review, reviews.Get(id));
    ASSURE_ASSIGN_OR_RETURN(const Activity activity,
                            tx.assurance(partnership).GetActivity(review.activity_id));
    BriefingContent content;
    content.kind = BriefingKind::kLessonsLearned;
    content.title = FirstCharacters("Thematic review: " + review.title, 200);
    content.body_markdown = ComposeReport(review);
    content.themes = activity.content.themes;
    for (const ReviewRecommendation& recommendation : review.recommendations) {
      if (content.action_ids.size() < kBriefingLinksMax) {
        content.action_ids.push_back(recommendation.action_id);
      }
    }
    Tidy(content);
    if (auto valid = ValidateContent(content); !valid.ok()) {
      if (valid.error().field != "body_markdown") return valid.error();
      return core::Error::InvalidInput(
          "report",
          "The report would be longer than a briefing may be: shorten the narrative "
          "or the findings.");
    }
    auto& briefings = tx.briefings(partnership);
    std::int64_t briefing_id = 0;
    std::string action;
    if (review.report_briefing_id) {
      ASSURE_ASSIGN_OR_RETURN(Briefing briefing, briefings.Get(*review.report_briefing_id));
      if (briefing.state != BriefingState::kDraft) {
        return core::Error::Conflict(
            "The report's briefing has left draft: change it through the briefing's workflow.",
            "state");
      }
      // What people added to the draft stays: its audiences, themes and links.
      content.audiences = briefing.content.audiences;
      content.themes = briefing.content.themes;
      content.case_ids = briefing.content.case_ids;
      content.recommendation_ids = briefing.content.recommendation_ids;
      content.action_ids.insert(content.action_ids.end(), briefing.content.action_ids.begin(),
                                briefing.content.action_ids.end());
      Tidy(content);
      if (content.action_ids.size() > kBriefingLinksMax)
        content.action_ids.resize(kBriefingLinksMax);
      briefing.content = std::move(content);
      briefing.updated_at = now;
      ASSURE_ASSIGN_OR_RETURN(const Briefing stored,
                              briefings.Update(briefing, requester.user_id()));
      briefing_id = stored.id;
      action = "briefing.update";
    } else {
      Briefing briefing;
      briefing.partnership_id = partnership;
      briefing.content = std::move(content);
      briefing.created_by = requester.user_id();
      briefing.created_at = now;
      briefing.updated_at = now;
      ASSURE_ASSIGN_OR_RETURN(const Briefing stored, briefings.Create(briefing));
      briefing_id = stored.id;
      action = "briefing.create";
      review.report_briefing_id = briefing_id;
      review.updated_at = now;
      ASSURE_TRY(reviews.Update(review));
    }
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, action,
                                   {"briefing", std::to_string(briefing_id)},
                                   "report of thematic review " + std::to_string(id)));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.thematic_review.report",
                                   ThematicReviewSubject(id),
                                   "briefing " + std::to_string(briefing_id)));
    return briefing_id;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.thematic_review.report",
                      ThematicReviewSubject(id), std::move(drafted));
}

}  // namespace assure::domain
