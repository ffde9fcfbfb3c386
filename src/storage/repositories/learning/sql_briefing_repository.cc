#include "storage/repositories/learning/sql_briefing_repository.h"

#include <map>
#include <string>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::string_view kColumns =
    "id, kind, title, body_markdown, audiences, state, created_by, created_at, updated_at,"
    " approved_by, approved_on, published_on, withdrawn_on, withdrawal_reason, version";

std::string AudiencesValue(const std::vector<domain::Audience>& audiences) {
  std::string text;
  for (const domain::Audience audience : audiences) {
    if (!text.empty()) text += ',';
    text += domain::AudienceName(audience);
  }
  return text;
}

core::Result<std::vector<domain::Audience>> AudiencesAt(const sql::Row& row, std::size_t column) {
  std::vector<domain::Audience> audiences;
  std::string_view text = row.Text(column);
  while (!text.empty()) {
    const auto end = text.find(',');
    auto audience = domain::ParseAudience(text.substr(0, end));
    if (!audience) return core::Error::Internal("briefings.audiences holds an unknown value");
    audiences.push_back(*audience);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return audiences;
}

core::Result<domain::Briefing> BriefingFromRow(const sql::Row& row,
                                               domain::PartnershipId partnership_id) {
  domain::Briefing b;
  b.id = row.Int64(0);
  b.partnership_id = partnership_id;
  ASSURE_ASSIGN_OR_RETURN(b.content.kind, EnumAt<domain::BriefingKind>(row, 1, "briefings.kind",
                                                                       domain::ParseBriefingKind));
  b.content.title = row.Text(2);
  b.content.body_markdown = row.Text(3);
  ASSURE_ASSIGN_OR_RETURN(b.content.audiences, AudiencesAt(row, 4));
  ASSURE_ASSIGN_OR_RETURN(b.state, EnumAt<domain::BriefingState>(row, 5, "briefings.state",
                                                                 domain::ParseBriefingState));
  b.created_by = row.Int64(6);
  ASSURE_ASSIGN_OR_RETURN(b.created_at, sql::InstantAt(row, 7, "briefings.created_at"));
  ASSURE_ASSIGN_OR_RETURN(b.updated_at, sql::InstantAt(row, 8, "briefings.updated_at"));
  b.approved_by = row.OptionalInt64(9);
  ASSURE_ASSIGN_OR_RETURN(b.approved_on, OptionalDateAt(row, 10, "briefings.approved_on"));
  ASSURE_ASSIGN_OR_RETURN(b.published_on, OptionalDateAt(row, 11, "briefings.published_on"));
  ASSURE_ASSIGN_OR_RETURN(b.withdrawn_on, OptionalDateAt(row, 12, "briefings.withdrawn_on"));
  b.withdrawal_reason = row.Text(13);
  b.version = row.Int64(14);
  return b;
}

std::vector<sql::Value> StateValues(const domain::Briefing& b) {
  return {std::string{domain::BriefingStateName(b.state)},
          sql::InstantValue(b.updated_at),
          sql::OptionalInt64(b.approved_by),
          OptionalDateValue(b.approved_on),
          OptionalDateValue(b.published_on),
          OptionalDateValue(b.withdrawn_on),
          b.withdrawal_reason};
}

constexpr std::string_view kLinkKinds[] = {"case", "recommendation", "action"};

}  // namespace

core::Result<domain::Briefing> SqlBriefingRepository::Create(const domain::Briefing& b) {
  std::vector<sql::Value> values{partnership_id_,
                                 std::string{domain::BriefingKindName(b.content.kind)},
                                 b.content.title,
                                 b.content.body_markdown,
                                 AudiencesValue(b.content.audiences),
                                 b.created_by,
                                 sql::InstantValue(b.created_at)};
  for (sql::Value& value : StateValues(b)) values.push_back(std::move(value));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO briefings (partnership_id, kind, title, body_markdown,"
                        " audiences, created_by, created_at, state, updated_at, approved_by,"
                        " approved_on, published_on, withdrawn_on, withdrawal_reason, version)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                        values));
  const domain::BriefingId id = rows.rows.front().Int64(0);
  ASSURE_TRY(ReplaceLinks(id, b.content));
  ASSURE_ASSIGN_OR_RETURN(domain::Briefing stored, Get(id));
  ASSURE_TRY(AddVersion(stored, b.created_by));
  return stored;
}

core::Result<domain::Briefing> SqlBriefingRepository::Get(domain::BriefingId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kColumns} +
                                       " FROM briefings WHERE partnership_id = ? AND id = ?",
                                   {partnership_id_, id}));
  if (rows.empty()) return NoSuch("briefing");
  std::vector<domain::Briefing> one;
  ASSURE_ASSIGN_OR_RETURN(auto briefing, BriefingFromRow(rows.rows.front(), partnership_id_));
  one.push_back(std::move(briefing));
  ASSURE_TRY(LoadLinks(one));
  return std::move(one.front());
}

