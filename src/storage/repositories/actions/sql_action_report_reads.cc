// The batch reads reports make of the action plan repositories (action_repository.h: the board
// report, domain/actions/board_report.h): every update mark up to a date, whole updates and
// evidence files by id, the cases sources name, and the review entries of a period. Each is one
// query over the partnership's rows (an id list is sent in chunks of kChunk ids, so that a
// partnership with thousands of actions stays far below either engine's parameter limit), never
// one query per action. Every statement carries `partnership_id = ?`.
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "storage/repositories/actions/action_rows.h"
#include "storage/repositories/actions/sql_action_repository.h"
#include "storage/repositories/actions/sql_review_round_repository.h"
#include "storage/repositories/reviews/case_rows.h"

namespace assure::storage {
namespace {

constexpr std::size_t kChunk = 512;

// Runs `query(list, values)` for each chunk of `ids` (sorted, without repeats), where `list` is
// the chunk's "(?, ...)" and `values` starts with `partnership_id`; appends what each returns.
template <typename Record, typename Query>
core::Result<std::vector<Record>> InChunks(domain::PartnershipId partnership_id,
                                           std::span<const std::int64_t> ids, Query query) {
  std::vector<Record> found;
  const std::vector<std::int64_t> sorted =
      SortedUnique(std::vector<std::int64_t>(ids.begin(), ids.end()));
  for (std::size_t start = 0; start < sorted.size(); start += kChunk) {
    const std::size_t size = std::min(kChunk, sorted.size() - start);
    std::vector<sql::Value> values{partnership_id};
    const std::string list =
        AppendIdList(std::span<const std::int64_t>(sorted).subspan(start, size), values);
    ASSURE_ASSIGN_OR_RETURN(auto part, query(list, std::move(values)));
    found.insert(found.end(), std::make_move_iterator(part.begin()),
                 std::make_move_iterator(part.end()));
  }
  return found;
}

core::Result<domain::UpdateMark> UpdateMarkFromRow(const sql::Row& row) {
  domain::UpdateMark mark;
  mark.id = row.Int64(0);
  mark.action_id = row.Int64(1);
  ASSURE_ASSIGN_OR_RETURN(auto on, DateAt(row, 2, "action_updates.update_on"));
  mark.on = on;
  ASSURE_ASSIGN_OR_RETURN(auto status, EnumAt<domain::ActionStatus>(row, 3, "action_updates.status",
                                                                    domain::ParseActionStatus));
  mark.status = status;
  ASSURE_ASSIGN_OR_RETURN(auto rag,
                          EnumAt<domain::Rag>(row, 4, "action_updates.rag", domain::ParseRag));
  mark.rag = rag;
  mark.has_evidence = row.Int64(5) != 0;
  return mark;
}

}  // namespace

core::Result<std::vector<domain::UpdateMark>> SqlActionRepository::UpdateMarks(
    domain::CivilDate on) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT u.id, u.action_id, u.update_on, u.status, u.rag,"
          " CASE WHEN u.evidence <> '' OR EXISTS (SELECT 1 FROM evidence_files f"
          " WHERE f.partnership_id = u.partnership_id AND f.update_id = u.id) THEN 1 ELSE 0 END"
          " FROM action_updates u WHERE u.partnership_id = ? AND u.update_on <= ?"
          " ORDER BY u.action_id, u.update_on, u.id",
          {partnership_id_, DateValue(on)}));
  return DecodeRows<domain::UpdateMark>(rows, UpdateMarkFromRow);
}

core::Result<std::vector<domain::ActionUpdate>> SqlActionRepository::UpdatesByIds(
    std::span<const domain::ActionUpdateId> ids) {
  ASSURE_ASSIGN_OR_RETURN(
      auto found,
      InChunks<domain::ActionUpdate>(
          partnership_id_, ids,
          [&](const std::string& list,
              std::vector<sql::Value> values) -> core::Result<std::vector<domain::ActionUpdate>> {
            ASSURE_ASSIGN_OR_RETURN(
                auto rows, connection_.Query("SELECT " + std::string{kActionUpdateColumns} +
                                                 " FROM action_updates WHERE partnership_id = ?"
                                                 " AND id IN " +
                                                 list,
                                             values));
            return DecodeRows<domain::ActionUpdate>(rows, ActionUpdateFromRow);
          }));
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return found;
}

core::Result<std::vector<domain::EvidenceFile>> SqlActionRepository::EvidenceFilesOf(
    std::span<const domain::ActionUpdateId> update_ids) {
  ASSURE_ASSIGN_OR_RETURN(
      auto found,
      InChunks<domain::EvidenceFile>(
          partnership_id_, update_ids,
          [&](const std::string& list,
              std::vector<sql::Value> values) -> core::Result<std::vector<domain::EvidenceFile>> {
            ASSURE_ASSIGN_OR_RETURN(
                auto rows, connection_.Query("SELECT " + std::string{kEvidenceFileColumns} +
                                                 " FROM evidence_files WHERE partnership_id = ?"
                                                 " AND update_id IN " +
                                                 list,
                                             values));
            return DecodeRows<domain::EvidenceFile>(rows, EvidenceFileFromRow);
          }));
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return std::tie(a.update_id, a.uploaded_at, a.id) < std::tie(b.update_id, b.uploaded_at, b.id);
  });
  return found;
}

core::Result<std::vector<domain::SourceCase>> SqlActionRepository::SourceCases(
    std::span<const domain::CaseId> ids) {
  ASSURE_ASSIGN_OR_RETURN(
      auto found,
      InChunks<domain::SourceCase>(
          partnership_id_, ids,
          [&](const std::string& list,
              std::vector<sql::Value> values) -> core::Result<std::vector<domain::SourceCase>> {
            ASSURE_ASSIGN_OR_RETURN(
                auto rows,
                connection_.Query(
                    "SELECT c.id, c.reference, f.kind FROM cases c LEFT JOIN full_reviews f"
                    " ON f.partnership_id = c.partnership_id AND f.case_id = c.id"
                    " WHERE c.partnership_id = ? AND c.id IN " +
                        list,
                    values));
            std::vector<domain::SourceCase> cases;
            cases.reserve(rows.size());
            for (const sql::Row& row : rows) {
              domain::SourceCase source{row.Int64(0), row.Text(1), std::nullopt};
              if (!row.IsNull(2)) {
                ASSURE_ASSIGN_OR_RETURN(
                    auto kind, EnumAt<domain::FullReviewKind>(row, 2, "full_reviews.kind",
                                                              domain::ParseFullReviewKind));
                source.review_kind = kind;
              }
              cases.push_back(std::move(source));
            }
            return cases;
          }));
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return found;
}

core::Result<std::vector<domain::ReviewEntry>> SqlReviewRoundRepository::EntriesReviewedBetween(
    domain::CivilDate from, domain::CivilDate to) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kReviewEntryColumns} +
                                                " FROM review_entries e WHERE e.partnership_id = ?"
                                                " AND e.reviewed_on >= ? AND e.reviewed_on <= ?"
                                                " ORDER BY e.action_id, e.reviewed_on, e.id",
                                            {partnership_id_, DateValue(from), DateValue(to)}));
  return DecodeRows<domain::ReviewEntry>(rows, ReviewEntryFromRow);
}

}  // namespace assure::storage
