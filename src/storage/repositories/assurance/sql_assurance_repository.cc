#include "storage/repositories/assurance/sql_assurance_repository.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::string_view kActivityColumns =
    "id, kind, title, lead_user_id, starts_on, ends_on, state, completed_on, created_by,"
    " created_at, updated_at, version";

core::Result<domain::Activity> ActivityFromRow(const sql::Row& row,
                                               domain::PartnershipId partnership_id) {
  domain::Activity a;
  a.id = row.Int64(0);
  a.partnership_id = partnership_id;
  ASSURE_ASSIGN_OR_RETURN(
      a.content.kind,
      EnumAt<domain::ActivityKind>(row, 1, "assurance_activities.kind", domain::ParseActivityKind));
  a.content.title = row.Text(2);
  a.content.lead_user_id = row.OptionalInt64(3);
  ASSURE_ASSIGN_OR_RETURN(a.content.starts_on, DateAt(row, 4, "assurance_activities.starts_on"));
  ASSURE_ASSIGN_OR_RETURN(a.content.ends_on, DateAt(row, 5, "assurance_activities.ends_on"));
  ASSURE_ASSIGN_OR_RETURN(a.state,
                          EnumAt<domain::ActivityState>(row, 6, "assurance_activities.state",
                                                        domain::ParseActivityState));
  ASSURE_ASSIGN_OR_RETURN(a.completed_on,
                          OptionalDateAt(row, 7, "assurance_activities.completed_on"));
  a.created_by = row.Int64(8);
  ASSURE_ASSIGN_OR_RETURN(a.created_at, sql::InstantAt(row, 9, "assurance_activities.created_at"));
  ASSURE_ASSIGN_OR_RETURN(a.updated_at, sql::InstantAt(row, 10, "assurance_activities.updated_at"));
  a.version = row.Int64(11);
  return a;
}

constexpr std::string_view kFrameworkColumns =
    "id, family_id, version_number, template_key, name, description, scale, evidence_required,"
    " created_by, created_at";

core::Result<domain::StandardsFramework> FrameworkFromRow(const sql::Row& row,
                                                          domain::PartnershipId partnership_id) {
  domain::StandardsFramework f;
  f.id = row.Int64(0);
  f.partnership_id = partnership_id;
  f.family_id = row.OptionalInt64(1).value_or(f.id);
  f.version_number = static_cast<int>(row.Int64(2));
  f.template_key = row.Text(3);
  f.content.name = row.Text(4);
  f.content.description = row.Text(5);
  ASSURE_ASSIGN_OR_RETURN(
      f.content.scale,
      EnumAt<domain::RatingScale>(row, 6, "standards_frameworks.scale", domain::ParseRatingScale));
  f.content.evidence_required = row.Int64(7) != 0;
  f.created_by = row.Int64(8);
  ASSURE_ASSIGN_OR_RETURN(f.created_at, sql::InstantAt(row, 9, "standards_frameworks.created_at"));
  return f;
}

}  // namespace

core::Result<domain::Activity> SqlAssuranceRepository::CreateActivity(const domain::Activity& a) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO assurance_activities (partnership_id, kind, title, lead_user_id,"
          " starts_on, ends_on, state, completed_on, created_by, created_at, updated_at, version)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
          {partnership_id_, sql::Text(domain::ActivityKindName(*a.content.kind)), a.content.title,
           sql::OptionalInt64(a.content.lead_user_id), DateValue(*a.content.starts_on),
           DateValue(*a.content.ends_on), sql::Text(domain::ActivityStateName(a.state)),
           OptionalDateValue(a.completed_on), a.created_by, sql::InstantValue(a.created_at),
           sql::InstantValue(a.updated_at)}));
  const domain::ActivityId id = rows.rows.front().Int64(0);
  ASSURE_TRY(ReplaceParts(id, a.content));
  return GetActivity(id);
}

core::Result<domain::Activity> SqlAssuranceRepository::GetActivity(domain::ActivityId id) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query("SELECT " + std::string{kActivityColumns} +
                                                           " FROM assurance_activities"
                                                           " WHERE partnership_id = ? AND id = ?",
                                                       {partnership_id_, id}));
  if (rows.empty()) return NoSuch("activity");
  std::vector<domain::Activity> one;
  ASSURE_ASSIGN_OR_RETURN(auto activity, ActivityFromRow(rows.rows.front(), partnership_id_));
  one.push_back(std::move(activity));
  ASSURE_TRY(LoadParts(one));
  return std::move(one.front());
}

