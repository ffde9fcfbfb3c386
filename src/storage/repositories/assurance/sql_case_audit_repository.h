// SqlCaseAuditRepository: domain::CaseAuditRepository over case_audits, case_audit_records,
// case_audit_parts and case_audit_grades (migration 0023), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's audit is kNotFound. The
// tool's questions and a moderation's themes are JSON arrays of texts. Audits and parts are
// versioned (a stale version is kConflict and changes nothing); a part's grades are replaced as a
// whole. Works on the Connection of one transaction; borrows it; not thread-safe.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/audit/case_audit_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlCaseAuditRepository final : public domain::CaseAuditRepository {
 public:
  SqlCaseAuditRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::CaseAudit> Create(const domain::CaseAudit& audit) override;
  core::Result<domain::CaseAudit> Get(domain::CaseAuditId id) override;
  core::Result<std::vector<domain::CaseAudit>> List() override;
  core::Result<domain::CaseAudit> Update(const domain::CaseAudit& audit) override;
  core::Status Moderate(domain::CaseAuditId audit, domain::AuditRecordId record,
                        const domain::Moderation& moderation) override;

  core::Result<domain::AuditPart> GetPart(domain::CaseAuditId audit,
                                          domain::AgencyId agency) override;
  core::Result<std::vector<std::pair<domain::CaseAuditId, domain::AuditPart>>> Parts(
      std::optional<domain::CaseAuditId> audit) override;
  core::Result<domain::AuditPart> UpdatePart(domain::CaseAuditId audit,
                                             const domain::AuditPart& part) override;

 private:
  core::Result<std::vector<domain::CaseAudit>> Query(const std::string& where,
                                                     std::vector<sql::Value> values);
  core::Result<std::vector<std::pair<domain::CaseAuditId, domain::AuditPart>>> QueryParts(
      const std::string& where, std::vector<sql::Value> values);

  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
