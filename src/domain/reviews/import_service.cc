#include "domain/reviews/import_service.h"

#include <utility>

#include "domain/reviews/clock_marks.h"
#include "domain/reviews/workflow.h"

namespace assure::domain {

namespace {

constexpr std::string_view kImportAction = "import";
constexpr std::string_view kImportNote = "Imported from history";

AuditSubject ImportSubject() { return {"case_import", ""}; }

core::Result<ImportContext> ContextFor(Transaction& tx, PartnershipId partnership_id,
                                       const ParsedImport& parsed) {
  ImportContext context;
  auto agencies = tx.agencies(partnership_id).List();
  if (!agencies.ok()) return agencies.error();
  context.agencies = std::move(*agencies);
  auto themes = tx.themes(partnership_id).List();
  if (!themes.ok()) return themes.error();
  context.themes = std::move(*themes);
  auto& cases = tx.cases(partnership_id);
  for (const ImportRow& row : parsed.rows) {
    auto found = cases.FindByReference(row.reference);
    if (!found.ok()) return found.error();
    if (found->has_value()) context.references.insert(row.reference);
  }
  return context;
}

// Creates one planned case with its records, in its state, with its timeline entry.
core::Status Create(Transaction& tx, PartnershipId partnership_id, const PlannedCase& planned,
                    const Actor& actor, core::Instant now) {
  auto& cases = tx.cases(partnership_id);
  auto created = cases.Create(planned.draft);
  if (!created.ok()) return created.error();
  const CaseId id = created->id;
  if (planned.state != created->state) {
    Case moved = *created;
    moved.state = planned.state;
    auto updated = cases.Update(moved);
    if (!updated.ok()) return updated.error();
  }
  auto& records = tx.review_records(partnership_id);
  if (planned.notification) {
    Notification notification = *planned.notification;
    notification.case_id = id;
    auto put = records.PutNotification(notification);
    if (!put.ok()) return put.error();
  }
  if (planned.rapid_review) {
    RapidReview review = *planned.rapid_review;
    review.case_id = id;
    auto put = records.PutRapidReview(review);
    if (!put.ok()) return put.error();
  }
  if (planned.full_review) {
    FullReview review = *planned.full_review;
    review.case_id = id;
    auto put = records.PutFullReview(review);
    if (!put.ok()) return put.error();
  }
  CaseEvent event;
  event.case_id = id;
  event.at = now;
  event.user_id = actor.user_id;
  event.action = std::string{kImportAction};
  event.to_state = planned.state;
  event.note = std::string{kImportNote};
  auto appended = cases.AppendEvent(event);
  if (!appended.ok()) return appended.error();
  return core::Ok();
}

}  // namespace

core::Result<ImportReport> ImportReviews(Transaction& tx, PartnershipId partnership_id,
                                         std::string_view csv, const Actor& actor,
                                         core::Instant now) {
  const ParsedImport parsed = ParseImport(csv);
  auto context = ContextFor(tx, partnership_id, parsed);
  if (!context.ok()) return context.error();
  ImportPlan plan = PlanImport(parsed, *context);
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
  auto marked = MarkCases(tx, partnership_id, PartnershipDeadlines(), true);
  if (!marked.ok()) return marked.error();
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