core::Result<std::vector<domain::Briefing>> SqlBriefingRepository::List(
    const domain::BriefingQuery& query) {
  std::string sql = "SELECT " + std::string{kColumns} + " FROM briefings WHERE partnership_id = ?";
  std::vector<sql::Value> values{partnership_id_};
  if (query.kind) {
    sql += " AND kind = ?";
    values.emplace_back(std::string{domain::BriefingKindName(*query.kind)});
  }
  if (!query.states.empty()) {
    sql += " AND state IN (";
    for (std::size_t i = 0; i < query.states.size(); ++i) {
      sql += i == 0 ? "?" : ", ?";
      values.emplace_back(std::string{domain::BriefingStateName(query.states[i])});
    }
    sql += ")";
  }
  if (query.audience) {
    // audiences is a sorted comma list of names, none of which contains another.
    sql += " AND (',' || audiences || ',') LIKE ?";
    values.emplace_back("%," + std::string{domain::AudienceName(*query.audience)} + ",%");
  }
  if (query.theme) {
    sql +=
        " AND id IN (SELECT bt.briefing_id FROM briefing_themes bt JOIN themes t"
        " ON t.partnership_id = bt.partnership_id AND t.id = bt.theme_id"
        " WHERE bt.partnership_id = ? AND t.name = ?)";
    values.emplace_back(partnership_id_);
    values.emplace_back(*query.theme);
  }
  if (query.case_id) {
    sql +=
        " AND id IN (SELECT briefing_id FROM briefing_links WHERE partnership_id = ?"
        " AND kind = 'case' AND ref_id = ?)";
    values.emplace_back(partnership_id_);
    values.emplace_back(*query.case_id);
  }
  sql += " ORDER BY updated_at DESC, id DESC";
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query(sql, values));
  std::vector<domain::Briefing> briefings;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto briefing, BriefingFromRow(row, partnership_id_));
    briefings.push_back(std::move(briefing));
  }
  ASSURE_TRY(LoadLinks(briefings));
  return briefings;
}

core::Result<domain::Briefing> SqlBriefingRepository::Update(
    const domain::Briefing& b, std::optional<domain::UserId> saved_by) {
  std::vector<sql::Value> values{b.content.title, b.content.body_markdown,
                                 AudiencesValue(b.content.audiences)};
  for (sql::Value& value : StateValues(b)) values.push_back(std::move(value));
  ASSURE_TRY(UpdateVersioned(connection_,
                             {"briefings", "briefing", partnership_id_, b.id, b.version},
                             "title = ?, body_markdown = ?, audiences = ?, state = ?,"
                             " updated_at = ?, approved_by = ?, approved_on = ?,"
                             " published_on = ?, withdrawn_on = ?, withdrawal_reason = ?",
                             std::move(values), "id"));
  ASSURE_TRY(ReplaceLinks(b.id, b.content));
  ASSURE_ASSIGN_OR_RETURN(domain::Briefing stored, Get(b.id));
  if (saved_by) ASSURE_TRY(AddVersion(stored, *saved_by));
  return stored;
}

core::Status SqlBriefingRepository::AddVersion(const domain::Briefing& b, domain::UserId saved_by) {
  ASSURE_TRY(connection_.Execute(
      "INSERT INTO briefing_versions (partnership_id, briefing_id, version, title,"
      " body_markdown, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {partnership_id_, b.id, b.version, b.content.title, b.content.body_markdown, saved_by,
       sql::InstantValue(b.updated_at)}));
  return core::Ok();
}