core::Result<std::vector<domain::Activity>> SqlAssuranceRepository::ListActivities(
    const domain::ActivityQuery& query) {
  std::string sql = "SELECT " + std::string{kActivityColumns} +
                    " FROM assurance_activities WHERE partnership_id = ?";
  std::vector<sql::Value> values{partnership_id_};
  if (query.starts_from) {
    sql += " AND starts_on >= ?";
    values.push_back(DateValue(*query.starts_from));
  }
  if (query.starts_before) {
    sql += " AND starts_on < ?";
    values.push_back(DateValue(*query.starts_before));
  }
  if (query.kind) {
    sql += " AND kind = ?";
    values.push_back(sql::Text(domain::ActivityKindName(*query.kind)));
  }
  sql += " ORDER BY starts_on, id";
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query(sql, values));
  std::vector<domain::Activity> activities;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto activity, ActivityFromRow(row, partnership_id_));
    activities.push_back(std::move(activity));
  }
  ASSURE_TRY(LoadParts(activities));
  return activities;
}

core::Result<domain::Activity> SqlAssuranceRepository::UpdateActivity(const domain::Activity& a) {
  ASSURE_TRY(UpdateVersioned(
      connection_, {"assurance_activities", "activity", partnership_id_, a.id, a.version},
      "title = ?, lead_user_id = ?, starts_on = ?, ends_on = ?, state = ?, completed_on = ?,"
      " updated_at = ?",
      {a.content.title, sql::OptionalInt64(a.content.lead_user_id), DateValue(*a.content.starts_on),
       DateValue(*a.content.ends_on), sql::Text(domain::ActivityStateName(a.state)),
       OptionalDateValue(a.completed_on), sql::InstantValue(a.updated_at)},
      "id"));
  ASSURE_TRY(ReplaceParts(a.id, a.content));
  return GetActivity(a.id);
}

core::Status SqlAssuranceRepository::ReplaceParts(domain::ActivityId id,
                                                  const domain::ActivityContent& content) {
  for (const char* table :
       {"assurance_activity_themes", "assurance_activity_agencies", "assurance_activity_links"}) {
    ASSURE_TRY(connection_.Execute(
        std::string{"DELETE FROM "} + table + " WHERE partnership_id = ? AND activity_id = ?",
        {partnership_id_, id}));
  }
  for (const std::string& theme : content.themes) {
    ASSURE_ASSIGN_OR_RETURN(
        auto added,
        connection_.Execute("INSERT INTO assurance_activity_themes (partnership_id, activity_id,"
                            " theme_id) SELECT partnership_id, ?, id FROM themes"
                            " WHERE partnership_id = ? AND name = ?",
                            {id, partnership_id_, theme}));
    if (added != 1) {
      return core::Error::InvalidInput("themes", "Choose themes from the partnership's list.");
    }
  }
  if (content.lead_user_id) {
    ASSURE_ASSIGN_OR_RETURN(auto member,
                            connection_.Query("SELECT 1 FROM memberships WHERE partnership_id = ?"
                                              " AND user_id = ?",
                                              {partnership_id_, *content.lead_user_id}));
    if (member.empty()) {
      return core::Error::InvalidInput("lead_user_id", "Choose a member of this partnership.");
    }
  }
  if (!content.agency_ids.empty()) {
    ASSURE_ASSIGN_OR_RETURN(auto known, AllRecordsExist(connection_, "agencies", partnership_id_,
                                                        SortedUnique(content.agency_ids)));
    if (!known) {
      return core::Error::InvalidInput("agency_ids", "Choose agencies of this partnership.");
    }
  }
  for (const domain::AgencyId agency : SortedUnique(content.agency_ids)) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO assurance_activity_agencies (partnership_id, activity_id, agency_id)"
        " VALUES (?, ?, ?)",
        {partnership_id_, id, agency}));
  }
  const auto links = SortedUnique(content.feeds_from);
  if (!links.empty()) {
    ASSURE_ASSIGN_OR_RETURN(
        auto known, AllRecordsExist(connection_, "assurance_activities", partnership_id_, links));
    if (!known || std::find(links.begin(), links.end(), id) != links.end()) {
      return core::Error::InvalidInput("feeds_from",
                                       "Link other activities of this partnership's framework.");
    }
  }
  for (const domain::ActivityId from : links) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO assurance_activity_links (partnership_id, activity_id, feeds_from_id)"
        " VALUES (?, ?, ?)",
        {partnership_id_, id, from}));
  }
  return core::Ok();
}

