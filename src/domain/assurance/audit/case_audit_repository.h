// The repository of multi-agency case audits (case_audit.h): the audit with its tool and sample,
// each agency's part with its grades, and each record's moderation. Bound to one partnership
// (from Transaction, domain/store.h): every query is scoped to it, and an id of another
// partnership's audit is kNotFound. Audits and parts are versioned: a stale version is kConflict
// and changes nothing. Implemented by storage; used inside one Store transaction, so by one
// thread at a time.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/assurance/audit/case_audit.h"

namespace assure::domain {

class CaseAuditRepository {
 public:
  virtual ~CaseAuditRepository() = default;

  // Stores the audit (version 1) with its records in sample order and a draft part for each
  // agency (version 1).
  virtual core::Result<CaseAudit> Create(const CaseAudit& audit) = 0;
  virtual core::Result<CaseAudit> Get(CaseAuditId id) = 0;
  // Newest first.
  virtual core::Result<std::vector<CaseAudit>> List() = 0;
  // Stores the state and closing date if audit.version is current.
  virtual core::Result<CaseAudit> Update(const CaseAudit& audit) = 0;
  // Stores a record's moderation (replacing any earlier one).
  virtual core::Status Moderate(CaseAuditId audit, AuditRecordId record,
                                const Moderation& moderation) = 0;

  virtual core::Result<AuditPart> GetPart(CaseAuditId audit, AgencyId agency) = 0;
  // Every part of the audit, or of every audit when unset, by audit then agency.
  virtual core::Result<std::vector<std::pair<CaseAuditId, AuditPart>>> Parts(
      std::optional<CaseAuditId> audit) = 0;
  // Stores the part's state, submission and every grade (replacing its grades) if
  // part.version is current.
  virtual core::Result<AuditPart> UpdatePart(CaseAuditId audit, const AuditPart& part) = 0;
};

}  // namespace assure::domain
