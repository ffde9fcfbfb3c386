// SqlActionRepository: domain::ActionRepository over the actions, action_sources,
// action_updates and evidence_files tables, for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's actions, updates and files
// are kNotFound, and an owner agency, lead or source of another partnership is kInvalidInput
// naming the field (owner_agency_id, lead_user_id, sources). Update is versioned (a stale
// version is kConflict and changes nothing) and counts a move of due_on in due_date_changes.
// Progress updates are append-only history; their recorded_at, like an evidence file's
// uploaded_at, is the caller's. A list reads its page's sources with one query. Works on the
// Connection of one transaction; borrows the connection and the clock; not thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/actions/action_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlActionRepository final : public domain::ActionRepository {
 public:
  SqlActionRepository(sql::Connection& connection, const core::Clock& clock,
                      domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<domain::PlanAction> Create(const domain::NewAction& draft) override;
  core::Result<domain::PlanAction> Get(domain::ActionId id) override;
  core::Result<domain::ActionPage> List(const domain::ActionQuery& query) override;
  core::Result<domain::PlanAction> Update(const domain::PlanAction& action) override;
  core::Result<domain::ActionUpdate> AddUpdate(const domain::ActionUpdate& update) override;
  core::Result<std::vector<domain::ActionUpdate>> Updates(domain::ActionId id) override;
  core::Result<domain::EvidenceFile> AddEvidenceFile(const domain::EvidenceFile& file) override;
  core::Result<std::vector<domain::EvidenceFile>> EvidenceFiles(
      domain::ActionUpdateId update_id) override;
  core::Result<std::vector<domain::PlanAction>> ForRecommendation(
      domain::RecommendationId id) override;
  core::Result<std::vector<domain::PlanAction>> ForSource(domain::SourceKind kind,
                                                          std::int64_t ref_id) override;
  core::Result<std::vector<domain::RecommendationSummary>> Recommendations(
      std::span<const domain::RecommendationId> ids) override;
  // Report batch reads: sql_action_report_reads.cc.
  core::Result<std::vector<domain::UpdateMark>> UpdateMarks(domain::CivilDate on) override;
  core::Result<std::vector<domain::ActionUpdate>> UpdatesByIds(
      std::span<const domain::ActionUpdateId> ids) override;
  core::Result<std::vector<domain::EvidenceFile>> EvidenceFilesOf(
      std::span<const domain::ActionUpdateId> update_ids) override;
  core::Result<std::vector<domain::SourceCase>> SourceCases(
      std::span<const domain::CaseId> ids) override;

 private:
  core::Status CheckOwner(domain::AgencyId agency_id);
  // The actions of `rows` (kActionColumns) with their sources.
  core::Result<std::vector<domain::PlanAction>> Complete(const sql::Rows& rows);

  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
