// CaseService: reading, opening and editing cases, and the themes list. The workflow steps are
// in case_service_steps.cc.
#include "domain/reviews/cases/case_service.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/cases/case_access.h"
#include "domain/reviews/clocks/clock_marks.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

// The case with its fields trimmed the way people mean them, and its themes sorted, once each.
void Tidy(std::string& reference, std::vector<Subject>& subjects, Referral& referral,
          std::vector<std::string>& themes) {
  reference = TrimName(reference);
  for (auto& subject : subjects) subject.pseudonym = TrimName(subject.pseudonym);
  referral.referrer = TrimName(referral.referrer);
  for (auto& theme : themes) theme = TrimName(theme);
  std::sort(themes.begin(), themes.end());
  themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
}

core::Status CheckReferringAgency(Transaction& tx, PartnershipId partnership,
                                  std::optional<AgencyId> agency) {
  if (!agency) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(auto agencies, PartnershipAgencies(tx, partnership));
  if (std::find(agencies.begin(), agencies.end(), *agency) == agencies.end()) {
    return core::Error::InvalidInput("referring_agency_id", "Choose an agency from the list.");
  }
  return core::Ok();
}

}  // namespace

CaseService::CaseService(Store& store, const core::Clock& clock,
                         const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

core::Result<CaseView> CaseService::Get(const Requester& requester, CaseId id) const {
  const PartnershipId partnership = requester.partnership_id();
  std::optional<std::string> refused;
  auto read = store_.Write([&](Transaction& tx) -> core::Result<CaseView> {
    ASSURE_ASSIGN_OR_RETURN(auto readable, LoadReadableCase(tx, requester, id, refused));
    auto* records = &readable.records;
    const RecordScope* scope = &readable.scope;
    CaseView view;
    ASSURE_ASSIGN_OR_RETURN(auto reviewer, AppointedReviewer(tx, partnership, *records));
    view.reviewer = std::move(reviewer);
    ASSURE_ASSIGN_OR_RETURN(auto timeline, tx.cases(partnership).Events(id));
    view.timeline = std::move(timeline);
    ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
    const auto now = clock_.Now();
    // A case whose dates lie outside the verified years (stored before they were refused) shows
    // no clocks rather than guessed ones.
    auto clocks = ComputeClocks(*records, settings.rules, settings.calendar, LondonDate(now));
    if (clocks.ok()) view.clocks = std::move(clocks).value();
    if (records->record.s44) view.sar_basis = EvaluateS44(*records->record.s44);
    view.available = AvailableTransitions(requester.principal, records->record.state);
    view.may_read_restricted =
        Permits(requester.principal, Resource::kCaseRestricted, Action::kRead, *scope);
    view.records = std::move(*records);
    ASSURE_TRY(WriteAudit(tx, requester, now, "case.read", CaseSubject(id)));
    return view;
  });
  if (!read.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, "case.read", CaseSubject(id), *refused,
                         read.error());
  }
  return read;
}

core::Result<RestrictedDetails> CaseService::GetRestricted(const Requester& requester,
                                                           CaseId id) const {
  const PartnershipId partnership = requester.partnership_id();
  std::optional<std::string> refused;
  auto details = store_.Write([&](Transaction& tx) -> core::Result<RestrictedDetails> {
    ASSURE_ASSIGN_OR_RETURN(auto readable, LoadReadableCase(tx, requester, id, refused));
    const RecordScope* scope = &readable.scope;
    if (!Permits(requester.principal, Resource::kCaseRestricted, Action::kRead, *scope)) {
      refused = "role does not allow case_restricted:read";
      return core::Error::Forbidden("Your role does not allow you to see identifying details.");
    }
    ASSURE_ASSIGN_OR_RETURN(auto restricted, tx.cases(partnership).GetRestricted(id));
    ASSURE_TRY(WriteAudit(tx, requester, clock_.Now(), "case.restricted.read", CaseSubject(id)));
    return restricted;
  });
  if (!details.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, "case.restricted.read", CaseSubject(id),
                         *refused, details.error());
  }
  return details;
}

core::Result<std::vector<std::string>> CaseService::Themes(const Requester& requester) const {
  if (!MayEver(requester.principal, Resource::kCase, Action::kRead)) {
    return RecordRefusal(store_, clock_, requester, "theme.list", {"theme", ""},
                         "role does not allow case:read", NoCases());
  }
  return store_.Read([&](Transaction& tx) { return tx.themes(requester.partnership_id()).List(); });
}

core::Result<Case> CaseService::Open(const Requester& requester, NewCase draft) const {
  if (!Permits(requester.principal, Resource::kCase, Action::kCreate, InPartnership(requester)) ||
      !HasWorkflowRole(requester.principal, Transition::kRefer)) {
    return RecordRefusal(
        store_, clock_, requester, "case.create", {"case", ""}, "role may not refer",
        core::Error::Forbidden("Your role does not allow you to open a case from a referral."));
  }
  Tidy(draft.reference, draft.subjects, draft.referral, draft.themes);
  for (auto& identity : draft.restricted.identities) identity = TidyIdentity(std::move(identity));
  if (!draft.aware_on) {  // only an import of history may leave it unknown
    return core::Error::InvalidInput("aware_on",
                                     "Enter the date the partnership became aware of the case.");
  }
  ASSURE_TRY(ValidateCase(draft));
  const PartnershipId partnership = requester.partnership_id();
  return store_.Write([&](Transaction& tx) -> core::Result<Case> {
    ASSURE_TRY(CheckReferringAgency(tx, partnership, draft.referring_agency_id));
    CaseRecords proposed;
    proposed.record.partnership_id = partnership;
    proposed.record.type = draft.type;
    ASSURE_ASSIGN_OR_RETURN(auto to,
                            CheckTransition(Transition::kRefer, requester.principal, proposed));
    auto& cases = tx.cases(partnership);
    ASSURE_ASSIGN_OR_RETURN(auto created, cases.Create(draft));
    const auto now = clock_.Now();
    CaseEvent event;
    event.case_id = created.id;
    event.at = now;
    event.user_id = requester.user_id();
    event.action = std::string{TransitionName(Transition::kRefer)};
    event.to_state = to;
    event.note = "Received " + LongCivilDate(draft.referral.received_on);
    ASSURE_TRY(cases.AppendEvent(event));
    ASSURE_TRY(MarkCase(tx, partnership, created.id, deadlines_));
    ASSURE_TRY(WriteAudit(tx, requester, now, "case.create", CaseSubject(created.id)));
    return created;
  });
}

core::Result<Case> CaseService::Update(const Requester& requester, Case record) const {
  Tidy(record.reference, record.subjects, record.referral, record.themes);
  CaseStep step;
  step.transition = Transition::kUpdateCase;
  step.case_id = record.id;
  step.expected_version = record.version;
  step.change = [&](Transaction& tx, CaseRecords& proposed, std::string& note) -> core::Status {
    Case edited = record;
    edited.partnership_id = proposed.record.partnership_id;
    edited.state = proposed.record.state;
    ASSURE_TRY(ValidateCase(edited));
    ASSURE_TRY(CheckReferringAgency(tx, edited.partnership_id, edited.referring_agency_id));
    proposed.record = std::move(edited);
    note = "Details changed";
    return core::Ok();
  };
  ASSURE_ASSIGN_OR_RETURN(auto stored, RunCaseStep(store_, clock_, deadlines_, requester, step));
  return std::move(stored.record);
}

}  // namespace assure::domain
