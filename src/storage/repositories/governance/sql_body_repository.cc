#include "storage/repositories/governance/sql_body_repository.h"

#include <map>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"

namespace assure::storage {
namespace {

constexpr std::string_view kBodyColumns =
    "id, name, kind, parent_id, chair_member_id, vice_chair_member_id, quorum_minimum,"
    " quorum_statutory, version";

constexpr std::string_view kMemberColumns =
    "body_id, id, person, post, user_id, agency_id, role, from_on, to_on";

constexpr std::string_view kTermsColumns = "body_id, number, text, review_on, saved_on, saved_by";

core::Result<domain::Body> BodyFromRow(const sql::Row& row, domain::PartnershipId partnership_id) {
  domain::Body b;
  b.id = row.Int64(0);
  b.partnership_id = partnership_id;
  b.content.name = row.Text(1);
  ASSURE_ASSIGN_OR_RETURN(b.content.kind,
                          EnumAt<domain::BodyKind>(row, 2, "bodies.kind", domain::ParseBodyKind));
  b.content.parent_id = row.OptionalInt64(3);
  b.content.chair_id = row.OptionalInt64(4);
  b.content.vice_chair_id = row.OptionalInt64(5);
  b.content.quorum.minimum = static_cast<int>(row.Int64(6));
  b.content.quorum.statutory_partners = row.Bool(7);
  b.version = row.Int64(8);
  return b;
}

// Columns: kMemberColumns.
core::Result<domain::BodyMember> MemberFromRow(const sql::Row& row) {
  domain::BodyMember m;
  m.body_id = row.Int64(0);
  m.id = row.Int64(1);
  m.person = row.Text(2);
  m.post = row.Text(3);
  m.user_id = row.OptionalInt64(4);
  m.agency_id = row.OptionalInt64(5);
  ASSURE_ASSIGN_OR_RETURN(
      m.role, EnumAt<domain::MemberRole>(row, 6, "body_members.role", domain::ParseMemberRole));
  ASSURE_ASSIGN_OR_RETURN(m.from_on, DateAt(row, 7, "body_members.from_on"));
  ASSURE_ASSIGN_OR_RETURN(m.to_on, OptionalDateAt(row, 8, "body_members.to_on"));
  return m;
}

// Columns: kTermsColumns.
core::Result<domain::TermsOfReference> TermsFromRow(const sql::Row& row) {
  domain::TermsOfReference t;
  t.number = static_cast<int>(row.Int64(1));
  t.text = row.Text(2);
  ASSURE_ASSIGN_OR_RETURN(t.review_on, DateAt(row, 3, "body_terms.review_on"));
  ASSURE_ASSIGN_OR_RETURN(t.saved_on, DateAt(row, 4, "body_terms.saved_on"));
  t.saved_by = row.Int64(5);
  return t;
}

std::vector<sql::Value> ContentValues(const domain::BodyContent& c) {
  return {c.name,
          sql::Text(domain::BodyKindName(c.kind)),
          sql::OptionalInt64(c.parent_id),
          sql::OptionalInt64(c.chair_id),
          sql::OptionalInt64(c.vice_chair_id),
          std::int64_t{c.quorum.minimum},
          sql::Bool(c.quorum.statutory_partners)};
}

std::vector<sql::Value> MemberValues(const domain::BodyMember& m) {
  return {m.person,
          m.post,
          sql::OptionalInt64(m.user_id),
          sql::OptionalInt64(m.agency_id),
          sql::Text(domain::MemberRoleName(m.role)),
          DateValue(m.from_on),
          OptionalDateValue(m.to_on)};
}

}  // namespace

core::Status SqlBodyRepository::CheckReferences(std::optional<domain::BodyId> body,
                                                const domain::BodyContent& content) {
  if (content.parent_id) {
    ASSURE_TRY(
        ExpectRecord(connection_, "bodies", "parent body", partnership_id_, *content.parent_id));
  }
  std::vector<std::int64_t> officers;
  if (content.chair_id) officers.push_back(*content.chair_id);
  if (content.vice_chair_id) officers.push_back(*content.vice_chair_id);
  if (officers.empty()) return core::Ok();
  if (!body) return NoSuch("member");
  const std::vector<std::int64_t> wanted = SortedUnique(std::move(officers));
  std::vector<sql::Value> values{partnership_id_, *body};
  const std::string list = AppendIdList(wanted, values);
  ASSURE_ASSIGN_OR_RETURN(auto found,
                          connection_.Query("SELECT COUNT(DISTINCT id) FROM body_members"
                                            " WHERE partnership_id = ? AND body_id = ? AND id IN " +
                                                list,
                                            values));
  if (found.rows.front().Int64(0) != static_cast<std::int64_t>(wanted.size())) {
    return NoSuch("member");
  }
  return core::Ok();
}

core::Result<domain::Body> SqlBodyRepository::Create(const domain::BodyContent& content) {
  ASSURE_TRY(CheckReferences(std::nullopt, content));
  std::vector<sql::Value> values{partnership_id_};
  for (sql::Value& value : ContentValues(content)) values.push_back(std::move(value));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("INSERT INTO bodies (partnership_id, name, kind, parent_id,"
                                   " chair_member_id, vice_chair_member_id, quorum_minimum,"
                                   " quorum_statutory, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"
                                   " RETURNING id",
                                   values));
  return Get(rows.rows.front().Int64(0));
}

