#include "storage/repositories/actions/sql_review_round_repository.h"

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

constexpr std::size_t kMaxNote = 4000;

core::Status ValidateQuarter(const domain::Quarter& quarter) {
  if (quarter.number < 1 || quarter.number > 4 || quarter.year < 1900 || quarter.year > 2199) {
    return core::Error::InvalidInput("quarter", "Choose a quarter (1 to 4) of a financial year.");
  }
  return core::Ok();
}

}  // namespace

core::Result<domain::ReviewRound> SqlReviewRoundRepository::Open(
    const domain::ReviewRound& round, std::span<const domain::ActionId> open_actions) {
  ASSURE_TRY(ValidateQuarter(round.quarter));
  ASSURE_TRY(ExpectUser(connection_, "opened_by", round.opened_by));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO review_rounds (partnership_id, quarter_year, quarter_number, opened_on,"
          " opened_by, version, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)"
          " ON CONFLICT (partnership_id, quarter_year, quarter_number) DO NOTHING RETURNING id",
          {partnership_id_, std::int64_t{round.quarter.year}, std::int64_t{round.quarter.number},
           DateValue(round.opened_on), sql::OptionalInt64(round.opened_by),
           sql::InstantValue(clock_.Now())}));
  if (rows.empty()) {
    return core::Error::Conflict("There is already a review round for this quarter.", "quarter");
  }
  const domain::ReviewRoundId id = rows.rows.front().Int64(0);
  const std::vector<std::int64_t> actions =
      SortedUnique(std::vector<std::int64_t>(open_actions.begin(), open_actions.end()));
  if (!actions.empty()) {
    // One statement for every entry; it inserts only the partnership's actions, so a count short
    // of the list means an id that is not one of them.
    std::vector<sql::Value> values{id, partnership_id_};
    const std::string list = AppendIdList(actions, values);
    ASSURE_ASSIGN_OR_RETURN(
        auto inserted,
        connection_.Execute(
            "INSERT INTO review_entries (partnership_id, round_id, action_id, note, version)"
            " SELECT partnership_id, CAST(? AS BIGINT), id, '', 1 FROM actions"
            " WHERE partnership_id = ? AND id IN " +
                list,
            values));
    if (inserted != static_cast<std::int64_t>(actions.size())) {
      return core::Error::InvalidInput("actions", "Choose actions of this partnership.");
    }
  }
  return Get(id);
}

core::Result<domain::ReviewRound> SqlReviewRoundRepository::Get(domain::ReviewRoundId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kReviewRoundColumns} +
                                       " FROM review_rounds WHERE partnership_id = ? AND id = ?",
                                   {partnership_id_, id}));
  if (rows.empty()) return NoSuch("review round");
  return ReviewRoundFromRow(rows.rows.front());
}

core::Result<std::optional<domain::ReviewRound>> SqlReviewRoundRepository::ForQuarter(
    const domain::Quarter& quarter) {
  ASSURE_TRY(ValidateQuarter(quarter));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT " + std::string{kReviewRoundColumns} +
                         " FROM review_rounds WHERE partnership_id = ? AND quarter_year = ?"
                         " AND quarter_number = ?",
                     {partnership_id_, std::int64_t{quarter.year}, std::int64_t{quarter.number}}));
  if (rows.empty()) return std::optional<domain::ReviewRound>{};
  ASSURE_ASSIGN_OR_RETURN(auto round, ReviewRoundFromRow(rows.rows.front()));
  return std::optional<domain::ReviewRound>{std::move(round)};
}

core::Result<std::vector<domain::ReviewRound>> SqlReviewRoundRepository::List() {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kReviewRoundColumns} +
                                                " FROM review_rounds WHERE partnership_id = ?"
                                                " ORDER BY quarter_year DESC, quarter_number DESC",
                                            {partnership_id_}));
  return DecodeRows<domain::ReviewRound>(rows, ReviewRoundFromRow);
}

core::Result<domain::ReviewRound> SqlReviewRoundRepository::Update(
    const domain::ReviewRound& round) {
  ASSURE_ASSIGN_OR_RETURN(
      auto updated,
      UpdateVersioned(connection_,
                      {"review_rounds", "review round", partnership_id_, round.id, round.version},
                      "closed_on = ?", {OptionalDateValue(round.closed_on)}, kReviewRoundColumns));
  return ReviewRoundFromRow(updated);
}

core::Result<std::vector<domain::ReviewEntry>> SqlReviewRoundRepository::Entries(
    domain::ReviewRoundId id) {
  ASSURE_TRY(ExpectRecord(connection_, "review_rounds", "review round", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kReviewEntryColumns} +
                                                " FROM review_entries e WHERE e.partnership_id = ?"
                                                " AND e.round_id = ? ORDER BY e.action_id",
                                            {partnership_id_, id}));
  return DecodeRows<domain::ReviewEntry>(rows, ReviewEntryFromRow);
}

core::Result<domain::ReviewEntry> SqlReviewRoundRepository::GetEntry(domain::ReviewEntryId id) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kReviewEntryColumns} +
                                                " FROM review_entries e WHERE e.partnership_id = ?"
                                                " AND e.id = ?",
                                            {partnership_id_, id}));
  if (rows.empty()) return NoSuch("review entry");
  return ReviewEntryFromRow(rows.rows.front());
}

core::Result<std::vector<domain::ReviewEntry>> SqlReviewRoundRepository::EntriesOf(
    domain::ActionId id) {
  ASSURE_TRY(ExpectRecord(connection_, "actions", "action", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT " + std::string{kReviewEntryColumns} +
                            " FROM review_entries e JOIN review_rounds r"
                            " ON r.partnership_id = e.partnership_id AND r.id = e.round_id"
                            " WHERE e.partnership_id = ? AND e.action_id = ?"
                            " ORDER BY r.quarter_year, r.quarter_number, e.id",
                        {partnership_id_, id}));
  return DecodeRows<domain::ReviewEntry>(rows, ReviewEntryFromRow);
}

core::Result<domain::ReviewEntry> SqlReviewRoundRepository::UpdateEntry(
    const domain::ReviewEntry& entry) {
  ASSURE_TRY(domain::ValidateLongText("note", entry.note, kMaxNote, false));
  const bool extends = entry.outcome == domain::ReviewOutcome::kExtend;
  if (extends != entry.new_due_on.has_value()) {
    return core::Error::InvalidInput("new_due_on",
                                     "Give a new due date when, and only when, extending.");
  }
  ASSURE_TRY(ExpectUser(connection_, "reviewed_by", entry.reviewed_by));
  sql::Value outcome = nullptr;
  if (entry.outcome) outcome = sql::Text(domain::ReviewOutcomeName(*entry.outcome));
  ASSURE_TRY(UpdateVersioned(
      connection_, {"review_entries", "review entry", partnership_id_, entry.id, entry.version},
      "outcome = ?, reviewed_by = ?, reviewed_on = ?, new_due_on = ?, note = ?",
      {outcome, sql::OptionalInt64(entry.reviewed_by), OptionalDateValue(entry.reviewed_on),
       OptionalDateValue(entry.new_due_on), entry.note},
      "id"));
  return GetEntry(entry.id);
}

}  // namespace assure::storage
