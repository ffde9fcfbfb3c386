#include "domain/assurance/audit/case_audit_service.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/assurance/audit/case_audit_repository.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error MayNotRun() {
  return core::Error::Forbidden("Only the business unit opens, moderates and closes audits.");
}

// The case audit activity a new audit carries out: the one named, or a new open one.
core::Result<ActivityId> AuditActivity(Transaction& tx, const Requester& requester,
                                       const NewCaseAudit& audit, CivilDate today,
                                       core::Instant now) {
  auto& repository = tx.assurance(requester.partnership_id());
  if (audit.activity_id) {
    auto found = repository.GetActivity(*audit.activity_id);
    if (!found.ok() && found.error().code != core::ErrorCode::kNotFound) return found.error();
    if (!found.ok() || found->content.kind != ActivityKind::kCaseAudit ||
        found->state == ActivityState::kClosed) {
      return core::Error::InvalidInput("activity_id",
                                       "Choose a case audit of the framework that is not closed.");
    }
    if (found->state == ActivityState::kPlanned) {
      found->state = ActivityState::kOpen;
      found->updated_at = now;
      ASSURE_TRY(repository.UpdateActivity(*found));
      ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.activity.state",
                                     ActivitySubject(found->id), "open, with its audit"));
    }
    return found->id;
  }
  Activity activity;
  activity.content.kind = ActivityKind::kCaseAudit;
  activity.content.title = audit.title;
  activity.content.agency_ids = audit.agency_ids;
  activity.content.starts_on = today;
  activity.content.ends_on = audit.due_on;
  activity.state = ActivityState::kOpen;
  activity.created_by = requester.user_id();
  activity.created_at = now;
  activity.updated_at = now;
  ASSURE_ASSIGN_OR_RETURN(const Activity stored, repository.CreateActivity(activity));
  return stored.id;
}

// Whether the asker reads `agency`'s part of `audit`: the business unit always, the agency's lead
// their own, board members once closed.
bool MayReadPart(const Requester& requester, const CaseAudit& audit, AgencyId agency) {
  if (MayRunAssurance(requester) || IsLeadOf(requester, agency)) return true;
  // Board members: the partnership-wide readers of returns and parts.
  return audit.state == CaseAuditState::kClosed &&
         Permits(requester.principal, Resource::kAssuranceReturn, Action::kRead,
                 InPartnership(requester));
}

// The audit and the part the asker grades: its agency's lead, a draft of an open audit.
struct Gradable {
  CaseAudit audit;
  AuditPart part;
};
core::Result<Gradable> GradablePart(Transaction& tx, const Requester& requester, CaseAuditId id,
                                    AgencyId agency, Version version) {
  if (!MayReadAssurance(requester)) return NoSuchAudit();
  auto& audits = tx.case_audits(requester.partnership_id());
  ASSURE_ASSIGN_OR_RETURN(CaseAudit audit, audits.Get(id));
  if (!MayReadPart(requester, audit, agency)) return NoSuchAudit();
  ASSURE_ASSIGN_OR_RETURN(AuditPart part, audits.GetPart(id, agency));
  if (!IsLeadOf(requester, agency)) {
    return core::Error::Forbidden("Only the agency's lead grades its part.");
  }
  if (audit.state != CaseAuditState::kOpen || part.state != AuditPartState::kDraft) {
    return core::Error::Conflict("The part is submitted or the audit is closed.", "state");
  }
  if (part.version != version) return StaleAssurance("part");
  return Gradable{std::move(audit), std::move(part)};
}

}  // namespace

