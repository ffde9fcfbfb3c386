#include "storage/repositories/actions/sql_action_repository.h"

#include <limits>
#include <string>
#include <utility>

#include "domain/text_rules.h"
#include "storage/repositories/actions/action_parts.h"
#include "storage/repositories/actions/action_rows.h"
#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::size_t kMaxTitle = 1000;
constexpr std::size_t kMaxShortText = 4000;
constexpr std::size_t kMaxLongText = 20000;
constexpr std::size_t kMaxFileName = 255;

bool NeedsReason(domain::ActionStatus status) {
  return status == domain::ActionStatus::kNotImplemented ||
         status == domain::ActionStatus::kSuperseded;
}

core::Status ValidateTexts(const std::string& title, const std::string& lead_name,
                           const std::string& success_measure) {
  ASSURE_TRY(domain::ValidateLongText("title", title, kMaxTitle, true));
  ASSURE_TRY(domain::ValidateLongText("lead_name", lead_name, domain::kNameMaxCharacters, true));
  return domain::ValidateLongText("success_measure", success_measure, kMaxShortText, false);
}

core::Status ValidateReason(domain::ActionStatus status, const std::string& reason) {
  return domain::ValidateLongText("status_reason", reason, kMaxShortText, NeedsReason(status));
}

bool IsLowerHex(std::string_view text) {
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

core::Status ValidateFile(const domain::EvidenceFile& file) {
  ASSURE_TRY(domain::ValidateLongText("file_name", file.file_name, kMaxFileName, true));
  ASSURE_TRY(domain::ValidateLongText("content_type", file.content_type, kMaxFileName, true));
  if (file.size < 0) return core::Error::InvalidInput("size", "A file's size cannot be negative.");
  if (file.sha256.size() != 64 || !IsLowerHex(file.sha256)) {
    return core::Error::InvalidInput("sha256", "A file's hash must be 64 lowercase hex digits.");
  }
  return core::Ok();
}

sql::Value StatusValue(domain::ActionStatus status) {
  return sql::Text(domain::ActionStatusName(status));
}

// The WHERE clause of an action list query and its values.
struct ActionFilter {
  std::string where;
  std::vector<sql::Value> values;
};

// Narrows `filter` to actions with a source naming a case of `cases` (an SQL list or subquery
// with the values `case_values`): a rapid review of the case, or a recommendation of its review.
void AddSourceInCases(ActionFilter& filter, domain::PartnershipId partnership_id,
                      const std::string& cases, const std::vector<sql::Value>& case_values) {
  filter.where +=
      " AND actions.id IN (SELECT s.action_id FROM action_sources s WHERE s.partnership_id = ?"
      " AND ((s.kind = 'rapid_review' AND s.ref_id IN (" +
      cases +
      ")) OR (s.kind = 'recommendation' AND s.ref_id IN (SELECT r.id FROM"
      " review_recommendations r WHERE r.partnership_id = ? AND r.case_id IN (" +
      cases + ")))))";
  filter.values.emplace_back(partnership_id);
  filter.values.insert(filter.values.end(), case_values.begin(), case_values.end());
  filter.values.emplace_back(partnership_id);
  filter.values.insert(filter.values.end(), case_values.begin(), case_values.end());
}

ActionFilter FilterFor(domain::PartnershipId partnership_id, const domain::ActionQuery& query) {
  ActionFilter filter{"actions.partnership_id = ?", {partnership_id}};
  if (query.owner_agency_id) {
    filter.where += " AND actions.owner_agency_id = ?";
    filter.values.emplace_back(*query.owner_agency_id);
  }
  if (query.lead_user_id) {
    filter.where += " AND actions.lead_user_id = ?";
    filter.values.emplace_back(*query.lead_user_id);
  }
  if (query.status) {
    filter.where += " AND actions.status = ?";
    filter.values.push_back(StatusValue(*query.status));
  }
  if (query.open) {
    std::string list;
    for (domain::ActionStatus status : domain::AllActionStatuses()) {
      if (!domain::IsOpen(status)) continue;
      list += list.empty() ? "?" : ", ?";
      filter.values.push_back(StatusValue(status));
    }
    filter.where += *query.open ? " AND actions.status IN (" : " AND actions.status NOT IN (";
    filter.where += list + ")";
  }
  if (query.due_before) {
    filter.where += " AND actions.due_on <= ?";
    filter.values.push_back(DateValue(*query.due_before));
  }
  if (query.source_kind) {
    filter.where +=
        " AND actions.id IN (SELECT s.action_id FROM action_sources s"
        " WHERE s.partnership_id = ? AND s.kind = ?)";
    filter.values.emplace_back(partnership_id);
    filter.values.push_back(sql::Text(domain::SourceKindName(*query.source_kind)));
  }
  if (query.case_id) {
    AddSourceInCases(filter, partnership_id, "?", {*query.case_id});
  }
  if (query.theme) {
    AddSourceInCases(filter, partnership_id,
                     "SELECT ct.case_id FROM case_themes ct JOIN themes t"
                     " ON t.partnership_id = ct.partnership_id AND t.id = ct.theme_id"
                     " WHERE t.partnership_id = ? AND t.name = ?",
                     {partnership_id, *query.theme});
  }
  return filter;
}

}  // namespace