core::Result<std::vector<domain::BriefingVersion>> SqlBriefingRepository::Versions(
    domain::BriefingId id) {
  ASSURE_TRY(ExpectRecord(connection_, "briefings", "briefing", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT briefing_id, version, title, body_markdown, saved_by, saved_at"
                        " FROM briefing_versions WHERE partnership_id = ? AND briefing_id = ?"
                        " ORDER BY version",
                        {partnership_id_, id}));
  std::vector<domain::BriefingVersion> versions;
  for (const sql::Row& row : rows) {
    domain::BriefingVersion v;
    v.briefing_id = row.Int64(0);
    v.version = row.Int64(1);
    v.title = row.Text(2);
    v.body_markdown = row.Text(3);
    v.saved_by = row.Int64(4);
    ASSURE_ASSIGN_OR_RETURN(v.saved_at, sql::InstantAt(row, 5, "briefing_versions.saved_at"));
    versions.push_back(std::move(v));
  }
  return versions;
}

core::Result<std::vector<domain::HitAcceptance>> SqlBriefingRepository::Acceptances(
    domain::BriefingId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT briefing_id, hit_id, kind, reason, accepted_by,"
                                   " accepted_at FROM briefing_hit_acceptances"
                                   " WHERE partnership_id = ? AND briefing_id = ? ORDER BY id",
                                   {partnership_id_, id}));
  std::vector<domain::HitAcceptance> acceptances;
  for (const sql::Row& row : rows) {
    domain::HitAcceptance a;
    a.briefing_id = row.Int64(0);
    a.hit_id = row.Text(1);
    a.kind = row.Text(2);
    a.reason = row.Text(3);
    a.accepted_by = row.Int64(4);
    ASSURE_ASSIGN_OR_RETURN(a.accepted_at,
                            sql::InstantAt(row, 5, "briefing_hit_acceptances.accepted_at"));
    acceptances.push_back(std::move(a));
  }
  return acceptances;
}

core::Status SqlBriefingRepository::Accept(const domain::HitAcceptance& a) {
  ASSURE_ASSIGN_OR_RETURN(
      auto added,
      connection_.Execute("INSERT INTO briefing_hit_acceptances (partnership_id, briefing_id,"
                          " hit_id, kind, reason, accepted_by, accepted_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (briefing_id, hit_id) DO NOTHING",
                          {partnership_id_, a.briefing_id, a.hit_id, a.kind, a.reason,
                           a.accepted_by, sql::InstantValue(a.accepted_at)}));
  if (added == 0) return core::Error::Conflict("That hit is accepted already.", "hit");
  return core::Ok();
}

core::Result<domain::Dissemination> SqlBriefingRepository::AddDissemination(
    const domain::Dissemination& record) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO briefing_disseminations (partnership_id, briefing_id,"
          " agency_id, shared_on, method, staff_reached, recorded_by, recorded_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {partnership_id_, record.briefing_id, record.agency_id, DateValue(record.shared_on),
           std::string{domain::DisseminationMethodName(record.method)}, record.staff_reached,
           record.recorded_by, sql::InstantValue(record.recorded_at)}));
  domain::Dissemination stored = record;
  stored.id = rows.rows.front().Int64(0);
  return stored;
}

core::Result<std::vector<domain::Dissemination>> SqlBriefingRepository::Disseminations(
    std::optional<domain::BriefingId> id) {
  std::string sql =
      "SELECT id, briefing_id, agency_id, shared_on, method, staff_reached, recorded_by,"
      " recorded_at FROM briefing_disseminations WHERE partnership_id = ?";
  std::vector<sql::Value> values{partnership_id_};
  if (id) {
    sql += " AND briefing_id = ?";
    values.emplace_back(*id);
  }
  sql += " ORDER BY shared_on, id";
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query(sql, values));
  std::vector<domain::Dissemination> records;
  for (const sql::Row& row : rows) {
    domain::Dissemination d;
    d.id = row.Int64(0);
    d.briefing_id = row.Int64(1);
    d.agency_id = row.Int64(2);
    ASSURE_ASSIGN_OR_RETURN(d.shared_on, DateAt(row, 3, "briefing_disseminations.shared_on"));
    ASSURE_ASSIGN_OR_RETURN(
        d.method, EnumAt<domain::DisseminationMethod>(row, 4, "briefing_disseminations.method",
                                                      domain::ParseDisseminationMethod));
    d.staff_reached = row.Int64(5);
    d.recorded_by = row.Int64(6);
    ASSURE_ASSIGN_OR_RETURN(d.recorded_at,
                            sql::InstantAt(row, 7, "briefing_disseminations.recorded_at"));
    records.push_back(std::move(d));
  }
  return records;
}

