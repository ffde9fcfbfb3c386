#include "domain/reviews/requests/information_request_service.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "domain/files/upload_rules.h"
#include "domain/reviews/cases/case_access.h"
#include "domain/reviews/cases/step_input.h"
#include "domain/reviews/cases/workflow.h"
#include "domain/reviews/clocks/clock_marks.h"
#include "domain/text_rules.h"
#include "security/tokens.h"

namespace assure::domain {

namespace {

core::Error NoSuchRequest() {
  return core::Error::NotFound("There is no such information request.");
}

core::Error StaleRequest() {
  return core::Error::Conflict("Someone else changed this request; reload it and try again.");
}

AuditSubject RequestSubject(InformationRequestId id) {
  return {"information_request", std::to_string(id)};
}

// The request's partnership and agency: all an agency lead's own-agency grant looks at, for
// the list of their agencies' requests. Every read or change of one request checks the whole
// view, InformationRequestScope (case_access.h), which also names the case's reviewer.
RecordScope AddressedTo(const InformationRequest& request, PartnershipId partnership) {
  RecordScope scope;
  scope.partnership_id = partnership;
  scope.agency_id = request.agency_id;
  return scope;
}

// An answer may be given while the case is open and the request not withdrawn.
core::Status CheckAnswerable(Transaction& tx, const Requester& requester,
                             const InformationRequest& request, Case& record) {
  if (request.status == RequestStatus::kWithdrawn) {
    return core::Error::Conflict("This request has been withdrawn, so it cannot be answered.");
  }
  ASSURE_ASSIGN_OR_RETURN(auto stored, tx.cases(requester.partnership_id()).Get(request.case_id));
  record = std::move(stored);
  CaseRecords proposed;
  proposed.record = record;
  ASSURE_TRY(CheckTransition(Transition::kRespondToRequest, requester.principal, proposed));
  return core::Ok();
}

core::Result<std::string> AgencyName(Transaction& tx, PartnershipId partnership, AgencyId id) {
  ASSURE_ASSIGN_OR_RETURN(auto agency, tx.agencies(partnership).Get(id));
  return std::move(agency.name);
}

}  // namespace

InformationRequestService::InformationRequestService(Store& store, const core::Clock& clock,
                                                     const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

template <typename T, typename Work>
core::Result<T> InformationRequestService::OnRequest(const Requester& requester,
                                                     InformationRequestId id, Action action,
                                                     const std::string& audit, Work&& work) const {
  const PartnershipId partnership = requester.partnership_id();
  std::optional<std::string> refused;
  auto result = store_.Write([&](Transaction& tx) -> core::Result<T> {
    auto request = tx.information_requests(partnership).Get(id);
    if (!request.ok()) {
      if (request.error().code != core::ErrorCode::kNotFound) return request.error();
      refused = "no such information request in this partnership";
      return NoSuchRequest();
    }
    ASSURE_ASSIGN_OR_RETURN(const auto scope, InformationRequestScope(tx, partnership, *request));
    if (!Permits(requester.principal, Resource::kInformationRequest, Action::kRead, scope)) {
      refused = "role does not allow information_request:read";
      return NoSuchRequest();
    }
    if (!Permits(requester.principal, Resource::kInformationRequest, action, scope)) {
      refused = "role does not allow information_request:" + std::string{ActionName(action)};
      return core::Error::Forbidden("Your role does not allow you to change this request.");
    }
    core::Result<T> out = work(tx, *request, refused);
    if (!out.ok()) return out.error();
    ASSURE_TRY(WriteAudit(tx, requester, clock_.Now(), audit, RequestSubject(id)));
    return out;
  });
  if (!result.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, audit, RequestSubject(id), *refused,
                         result.error());
  }
  return result;
}

core::Result<InformationRequest> InformationRequestService::Create(
    const Requester& requester, CaseId case_id, Version case_version,
    NewInformationRequest request) const {
  const PartnershipId partnership = requester.partnership_id();
  std::optional<InformationRequest> created;
  CaseStep step;
  step.transition = Transition::kRequestInformation;
  step.case_id = case_id;
  step.expected_version = case_version;
  step.change = [&](Transaction& tx, CaseRecords&, std::string& note) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto agencies, PartnershipAgencies(tx, partnership));
    ASSURE_TRY(ValidateInformationRequest(request, agencies));
    ASSURE_ASSIGN_OR_RETURN(auto name, AgencyName(tx, partnership, request.agency_id));
    note = "Asked " + name + ", due " + LongCivilDate(request.due_on);
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto stored,
                            tx.information_requests(partnership).Create(case_id, request));
    proposed.requests.push_back(stored);
    created = std::move(stored);
    return core::Ok();
  };
  ASSURE_TRY(RunCaseStep(store_, clock_, deadlines_, requester, step));
  return std::move(*created);
}

