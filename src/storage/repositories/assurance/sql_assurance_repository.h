// SqlAssuranceRepository: domain::AssuranceRepository over assurance_activities, their themes,
// agencies and links, standards_frameworks and standards (migration 0020), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's record is kNotFound.
// Activities are versioned (a stale version is kConflict and changes nothing); their themes,
// agencies and links are replaced whole on each write and read for a list with one query each.
// A framework version is written once, never changed. Works on the Connection of one
// transaction; borrows it; not thread-safe.
#pragma once

#include <vector>

#include "core/clock.h"
#include "domain/assurance/assurance_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlAssuranceRepository final : public domain::AssuranceRepository {
 public:
  SqlAssuranceRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::Activity> CreateActivity(const domain::Activity& activity) override;
  core::Result<domain::Activity> GetActivity(domain::ActivityId id) override;
  core::Result<std::vector<domain::Activity>> ListActivities(
      const domain::ActivityQuery& query) override;
  core::Result<domain::Activity> UpdateActivity(const domain::Activity& activity) override;

  core::Result<domain::StandardsFramework> CreateFramework(
      const domain::StandardsFramework& framework) override;
  core::Result<domain::StandardsFramework> GetFramework(domain::FrameworkId id) override;
  core::Result<std::vector<domain::StandardsFramework>> ListFrameworks() override;

 private:
  core::Status ReplaceParts(domain::ActivityId id, const domain::ActivityContent& content);
  core::Status LoadParts(std::vector<domain::Activity>& activities);
  core::Status LoadStandards(std::vector<domain::StandardsFramework>& frameworks);

  sql::Connection& connection_;
  domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
