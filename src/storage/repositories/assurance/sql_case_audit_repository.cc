#include "storage/repositories/assurance/sql_case_audit_repository.h"

#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"

namespace assure::storage {
namespace {

using nlohmann::json;

std::string TextsDocument(const std::vector<std::string>& texts) { return json(texts).dump(); }

core::Result<std::vector<std::string>> TextsFrom(const std::string& text, std::string_view column) {
  const json document = json::parse(text, nullptr, false);
  if (!document.is_array()) return core::Error::Internal(std::string{column} + " is no list");
  std::vector<std::string> texts;
  for (const auto& item : document) {
    if (!item.is_string()) return core::Error::Internal(std::string{column} + " is no list");
    texts.push_back(item.get<std::string>());
  }
  return texts;
}

constexpr std::string_view kColumns =
    "id, activity_id, title, questions, opened_on, due_on, state, closed_on, opened_by, version";

core::Result<domain::CaseAudit> AuditFromRow(const sql::Row& row,
                                             domain::PartnershipId partnership_id) {
  domain::CaseAudit a;
  a.id = row.Int64(0);
  a.partnership_id = partnership_id;
  a.activity_id = row.Int64(1);
  a.title = row.Text(2);
  ASSURE_ASSIGN_OR_RETURN(a.questions, TextsFrom(row.Text(3), "case_audits.questions"));
  ASSURE_ASSIGN_OR_RETURN(a.opened_on, DateAt(row, 4, "case_audits.opened_on"));
  ASSURE_ASSIGN_OR_RETURN(a.due_on, DateAt(row, 5, "case_audits.due_on"));
  ASSURE_ASSIGN_OR_RETURN(a.state, EnumAt<domain::CaseAuditState>(row, 6, "case_audits.state",
                                                                  domain::ParseCaseAuditState));
  ASSURE_ASSIGN_OR_RETURN(a.closed_on, OptionalDateAt(row, 7, "case_audits.closed_on"));
  a.opened_by = row.Int64(8);
  a.version = row.Int64(9);
  return a;
}

// Columns: audit_id, id, reference, overall_grade, reasons, themes, agreed_on.
core::Result<domain::AuditRecord> RecordFromRow(const sql::Row& row) {
  domain::AuditRecord r;
  r.id = row.Int64(1);
  r.reference = row.Text(2);
  if (!row.IsNull(3)) {
    domain::Moderation moderation;
    ASSURE_ASSIGN_OR_RETURN(moderation.overall,
                            EnumAt<domain::AuditGrade>(row, 3, "case_audit_records.overall_grade",
                                                       domain::ParseAuditGrade));
    moderation.reasons = row.Text(4);
    ASSURE_ASSIGN_OR_RETURN(moderation.themes, TextsFrom(row.Text(5), "case_audit_records.themes"));
    ASSURE_ASSIGN_OR_RETURN(moderation.agreed_on, DateAt(row, 6, "case_audit_records.agreed_on"));
    r.moderation = std::move(moderation);
  }
  return r;
}

}  // namespace

core::Result<domain::CaseAudit> SqlCaseAuditRepository::Create(const domain::CaseAudit& a) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO case_audits (partnership_id, activity_id, title, questions,"
                        " opened_on, due_on, state, closed_on, opened_by, version)"
                        " VALUES (?, ?, ?, ?, ?, ?, 'open', NULL, ?, 1) RETURNING id",
                        {partnership_id_, a.activity_id, a.title, TextsDocument(a.questions),
                         DateValue(a.opened_on), DateValue(a.due_on), a.opened_by}));
  const domain::CaseAuditId id = rows.rows.front().Int64(0);
  std::int64_t position = 0;
  for (const domain::AuditRecord& record : a.records) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO case_audit_records (partnership_id, audit_id, position, reference)"
        " VALUES (?, ?, ?, ?)",
        {partnership_id_, id, ++position, record.reference}));
  }
  for (const domain::AgencyId agency : a.agency_ids) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO case_audit_parts (partnership_id, audit_id, agency_id, state, version)"
        " VALUES (?, ?, ?, 'draft', 1)",
        {partnership_id_, id, agency}));
  }
  return Get(id);
}

