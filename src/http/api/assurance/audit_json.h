// The JSON forms of multi-agency case audits in API answers (doc/openapi.yaml, "Assurance"): an
// audit with its records and moderation, an agency's part with its grades, the results, and the
// readers of their request bodies. Enum values are their storage names; dates "YYYY-MM-DD".
// Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "core/result.h"
#include "domain/assurance/audit/case_audit_service.h"

namespace assure::http::api {

// A list's row: the title, dates, state and how many questions, records and agencies.
nlohmann::json CaseAuditSummaryJson(const domain::CaseAudit& audit);
// The audit without grades: its tool, sample (with each record's moderation), agencies, dates.
nlohmann::json CaseAuditJson(const domain::CaseAudit& audit);
nlohmann::json AuditPartJson(const domain::AuditPart& part);
// The audit, the parts the caller may read, the agencies they may grade and the results.
nlohmann::json CaseAuditViewJson(const domain::CaseAuditView& view);

// {"activity_id", "title", "questions", "references", "agency_ids", "due_on"}.
core::Result<domain::NewCaseAudit> NewCaseAuditFrom(const nlohmann::json& body);
// "grades" (required): [{"record_id", "question", "grade" (or null), "comment"}].
core::Result<std::vector<domain::AuditGradeEntry>> AuditGradesFrom(const nlohmann::json& body);
// {"overall", "reasons", "themes"} (the version is read apart).
core::Result<domain::Moderation> ModerationFrom(const nlohmann::json& body);

}  // namespace assure::http::api
