#include "domain/assurance/thematic/thematic_review_service.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/assurance/assurance_access.h"
#include "domain/assurance/thematic/thematic_evidence.h"
#include "domain/assurance/thematic/thematic_review_repository.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error MayNotRun() {
  return core::Error::Forbidden("Only the business unit runs thematic reviews.");
}

// The review as the business unit changes it.
core::Result<ThematicReview> Runnable(Transaction& tx, const Requester& requester,
                                      ThematicReviewId id) {
  if (!MayRunAssurance(requester)) return MayNotRun();
  return tx.thematic_reviews(requester.partnership_id()).Get(id);
}

// Bumps the review's version for a change to its parts, so that concurrent edits are seen.
core::Result<ThematicReview> Touch(Transaction& tx, const Requester& requester,
                                   ThematicReview review, core::Instant now) {
  review.updated_at = now;
  return tx.thematic_reviews(requester.partnership_id()).Update(review);
}

// The thematic review activity a new review carries out: the one named, or a new open one.
core::Result<ActivityId> ReviewActivity(Transaction& tx, const Requester& requester,
                                        const ThematicReviewContent& content,
                                        std::optional<ActivityId> activity_id, core::Instant now) {
  auto& repository = tx.assurance(requester.partnership_id());
  if (activity_id) {
    auto found = repository.GetActivity(*activity_id);
    if (!found.ok() && found.error().code != core::ErrorCode::kNotFound) return found.error();
    if (!found.ok() || found->content.kind != ActivityKind::kThematicReview ||
        found->state == ActivityState::kClosed) {
      return core::Error::InvalidInput(
          "activity_id", "Choose a thematic review of the framework that is not closed.");
    }
    if (found->state == ActivityState::kPlanned) {
      found->state = ActivityState::kOpen;
      found->updated_at = now;
      ASSURE_TRY(repository.UpdateActivity(*found));
      ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.activity.state",
                                     ActivitySubject(found->id), "open, with its review"));
    }
    return found->id;
  }
  const CivilDate today = LondonDate(now);
  Activity activity;
  activity.content.kind = ActivityKind::kThematicReview;
  activity.content.title = content.title;
  activity.content.starts_on = today;
  activity.content.ends_on = AddMonths(today, 6);
  activity.state = ActivityState::kOpen;
  activity.created_by = requester.user_id();
  activity.created_at = now;
  activity.updated_at = now;
  ASSURE_ASSIGN_OR_RETURN(const Activity stored, repository.CreateActivity(activity));
  return stored.id;
}

ThematicReviewContent Normalised(ThematicReviewContent content) {
  content.title = TrimName(content.title);
  for (std::string& question : content.questions) question = TrimName(question);
  return content;
}

}  // namespace

