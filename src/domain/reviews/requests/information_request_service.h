// InformationRequestService: agency information requests: the business unit asks an
// agency for its chronology and summary of involvement; the agency's safeguarding lead reads and
// answers the requests addressed to their agency, and nothing else: never another agency's
// request or response, never the case itself or its restricted details. The independent reviewer
// appointed to a case's full review reads that case's requests, responses and files (Get,
// GetFile), and changes nothing.
//
// Each call checks the policy (information_request: the business unit partnership-wide, an agency
// lead their own agency, a reviewer read on their case: InformationRequestScope in
// case_access.h) and runs ONE Store transaction that writes its audit event:
// "case.transition.request_information" (Create, on the case), "information_request.list",
// "information_request.read", "information_request.respond", "information_request.withdraw",
// "information_request.attach", "information_request.file.read". Creating, answering and
// withdrawing also append the case's timeline event. A request the asker may not see is kNotFound
// exactly as one that does not exist, and the refusal is audited.
//
// Concurrency: Create takes the case version; Respond and Withdraw take the request's version
// (a stale one is kConflict and changes nothing); answering does not change the case's version.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

// A request with what its reader may know of its case (its reference and type, no more).
struct RequestView {
  InformationRequest request;
  std::string case_reference;
  CaseType case_type = CaseType::kChild;
  std::vector<ResponseFile> files;  // Get only; empty in lists
};

// A file to attach, as uploaded. AttachFile checks it (domain/files/upload_rules.h: size, type
// by signature, cleaned name) and stores its bytes by content hash (file_contents) with the
// file's record and the audit event, in one transaction.
struct NewResponseFile {
  std::string file_name;  // as the browser sent it
  std::string bytes;
};

// A file for download: its record and its bytes.
struct ResponseFileDownload {
  ResponseFile file;
  std::string bytes;
};

class InformationRequestService {
 public:
  // `deadlines` gives the calendar and rules for the case's next clock (must outlive this).
  InformationRequestService(Store& store, const core::Clock& clock,
                            const DeadlineSettingsSource& deadlines = PartnershipDeadlines());

  // request_information on the case at `case_version` (business unit).
  core::Result<InformationRequest> Create(const Requester& requester, CaseId case_id,
                                          Version case_version,
                                          NewInformationRequest request) const;
  // The requests addressed to the asker's agencies (an agency lead's memberships), due first.
  core::Result<std::vector<RequestView>> ForMyAgency(const Requester& requester) const;
  core::Result<RequestView> Get(const Requester& requester, InformationRequestId id) const;
  // respond_to_request: stores the response and marks the request submitted (by the asker, now).
  // A submitted response may be corrected while the case is open; a withdrawn request may not
  // be answered.
  core::Result<InformationRequest> Respond(const Requester& requester, InformationRequestId id,
                                           Version version, std::string response) const;
  // The answer form: a new response text, a file, or both, in ONE transaction (the request at
  // `version`; either part refused = nothing stored). Audited as "information_request.respond".
  core::Result<InformationRequest> Answer(const Requester& requester, InformationRequestId id,
                                          Version version, std::optional<std::string> response,
                                          std::optional<NewResponseFile> file) const;
  // withdraw_request (business unit).
  core::Result<InformationRequest> Withdraw(const Requester& requester, InformationRequestId id,
                                            Version version) const;
  core::Result<ResponseFile> AttachFile(const Requester& requester, InformationRequestId id,
                                        NewResponseFile file) const;
  // The file's record and bytes, for a download (read in the transaction that audits it).
  core::Result<ResponseFileDownload> GetFile(const Requester& requester, InformationRequestId id,
                                             ResponseFileId file_id) const;

 private:
  // Runs `work` on the request when the asker may take `action` on it (read: else kNotFound;
  // the action: else kForbidden; both audited as `audit`), in one write transaction.
  template <typename T, typename Work>
  core::Result<T> OnRequest(const Requester& requester, InformationRequestId id, Action action,
                            const std::string& audit, Work&& work) const;

  // The parts of Respond, AttachFile and Answer, inside the caller's transaction.
  core::Result<InformationRequest> StoreResponse(Transaction& tx, const Requester& requester,
                                                 InformationRequest& request, const Case& record,
                                                 std::string response) const;
  core::Result<ResponseFile> StoreFile(Transaction& tx, const Requester& requester,
                                       InformationRequestId id, const NewResponseFile& file) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
