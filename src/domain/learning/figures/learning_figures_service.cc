#include "domain/learning/figures/learning_figures_service.h"

#include <string>
#include <vector>

#include "domain/learning/dissemination_service.h"
#include "domain/london_date.h"
#include "domain/reviews/figures/review_activity.h"

namespace assure::domain {

namespace {

constexpr const char* kAuditAction = "report.learning.read";

AuditSubject ReportSubject() { return {"report", "learning"}; }

}  // namespace

core::Result<LearningFigures> LearningFiguresService::Read(const Requester& requester,
                                                           const DatePeriod& period) const {
  if (!Permits(requester.principal, Resource::kReport, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(
        store_, clock_, requester, kAuditAction, ReportSubject(), "role does not allow report:read",
        core::Error::Forbidden("Your role does not allow you to see the learning figures."));
  }
  ASSURE_TRY(ValidatePeriod(period));
  const PartnershipId partnership = requester.partnership_id();
  return store_.Write([&](Transaction& tx) -> core::Result<LearningFigures> {
    ASSURE_ASSIGN_OR_RETURN(const auto briefings, tx.briefings(partnership).List({}));
    ASSURE_ASSIGN_OR_RETURN(const auto records,
                            tx.briefings(partnership).Disseminations(std::nullopt));
    ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgenciesByName(tx, partnership));
    std::vector<BriefingFeedback> feedback;
    for (const Briefing& briefing : briefings) {
      if (!briefing.published_on) continue;  // only a published briefing takes feedback
      ASSURE_ASSIGN_OR_RETURN(auto answers, tx.library(partnership).Feedback(briefing.id));
      feedback.insert(feedback.end(), answers.begin(), answers.end());
    }
    LearningFigures figures =
        ComputeLearningFigures(period, briefings, records, agencies, feedback);
    ASSURE_TRY(
        Record(tx.audit(),
               MakeAuditEvent(requester.actor, kAuditAction, AuditOutcome::kSuccess, clock_.Now(),
                              ReportSubject(),
                              FormatCivilDate(period.from) + " to " + FormatCivilDate(period.to))));
    return figures;
  });
}

DatePeriod LearningFiguresService::DefaultPeriod() const {
  return FinancialYearContaining(LondonDate(clock_.Now()));
}

}  // namespace assure::domain