core::Result<ThematicReview> ThematicReviewService::Create(
    const Requester& requester, ThematicReviewContent content,
    std::optional<ActivityId> activity_id) const {
  const core::Instant now = clock_.Now();
  content = Normalised(std::move(content));
  auto created = store_.Write([&](Transaction& tx) -> core::Result<ThematicReview> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    ASSURE_TRY(ValidateReviewContent(content));
    ThematicReview review;
    ASSURE_ASSIGN_OR_RETURN(review.activity_id,
                            ReviewActivity(tx, requester, content, activity_id, now));
    auto& reviews = tx.thematic_reviews(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(const auto existing, reviews.List());
    for (const ThematicReview& other : existing) {
      if (other.activity_id == review.activity_id) {
        return core::Error::InvalidInput("activity_id", "That activity has a review already.");
      }
    }
    review.title = content.title;
    review.questions = content.questions;
    review.narrative_markdown = content.narrative_markdown;
    review.created_by = requester.user_id();
    review.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(ThematicReview stored, reviews.Create(review));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.thematic_review.create",
                                   ThematicReviewSubject(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.thematic_review.create",
                      ThematicReviewSubject(0), std::move(created));
}

core::Result<std::vector<ThematicReview>> ThematicReviewService::List(
    const Requester& requester) const {
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<ThematicReview>> {
    if (!MayReadAssurance(requester)) {
      return core::Error::Forbidden("You may not read thematic reviews.");
    }
    return tx.thematic_reviews(requester.partnership_id()).List();
  });
}

core::Result<ThematicReviewView> ThematicReviewService::Get(const Requester& requester,
                                                            ThematicReviewId id) const {
  const core::Instant now = clock_.Now();
  auto read = store_.Write([&](Transaction& tx) -> core::Result<ThematicReviewView> {
    if (!MayReadAssurance(requester)) return NoSuchThematicReview();
    const PartnershipId partnership = requester.partnership_id();
    ThematicReviewView view;
    ASSURE_ASSIGN_OR_RETURN(view.review, tx.thematic_reviews(partnership).Get(id));
    ASSURE_ASSIGN_OR_RETURN(view.activity,
                            tx.assurance(partnership).GetActivity(view.review.activity_id));
    view.may_run = MayRunAssurance(requester);
    if (view.may_run) {
      ASSURE_ASSIGN_OR_RETURN(view.sources, EvidenceChoices(tx, partnership, view.activity));
      ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership).List());
      for (auto& agency : agencies) view.agencies.emplace_back(agency.id, std::move(agency.name));
    }
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.thematic_review.read",
                                   ThematicReviewSubject(id)));
    return view;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.thematic_review.read",
                      ThematicReviewSubject(id), std::move(read));
}

core::Result<ThematicReview> ThematicReviewService::Update(const Requester& requester,
                                                           ThematicReviewId id, Version version,
                                                           ThematicReviewContent content) const {
  const core::Instant now = clock_.Now();
  content = Normalised(std::move(content));
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<ThematicReview> {
    ASSURE_ASSIGN_OR_RETURN(ThematicReview review, Runnable(tx, requester, id));
    if (review.version != version) return StaleAssurance("thematic review");
    ASSURE_TRY(ValidateReviewContent(content));
    if (content.questions.size() < review.questions.size()) {
      for (const ThematicFinding& finding : review.findings) {
        for (const int q : finding.questions) {
          if (q > static_cast<int>(content.questions.size())) {
            return core::Error::InvalidInput(
                "questions", "A finding answers question " + std::to_string(q) + ": keep it.");
          }
        }
      }
    }
    review.title = content.title;
    review.questions = content.questions;
    review.narrative_markdown = content.narrative_markdown;
    ASSURE_ASSIGN_OR_RETURN(ThematicReview stored, Touch(tx, requester, std::move(review), now));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.thematic_review.update",
                                   ThematicReviewSubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.thematic_review.update",
                      ThematicReviewSubject(id), std::move(updated));
}

core::Result<ThematicReview> ThematicReviewService::AddEvidence(const Requester& requester,
                                                                ThematicReviewId id,
                                                                NewEvidence input) const {
  const core::Instant now = clock_.Now();
  auto added = store_.Write([&](Transaction& tx) -> core::Result<ThematicReview> {
    ASSURE_ASSIGN_OR_RETURN(ThematicReview review, Runnable(tx, requester, id));
    const PartnershipId partnership = requester.partnership_id();
    ReviewEvidence evidence{0,  input.source,  input.source_id, input.item,
                            {}, input.excerpt, input.held_on};
    ASSURE_TRY(ValidateEvidence(evidence));
    ASSURE_ASSIGN_OR_RETURN(const Activity activity,
                            tx.assurance(partnership).GetActivity(review.activity_id));
    ASSURE_ASSIGN_OR_RETURN(evidence.label, EvidenceLabel(tx, partnership, activity, evidence));
    ASSURE_TRY(tx.thematic_reviews(partnership).AddEvidence(id, evidence));
    ASSURE_ASSIGN_OR_RETURN(ThematicReview stored, Touch(tx, requester, std::move(review), now));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.thematic_review.evidence",
                                   ThematicReviewSubject(id),
                                   std::string{EvidenceSourceName(evidence.source)}));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.thematic_review.evidence",
                      ThematicReviewSubject(id), std::move(added));
}