core::Status SqlActionRepository::CheckOwner(domain::AgencyId agency_id) {
  ASSURE_ASSIGN_OR_RETURN(auto exists,
                          RecordExists(connection_, "agencies", partnership_id_, agency_id));
  if (!exists) {
    return core::Error::InvalidInput("owner_agency_id",
                                     "Choose an owner agency of this partnership.");
  }
  return core::Ok();
}

core::Result<std::vector<domain::PlanAction>> SqlActionRepository::Complete(const sql::Rows& rows) {
  ASSURE_ASSIGN_OR_RETURN(auto actions, DecodeRows<domain::PlanAction>(rows, ActionFromRow));
  ASSURE_TRY(LoadSources(connection_, partnership_id_, actions));
  return actions;
}

core::Result<domain::PlanAction> SqlActionRepository::Create(const domain::NewAction& draft) {
  ASSURE_TRY(ValidateTexts(draft.title, draft.lead_name, draft.success_measure));
  ASSURE_TRY(CheckOwner(draft.owner_agency_id));
  ASSURE_TRY(ExpectMember(connection_, partnership_id_, "lead_user_id", draft.lead_user_id));
  ASSURE_TRY(CheckSources(connection_, partnership_id_, draft.sources));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO actions (partnership_id, title, owner_agency_id, lead_user_id, lead_name,"
          " success_measure, due_on, priority, status, status_reason, due_date_changes, version,"
          " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'not_started', '', 0, 1, ?) RETURNING id",
          {partnership_id_, draft.title, draft.owner_agency_id,
           sql::OptionalInt64(draft.lead_user_id), draft.lead_name, draft.success_measure,
           DateValue(draft.due_on), sql::Text(domain::ActionPriorityName(draft.priority)),
           sql::InstantValue(clock_.Now())}));
  const domain::ActionId id = rows.rows.front().Int64(0);
  ASSURE_TRY(ReplaceSources(connection_, partnership_id_, id, draft.sources));
  return Get(id);
}

core::Result<domain::PlanAction> SqlActionRepository::Get(domain::ActionId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT " + std::string{kActionColumns} +
                            " FROM actions WHERE actions.partnership_id = ? AND actions.id = ?",
                        {partnership_id_, id}));
  if (rows.empty()) return NoSuch("action");
  ASSURE_ASSIGN_OR_RETURN(auto actions, Complete(rows));
  return std::move(actions.front());
}

