// CaseAuditService: multi-agency case audits (case_audit.h) for the pages, the API and the to-do
// list: open an audit with its tool and sample, grade an agency's part and submit it, agree each
// record's grade in moderation, close the audit, and list the parts due.
//
// Who may do what (doc/access.md, "Quality assurance"): the business unit opens, moderates and
// closes audits and reads every part; an agency's lead grades and submits their own agency's part
// and reads it, and reads the results once the audit is closed; board members read closed audits
// with every part and the results. The records' agreed grades are the business unit's until the
// audit closes. Each call runs ONE Store transaction with its audit event
// ("assurance.audit.open", ".read", ".grade", ".submit", ".moderate", ".close"); every read of an
// audit is audited, and a refusal is audited too. Due, read on every home page, is a read with no
// audit event: it tells titles, agencies and dates, no grades.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/audit/case_audit.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

struct CaseAuditView {
  CaseAudit audit;
  std::map<AgencyId, std::string> agency_names;
  std::vector<AuditPart> parts;         // the parts the asker may read, in the audit's order
  std::vector<AgencyId> gradable;       // the agencies whose draft part the asker may grade
  std::optional<AuditResults> results;  // the business unit's always; others' once closed
  std::vector<std::string> themes;      // the partnership's managed themes (for moderation)
  bool may_run = false;                 // moderate and close
};

// A part someone has to act on: a draft of the asker's agency in an open audit.
struct DueAuditPart {
  CaseAuditId audit_id = 0;
  std::string title;
  AgencyId agency_id = 0;
  std::string agency_name;
  CivilDate due_on;
  bool overdue = false;
};

class CaseAuditService {
 public:
  CaseAuditService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<CaseAudit> Open(const Requester& requester, NewCaseAudit audit) const;
  // Newest first (the pages and API list titles, dates and counts only). Not audited.
  core::Result<std::vector<CaseAudit>> List(const Requester& requester) const;
  core::Result<CaseAuditView> Get(const Requester& requester, CaseAuditId id) const;
  // The same for reading one agency's part: kNotFound (audited) when the asker may not read it.
  core::Result<CaseAuditView> GetPart(const Requester& requester, CaseAuditId id,
                                      AgencyId agency) const;
  // Replaces the part's grades if `version` is current (the part is a draft, the audit open).
  core::Result<AuditPart> Grade(const Requester& requester, CaseAuditId id, AgencyId agency,
                                Version version, std::vector<AuditGradeEntry> grades) const;
  // Locks the part: every question of every record graded. With `grades`, they replace the
  // part's first, in the same transaction.
  core::Result<AuditPart> Submit(const Requester& requester, CaseAuditId id, AgencyId agency,
                                 Version version,
                                 std::optional<std::vector<AuditGradeEntry>> grades = {}) const;
  // Agrees a record's overall grade, reasons and themes (replacing an earlier agreement), if
  // `version` (the audit's) is current; the audit moves to its next version.
  core::Result<CaseAudit> Moderate(const Requester& requester, CaseAuditId id, Version version,
                                   AuditRecordId record, Moderation moderation) const;
  // Closes the audit: every record moderated.
  core::Result<CaseAudit> Close(const Requester& requester, CaseAuditId id, Version version) const;
  // For the to-do list: the drafts of the asker's own agencies in open audits.
  core::Result<std::vector<DueAuditPart>> Due(const Requester& requester) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