core::Result<std::vector<RequestView>> InformationRequestService::ForMyAgency(
    const Requester& requester) const {
  const PartnershipId partnership = requester.partnership_id();
  std::vector<AgencyId> agencies;
  for (const auto& membership : requester.principal.memberships) {
    if (membership.partnership_id == partnership && membership.role == Role::kAgencyLead &&
        membership.agency_id) {
      agencies.push_back(*membership.agency_id);
    }
  }
  if (agencies.empty()) {
    return RecordRefusal(store_, clock_, requester, "information_request.list",
                         {"information_request", ""}, "no agency lead membership",
                         core::Error::Forbidden(
                             "Only an agency's safeguarding lead has requests for their agency."));
  }
  std::sort(agencies.begin(), agencies.end());
  agencies.erase(std::unique(agencies.begin(), agencies.end()), agencies.end());
  return store_.Write([&](Transaction& tx) -> core::Result<std::vector<RequestView>> {
    std::vector<RequestView> views;
    for (AgencyId agency : agencies) {
      ASSURE_ASSIGN_OR_RETURN(auto requests,
                              tx.information_requests(partnership).ForAgency(agency));
      for (auto& request : requests) {
        if (!Permits(requester.principal, Resource::kInformationRequest, Action::kRead,
                     AddressedTo(request, partnership))) {
          continue;
        }
        ASSURE_ASSIGN_OR_RETURN(auto record, tx.cases(partnership).Get(request.case_id));
        RequestView view;
        view.request = std::move(request);
        view.case_reference = record.reference;
        view.case_type = record.type;
        views.push_back(std::move(view));
      }
    }
    std::stable_sort(views.begin(), views.end(), [](const RequestView& a, const RequestView& b) {
      return a.request.due_on < b.request.due_on;
    });
    ASSURE_TRY(WriteAudit(tx, requester, clock_.Now(), "information_request.list",
                          {"information_request", ""}));
    return views;
  });
}

core::Result<RequestView> InformationRequestService::Get(const Requester& requester,
                                                         InformationRequestId id) const {
  const PartnershipId partnership = requester.partnership_id();
  return OnRequest<RequestView>(
      requester, id, Action::kRead, "information_request.read",
      [&](Transaction& tx, InformationRequest& request,
          std::optional<std::string>&) -> core::Result<RequestView> {
        ASSURE_ASSIGN_OR_RETURN(auto record, tx.cases(partnership).Get(request.case_id));
        ASSURE_ASSIGN_OR_RETURN(auto files, tx.information_requests(partnership).Files(id));
        RequestView view;
        view.request = request;
        view.case_reference = record.reference;
        view.case_type = record.type;
        view.files = std::move(files);
        return view;
      });
}

core::Result<InformationRequest> InformationRequestService::StoreResponse(
    Transaction& tx, const Requester& requester, InformationRequest& request, const Case& record,
    std::string response) const {
  const PartnershipId partnership = requester.partnership_id();
  ASSURE_TRY(ValidateResponse(response));
  const auto now = clock_.Now();
  request.status = RequestStatus::kSubmitted;
  request.response = std::move(response);
  request.submitted_by = requester.user_id();
  request.submitted_at = now;
  auto stored = tx.information_requests(partnership).Update(request);
  if (!stored.ok()) {
    if (stored.error().code == core::ErrorCode::kConflict) return StaleRequest();
    return stored.error();
  }
  ASSURE_ASSIGN_OR_RETURN(auto name, AgencyName(tx, partnership, request.agency_id));
  ASSURE_TRY(AppendTimeline(tx, requester, now, Transition::kRespondToRequest, record,
                            "Answered by " + name));
  ASSURE_TRY(MarkCase(tx, partnership, record.id, deadlines_));
  return stored;
}

core::Result<ResponseFile> InformationRequestService::StoreFile(Transaction& tx,
                                                                const Requester& requester,
                                                                InformationRequestId id,
                                                                const NewResponseFile& file) const {
  const PartnershipId partnership = requester.partnership_id();
  if (file.bytes.empty() && TrimName(file.file_name).empty()) {
    return core::Error::InvalidInput("file", "Choose a file to upload.");
  }
  ASSURE_ASSIGN_OR_RETURN(auto accepted, CheckUpload("file", file.file_name, file.bytes));
  const std::string sha256 = security::Sha256Hex(file.bytes);
  ASSURE_TRY(tx.file_contents(partnership).Put(sha256, file.bytes));
  ResponseFile stored;
  stored.request_id = id;
  stored.file_name = std::move(accepted.file_name);
  stored.content_type = std::move(accepted.content_type);
  stored.size = static_cast<std::int64_t>(file.bytes.size());
  stored.sha256 = sha256;
  stored.uploaded_by = requester.user_id();
  stored.uploaded_at = clock_.Now();
  return tx.information_requests(partnership).AddFile(stored);
}