core::Result<std::vector<domain::CaseAudit>> SqlCaseAuditRepository::Query(
    const std::string& where, std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kColumns} +
                                       " FROM case_audits WHERE partnership_id = ?" + where +
                                       " ORDER BY opened_on DESC, id DESC",
                                   values));
  std::vector<domain::CaseAudit> audits;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto audit, AuditFromRow(row, partnership_id_));
    audits.push_back(std::move(audit));
  }
  if (audits.empty()) return audits;
  std::map<domain::CaseAuditId, domain::CaseAudit*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::CaseAudit& audit : audits) {
    by_id.emplace(audit.id, &audit);
    ids.push_back(audit.id);
  }
  std::vector<sql::Value> list_values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), list_values);
  ASSURE_ASSIGN_OR_RETURN(
      auto records,
      connection_.Query("SELECT audit_id, id, reference, overall_grade, reasons, themes, agreed_on"
                        " FROM case_audit_records WHERE partnership_id = ? AND audit_id IN " +
                            list + " ORDER BY audit_id, position",
                        list_values));
  for (const sql::Row& row : records) {
    ASSURE_ASSIGN_OR_RETURN(auto record, RecordFromRow(row));
    by_id[row.Int64(0)]->records.push_back(std::move(record));
  }
  ASSURE_ASSIGN_OR_RETURN(auto agencies,
                          connection_.Query("SELECT audit_id, agency_id FROM case_audit_parts"
                                            " WHERE partnership_id = ? AND audit_id IN " +
                                                list + " ORDER BY audit_id, id",
                                            list_values));
  for (const sql::Row& row : agencies) by_id[row.Int64(0)]->agency_ids.push_back(row.Int64(1));
  return audits;
}

core::Result<domain::CaseAudit> SqlCaseAuditRepository::Get(domain::CaseAuditId id) {
  ASSURE_ASSIGN_OR_RETURN(auto audits, Query(" AND id = ?", {partnership_id_, id}));
  if (audits.empty()) return NoSuch("audit");
  return std::move(audits.front());
}

core::Result<std::vector<domain::CaseAudit>> SqlCaseAuditRepository::List() {
  return Query("", {partnership_id_});
}

core::Result<domain::CaseAudit> SqlCaseAuditRepository::Update(const domain::CaseAudit& a) {
  ASSURE_TRY(UpdateVersioned(
      connection_, {"case_audits", "audit", partnership_id_, a.id, a.version},
      "state = ?, closed_on = ?",
      {sql::Text(domain::CaseAuditStateName(a.state)), OptionalDateValue(a.closed_on)}, "id"));
  return Get(a.id);
}

core::Status SqlCaseAuditRepository::Moderate(domain::CaseAuditId audit,
                                              domain::AuditRecordId record,
                                              const domain::Moderation& m) {
  ASSURE_ASSIGN_OR_RETURN(
      auto changed,
      connection_.Execute(
          "UPDATE case_audit_records SET overall_grade = ?, reasons = ?,"
          " themes = ?, agreed_on = ? WHERE partnership_id = ? AND audit_id = ?"
          " AND id = ?",
          {sql::Text(domain::AuditGradeName(m.overall)), m.reasons, TextsDocument(m.themes),
           DateValue(m.agreed_on), partnership_id_, audit, record}));
  if (changed != 1) return NoSuch("record");
  return core::Ok();
}

