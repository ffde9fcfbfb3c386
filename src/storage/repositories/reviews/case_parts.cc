#include "storage/repositories/reviews/case_parts.h"

#include <algorithm>
#include <map>
#include <set>

#include "storage/repositories/reviews/case_rows.h"

namespace assure::storage {
namespace {

std::vector<std::int64_t> IdsOf(const std::vector<domain::Case>& cases) {
  std::vector<std::int64_t> ids;
  ids.reserve(cases.size());
  for (const domain::Case& c : cases) ids.push_back(c.id);
  return ids;
}

core::Error NotTheCasesSubject() {
  return core::Error::InvalidInput("subjects", "A subject given is not one of this case's.");
}

core::Status DeleteSubject(sql::Connection& connection, domain::PartnershipId partnership_id,
                           domain::SubjectId id) {
  ASSURE_TRY(connection.Execute(
      "DELETE FROM subject_identities WHERE partnership_id = ? AND subject_id = ?",
      {partnership_id, id}));
  ASSURE_TRY(connection.Execute("DELETE FROM case_subjects WHERE partnership_id = ? AND id = ?",
                                {partnership_id, id}));
  return core::Ok();
}

}  // namespace

core::Status LoadCaseParts(sql::Connection& connection, domain::PartnershipId partnership_id,
                           std::vector<domain::Case>& cases) {
  if (cases.empty()) return core::Ok();
  std::map<domain::CaseId, domain::Case*> by_id;
  for (domain::Case& c : cases) {
    c.subjects.clear();
    c.themes.clear();
    by_id[c.id] = &c;
  }
  const std::vector<std::int64_t> ids = SortedUnique(IdsOf(cases));

  std::vector<sql::Value> values{partnership_id};
  std::string list = AppendIdList(ids, values);
  ASSURE_ASSIGN_OR_RETURN(
      auto subjects,
      connection.Query(
          "SELECT case_id, id, pseudonym, age_band, sex, ethnicity, disability FROM case_subjects"
          " WHERE partnership_id = ? AND case_id IN " +
              list + " ORDER BY case_id, position, id",
          values));
  for (const sql::Row& row : subjects) {
    by_id.at(row.Int64(0))
        ->subjects.push_back(
            {row.Int64(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5), row.Text(6)});
  }

  values = {partnership_id};
  list = AppendIdList(ids, values);
  ASSURE_ASSIGN_OR_RETURN(
      auto themes,
      connection.Query(
          "SELECT ct.case_id, t.name FROM case_themes ct"
          " JOIN themes t ON t.partnership_id = ct.partnership_id AND t.id = ct.theme_id"
          " WHERE ct.partnership_id = ? AND ct.case_id IN " +
              list + " ORDER BY ct.case_id, lower(t.name) COLLATE \"C\", t.id",
          values));
  for (const sql::Row& row : themes) by_id.at(row.Int64(0))->themes.push_back(row.Text(1));
  return core::Ok();
}

core::Result<std::vector<domain::SubjectId>> InsertSubjects(
    sql::Connection& connection, domain::PartnershipId partnership_id, domain::CaseId case_id,
    const std::vector<domain::Subject>& subjects) {
  std::vector<domain::SubjectId> ids;
  ids.reserve(subjects.size());
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    const domain::Subject& s = subjects[i];
    ASSURE_ASSIGN_OR_RETURN(
        auto rows,
        connection.Query("INSERT INTO case_subjects (partnership_id, case_id, position, pseudonym, "
                         "age_band, sex,"
                         " ethnicity, disability) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                         {partnership_id, case_id, static_cast<std::int64_t>(i), s.pseudonym,
                          s.age_band, s.sex, s.ethnicity, s.disability}));
    ids.push_back(rows.rows.front().Int64(0));
  }
  return ids;
}

core::Status SyncSubjects(sql::Connection& connection, domain::PartnershipId partnership_id,
                          domain::CaseId case_id, const std::vector<domain::Subject>& subjects) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection.Query(
          "SELECT id, pseudonym FROM case_subjects WHERE partnership_id = ? AND case_id = ?",
          {partnership_id, case_id}));
  std::map<domain::SubjectId, std::string> stored;
  for (const sql::Row& row : rows) stored[row.Int64(0)] = row.Text(1);

  std::set<domain::SubjectId> kept;
  for (const domain::Subject& s : subjects) {
    if (s.id == 0) continue;
    if (!stored.contains(s.id) || !kept.insert(s.id).second) return NotTheCasesSubject();
  }
  for (const auto& [id, pseudonym] : stored) {
    if (!kept.contains(id)) ASSURE_TRY(DeleteSubject(connection, partnership_id, id));
  }
  // Pseudonyms are unique within a case, so a renamed subject first gives up its old one (a
  // leading space: never a valid pseudonym) in case another subject takes it over.
  for (const domain::Subject& s : subjects) {
    if (s.id == 0 || stored.at(s.id) == s.pseudonym) continue;
    ASSURE_TRY(connection.Execute(
        "UPDATE case_subjects SET pseudonym = ? WHERE partnership_id = ? AND id = ?",
        {" " + std::to_string(s.id), partnership_id, s.id}));
  }
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    const domain::Subject& s = subjects[i];
    const auto position = static_cast<std::int64_t>(i);
    if (s.id == 0) {
      ASSURE_TRY(connection.Execute(
          "INSERT INTO case_subjects (partnership_id, case_id, position, pseudonym, age_band, sex,"
          " ethnicity, disability) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          {partnership_id, case_id, position, s.pseudonym, s.age_band, s.sex, s.ethnicity,
           s.disability}));
    } else {
      ASSURE_TRY(connection.Execute(
          "UPDATE case_subjects SET position = ?, pseudonym = ?, age_band = ?, sex = ?,"
          " ethnicity = ?, disability = ? WHERE partnership_id = ? AND id = ?",
          {position, s.pseudonym, s.age_band, s.sex, s.ethnicity, s.disability, partnership_id,
           s.id}));
    }
  }
  return core::Ok();
}

