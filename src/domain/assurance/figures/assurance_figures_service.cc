#include "domain/assurance/figures/assurance_figures_service.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

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
    ASSURE_TRY(
        Record(tx.audit(),
               MakeAuditEvent(requester.actor, kAuditAction, AuditOutcome::kSuccess, clock_.Now(),
                              ReportSubject(),
                              FormatCivilDate(period.from) + " to " + FormatCivilDate(period.to))));
    return figures;
  });
}

}  // namespace assure::domain
