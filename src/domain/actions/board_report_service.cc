#include "domain/actions/board_report_service.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "domain/london_date.h"

namespace assure::domain {

namespace {

AuditSubject ReportSubject() { return {"report", "board"}; }

// Everything BuildBoardReport needs, read through `tx` for one partnership.
core::Result<BoardReportInputs> ReadInputs(Transaction& tx, PartnershipId partnership,
                                           CivilDate first_day, CivilDate as_at) {
  BoardReportInputs inputs;
  ActionRepository& actions = tx.actions(partnership);
  ActionQuery all;
  all.limit = 0;
  ASSURE_ASSIGN_OR_RETURN(auto page, actions.List(all));
  inputs.actions = std::move(page.actions);
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership).List());
  inputs.agencies = std::move(agencies);

  ASSURE_ASSIGN_OR_RETURN(auto marks, actions.UpdateMarks(as_at));
  inputs.marks = std::move(marks);
  const std::vector<ActionUpdateId> shown = UpdatesShown(inputs.marks, first_day);
  ASSURE_ASSIGN_OR_RETURN(auto updates, actions.UpdatesByIds(shown));
  inputs.updates = std::move(updates);
  std::vector<ActionUpdateId> with_evidence;
  for (const UpdateMark& mark : inputs.marks) {
    if (mark.has_evidence && std::binary_search(shown.begin(), shown.end(), mark.id)) {
      with_evidence.push_back(mark.id);
    }
  }
  ASSURE_ASSIGN_OR_RETURN(auto files, actions.EvidenceFilesOf(with_evidence));
  inputs.evidence_files = std::move(files);

  ASSURE_ASSIGN_OR_RETURN(auto entries,
                          tx.review_rounds(partnership).EntriesReviewedBetween(first_day, as_at));
  inputs.entries = std::move(entries);

  std::vector<RecommendationId> recommendation_ids;
  std::vector<CaseId> case_ids;
  for (const PlanAction& action : inputs.actions) {
    for (const ActionSource& source : action.sources) {
      if (!source.ref_id) continue;
      if (source.kind == SourceKind::kRecommendation) recommendation_ids.push_back(*source.ref_id);
      if (source.kind == SourceKind::kRapidReview) case_ids.push_back(*source.ref_id);
    }
  }
  ASSURE_ASSIGN_OR_RETURN(auto recommendations, actions.Recommendations(recommendation_ids));
  inputs.recommendations = std::move(recommendations);
  for (const RecommendationSummary& rec : inputs.recommendations) case_ids.push_back(rec.case_id);
  ASSURE_ASSIGN_OR_RETURN(auto cases, actions.SourceCases(case_ids));
  inputs.cases = std::move(cases);
  return inputs;
}

}  // namespace

BoardReportService::BoardReportService(Store& store, const core::Clock& clock,
                                       const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

core::Result<BoardReport> BoardReportService::Read(const Requester& requester,
                                                   const HalfYear& half) const {
  return Build(requester, half, Action::kRead, "report.board.read", "");
}

core::Result<BoardReport> BoardReportService::Export(const Requester& requester,
                                                     const HalfYear& half,
                                                     std::string_view format) const {
  return Build(requester, half, Action::kExport, "report.board.export", format);
}

CivilDate BoardReportService::Today() const { return LondonDate(clock_.Now()); }

HalfYear BoardReportService::DefaultHalfYear() const { return LastCompleteHalfYear(Today()); }

core::Result<BoardReport> BoardReportService::Build(const Requester& requester,
                                                    const HalfYear& half, Action action,
                                                    std::string_view audit_action,
                                                    std::string_view format) const {
  if (!Permits(requester.principal, Resource::kReport, action, InPartnership(requester))) {
    return RecordRefusal(
        store_, clock_, requester, std::string{audit_action}, ReportSubject(),
        "role does not allow report:" + std::string{ActionName(action)},
        core::Error::Forbidden("Your role does not allow you to see the board report."));
  }
  const CivilDate today = Today();
  ASSURE_TRY(ValidateReportHalfYear(half, today));
  const PartnershipId partnership = requester.partnership_id();
  const CivilDate first_day = FirstDay(half);
  const CivilDate as_at = AsAt(half, today);
  // Reading takes no write lock: only the audit event below is serialised with other writers.
  ASSURE_ASSIGN_OR_RETURN(
      auto report, store_.Read([&](Transaction& tx) -> core::Result<BoardReport> {
        ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
        ASSURE_ASSIGN_OR_RETURN(auto inputs, ReadInputs(tx, partnership, first_day, as_at));
        return BuildBoardReport(inputs, half, today, settings.calendar);
      }));
  std::string reason = FormatHalfYear(half);
  if (!format.empty()) reason += " " + std::string{format};
  ASSURE_TRY(store_.Write([&](Transaction& tx) {
    return Record(tx.audit(),
                  MakeAuditEvent(requester.actor, std::string{audit_action}, AuditOutcome::kSuccess,
                                 clock_.Now(), ReportSubject(), reason));
  }));
  return report;
}

}  // namespace assure::domain
