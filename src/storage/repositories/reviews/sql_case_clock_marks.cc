// SqlCaseRepository's next-clock marks (case_clock_marks, migration 0010): one row a case,
// replaced whole; a NULL due_on means no unmet clock.
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/reviews/sql_case_repository.h"

namespace assure::storage {

core::Status SqlCaseRepository::PutClockMark(const domain::CaseClockMark& mark) {
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, mark.case_id));
  sql::Value code = nullptr, version = nullptr, label = nullptr, due_on = nullptr;
  if (mark.next) {
    code = mark.next->rule_code;
    version = std::int64_t{mark.next->rule_version};
    label = mark.next->label;
    due_on = DateValue(mark.next->due_on);
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto updated,
      connection_.Execute(
          "UPDATE case_clock_marks SET rule_code = ?, rule_version = ?, label = ?, due_on = ?"
          " WHERE partnership_id = ? AND case_id = ?",
          {code, version, label, due_on, partnership_id_, mark.case_id}));
  if (updated > 0) return core::Ok();
  ASSURE_TRY(connection_.Execute(
      "INSERT INTO case_clock_marks (partnership_id, case_id, rule_code, rule_version, label,"
      " due_on) VALUES (?, ?, ?, ?, ?, ?)",
      {partnership_id_, mark.case_id, std::move(code), std::move(version), std::move(label),
       std::move(due_on)}));
  return core::Ok();
}

core::Result<std::vector<domain::CaseClockMark>> SqlCaseRepository::ClockMarks(
    std::span<const domain::CaseId> ids) {
  std::vector<domain::CaseClockMark> marks;
  if (ids.empty()) return marks;
  std::vector<sql::Value> values{partnership_id_};
  const std::string list = AppendIdList(ids, values);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT case_id, rule_code, rule_version, label, due_on FROM case_clock_marks"
                     " WHERE partnership_id = ? AND case_id IN " +
                         list + " ORDER BY case_id",
                     values));
  marks.reserve(rows.size());
  for (const sql::Row& row : rows) {
    domain::CaseClockMark mark{row.Int64(0), std::nullopt};
    if (!row.IsNull(4)) {
      ASSURE_ASSIGN_OR_RETURN(auto due_on, DateAt(row, 4, "case_clock_marks.due_on"));
      mark.next =
          domain::NextClockMark{row.Text(1), static_cast<int>(row.Int64(2)), row.Text(3), due_on};
    }
    marks.push_back(std::move(mark));
  }
  return marks;
}

core::Result<std::vector<domain::CaseId>> SqlCaseRepository::Unmarked() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT c.id FROM cases c WHERE c.partnership_id = ? AND NOT EXISTS (SELECT 1 FROM"
          " case_clock_marks m WHERE m.partnership_id = c.partnership_id AND m.case_id = c.id)"
          " ORDER BY c.id",
          {partnership_id_}));
  std::vector<domain::CaseId> ids;
  ids.reserve(rows.size());
  for (const sql::Row& row : rows) ids.push_back(row.Int64(0));
  return ids;
}

}  // namespace assure::storage