core::Result<domain::ActionPage> SqlActionRepository::List(const domain::ActionQuery& query) {
  if (query.offset < 0) {
    return core::Error::InvalidInput("offset", "The offset cannot be negative.");
  }
  if (query.limit < 0) return core::Error::InvalidInput("limit", "The limit cannot be negative.");
  ActionFilter filter = FilterFor(partnership_id_, query);
  ASSURE_ASSIGN_OR_RETURN(
      auto counted,
      connection_.Query("SELECT count(*) FROM actions WHERE " + filter.where, filter.values));
  domain::ActionPage page;
  page.total = counted.rows.front().Int64(0);
  if (page.total <= query.offset) return page;

  std::vector<sql::Value> values = std::move(filter.values);
  values.emplace_back(query.limit == 0 ? std::numeric_limits<std::int64_t>::max() : query.limit);
  values.emplace_back(query.offset);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT " + std::string{kActionColumns} + " FROM actions WHERE " +
                            filter.where + " ORDER BY actions.due_on, actions.id LIMIT ? OFFSET ?",
                        values));
  ASSURE_ASSIGN_OR_RETURN(auto actions, Complete(rows));
  page.actions = std::move(actions);
  return page;
}

core::Result<domain::PlanAction> SqlActionRepository::Update(const domain::PlanAction& action) {
  ASSURE_TRY(ValidateTexts(action.title, action.lead_name, action.success_measure));
  ASSURE_TRY(ValidateReason(action.status, action.status_reason));
  // Another partnership's action is kNotFound before anything else is said about it.
  ASSURE_ASSIGN_OR_RETURN(
      auto stored,
      connection_.Query("SELECT lead_user_id FROM actions WHERE partnership_id = ? AND id = ?",
                        {partnership_id_, action.id}));
  if (stored.empty()) return NoSuch("action");
  // A lead who has since left the partnership may stay named until someone changes the lead.
  if (action.lead_user_id != stored.rows.front().OptionalInt64(0)) {
    ASSURE_TRY(ExpectMember(connection_, partnership_id_, "lead_user_id", action.lead_user_id));
  }
  ASSURE_TRY(CheckOwner(action.owner_agency_id));
  ASSURE_TRY(CheckSources(connection_, partnership_id_, action.sources));
  sql::Value rag = nullptr;
  if (action.reported_rag) rag = sql::Text(domain::RagName(*action.reported_rag));
  const sql::Value due_on = DateValue(action.due_on);
  ASSURE_TRY(UpdateVersioned(
      connection_, {"actions", "action", partnership_id_, action.id, action.version},
      "title = ?, owner_agency_id = ?, lead_user_id = ?, lead_name = ?, success_measure = ?,"
      " due_date_changes = due_date_changes + CASE WHEN due_on = ? THEN 0 ELSE 1 END,"
      " due_on = ?, priority = ?, status = ?, status_reason = ?, reported_rag = ?,"
      " last_update_on = ?",
      {action.title, action.owner_agency_id, sql::OptionalInt64(action.lead_user_id),
       action.lead_name, action.success_measure, due_on, due_on,
       sql::Text(domain::ActionPriorityName(action.priority)), StatusValue(action.status),
       action.status_reason, rag, OptionalDateValue(action.last_update_on)},
      "id"));
  ASSURE_TRY(ReplaceSources(connection_, partnership_id_, action.id, action.sources));
  return Get(action.id);
}

core::Result<domain::ActionUpdate> SqlActionRepository::AddUpdate(
    const domain::ActionUpdate& update) {
  ASSURE_TRY(domain::ValidateLongText("narrative", update.narrative, kMaxLongText, true));
  ASSURE_TRY(ValidateReason(update.status, update.status_reason));
  ASSURE_TRY(domain::ValidateLongText("evidence", update.evidence, kMaxLongText, false));
  ASSURE_TRY(ExpectRecord(connection_, "actions", "action", partnership_id_, update.action_id));
  ASSURE_TRY(ExpectUser(connection_, "recorded_by", update.recorded_by));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO action_updates (partnership_id, action_id, update_on, narrative, status,"
          " status_reason, rag, evidence, recorded_by, recorded_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING " +
              std::string{kActionUpdateColumns},
          {partnership_id_, update.action_id, DateValue(update.on), update.narrative,
           StatusValue(update.status), update.status_reason, sql::Text(domain::RagName(update.rag)),
           update.evidence, sql::OptionalInt64(update.recorded_by),
           sql::InstantValue(update.recorded_at)}));
  return ActionUpdateFromRow(rows.rows.front());
}

