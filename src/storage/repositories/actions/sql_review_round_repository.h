// SqlReviewRoundRepository: domain::ReviewRoundRepository over the review_rounds and
// review_entries tables, for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's rounds, entries and actions
// are kNotFound (or kInvalidInput "actions" when Open names them). Open inserts the round (closed
// on NULL) and an empty entry for each action with two statements, in the caller's transaction;
// a second round for the same quarter is kConflict ("quarter"), also when two managers open it
// at once. Update and UpdateEntry are versioned: a stale version is kConflict and changes
// nothing. Works on the Connection of one transaction; borrows the connection and the clock; not
// thread-safe.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/clock.h"
#include "domain/actions/action_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlReviewRoundRepository final : public domain::ReviewRoundRepository {
 public:
  SqlReviewRoundRepository(sql::Connection& connection, const core::Clock& clock,
                           domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<domain::ReviewRound> Open(const domain::ReviewRound& round,
                                         std::span<const domain::ActionId> open_actions) override;
  core::Result<domain::ReviewRound> Get(domain::ReviewRoundId id) override;
  core::Result<std::optional<domain::ReviewRound>> ForQuarter(
      const domain::Quarter& quarter) override;
  core::Result<std::vector<domain::ReviewRound>> List() override;
  core::Result<domain::ReviewRound> Update(const domain::ReviewRound& round) override;
  core::Result<std::vector<domain::ReviewEntry>> Entries(domain::ReviewRoundId id) override;
  core::Result<domain::ReviewEntry> GetEntry(domain::ReviewEntryId id) override;
  core::Result<std::vector<domain::ReviewEntry>> EntriesOf(domain::ActionId id) override;
  core::Result<domain::ReviewEntry> UpdateEntry(const domain::ReviewEntry& entry) override;
  core::Result<std::vector<domain::ReviewEntry>> EntriesReviewedBetween(
      domain::CivilDate from, domain::CivilDate to) override;

 private:
  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
