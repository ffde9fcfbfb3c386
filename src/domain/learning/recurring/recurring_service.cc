#include "domain/learning/recurring/recurring_service.h"

#include <string>
#include <utility>

#include "domain/learning/recurring/recurring_report.h"

namespace assure::domain {
namespace {

constexpr std::string_view kAuditAction = "learning.recurring.read";

AuditSubject RecurringSubject() { return {"report", "recurring_learning"}; }

// "financial years 2021-22 to 2025-26", "financial years from 2021-22", "all financial years".
std::string Describe(const YearRange& years) {
  if (years.from && years.to) {
    return "financial years " + FinancialYearName(*years.from) + " to " +
           FinancialYearName(*years.to);
  }
  if (years.from) return "financial years from " + FinancialYearName(*years.from);
  if (years.to) return "financial years to " + FinancialYearName(*years.to);
  return "all financial years";
}

}  // namespace

RecurringLearningService::RecurringLearningService(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Result<RecurringLearning> RecurringLearningService::Read(const Requester& requester,
                                                               const YearRange& years) const {
  if (!Permits(requester.principal, Resource::kReport, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(
        store_, clock_, requester, std::string{kAuditAction}, RecurringSubject(),
        "role does not allow report:read",
        core::Error::Forbidden("Your role does not allow you to see recurring learning."));
  }
  ASSURE_TRY(ValidateYearRange(years));
  const PartnershipId partnership = requester.partnership_id();
  return store_.Write([&](Transaction& tx) -> core::Result<RecurringLearning> {
    RecurringLearningRepository& repository = tx.recurring_learning(partnership);
    RecurringInputs inputs;
    inputs.years = years;
    ASSURE_ASSIGN_OR_RETURN(inputs.themes, tx.themes(partnership).List());
    ASSURE_ASSIGN_OR_RETURN(inputs.cases, repository.ReviewedCases());
    ASSURE_ASSIGN_OR_RETURN(inputs.records, repository.LearningRecords());
    ASSURE_ASSIGN_OR_RETURN(inputs.briefings, repository.PublishedBriefings());
    ASSURE_ASSIGN_OR_RETURN(
        auto learning, BuildRecurringLearning(inputs, [&](std::span<const CandidateQuery> queries) {
          return repository.Candidates(queries, kCandidateLimit);
        }));
    ASSURE_TRY(Record(tx.audit(), MakeAuditEvent(requester.actor, std::string{kAuditAction},
                                                 AuditOutcome::kSuccess, clock_.Now(),
                                                 RecurringSubject(), Describe(years))));
    return learning;
  });
}

}  // namespace assure::domain