core::Result<std::vector<domain::ActionUpdate>> SqlActionRepository::Updates(domain::ActionId id) {
  ASSURE_TRY(ExpectRecord(connection_, "actions", "action", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kActionUpdateColumns} +
                                                " FROM action_updates WHERE partnership_id = ?"
                                                " AND action_id = ? ORDER BY update_on, id",
                                            {partnership_id_, id}));
  return DecodeRows<domain::ActionUpdate>(rows, ActionUpdateFromRow);
}

core::Result<domain::EvidenceFile> SqlActionRepository::AddEvidenceFile(
    const domain::EvidenceFile& file) {
  ASSURE_TRY(ValidateFile(file));
  ASSURE_TRY(ExpectRecord(connection_, "action_updates", "progress update", partnership_id_,
                          file.update_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO evidence_files (partnership_id, update_id, file_name, content_type, size,"
          " sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING " +
              std::string{kEvidenceFileColumns},
          {partnership_id_, file.update_id, file.file_name, file.content_type, file.size,
           file.sha256, sql::InstantValue(file.uploaded_at)}));
  return EvidenceFileFromRow(rows.rows.front());
}

core::Result<std::vector<domain::EvidenceFile>> SqlActionRepository::EvidenceFiles(
    domain::ActionUpdateId update_id) {
  ASSURE_TRY(
      ExpectRecord(connection_, "action_updates", "progress update", partnership_id_, update_id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kEvidenceFileColumns} +
                                                " FROM evidence_files WHERE partnership_id = ?"
                                                " AND update_id = ? ORDER BY uploaded_at, id",
                                            {partnership_id_, update_id}));
  return DecodeRows<domain::EvidenceFile>(rows, EvidenceFileFromRow);
}

core::Result<std::vector<domain::PlanAction>> SqlActionRepository::ForRecommendation(
    domain::RecommendationId id) {
  ASSURE_TRY(
      ExpectRecord(connection_, "review_recommendations", "recommendation", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT " + std::string{kActionColumns} +
                            " FROM actions WHERE actions.partnership_id = ? AND actions.id IN"
                            " (SELECT s.action_id FROM action_sources s WHERE s.partnership_id = ?"
                            " AND s.kind = 'recommendation' AND s.ref_id = ?)"
                            " ORDER BY actions.due_on, actions.id",
                        {partnership_id_, partnership_id_, id}));
  return Complete(rows);
}

core::Result<std::vector<domain::PlanAction>> SqlActionRepository::ForSource(
    domain::SourceKind kind, std::int64_t ref_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT " + std::string{kActionColumns} +
              " FROM actions WHERE actions.partnership_id = ? AND actions.id IN"
              " (SELECT s.action_id FROM action_sources s WHERE s.partnership_id = ?"
              " AND s.kind = ? AND s.ref_id = ?) ORDER BY actions.due_on, actions.id",
          {partnership_id_, partnership_id_, sql::Text(domain::SourceKindName(kind)), ref_id}));
  return Complete(rows);
}

core::Result<std::vector<domain::RecommendationSummary>> SqlActionRepository::Recommendations(
    std::span<const domain::RecommendationId> ids) {
  std::vector<domain::RecommendationSummary> found;
  if (ids.empty()) return found;
  std::vector<sql::Value> values{partnership_id_};
  const std::string list =
      AppendIdList(SortedUnique(std::vector<std::int64_t>(ids.begin(), ids.end())), values);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT r.id, r.case_id, c.reference, r.number, r.text FROM review_recommendations r"
          " JOIN cases c ON c.partnership_id = r.partnership_id AND c.id = r.case_id"
          " WHERE r.partnership_id = ? AND r.id IN " +
              list + " ORDER BY r.id",
          values));
  for (const sql::Row& row : rows) {
    found.push_back(
        {row.Int64(0), row.Int64(1), row.Text(2), static_cast<int>(row.Int64(3)), row.Text(4)});
  }
  return found;
}

}  // namespace assure::storage