core::Status SqlAssuranceRepository::LoadParts(std::vector<domain::Activity>& activities) {
  if (activities.empty()) return core::Ok();
  std::map<domain::ActivityId, domain::Activity*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::Activity& a : activities) {
    by_id.emplace(a.id, &a);
    ids.push_back(a.id);
  }
  std::vector<sql::Value> values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), values);
  ASSURE_ASSIGN_OR_RETURN(
      auto themes,
      connection_.Query("SELECT at.activity_id, t.name FROM assurance_activity_themes at"
                        " JOIN themes t ON t.partnership_id = at.partnership_id"
                        " AND t.id = at.theme_id WHERE at.partnership_id = ? AND at.activity_id"
                        " IN " +
                            list + " ORDER BY t.name",
                        values));
  for (const sql::Row& row : themes) by_id[row.Int64(0)]->content.themes.push_back(row.Text(1));
  ASSURE_ASSIGN_OR_RETURN(
      auto agencies,
      connection_.Query("SELECT activity_id, agency_id FROM assurance_activity_agencies"
                        " WHERE partnership_id = ? AND activity_id IN " +
                            list + " ORDER BY agency_id",
                        values));
  for (const sql::Row& row : agencies) {
    by_id[row.Int64(0)]->content.agency_ids.push_back(row.Int64(1));
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto links,
      connection_.Query("SELECT activity_id, feeds_from_id FROM assurance_activity_links"
                        " WHERE partnership_id = ? AND activity_id IN " +
                            list + " ORDER BY feeds_from_id",
                        values));
  for (const sql::Row& row : links) by_id[row.Int64(0)]->content.feeds_from.push_back(row.Int64(1));
  return core::Ok();
}

core::Result<domain::StandardsFramework> SqlAssuranceRepository::CreateFramework(
    const domain::StandardsFramework& f) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO standards_frameworks (partnership_id, family_id, version_number,"
          " template_key, name, description, scale, evidence_required, created_by, created_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {partnership_id_, f.family_id == 0 ? sql::Value{} : sql::Value{f.family_id},
           static_cast<std::int64_t>(f.version_number), f.template_key, f.content.name,
           f.content.description, sql::Text(domain::RatingScaleName(f.content.scale)),
           std::int64_t{f.content.evidence_required ? 1 : 0}, f.created_by,
           sql::InstantValue(f.created_at)}));
  const domain::FrameworkId id = rows.rows.front().Int64(0);
  for (std::size_t i = 0; i < f.content.standards.size(); ++i) {
    const domain::StandardDraft& s = f.content.standards[i];
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO standards (partnership_id, framework_id, position, code, heading,"
        " statement, good_looks_like) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {partnership_id_, id, static_cast<std::int64_t>(i + 1), s.code, s.heading, s.statement,
         s.good_looks_like}));
  }
  return GetFramework(id);
}

core::Result<domain::StandardsFramework> SqlAssuranceRepository::GetFramework(
    domain::FrameworkId id) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query("SELECT " + std::string{kFrameworkColumns} +
                                                           " FROM standards_frameworks"
                                                           " WHERE partnership_id = ? AND id = ?",
                                                       {partnership_id_, id}));
  if (rows.empty()) return NoSuch("framework");
  std::vector<domain::StandardsFramework> one;
  ASSURE_ASSIGN_OR_RETURN(auto framework, FrameworkFromRow(rows.rows.front(), partnership_id_));
  one.push_back(std::move(framework));
  ASSURE_TRY(LoadStandards(one));
  return std::move(one.front());
}

core::Result<std::vector<domain::StandardsFramework>> SqlAssuranceRepository::ListFrameworks() {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kFrameworkColumns} +
                                                " FROM standards_frameworks WHERE partnership_id"
                                                " = ? ORDER BY name, version_number, id",
                                            {partnership_id_}));
  std::vector<domain::StandardsFramework> frameworks;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto framework, FrameworkFromRow(row, partnership_id_));
    frameworks.push_back(std::move(framework));
  }
  ASSURE_TRY(LoadStandards(frameworks));
  return frameworks;
}

core::Status SqlAssuranceRepository::LoadStandards(
    std::vector<domain::StandardsFramework>& frameworks) {
  if (frameworks.empty()) return core::Ok();
  std::map<domain::FrameworkId, domain::StandardsFramework*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::StandardsFramework& f : frameworks) {
    by_id.emplace(f.id, &f);
    ids.push_back(f.id);
  }
  std::vector<sql::Value> values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), values);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT framework_id, id, position, code, heading, statement,"
                                   " good_looks_like FROM standards WHERE partnership_id = ?"
                                   " AND framework_id IN " +
                                       list + " ORDER BY position",
                                   values));
  for (const sql::Row& row : rows) {
    domain::Standard s;
    s.id = row.Int64(1);
    s.position = static_cast<int>(row.Int64(2));
    s.text = {row.Text(3), row.Text(4), row.Text(5), row.Text(6)};
    by_id[row.Int64(0)]->standards.push_back(std::move(s));
  }
  return core::Ok();
}

}  // namespace assure::storage
