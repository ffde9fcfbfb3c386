#include "domain/reviews/figures/review_activity_service.h"

#include <string>

#include "domain/london_date.h"

namespace assure::domain {

namespace {

AuditSubject ReportSubject() { return {"report", "review_activity"}; }

std::string Describe(const DatePeriod& period) {
  return FormatCivilDate(period.from) + " to " + FormatCivilDate(period.to);
}

}  // namespace

ReviewActivityService::ReviewActivityService(Store& store, const core::Clock& clock,
                                             const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

core::Result<ReviewActivity> ReviewActivityService::Read(const Requester& requester,
                                                         const DatePeriod& period) const {
  return Compute(requester, period, Action::kRead, "report.review_activity.read");
}

core::Result<ReviewActivity> ReviewActivityService::Export(const Requester& requester,
                                                           const DatePeriod& period) const {
  return Compute(requester, period, Action::kExport, "report.review_activity.export");
}

DatePeriod ReviewActivityService::DefaultPeriod() const {
  return FinancialYearContaining(LondonDate(clock_.Now()));
}

core::Result<ReviewActivity> ReviewActivityService::Compute(const Requester& requester,
                                                            const DatePeriod& period, Action action,
                                                            std::string_view audit_action) const {
  if (!Permits(requester.principal, Resource::kReport, action, InPartnership(requester))) {
    return RecordRefusal(
        store_, clock_, requester, std::string{audit_action}, ReportSubject(),
        "role does not allow report:" + std::string{ActionName(action)},
        core::Error::Forbidden("Your role does not allow you to see the review figures."));
  }
  ASSURE_TRY(ValidatePeriod(period));
  const PartnershipId partnership = requester.partnership_id();
  return store_.Write([&](Transaction& tx) -> core::Result<ReviewActivity> {
    ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
    ASSURE_ASSIGN_OR_RETURN(
        auto activity, ComputeReviewActivity(tx.review_figures(partnership), period, settings.rules,
                                             settings.calendar));
    ASSURE_TRY(Record(tx.audit(), MakeAuditEvent(requester.actor, std::string{audit_action},
                                                 AuditOutcome::kSuccess, clock_.Now(),
                                                 ReportSubject(), Describe(period))));
    return activity;
  });
}

}  // namespace assure::domain