core::Result<ThematicReview> ThematicReviewService::AddFinding(const Requester& requester,
                                                               ThematicReviewId id,
                                                               ThematicFinding finding) const {
  const core::Instant now = clock_.Now();
  std::sort(finding.questions.begin(), finding.questions.end());
  finding.text = TrimName(finding.text);
  auto added = store_.Write([&](Transaction& tx) -> core::Result<ThematicReview> {
    ASSURE_ASSIGN_OR_RETURN(ThematicReview review, Runnable(tx, requester, id));
    ASSURE_TRY(ValidateFinding(review, finding));
    ASSURE_TRY(tx.thematic_reviews(requester.partnership_id()).AddFinding(id, finding));
    ASSURE_ASSIGN_OR_RETURN(ThematicReview stored, Touch(tx, requester, std::move(review), now));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.thematic_review.finding",
                                   ThematicReviewSubject(id),
                                   std::string{EvidenceStrengthName(finding.strength)}));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.thematic_review.finding",
                      ThematicReviewSubject(id), std::move(added));
}

core::Result<ThematicReview> ThematicReviewService::AddRecommendation(
    const Requester& requester, ThematicReviewId id, NewReviewRecommendation input) const {
  const core::Instant now = clock_.Now();
  auto added = store_.Write([&](Transaction& tx) -> core::Result<ThematicReview> {
    ASSURE_ASSIGN_OR_RETURN(ThematicReview review, Runnable(tx, requester, id));
    const PartnershipId partnership = requester.partnership_id();
    ReviewRecommendation recommendation{0, TrimName(input.text), input.finding_ids, 0};
    ASSURE_TRY(ValidateRecommendation(review, recommendation));
    if (!input.owner_agency_id) {
      return core::Error::InvalidInput("owner_agency_id", "Choose the agency that owns it.");
    }
    auto owner = tx.agencies(partnership).Get(*input.owner_agency_id);
    if (!owner.ok()) {
      if (owner.error().code != core::ErrorCode::kNotFound) return owner.error();
      return core::Error::InvalidInput("owner_agency_id", "Choose an agency of this partnership.");
    }
    if (!input.due_on || !(LondonDate(now) < *input.due_on)) {
      return core::Error::InvalidInput("due_on", "Enter a due date after today.");
    }
    NewAction plan;
    std::string title = FirstCharacters(recommendation.text, 200);
    std::replace_if(
        title.begin(), title.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; },
        ' ');
    plan.title = TrimName(title);
    plan.owner_agency_id = owner->id;
    ASSURE_ASSIGN_OR_RETURN(std::tie(plan.lead_user_id, plan.lead_name),
                            ActionLead(tx, partnership, *owner));
    plan.due_on = *input.due_on;
    plan.sources = {
        {SourceKind::kThematicReview, std::nullopt, "Thematic review: " + review.title}};
    ASSURE_TRY(ValidateNewAction(plan));
    ASSURE_ASSIGN_OR_RETURN(const PlanAction action, tx.actions(partnership).Create(plan));
    recommendation.action_id = action.id;
    ASSURE_TRY(tx.thematic_reviews(partnership).AddRecommendation(id, recommendation));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "action.create",
                                   {"action", std::to_string(action.id)},
                                   "recommendation of thematic review " + std::to_string(id)));
    ASSURE_ASSIGN_OR_RETURN(ThematicReview stored, Touch(tx, requester, std::move(review), now));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.thematic_review.recommendation",
                                   ThematicReviewSubject(id),
                                   "action " + std::to_string(action.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.thematic_review.recommendation",
                      ThematicReviewSubject(id), std::move(added));
}

}  // namespace assure::domain