core::Result<InformationRequest> InformationRequestService::Respond(const Requester& requester,
                                                                    InformationRequestId id,
                                                                    Version version,
                                                                    std::string response) const {
  return Answer(requester, id, version, std::move(response), std::nullopt);
}

core::Result<InformationRequest> InformationRequestService::Answer(
    const Requester& requester, InformationRequestId id, Version version,
    std::optional<std::string> response, std::optional<NewResponseFile> file) const {
  // Each part has its own audit event, both in the one transaction.
  const std::string audit = response ? "information_request.respond" : "information_request.attach";
  return OnRequest<InformationRequest>(
      requester, id, Action::kUpdate, audit,
      [&](Transaction& tx, InformationRequest& request,
          std::optional<std::string>&) -> core::Result<InformationRequest> {
        if (request.version != version) return StaleRequest();
        Case record;
        ASSURE_TRY(CheckAnswerable(tx, requester, request, record));
        if (response) {
          ASSURE_ASSIGN_OR_RETURN(
              auto stored, StoreResponse(tx, requester, request, record, std::move(*response)));
          request = std::move(stored);
        }
        if (file) {
          ASSURE_TRY(StoreFile(tx, requester, id, *file));
          if (response) {
            ASSURE_TRY(WriteAudit(tx, requester, clock_.Now(), "information_request.attach",
                                  RequestSubject(id)));
          }
        }
        return request;
      });
}

core::Result<InformationRequest> InformationRequestService::Withdraw(const Requester& requester,
                                                                     InformationRequestId id,
                                                                     Version version) const {
  const PartnershipId partnership = requester.partnership_id();
  return OnRequest<InformationRequest>(
      requester, id, Action::kUpdate, "information_request.withdraw",
      [&](Transaction& tx, InformationRequest& request,
          std::optional<std::string>& refused) -> core::Result<InformationRequest> {
        if (!HasWorkflowRole(requester.principal, Transition::kWithdrawRequest)) {
          refused = "role may not withdraw_request";
          return core::Error::Forbidden("Your role does not allow you to withdraw a request.");
        }
        if (request.version != version) return StaleRequest();
        if (request.status != RequestStatus::kRequested) {
          return core::Error::Conflict(
              "Only a request still waiting for its answer can be "
              "withdrawn.");
        }
        ASSURE_ASSIGN_OR_RETURN(auto record, tx.cases(partnership).Get(request.case_id));
        CaseRecords proposed;
        proposed.record = record;
        ASSURE_TRY(CheckTransition(Transition::kWithdrawRequest, requester.principal, proposed));
        request.status = RequestStatus::kWithdrawn;
        auto stored = tx.information_requests(partnership).Update(request);
        if (!stored.ok()) {
          if (stored.error().code == core::ErrorCode::kConflict) return StaleRequest();
          return stored.error();
        }
        ASSURE_ASSIGN_OR_RETURN(auto name, AgencyName(tx, partnership, request.agency_id));
        ASSURE_TRY(AppendTimeline(tx, requester, clock_.Now(), Transition::kWithdrawRequest, record,
                                  "Withdrawn from " + name));
        ASSURE_TRY(MarkCase(tx, partnership, record.id, deadlines_));
        return stored;
      });
}

core::Result<ResponseFile> InformationRequestService::AttachFile(const Requester& requester,
                                                                 InformationRequestId id,
                                                                 NewResponseFile file) const {
  return OnRequest<ResponseFile>(requester, id, Action::kUpdate, "information_request.attach",
                                 [&](Transaction& tx, InformationRequest& request,
                                     std::optional<std::string>&) -> core::Result<ResponseFile> {
                                   Case record;
                                   ASSURE_TRY(CheckAnswerable(tx, requester, request, record));
                                   return StoreFile(tx, requester, id, file);
                                 });
}

core::Result<ResponseFileDownload> InformationRequestService::GetFile(
    const Requester& requester, InformationRequestId id, ResponseFileId file_id) const {
  const PartnershipId partnership = requester.partnership_id();
  return OnRequest<ResponseFileDownload>(
      requester, id, Action::kRead, "information_request.file.read",
      [&](Transaction& tx, InformationRequest&,
          std::optional<std::string>&) -> core::Result<ResponseFileDownload> {
        ASSURE_ASSIGN_OR_RETURN(auto files, tx.information_requests(partnership).Files(id));
        for (auto& file : files) {
          if (file.id != file_id) continue;
          ASSURE_ASSIGN_OR_RETURN(auto content, tx.file_contents(partnership).Get(file.sha256));
          return ResponseFileDownload{std::move(file), std::move(content.bytes)};
        }
        return core::Error::NotFound("There is no such file.");
      });
}

}  // namespace assure::domain
