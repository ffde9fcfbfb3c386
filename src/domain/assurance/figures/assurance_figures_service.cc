#include "domain/assurance/figures/assurance_figures_service.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/survey/survey_repository.h"
#include "domain/assurance/thematic/thematic_review_repository.h"
#include "domain/reviews/figures/review_activity.h"

namespace assure::domain {

namespace {

constexpr const char* kAuditAction = "report.assurance.read";

AuditSubject ReportSubject() { return {"report", "assurance"}; }

}  // namespace

core::Result<AssuranceFigures> AssuranceFiguresService::Read(const Requester& requester,
                                                             const DatePeriod& period) const {
  if (!Permits(requester.principal, Resource::kReport, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(
        store_, clock_, requester, kAuditAction, ReportSubject(), "role does not allow report:read",
        core::Error::Forbidden("Your role does not allow you to see the assurance figures."));
  }
  ASSURE_TRY(ValidatePeriod(period));
  const PartnershipId partnership = requester.partnership_id();
  return store_.Write([&](Transaction& tx) -> core::Result<AssuranceFigures> {
    ASSURE_ASSIGN_OR_RETURN(const auto activities,
                            tx.assurance(partnership).ListActivities(ActivityQuery{}));
    ASSURE_ASSIGN_OR_RETURN(const auto rounds, tx.self_evaluations(partnership).ListRounds());
    ASSURE_ASSIGN_OR_RETURN(const auto returns,
                            tx.self_evaluations(partnership).Returns(std::nullopt));
    ASSURE_ASSIGN_OR_RETURN(auto listed, tx.agencies(partnership).List());
    std::vector<std::pair<AgencyId, std::string>> agencies;
    for (auto& agency : listed) agencies.emplace_back(agency.id, std::move(agency.name));
    std::sort(agencies.begin(), agencies.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    AssuranceFigures figures =
        ComputeAssuranceFigures(period, activities, rounds, returns, agencies);
    ASSURE_ASSIGN_OR_RETURN(const auto surveys, tx.surveys(partnership).List());
    ASSURE_ASSIGN_OR_RETURN(const auto respondents, tx.surveys(partnership).AllRespondents());
    const std::map<AgencyId, std::string> names(agencies.begin(), agencies.end());
    figures.surveys = ComputeSurveyResponses(period, surveys, respondents, names);
    auto& reviews = tx.thematic_reviews(partnership);
    ASSURE_ASSIGN_OR_RETURN(const auto listed_reviews, reviews.List());
    std::vector<ThematicReview> whole;
    std::map<std::int64_t, ActionStatus> statuses;
    for (const ThematicReview& listed_review : listed_reviews) {
      ASSURE_ASSIGN_OR_RETURN(auto review, reviews.Get(listed_review.id));
      for (const ReviewRecommendation& recommendation : review.recommendations) {
        ASSURE_ASSIGN_OR_RETURN(const auto action,
                                tx.actions(partnership).Get(recommendation.action_id));
        statuses.emplace(action.id, action.status);
      }
      whole.push_back(std::move(review));
    }
    figures.thematic_reviews = ComputeThematicFigures(period, whole, activities, statuses);
    ASSURE_TRY(
        Record(tx.audit(),
               MakeAuditEvent(requester.actor, kAuditAction, AuditOutcome::kSuccess, clock_.Now(),
                              ReportSubject(),
                              FormatCivilDate(period.from) + " to " + FormatCivilDate(period.to))));
    return figures;
  });
}

}  // namespace assure::domain
