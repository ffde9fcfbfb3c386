// SqlCaseRepository: domain::CaseRepository over the cases table and the rows that belong to a
// case (case_subjects, case_themes, subject_identities, case_events, case_clock_marks), for ONE
// partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's cases are kNotFound and
// never listed or found by a search. The full-text document of a case (cases.search_text) is
// written here on every Create and Update, and indexed by the {full_text:...} migration token
// (FTS5 on SQLite, tsvector on PostgreSQL; storage/sql/full_text.h). Restricted details
// (circumstances, identities) are read only by GetRestricted. Works on the Connection of one
// transaction; borrows the connection and the clock; not thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/reviews/cases/case_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlCaseRepository final : public domain::CaseRepository {
 public:
  SqlCaseRepository(sql::Connection& connection, const core::Clock& clock,
                    domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<domain::Case> Create(const domain::NewCase& draft) override;
  core::Result<domain::Case> Get(domain::CaseId id) override;
  core::Result<std::optional<domain::Case>> FindByReference(std::string_view reference) override;
  core::Result<domain::Case> Update(const domain::Case& record) override;
  core::Result<domain::CasePage> List(const domain::CaseQuery& query) override;
  core::Result<domain::RestrictedDetails> GetRestricted(domain::CaseId id) override;
  core::Status SetRestricted(domain::CaseId id, const domain::RestrictedDetails& details) override;
  core::Result<domain::CaseEvent> AppendEvent(const domain::CaseEvent& event) override;
  core::Result<std::vector<domain::CaseEvent>> Events(domain::CaseId id) override;
  // In sql_case_clock_marks.cc, over the case_clock_marks table.
  core::Status PutClockMark(const domain::CaseClockMark& mark) override;
  core::Result<std::vector<domain::CaseClockMark>> ClockMarks(
      std::span<const domain::CaseId> ids) override;
  core::Result<std::vector<domain::CaseId>> Unmarked() override;

 private:
  // The cases of `rows` (kCaseColumns) with their subjects and themes.
  core::Result<std::vector<domain::Case>> Complete(const sql::Rows& rows);
  core::Status CheckReferringAgency(const std::optional<domain::AgencyId>& agency_id);

  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