core::Result<std::vector<std::string>> SqlBriefingRepository::SensitivePlaces() {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query("SELECT name FROM sensitive_places"
                                                       " WHERE partnership_id = ? ORDER BY name",
                                                       {partnership_id_}));
  std::vector<std::string> places;
  for (const sql::Row& row : rows) places.push_back(row.Text(0));
  return places;
}

core::Status SqlBriefingRepository::SetSensitivePlaces(std::span<const std::string> places) {
  ASSURE_TRY(connection_.Execute("DELETE FROM sensitive_places WHERE partnership_id = ?",
                                 {partnership_id_}));
  for (const std::string& place : places) {
    ASSURE_TRY(
        connection_.Execute("INSERT INTO sensitive_places (partnership_id, name) VALUES (?, ?)"
                            " ON CONFLICT (partnership_id, name) DO NOTHING",
                            {partnership_id_, place}));
  }
  return core::Ok();
}

core::Status SqlBriefingRepository::ReplaceLinks(domain::BriefingId id,
                                                 const domain::BriefingContent& content) {
  ASSURE_TRY(connection_.Execute(
      "DELETE FROM briefing_themes WHERE partnership_id = ? AND briefing_id = ?",
      {partnership_id_, id}));
  ASSURE_TRY(
      connection_.Execute("DELETE FROM briefing_links WHERE partnership_id = ? AND briefing_id = ?",
                          {partnership_id_, id}));
  for (const std::string& theme : content.themes) {
    ASSURE_ASSIGN_OR_RETURN(
        auto added,
        connection_.Execute("INSERT INTO briefing_themes (partnership_id, briefing_id, theme_id)"
                            " SELECT partnership_id, ?, id FROM themes"
                            " WHERE partnership_id = ? AND name = ?",
                            {id, partnership_id_, theme}));
    if (added != 1) {
      return core::Error::InvalidInput("themes", "Choose themes from the partnership's list.");
    }
  }
  const std::vector<std::int64_t>* lists[] = {&content.case_ids, &content.recommendation_ids,
                                              &content.action_ids};
  for (std::size_t k = 0; k < 3; ++k) {
    for (const std::int64_t ref : *lists[k]) {
      ASSURE_TRY(connection_.Execute(
          "INSERT INTO briefing_links (partnership_id, briefing_id, kind, ref_id)"
          " VALUES (?, ?, ?, ?)",
          {partnership_id_, id, std::string{kLinkKinds[k]}, ref}));
    }
  }
  return core::Ok();
}

core::Status SqlBriefingRepository::LoadLinks(std::vector<domain::Briefing>& briefings) {
  if (briefings.empty()) return core::Ok();
  std::map<domain::BriefingId, domain::Briefing*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::Briefing& b : briefings) {
    by_id.emplace(b.id, &b);
    ids.push_back(b.id);
    b.content.themes.clear();
    b.content.case_ids.clear();
    b.content.recommendation_ids.clear();
    b.content.action_ids.clear();
  }
  std::vector<sql::Value> values{partnership_id_};
  std::string list = AppendIdList(ids, values);
  ASSURE_ASSIGN_OR_RETURN(
      auto themes,
      connection_.Query("SELECT bt.briefing_id, t.name FROM briefing_themes bt JOIN themes t"
                        " ON t.partnership_id = bt.partnership_id AND t.id = bt.theme_id"
                        " WHERE bt.partnership_id = ? AND bt.briefing_id IN " +
                            list + " ORDER BY t.name",
                        values));
  for (const sql::Row& row : themes) by_id.at(row.Int64(0))->content.themes.push_back(row.Text(1));
  ASSURE_ASSIGN_OR_RETURN(auto links,
                          connection_.Query("SELECT briefing_id, kind, ref_id FROM briefing_links"
                                            " WHERE partnership_id = ? AND briefing_id IN " +
                                                list + " ORDER BY ref_id",
                                            values));
  for (const sql::Row& row : links) {
    domain::BriefingContent& content = by_id.at(row.Int64(0))->content;
    const std::string& kind = row.Text(1);
    auto& target = kind == "case"             ? content.case_ids
                   : kind == "recommendation" ? content.recommendation_ids
                                              : content.action_ids;
    target.push_back(row.Int64(2));
  }
  return core::Ok();
}

}  // namespace assure::storage
