// Multi-agency case audits (DOMAIN.md, area 3): the business unit sets an audit tool (questions,
// each answered with a grade and a comment) and a sample of records, held by a pseudonymous
// reference only, never a name; each taking-part agency's auditor grades their own agency's part
// of every record and submits it; a moderation meeting then agrees each record's overall grade
// with its reasons and the themes of its findings. The results count grades by question and by
// agency, overall grades, and the themes. Plain values and pure functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/civil_date.h"
#include "domain/ids.h"

namespace assure::domain {

using CaseAuditId = std::int64_t;
using AuditRecordId = std::int64_t;

// Ofsted's four grades, and "not applicable" for a question that does not apply to a record.
enum class AuditGrade { kOutstanding, kGood, kRequiresImprovement, kInadequate, kNotApplicable };
// "outstanding", "good", "requires_improvement", "inadequate", "not_applicable".
std::string_view AuditGradeName(AuditGrade grade);
std::optional<AuditGrade> ParseAuditGrade(std::string_view name);
std::string_view AuditGradeLabel(AuditGrade grade);  // "Requires improvement"
std::span<const AuditGrade> AllAuditGrades();

// open: the agencies grade their parts and the moderation agrees the records' grades; closed: no
// more changes (the business unit closes it once every record is moderated).
enum class CaseAuditState { kOpen, kClosed };
std::string_view CaseAuditStateName(CaseAuditState state);  // "open", "closed"
std::optional<CaseAuditState> ParseCaseAuditState(std::string_view name);

// What the business unit sets when it opens an audit; neither the tool nor the sample changes
// once open (another audit is set up instead).
struct NewCaseAudit {
  std::optional<ActivityId> activity_id;  // a planned case audit activity; unset: a new one
  std::string title;                      // 1..200 characters
  std::vector<std::string> questions;     // the tool: 1..30 questions of 1..500 characters
  std::vector<std::string> references;    // the sample: 1..100 pseudonymous references
  std::vector<AgencyId> agency_ids;       // 1..50 agencies taking part
  std::optional<CivilDate> due_on;        // the agencies' grading is due; after today
};

// A record's reference: 2..30 of A-Z, 0-9, "-" and "/", with at least one digit ("NS-2025-014"),
// so that no name can be entered as one. kInvalidInput naming `field`.
core::Status ValidateRecordReference(std::string_view field, std::string_view reference);
// Checks a new audit. Fields: "title", "questions" / "questions[<n>]" (0-based, as in the JSON),
// "references" / "references[<n>]", "agency_ids", "due_on".
core::Status ValidateNewCaseAudit(const NewCaseAudit& audit, CivilDate today);

// The moderation's agreement on one record.
struct Moderation {
  AuditGrade overall = AuditGrade::kGood;  // never not applicable
  std::string reasons;                     // 1..5,000 characters
  std::vector<std::string> themes;         // the partnership's managed themes, up to 10
  CivilDate agreed_on;
};

struct AuditRecord {
  AuditRecordId id = 0;
  std::string reference;
  std::optional<Moderation> moderation;
};

// One agency's grade of one question for one record.
struct AuditGradeEntry {
  AuditRecordId record_id = 0;
  int question = 0;  // 1..N
  std::optional<AuditGrade> grade;
  std::string comment;  // up to 2,000 characters
};

// draft: the agency's auditor is grading (again after a reopening); submitted: locked.
enum class AuditPartState { kDraft, kSubmitted };
std::string_view AuditPartStateName(AuditPartState state);  // "draft", "submitted"
std::optional<AuditPartState> ParseAuditPartState(std::string_view name);

// One agency's part of the audit: its grades of every record.
struct AuditPart {
  AgencyId agency_id = 0;
  AuditPartState state = AuditPartState::kDraft;
  std::vector<AuditGradeEntry> grades;  // by record, then question; graded ones only
  std::optional<CivilDate> submitted_on;
  std::optional<UserId> submitted_by;
  Version version = 0;
};

struct CaseAudit {
  CaseAuditId id = 0;
  PartnershipId partnership_id = 0;
  ActivityId activity_id = 0;
  std::string title;
  std::vector<std::string> questions;
  std::vector<AuditRecord> records;  // in sample order
  std::vector<AgencyId> agency_ids;
  CivilDate opened_on;
  CivilDate due_on;
  CaseAuditState state = CaseAuditState::kOpen;
  std::optional<CivilDate> closed_on;
  UserId opened_by = 0;
  Version version = 0;
};

// Checks an agency's grades against the audit: each names one of its records and questions once;
// a comment up to 2,000 characters. Field: "grades[<reference>][<question>]".
core::Status ValidateGrades(const CaseAudit& audit, std::span<const AuditGradeEntry> grades);
// Checks that a part may be submitted: every question of every record graded.
core::Status ValidatePartSubmission(const CaseAudit& audit, const AuditPart& part);
// Checks a moderation: an overall grade that is not "not applicable", reasons given. Fields:
// "overall", "reasons", "themes".
core::Status ValidateModeration(const Moderation& moderation);

// An agency's part is overdue when the audit is open, the part is a draft and the due date passed.
bool IsOverdue(const CaseAudit& audit, const AuditPart& part, CivilDate today);

// The results: counts of grades by question (every agency's parts submitted) and by agency, of
// the records' agreed overall grades, and of the themes of the findings.
struct GradeCounts {
  std::array<int, 5> by_grade{};  // in AllAuditGrades order
  int total() const;
};
struct AuditResults {
  std::vector<GradeCounts> by_question;                     // per question, in order
  std::vector<std::pair<AgencyId, GradeCounts>> by_agency;  // per taking-part agency, in order
  GradeCounts overall;                                      // the moderated records' grades
  std::vector<std::pair<std::string, int>> themes;          // by count, then name
  int moderated = 0;                                        // records with an agreed grade
};
AuditResults ComputeAuditResults(const CaseAudit& audit, std::span<const AuditPart> parts);

}  // namespace assure::domain
