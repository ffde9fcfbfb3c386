// CaseService: reading, opening and editing cases, and the themes list. The workflow steps are
// in case_service_steps.cc.
#include "domain/reviews/case_service.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/case_access.h"
#include "domain/reviews/clock_marks.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error NoCases() {
  return core::Error::Forbidden("Your role does not allow you to see cases.");
}

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
  auto agencies = PartnershipAgencies(tx, partnership);
  if (!agencies.ok()) return agencies.error();
  if (std::find(agencies->begin(), agencies->end(), *agency) == agencies->end()) {
    return core::Error::InvalidInput("referring_agency_id", "Choose an agency from the list.");
  }
  return core::Ok();
}

}  // namespace

CaseService::CaseService(Store& store, const core::Clock& clock,
                         const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

core::Result<CasePage> CaseService::List(const Requester& requester, CaseQuery query,
                                         const PageWork& with) const {
  return ListAudited(requester, std::move(query), Action::kRead, with);
}

core::Result<CasePage> CaseService::Export(const Requester& requester, CaseQuery query,
                                           const PageWork& with) const {
  query.offset = 0;
  query.limit = 0;
  return ListAudited(requester, std::move(query), Action::kExport, with);
}

core::Result<CasePage> CaseService::ListAudited(const Requester& requester, CaseQuery query,
                                                Action action, const PageWork& with) const {
  const std::string audit = action == Action::kExport ? "case.export" : "case.list";
  if (!MayEver(requester.principal, Resource::kCase, action)) {
    return RecordRefusal(store_, clock_, requester, audit, {"case", ""},
                         "role does not allow case:" + std::string{ActionName(action)}, NoCases());
  }
  const PartnershipId partnership = requester.partnership_id();
  // Reading needs no write lock: many lists run at once, and only the audit event is serialised.
  auto page = store_.Read([&](Transaction& tx) -> core::Result<CasePage> {
    if (!Permits(requester.principal, Resource::kCase, action, InPartnership(requester))) {
      // Not partnership-wide: a reviewer, who sees the cases they are appointed to.
      std::vector<CaseId> theirs;
      auto reviewer = tx.reviewers(partnership).FindByUser(requester.user_id());
      if (!reviewer.ok()) return reviewer.error();
      if (*reviewer) {
        auto cases = tx.review_records(partnership).CasesReviewedBy((*reviewer)->id);
        if (!cases.ok()) return cases.error();
        theirs = std::move(*cases);
      }
      if (query.only) {
        std::erase_if(theirs, [&](CaseId id) {
          return std::find(query.only->begin(), query.only->end(), id) == query.only->end();
        });
      }
      query.only = std::move(theirs);
    }
    auto listed = tx.cases(partnership).List(query);
    if (!listed.ok()) return listed.error();
    if (with) ASSURE_TRY(with(tx, *listed));
    return listed;
  });
  if (!page.ok()) return page.error();
  ASSURE_TRY(store_.Write([&](Transaction& tx) {
    return WriteAudit(tx, requester, clock_.Now(), audit, {"case", ""});
  }));
  return page;
}

core::Result<CaseView> CaseService::Get(const Requester& requester, CaseId id) const {
  const PartnershipId partnership = requester.partnership_id();
  std::optional<std::string> refused;
  auto read = store_.Write([&](Transaction& tx) -> core::Result<CaseView> {
    auto readable = LoadReadableCase(tx, requester, id, refused);
    if (!readable.ok()) return readable.error();
    auto* records = &readable->records;
    const RecordScope* scope = &readable->scope;
    CaseView view;
    auto reviewer = AppointedReviewer(tx, partnership, *records);
    if (!reviewer.ok()) return reviewer.error();
    view.reviewer = std::move(*reviewer);
    auto timeline = tx.cases(partnership).Events(id);
    if (!timeline.ok()) return timeline.error();
    view.timeline = std::move(*timeline);
    auto settings = deadlines_.For(tx, partnership);
    if (!settings.ok()) return settings.error();
    const auto now = clock_.Now();
    view.clocks = ComputeClocks(*records, settings->rules, settings->calendar, LondonDate(now));
    if (records->rapid_review && records->rapid_review->s44) {
      view.sar_basis = EvaluateS44(*records->rapid_review->s44);
    }
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
    auto readable = LoadReadableCase(tx, requester, id, refused);
    if (!readable.ok()) return readable.error();
    const RecordScope* scope = &readable->scope;
    if (!Permits(requester.principal, Resource::kCaseRestricted, Action::kRead, *scope)) {
      refused = "role does not allow case_restricted:read";
      return core::Error::Forbidden("Your role does not allow you to see identifying details.");
    }
    auto restricted = tx.cases(partnership).GetRestricted(id);
    if (!restricted.ok()) return restricted.error();
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

core::Status CaseService::AddTheme(const Requester& requester, std::string name) const {
  if (!Permits(requester.principal, Resource::kPartnership, Action::kUpdate,
               InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "theme.create", {"theme", ""},
                         "role does not allow partnership:update",
                         core::Error::Forbidden("Your role does not allow you to change themes."));
  }
  name = TrimName(name);
  ASSURE_TRY(ValidateName("name", name));
  return store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_TRY(tx.themes(requester.partnership_id()).Add(name));
    return WriteAudit(tx, requester, clock_.Now(), "theme.create", {"theme", ""});
  });
}

core::Result<Case> CaseService::Open(const Requester& requester, NewCase draft) const {
  if (!Permits(requester.principal, Resource::kCase, Action::kCreate, InPartnership(requester)) ||
      !HasWorkflowRole(requester.principal, Transition::kRefer)) {
    return RecordRefusal(
        store_, clock_, requester, "case.create", {"case", ""}, "role may not refer",
        core::Error::Forbidden("Your role does not allow you to open a case from a referral."));
  }
  Tidy(draft.reference, draft.subjects, draft.referral, draft.themes);
  ASSURE_TRY(ValidateCase(draft));
  const PartnershipId partnership = requester.partnership_id();
  return store_.Write([&](Transaction& tx) -> core::Result<Case> {
    ASSURE_TRY(CheckReferringAgency(tx, partnership, draft.referring_agency_id));
    CaseRecords proposed;
    proposed.record.partnership_id = partnership;
    proposed.record.type = draft.type;
    auto to = CheckTransition(Transition::kRefer, requester.principal, proposed);
    if (!to.ok()) return to.error();
    auto& cases = tx.cases(partnership);
    auto created = cases.Create(draft);
    if (!created.ok()) return created.error();
    const auto now = clock_.Now();
    CaseEvent event;
    event.case_id = created->id;
    event.at = now;
    event.user_id = requester.user_id();
    event.action = std::string{TransitionName(Transition::kRefer)};
    event.to_state = *to;
    event.note = "Received " + LongCivilDate(draft.referral.received_on);
    auto appended = cases.AppendEvent(event);
    if (!appended.ok()) return appended.error();
    ASSURE_TRY(MarkCase(tx, partnership, created->id, deadlines_));
    ASSURE_TRY(WriteAudit(tx, requester, now, "case.create", CaseSubject(created->id)));
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
  auto stored = RunCaseStep(store_, clock_, deadlines_, requester, step);
  if (!stored.ok()) return stored.error();
  return std::move(stored->record);
}

core::Result<Case> CaseService::UpdateRestricted(const Requester& requester, CaseId id,
                                                 Version version, RestrictedDetails details) const {
  for (auto& identity : details.identities) identity.name = TrimName(identity.name);
  std::optional<std::string> refused;
  CaseStep step;
  step.transition = Transition::kUpdateCase;
  step.case_id = id;
  step.expected_version = version;
  step.audit_action = "case.restricted.update";
  step.change = [&](Transaction& tx, CaseRecords& proposed, std::string& note) -> core::Status {
    auto scope = CaseScope(tx, requester.partnership_id(), proposed);
    if (!scope.ok()) return scope.error();
    if (!Permits(requester.principal, Resource::kCaseRestricted, Action::kUpdate, *scope)) {
      refused = "role does not allow case_restricted:update";
      return core::Error::Forbidden("Your role does not allow you to change identifying details.");
    }
    ASSURE_TRY(ValidateRestricted(proposed.record, details));
    note = "Identifying details changed";
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords&) -> core::Status {
    return tx.cases(requester.partnership_id()).SetRestricted(id, details);
  };
  auto stored = RunCaseStep(store_, clock_, deadlines_, requester, step);
  if (!stored.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, "case.restricted.update", CaseSubject(id),
                         *refused, stored.error());
  }
  if (!stored.ok()) return stored.error();
  return std::move(stored->record);
}

}  // namespace assure::domain
