#include "domain/reviews/import/import_service.h"

#include <utility>

#include "domain/reviews/cases/workflow.h"
#include "domain/reviews/clocks/clock_marks.h"

namespace assure::domain {

namespace {

constexpr std::string_view kImportAction = "import";
constexpr std::string_view kImportNote = "Imported from history";

AuditSubject ImportSubject() { return {"case_import", ""}; }

core::Result<ImportContext> ContextFor(Transaction& tx, PartnershipId partnership_id,
                                       const ParsedImport& parsed) {
  ImportContext context;
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership_id).List());
  context.agencies = std::move(agencies);
  ASSURE_ASSIGN_OR_RETURN(auto themes, tx.themes(partnership_id).List());
  context.themes = std::move(themes);
  auto& cases = tx.cases(partnership_id);
  for (const ImportRow& row : parsed.rows) {
    ASSURE_ASSIGN_OR_RETURN(auto found, cases.FindByReference(row.reference));
    if (found.has_value()) context.references.insert(row.reference);
  }
  return context;
}

// Creates one planned case with its records, in its state, with its timeline entry.
core::Status Create(Transaction& tx, PartnershipId partnership_id, const PlannedCase& planned,
                    const Actor& actor, core::Instant now) {
  auto& cases = tx.cases(partnership_id);
  ASSURE_ASSIGN_OR_RETURN(auto created, cases.Create(planned.draft));
  const CaseId id = created.id;
  if (planned.state != created.state) {
    Case moved = created;
    moved.state = planned.state;
    ASSURE_TRY(cases.Update(moved));
  }
  auto& records = tx.review_records(partnership_id);
  if (planned.notification) {
    Notification notification = *planned.notification;
    notification.case_id = id;
    ASSURE_TRY(records.PutNotification(notification));
  }
  if (planned.rapid_review) {
    RapidReview review = *planned.rapid_review;
    review.case_id = id;
    ASSURE_TRY(records.PutRapidReview(review));
  }
  if (planned.full_review) {
    FullReview review = *planned.full_review;
    review.case_id = id;
    ASSURE_TRY(records.PutFullReview(review));
  }
  CaseEvent event;
  event.case_id = id;
  event.at = now;
  event.user_id = actor.user_id;
  event.action = std::string{kImportAction};
  event.to_state = planned.state;
  event.note = std::string{kImportNote};
  ASSURE_TRY(cases.AppendEvent(event));
  return core::Ok();
}

}  // namespace

core::Result<ImportReport> ImportReviews(Transaction& tx, PartnershipId partnership_id,
                                         std::string_view csv, const Actor& actor,
                                         core::Instant now) {
  const ParsedImport parsed = ParseImport(csv);
  ASSURE_ASSIGN_OR_RETURN(auto context, ContextFor(tx, partnership_id, parsed));
  ImportPlan plan = PlanImport(parsed, context);
  ImportReport report;
  report.unchanged = std::move(plan.unchanged);
  report.problems = std::move(plan.problems);
  if (!report.imported()) {
    ASSURE_TRY(Record(
        tx.audit(),
        MakeAuditEvent(actor, "case.import", AuditOutcome::kFailure, now, ImportSubject(),
                       std::to_string(report.problems.size()) + " problems; nothing imported")));
    return report;
  }
  for (const PlannedCase& planned : plan.create) {
    ASSURE_TRY(Create(tx, partnership_id, planned, actor, now));
    report.created.push_back(planned.draft.reference);
  }
  ASSURE_TRY(MarkCases(tx, partnership_id, PartnershipDeadlines(), true));
  ASSURE_TRY(Record(
      tx.audit(), MakeAuditEvent(actor, "case.import", AuditOutcome::kSuccess, now, ImportSubject(),
                                 "created " + std::to_string(report.created.size()) +
                                     ", unchanged " + std::to_string(report.unchanged.size()))));
  return report;
}

ImportService::ImportService(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Result<ImportReport> ImportService::Import(const Requester& requester,
                                                 std::string_view csv) const {
  if (!Permits(requester.principal, Resource::kCase, Action::kCreate, InPartnership(requester)) ||
      !HasWorkflowRole(requester.principal, Transition::kRefer)) {
    return RecordRefusal(store_, clock_, requester, "case.import", ImportSubject(),
                         "role may not refer",
                         core::Error::Forbidden("Your role does not allow you to import cases."));
  }
  return store_.Write([&](Transaction& tx) {
    return ImportReviews(tx, requester.partnership_id(), csv, requester.actor, clock_.Now());
  });
}

}  // namespace assure::domain