core::Status ReplaceThemes(sql::Connection& connection, domain::PartnershipId partnership_id,
                           domain::CaseId case_id, const std::vector<std::string>& names) {
  ASSURE_TRY(connection.Execute("DELETE FROM case_themes WHERE partnership_id = ? AND case_id = ?",
                                {partnership_id, case_id}));
  const std::set<std::string> unique(names.begin(), names.end());
  for (const std::string& name : unique) {
    ASSURE_ASSIGN_OR_RETURN(
        auto added,
        connection.Execute(
            "INSERT INTO case_themes (partnership_id, case_id, theme_id)"
            " SELECT partnership_id, ?, id FROM themes WHERE partnership_id = ? AND name = ?",
            {case_id, partnership_id, name}));
    if (added == 0) {
      return core::Error::InvalidInput("themes", "Choose themes from the partnership's list.");
    }
  }
  return core::Ok();
}

core::Result<std::vector<domain::SubjectIdentity>> LoadIdentities(
    sql::Connection& connection, domain::PartnershipId partnership_id, domain::CaseId case_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection.Query(
          "SELECT si.subject_id, si.name, si.date_of_birth, si.date_of_death, si.address,"
          " si.postcode, si.school, si.nhs_number, si.other_details FROM subject_identities si"
          " JOIN case_subjects s ON s.partnership_id = si.partnership_id AND s.id = si.subject_id"
          " WHERE s.partnership_id = ? AND s.case_id = ? ORDER BY s.position, s.id",
          {partnership_id, case_id}));
  std::vector<domain::SubjectIdentity> identities;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto born, OptionalDateAt(row, 2, "subject_identities.date_of_birth"));
    ASSURE_ASSIGN_OR_RETURN(auto died, OptionalDateAt(row, 3, "subject_identities.date_of_death"));
    identities.push_back({.subject_id = row.Int64(0),
                          .name = row.Text(1),
                          .date_of_birth = born,
                          .date_of_death = died,
                          .address = row.Text(4),
                          .postcode = row.Text(5),
                          .school = row.Text(6),
                          .nhs_number = row.Text(7),
                          .other_details = row.Text(8)});
  }
  return identities;
}

core::Status ReplaceIdentities(sql::Connection& connection, domain::PartnershipId partnership_id,
                               domain::CaseId case_id,
                               const std::vector<domain::SubjectIdentity>& identities) {
  ASSURE_TRY(
      connection.Execute("DELETE FROM subject_identities WHERE partnership_id = ? AND subject_id IN"
                         " (SELECT id FROM case_subjects WHERE partnership_id = ? AND case_id = ?)",
                         {partnership_id, partnership_id, case_id}));
  std::set<domain::SubjectId> seen;
  for (const domain::SubjectIdentity& identity : identities) {
    ASSURE_ASSIGN_OR_RETURN(
        auto added,
        seen.insert(identity.subject_id).second
            ? connection.Execute(
                  "INSERT INTO subject_identities (partnership_id, subject_id, name, date_of_birth,"
                  " date_of_death, address, postcode, school, nhs_number, other_details)"
                  " SELECT partnership_id, id, ?, ?, ?, ?, ?, ?, ?, ? FROM case_subjects"
                  " WHERE partnership_id = ? AND case_id = ? AND id = ?",
                  {identity.name, OptionalDateValue(identity.date_of_birth),
                   OptionalDateValue(identity.date_of_death), identity.address, identity.postcode,
                   identity.school, identity.nhs_number, identity.other_details, partnership_id,
                   case_id, identity.subject_id})
            : core::Result<std::int64_t>{std::int64_t{0}});
    if (added == 0) {
      return core::Error::InvalidInput("restricted.identities",
                                       "Record at most one identity for each subject of the case.");
    }
  }
  return core::Ok();
}

}  // namespace assure::storage