core::Result<CaseAudit> CaseAuditService::Open(const Requester& requester,
                                               NewCaseAudit input) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  input.title = TrimName(input.title);
  for (std::string& question : input.questions) question = TrimName(question);
  for (std::string& reference : input.references) reference = TrimName(reference);
  auto opened = store_.Write([&](Transaction& tx) -> core::Result<CaseAudit> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    ASSURE_TRY(ValidateNewCaseAudit(input, today));
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(tx, partnership));
    for (const AgencyId agency : input.agency_ids) {
      if (!names.contains(agency)) {
        return core::Error::InvalidInput("agency_ids", "Choose agencies of this partnership.");
      }
    }
    CaseAudit audit;
    ASSURE_ASSIGN_OR_RETURN(audit.activity_id, AuditActivity(tx, requester, input, today, now));
    ASSURE_ASSIGN_OR_RETURN(const auto existing, tx.case_audits(partnership).List());
    for (const CaseAudit& other : existing) {
      if (other.activity_id == audit.activity_id) {
        return core::Error::InvalidInput("activity_id", "That activity has an audit already.");
      }
    }
    audit.title = input.title;
    audit.questions = input.questions;
    for (const std::string& reference : input.references)
      audit.records.push_back({0, reference, {}});
    audit.agency_ids = input.agency_ids;
    audit.opened_on = today;
    audit.due_on = *input.due_on;
    audit.opened_by = requester.user_id();
    ASSURE_ASSIGN_OR_RETURN(CaseAudit stored, tx.case_audits(partnership).Create(audit));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.audit.open",
                                   CaseAuditSubject(stored.id),
                                   std::to_string(stored.records.size()) + " records, " +
                                       std::to_string(stored.agency_ids.size()) + " agencies"));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.audit.open", CaseAuditSubject(0),
                      std::move(opened));
}

core::Result<std::vector<CaseAudit>> CaseAuditService::List(const Requester& requester) const {
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<CaseAudit>> {
    if (!MayReadAssurance(requester)) return core::Error::Forbidden("You may not read audits.");
    return tx.case_audits(requester.partnership_id()).List();
  });
}

namespace {

// The audit as the asker may read it (CaseAuditView), in `tx`.
core::Result<CaseAuditView> ReadView(Transaction& tx, const Requester& requester, CaseAuditId id) {
  if (!MayReadAssurance(requester)) return NoSuchAudit();
  const PartnershipId partnership = requester.partnership_id();
  auto& audits = tx.case_audits(partnership);
  CaseAuditView view;
  ASSURE_ASSIGN_OR_RETURN(view.audit, audits.Get(id));
  ASSURE_ASSIGN_OR_RETURN(view.agency_names, AgencyNames(tx, partnership));
  ASSURE_ASSIGN_OR_RETURN(auto parts, audits.Parts(id));
  std::vector<AuditPart> all;
  for (auto& [audit_id, part] : parts) {
    if (view.audit.state == CaseAuditState::kOpen && part.state == AuditPartState::kDraft &&
        IsLeadOf(requester, part.agency_id)) {
      view.gradable.push_back(part.agency_id);
    }
    if (MayReadPart(requester, view.audit, part.agency_id)) view.parts.push_back(part);
    all.push_back(std::move(part));
  }
  view.may_run = MayRunAssurance(requester);
  if (view.may_run || view.audit.state == CaseAuditState::kClosed) {
    view.results = ComputeAuditResults(view.audit, all);
  } else {
    // The moderation's agreements are the results' too: shown to others once closed.
    for (AuditRecord& record : view.audit.records) record.moderation.reset();
  }
  if (view.may_run) {
    ASSURE_ASSIGN_OR_RETURN(view.themes, tx.themes(partnership).List());
  }
  return view;
}

}  // namespace

core::Result<CaseAuditView> CaseAuditService::Get(const Requester& requester,
                                                  CaseAuditId id) const {
  const core::Instant now = clock_.Now();
  auto read = store_.Write([&](Transaction& tx) -> core::Result<CaseAuditView> {
    ASSURE_ASSIGN_OR_RETURN(CaseAuditView view, ReadView(tx, requester, id));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.audit.read", CaseAuditSubject(id),
                                   std::to_string(view.parts.size()) + " parts"));
    return view;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.audit.read", CaseAuditSubject(id),
                      std::move(read));
}

