// SqlLibraryRepository: domain::LibraryRepository over the briefing_feedback table (migration
// 0017) and the count of published briefings, for ONE partnership.
//
// Every statement carries `partnership_id = ?`: feedback on another partnership's briefing is
// kNotFound, and the composite foreign key (partnership_id, briefing_id) -> briefings keeps each
// row in its briefing's partnership. Works on the Connection of one transaction; borrows it; not
// thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/learning/library_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlLibraryRepository final : public domain::LibraryRepository {
 public:
  SqlLibraryRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<std::int64_t> CountPublished() override;
  core::Result<domain::FeedbackId> AddFeedback(const domain::BriefingFeedback& feedback) override;
  core::Result<std::vector<domain::BriefingFeedback>> Feedback(
      domain::BriefingId briefing_id) override;

 private:
  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