core::Result<std::vector<std::pair<domain::CaseAuditId, domain::AuditPart>>>
SqlCaseAuditRepository::QueryParts(const std::string& where, std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT id, audit_id, agency_id, state, submitted_on,"
                                            " submitted_by, version FROM case_audit_parts"
                                            " WHERE partnership_id = ?" +
                                                where + " ORDER BY audit_id, id",
                                            values));
  std::vector<std::pair<domain::CaseAuditId, domain::AuditPart>> parts;
  std::map<std::int64_t, domain::AuditPart*> by_id;
  std::vector<std::int64_t> ids;
  for (const sql::Row& row : rows) {
    domain::AuditPart part;
    part.agency_id = row.Int64(2);
    ASSURE_ASSIGN_OR_RETURN(part.state,
                            EnumAt<domain::AuditPartState>(row, 3, "case_audit_parts.state",
                                                           domain::ParseAuditPartState));
    ASSURE_ASSIGN_OR_RETURN(part.submitted_on,
                            OptionalDateAt(row, 4, "case_audit_parts.submitted_on"));
    part.submitted_by = row.OptionalInt64(5);
    part.version = row.Int64(6);
    parts.emplace_back(row.Int64(1), std::move(part));
    ids.push_back(row.Int64(0));
  }
  if (parts.empty()) return parts;
  for (std::size_t i = 0; i < parts.size(); ++i) by_id.emplace(ids[i], &parts[i].second);
  std::vector<sql::Value> list_values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), list_values);
  ASSURE_ASSIGN_OR_RETURN(
      auto grades,
      connection_.Query("SELECT g.part_id, g.record_id, g.question, g.grade, g.comment"
                        " FROM case_audit_grades g JOIN case_audit_records r"
                        " ON r.partnership_id = g.partnership_id AND r.id = g.record_id"
                        " WHERE g.partnership_id = ? AND g.part_id IN " +
                            list + " ORDER BY g.part_id, r.position, g.question",
                        list_values));
  for (const sql::Row& row : grades) {
    domain::AuditGradeEntry entry;
    entry.record_id = row.Int64(1);
    entry.question = static_cast<int>(row.Int64(2));
    if (auto grade = row.OptionalText(3)) {
      entry.grade = domain::ParseAuditGrade(*grade);
      if (!entry.grade) return core::Error::Internal("case_audit_grades.grade is unknown");
    }
    entry.comment = row.Text(4);
    by_id[row.Int64(0)]->grades.push_back(std::move(entry));
  }
  return parts;
}

core::Result<domain::AuditPart> SqlCaseAuditRepository::GetPart(domain::CaseAuditId audit,
                                                                domain::AgencyId agency) {
  ASSURE_ASSIGN_OR_RETURN(auto parts, QueryParts(" AND audit_id = ? AND agency_id = ?",
                                                 {partnership_id_, audit, agency}));
  if (parts.empty()) return NoSuch("part");
  return std::move(parts.front().second);
}

core::Result<std::vector<std::pair<domain::CaseAuditId, domain::AuditPart>>>
SqlCaseAuditRepository::Parts(std::optional<domain::CaseAuditId> audit) {
  if (audit) return QueryParts(" AND audit_id = ?", {partnership_id_, *audit});
  return QueryParts("", {partnership_id_});
}

core::Result<domain::AuditPart> SqlCaseAuditRepository::UpdatePart(domain::CaseAuditId audit,
                                                                   const domain::AuditPart& p) {
  ASSURE_ASSIGN_OR_RETURN(
      auto found, connection_.Query("SELECT id, version FROM case_audit_parts"
                                    " WHERE partnership_id = ? AND audit_id = ? AND agency_id = ?",
                                    {partnership_id_, audit, p.agency_id}));
  if (found.rows.empty()) return NoSuch("part");
  const std::int64_t id = found.rows.front().Int64(0);
  ASSURE_TRY(
      UpdateVersioned(connection_, {"case_audit_parts", "part", partnership_id_, id, p.version},
                      "state = ?, submitted_on = ?, submitted_by = ?",
                      {sql::Text(domain::AuditPartStateName(p.state)),
                       OptionalDateValue(p.submitted_on), sql::OptionalInt64(p.submitted_by)},
                      "id"));
  ASSURE_TRY(
      connection_.Execute("DELETE FROM case_audit_grades WHERE partnership_id = ? AND part_id = ?",
                          {partnership_id_, id}));
  for (const domain::AuditGradeEntry& entry : p.grades) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO case_audit_grades (partnership_id, part_id, record_id, question, grade,"
        " comment) VALUES (?, ?, ?, ?, ?, ?)",
        {partnership_id_, id, entry.record_id, std::int64_t{entry.question},
         entry.grade ? sql::Text(domain::AuditGradeName(*entry.grade)) : sql::Value{nullptr},
         entry.comment}));
  }
  return GetPart(audit, p.agency_id);
}

}  // namespace assure::storage