core::Result<CaseAuditView> CaseAuditService::GetPart(const Requester& requester, CaseAuditId id,
                                                      AgencyId agency) const {
  const core::Instant now = clock_.Now();
  auto read = store_.Write([&](Transaction& tx) -> core::Result<CaseAuditView> {
    ASSURE_ASSIGN_OR_RETURN(CaseAuditView view, ReadView(tx, requester, id));
    const bool readable =
        std::any_of(view.parts.begin(), view.parts.end(),
                    [&](const AuditPart& part) { return part.agency_id == agency; });
    if (!readable) return core::Error::NotFound("There is no such part.");
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.audit.read",
                                   CaseAuditPartSubject(id, agency)));
    return view;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.audit.read",
                      CaseAuditPartSubject(id, agency), std::move(read));
}

core::Result<AuditPart> CaseAuditService::Grade(const Requester& requester, CaseAuditId id,
                                                AgencyId agency, Version version,
                                                std::vector<AuditGradeEntry> grades) const {
  const core::Instant now = clock_.Now();
  auto graded = store_.Write([&](Transaction& tx) -> core::Result<AuditPart> {
    ASSURE_ASSIGN_OR_RETURN(Gradable gradable, GradablePart(tx, requester, id, agency, version));
    ASSURE_TRY(ValidateGrades(gradable.audit, grades));
    gradable.part.grades = std::move(grades);
    ASSURE_ASSIGN_OR_RETURN(
        AuditPart stored, tx.case_audits(requester.partnership_id()).UpdatePart(id, gradable.part));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.audit.grade",
                                   CaseAuditPartSubject(id, agency)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.audit.grade",
                      CaseAuditPartSubject(id, agency), std::move(graded));
}

core::Result<AuditPart> CaseAuditService::Submit(
    const Requester& requester, CaseAuditId id, AgencyId agency, Version version,
    std::optional<std::vector<AuditGradeEntry>> grades) const {
  const core::Instant now = clock_.Now();
  auto submitted = store_.Write([&](Transaction& tx) -> core::Result<AuditPart> {
    ASSURE_ASSIGN_OR_RETURN(Gradable gradable, GradablePart(tx, requester, id, agency, version));
    if (grades) {
      ASSURE_TRY(ValidateGrades(gradable.audit, *grades));
      gradable.part.grades = std::move(*grades);
    }
    ASSURE_TRY(ValidatePartSubmission(gradable.audit, gradable.part));
    gradable.part.state = AuditPartState::kSubmitted;
    gradable.part.submitted_on = LondonDate(now);
    gradable.part.submitted_by = requester.user_id();
    ASSURE_ASSIGN_OR_RETURN(
        AuditPart stored, tx.case_audits(requester.partnership_id()).UpdatePart(id, gradable.part));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.audit.submit",
                                   CaseAuditPartSubject(id, agency)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.audit.submit",
                      CaseAuditPartSubject(id, agency), std::move(submitted));
}

core::Result<CaseAudit> CaseAuditService::Moderate(const Requester& requester, CaseAuditId id,
                                                   Version version, AuditRecordId record,
                                                   Moderation moderation) const {
  const core::Instant now = clock_.Now();
  moderation.agreed_on = LondonDate(now);
  for (std::string& theme : moderation.themes) theme = TrimName(theme);
  std::sort(moderation.themes.begin(), moderation.themes.end());
  moderation.themes.erase(std::unique(moderation.themes.begin(), moderation.themes.end()),
                          moderation.themes.end());
  auto moderated = store_.Write([&](Transaction& tx) -> core::Result<CaseAudit> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    const PartnershipId partnership = requester.partnership_id();
    auto& audits = tx.case_audits(partnership);
    ASSURE_ASSIGN_OR_RETURN(const CaseAudit audit, audits.Get(id));
    if (audit.state != CaseAuditState::kOpen) {
      return core::Error::Conflict("The audit is closed.", "state");
    }
    if (audit.version != version) return StaleAssurance("audit");
    ASSURE_TRY(ValidateModeration(moderation));
    ASSURE_ASSIGN_OR_RETURN(const auto themes, tx.themes(partnership).List());
    for (const std::string& theme : moderation.themes) {
      if (std::find(themes.begin(), themes.end(), theme) == themes.end()) {
        return core::Error::InvalidInput("themes", "Choose themes of the partnership's list.");
      }
    }
    ASSURE_TRY(audits.Moderate(id, record, moderation));
    ASSURE_ASSIGN_OR_RETURN(CaseAudit stored, audits.Update(audit));  // the next version
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.audit.moderate",
                                   CaseAuditSubject(id), "record " + std::to_string(record)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.audit.moderate", CaseAuditSubject(id),
                      std::move(moderated));
}

core::Result<CaseAudit> CaseAuditService::Close(const Requester& requester, CaseAuditId id,
                                                Version version) const {
  const core::Instant now = clock_.Now();
  auto closed = store_.Write([&](Transaction& tx) -> core::Result<CaseAudit> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    auto& audits = tx.case_audits(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(CaseAudit audit, audits.Get(id));
    if (audit.state != CaseAuditState::kOpen) {
      return core::Error::Conflict("The audit is closed already.", "state");
    }
    if (audit.version != version) return StaleAssurance("audit");
    for (const AuditRecord& record : audit.records) {
      if (!record.moderation) {
        return core::Error::InvalidInput(
            "records", "Agree the grade of " + record.reference + " before closing the audit.");
      }
    }
    audit.state = CaseAuditState::kClosed;
    audit.closed_on = LondonDate(now);
    ASSURE_ASSIGN_OR_RETURN(CaseAudit stored, audits.Update(audit));
    ASSURE_TRY(
        WriteAssuranceAudit(tx, requester, now, "assurance.audit.close", CaseAuditSubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.audit.close", CaseAuditSubject(id),
                      std::move(closed));
}

core::Result<std::vector<DueAuditPart>> CaseAuditService::Due(const Requester& requester) const {
  const CivilDate today = LondonDate(clock_.Now());
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<DueAuditPart>> {
    std::vector<DueAuditPart> due;
    const auto& memberships = requester.principal.memberships;
    const bool leads_an_agency =
        std::any_of(memberships.begin(), memberships.end(), [&](const Membership& membership) {
          return membership.partnership_id == requester.partnership_id() &&
                 membership.role == Role::kAgencyLead && membership.agency_id.has_value();
        });
    if (!leads_an_agency || !MayReadAssurance(requester)) return due;  // only leads grade
    const PartnershipId partnership = requester.partnership_id();
    auto& audits = tx.case_audits(partnership);
    ASSURE_ASSIGN_OR_RETURN(const auto parts, audits.Parts(std::nullopt));
    std::map<CaseAuditId, CaseAudit> open;
    std::map<AgencyId, std::string> names;
    for (const auto& [audit_id, part] : parts) {
      if (part.state != AuditPartState::kDraft || !IsLeadOf(requester, part.agency_id)) continue;
      if (!open.contains(audit_id)) {
        ASSURE_ASSIGN_OR_RETURN(auto audit, audits.Get(audit_id));
        open.emplace(audit_id, std::move(audit));
      }
      const CaseAudit& audit = open.at(audit_id);
      if (audit.state != CaseAuditState::kOpen) continue;
      if (names.empty()) {
        ASSURE_ASSIGN_OR_RETURN(names, AgencyNames(tx, partnership));
      }
      due.push_back({audit_id, audit.title, part.agency_id, names[part.agency_id], audit.due_on,
                     IsOverdue(audit, part, today)});
    }
    std::sort(due.begin(), due.end(), [](const auto& a, const auto& b) {
      return std::tie(a.due_on, a.audit_id, a.agency_id) <
             std::tie(b.due_on, b.audit_id, b.agency_id);
    });
    return due;
  });
}

}  // namespace assure::domain