core::Result<std::vector<domain::Body>> SqlBodyRepository::Query(const std::string& where,
                                                                 std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kBodyColumns} +
                                                " FROM bodies WHERE partnership_id = ?" + where +
                                                " ORDER BY lower(name) COLLATE \"C\", id",
                                            values));
  std::vector<domain::Body> bodies;
  bodies.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto body, BodyFromRow(row, partnership_id_));
    bodies.push_back(std::move(body));
  }
  if (bodies.empty()) return bodies;
  std::map<domain::BodyId, domain::Body*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::Body& body : bodies) {
    by_id.emplace(body.id, &body);
    ids.push_back(body.id);
  }
  std::vector<sql::Value> list_values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), list_values);
  // The latest version of each body's terms only (the unique key finds the newest number).
  ASSURE_ASSIGN_OR_RETURN(
      auto terms, connection_.Query(
                      "SELECT " + std::string{kTermsColumns} +
                          " FROM body_terms t WHERE t.partnership_id = ? AND t.body_id IN " + list +
                          " AND t.number = (SELECT MAX(l.number) FROM body_terms l"
                          " WHERE l.partnership_id = t.partnership_id"
                          " AND l.body_id = t.body_id)",
                      list_values));
  for (const sql::Row& row : terms) {
    ASSURE_ASSIGN_OR_RETURN(auto version, TermsFromRow(row));
    by_id[row.Int64(0)]->terms = std::move(version);
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto members,
      connection_.Query("SELECT " + std::string{kMemberColumns} +
                            " FROM body_members WHERE partnership_id = ? AND body_id IN " + list +
                            " ORDER BY body_id, from_on, id",
                        list_values));
  for (const sql::Row& row : members) {
    ASSURE_ASSIGN_OR_RETURN(auto member, MemberFromRow(row));
    by_id[member.body_id]->members.push_back(std::move(member));
  }
  return bodies;
}

core::Result<domain::Body> SqlBodyRepository::Get(domain::BodyId id) {
  ASSURE_ASSIGN_OR_RETURN(auto bodies, Query(" AND id = ?", {partnership_id_, id}));
  if (bodies.empty()) return NoSuch("body");
  return std::move(bodies.front());
}

core::Result<std::vector<domain::Body>> SqlBodyRepository::List() {
  return Query("", {partnership_id_});
}

core::Result<domain::Body> SqlBodyRepository::Update(domain::BodyId id, domain::Version version,
                                                     const domain::BodyContent& content) {
  ASSURE_TRY(ExpectRecord(connection_, "bodies", "body", partnership_id_, id));
  ASSURE_TRY(CheckReferences(id, content));
  ASSURE_TRY(UpdateVersioned(connection_, {"bodies", "body", partnership_id_, id, version},
                             "name = ?, kind = ?, parent_id = ?, chair_member_id = ?,"
                             " vice_chair_member_id = ?, quorum_minimum = ?, quorum_statutory = ?",
                             ContentValues(content), "id"));
  return Get(id);
}

core::Result<domain::TermsOfReference> SqlBodyRepository::AddTerms(
    domain::BodyId body, const domain::TermsOfReference& terms) {
  ASSURE_TRY(ExpectRecord(connection_, "bodies", "body", partnership_id_, body));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO body_terms (partnership_id, body_id, number, text, review_on, saved_on,"
          " saved_by) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), COALESCE(MAX(number), 0) + 1,"
          " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT)"
          " FROM body_terms WHERE partnership_id = ? AND body_id = ?"
          " ON CONFLICT (partnership_id, body_id, number) DO NOTHING RETURNING " +
              std::string{kTermsColumns},
          {partnership_id_, body, terms.text, DateValue(terms.review_on), DateValue(terms.saved_on),
           terms.saved_by, partnership_id_, body}));
  if (rows.empty()) {
    return core::Error::Conflict(
        "Someone else saved these terms of reference at the same moment. Open them again, then "
        "make your changes.");
  }
  return TermsFromRow(rows.rows.front());
}

core::Result<std::vector<domain::TermsOfReference>> SqlBodyRepository::TermsHistory(
    domain::BodyId body) {
  ASSURE_TRY(ExpectRecord(connection_, "bodies", "body", partnership_id_, body));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kTermsColumns} +
                                                " FROM body_terms WHERE partnership_id = ?"
                                                " AND body_id = ? ORDER BY number DESC",
                                            {partnership_id_, body}));
  std::vector<domain::TermsOfReference> history;
  history.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto version, TermsFromRow(row));
    history.push_back(std::move(version));
  }
  return history;
}

core::Result<domain::BodyMember> SqlBodyRepository::AddMember(const domain::BodyMember& member) {
  ASSURE_TRY(ExpectRecord(connection_, "bodies", "body", partnership_id_, member.body_id));
  std::vector<sql::Value> values{partnership_id_, member.body_id};
  for (sql::Value& value : MemberValues(member)) values.push_back(std::move(value));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO body_members (partnership_id, body_id, person, post, user_id,"
                        " agency_id, role, from_on, to_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " RETURNING " +
                            std::string{kMemberColumns},
                        values));
  return MemberFromRow(rows.rows.front());
}

core::Result<domain::BodyMember> SqlBodyRepository::UpdateMember(const domain::BodyMember& member) {
  std::vector<sql::Value> values = MemberValues(member);
  values.insert(values.end(), {partnership_id_, member.body_id, member.id});
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("UPDATE body_members SET person = ?, post = ?, user_id = ?, agency_id = ?,"
                        " role = ?, from_on = ?, to_on = ?"
                        " WHERE partnership_id = ? AND body_id = ? AND id = ? RETURNING " +
                            std::string{kMemberColumns},
                        values));
  if (rows.empty()) return NoSuch("member");
  return MemberFromRow(rows.rows.front());
}

}  // namespace assure::storage
