// SqlBriefingRepository: domain::BriefingRepository over the briefings, briefing_themes,
// briefing_links, briefing_versions, briefing_hit_acceptances and sensitive_places tables
// (migration 0016) and briefing_disseminations (0019), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's briefing is kNotFound.
// Create and Update write the briefing, its themes and links (replaced whole) and, for a save,
// its new saved version, in the caller's transaction. Update is versioned: a stale version is
// kConflict and changes nothing. A list reads its briefings' themes and links with one query
// each, whatever their number. Works on the Connection of one transaction; borrows it; not
// thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/learning/briefing_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlBriefingRepository final : public domain::BriefingRepository {
 public:
  SqlBriefingRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::Briefing> Create(const domain::Briefing& briefing) override;
  core::Result<domain::Briefing> Get(domain::BriefingId id) override;
  core::Result<std::vector<domain::Briefing>> List(const domain::BriefingQuery& query) override;
  core::Result<domain::Briefing> Update(const domain::Briefing& briefing,
                                        std::optional<domain::UserId> saved_by) override;
  core::Result<std::vector<domain::BriefingVersion>> Versions(domain::BriefingId id) override;
  core::Result<std::vector<domain::HitAcceptance>> Acceptances(domain::BriefingId id) override;
  core::Status Accept(const domain::HitAcceptance& acceptance) override;
  core::Result<domain::Dissemination> AddDissemination(
      const domain::Dissemination& record) override;
  core::Result<std::vector<domain::Dissemination>> Disseminations(
      std::optional<domain::BriefingId> id) override;
  core::Result<std::vector<std::string>> SensitivePlaces() override;
  core::Status SetSensitivePlaces(std::span<const std::string> places) override;

 private:
  // Makes the briefing's themes and links those of `content`.
  core::Status ReplaceLinks(domain::BriefingId id, const domain::BriefingContent& content);
  // Fills the themes and links of `briefings` (all of the partnership).
  core::Status LoadLinks(std::vector<domain::Briefing>& briefings);
  core::Status AddVersion(const domain::Briefing& briefing, domain::UserId saved_by);

  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
