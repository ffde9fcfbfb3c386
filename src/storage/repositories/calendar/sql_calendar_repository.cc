#include "storage/repositories/calendar/sql_calendar_repository.h"

#include <string>
#include <utility>

#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

core::Result<domain::StoredCalendarAdjustment> AdjustmentFromRow(const sql::Row& row) {
  auto date = domain::ParseCivilDate(row.Text(0));
  if (!date) return core::Error::Internal("calendar_adjustments.date holds a malformed date");
  ASSURE_ASSIGN_OR_RETURN(auto created_at,
                          sql::InstantAt(row, 3, "calendar_adjustments.created_at"));
  return domain::StoredCalendarAdjustment{
      {*date, row.Bool(1), row.Text(2)}, created_at, row.OptionalInt64(4)};
}

// A row of code, version, amount, effective_from, changed_at, changed_by.
core::Result<domain::DeadlineRuleOverride> OverrideFromRow(const sql::Row& row) {
  auto effective_from = domain::ParseCivilDate(row.Text(3));
  if (!effective_from) {
    return core::Error::Internal("deadline_rule_overrides.effective_from holds a malformed date");
  }
  ASSURE_ASSIGN_OR_RETURN(auto changed_at,
                          sql::InstantAt(row, 4, "deadline_rule_overrides.changed_at"));
  return domain::DeadlineRuleOverride{row.Text(0),
                                      static_cast<int>(row.Int64(1)),
                                      static_cast<int>(row.Int64(2)),
                                      *effective_from,
                                      changed_at,
                                      row.OptionalInt64(5)};
}

}  // namespace

core::Result<std::vector<domain::StoredCalendarAdjustment>>
SqlCalendarRepository::ListAdjustments() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT date, non_working, reason, created_at, created_by FROM calendar_adjustments"
          " WHERE partnership_id = ? ORDER BY date, id",
          {partnership_id_}));
  std::vector<domain::StoredCalendarAdjustment> adjustments;
  adjustments.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto adjustment, AdjustmentFromRow(row));
    adjustments.push_back(std::move(adjustment));
  }
  return adjustments;
}

core::Result<domain::StoredCalendarAdjustment> SqlCalendarRepository::AddAdjustment(
    const domain::CalendarAdjustment& adjustment, std::optional<domain::UserId> created_by) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO calendar_adjustments"
                        " (partnership_id, date, non_working, reason, created_at, created_by)"
                        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (partnership_id, date) DO NOTHING"
                        " RETURNING date, non_working, reason, created_at, created_by",
                        {partnership_id_, domain::FormatCivilDate(adjustment.date),
                         sql::Bool(adjustment.non_working), adjustment.reason,
                         sql::InstantValue(clock_.Now()), sql::OptionalInt64(created_by)}));
  if (rows.empty()) {
    return core::Error::Conflict("That date already has a change: remove it first.", "date");
  }
  return AdjustmentFromRow(rows.rows.front());
}

core::Status SqlCalendarRepository::RemoveAdjustment(domain::CivilDate date) {
  ASSURE_ASSIGN_OR_RETURN(
      auto removed,
      connection_.Execute("DELETE FROM calendar_adjustments WHERE partnership_id = ? AND date = ?",
                          {partnership_id_, domain::FormatCivilDate(date)}));
  if (removed == 0) return NoSuch("calendar change");
  return core::Ok();
}

core::Result<std::vector<domain::DeadlineRuleOverride>> SqlCalendarRepository::ListRuleOverrides() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT code, version, amount, effective_from, changed_at, changed_by"
                        " FROM deadline_rule_overrides"
                        " WHERE partnership_id = ? ORDER BY code COLLATE \"C\", version",
                        {partnership_id_}));
  std::vector<domain::DeadlineRuleOverride> overrides;
  overrides.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto rule, OverrideFromRow(row));
    overrides.push_back(std::move(rule));
  }
  return overrides;
}

core::Result<domain::DeadlineRuleOverride> SqlCalendarRepository::PutRuleOverride(
    const std::string& code, int amount, domain::CivilDate effective_from,
    std::optional<domain::UserId> changed_by) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO deadline_rule_overrides"
          " (partnership_id, code, version, amount, effective_from, changed_at, changed_by)"
          " SELECT CAST(? AS BIGINT), CAST(? AS TEXT), COALESCE(MAX(version), 1) + 1,"
          " CAST(? AS INTEGER), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT)"
          " FROM deadline_rule_overrides WHERE partnership_id = ? AND code = ?"
          " ON CONFLICT (partnership_id, code, version) DO NOTHING"
          " RETURNING code, version, amount, effective_from, changed_at, changed_by",
          {partnership_id_, code, std::int64_t{amount}, domain::FormatCivilDate(effective_from),
           sql::InstantValue(clock_.Now()), sql::OptionalInt64(changed_by), partnership_id_,
           code}));
  if (rows.empty()) {
    return core::Error::Conflict(
        "Someone else changed this rule at the same moment: look at it again.");
  }
  return OverrideFromRow(rows.rows.front());
}

}  // namespace assure::storage
