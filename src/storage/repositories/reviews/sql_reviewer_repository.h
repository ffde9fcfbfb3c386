// SqlReviewerRepository: domain::ReviewerRepository over the reviewers register (reviewers, with
// their declared interests in reviewer_interests), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's reviewers are kNotFound.
// Interests must name agencies of the partnership (kInvalidInput "interests"); an account
// (user_id) belongs to at most one reviewer of a partnership (kConflict "user_id"). Works on the
// Connection of one transaction; borrows the connection and the clock; not thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/reviews/cases/case_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlReviewerRepository final : public domain::ReviewerRepository {
 public:
  SqlReviewerRepository(sql::Connection& connection, const core::Clock& clock,
                        domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<domain::Reviewer> Create(const domain::Reviewer& reviewer) override;
  core::Result<domain::Reviewer> Get(domain::ReviewerId id) override;
  core::Result<std::vector<domain::Reviewer>> List() override;
  core::Result<std::optional<domain::Reviewer>> FindByUser(domain::UserId user_id) override;
  core::Result<domain::Reviewer> Update(const domain::Reviewer& reviewer) override;

 private:
  // Checks what storage must: the name, the note, the account and the agencies.
  core::Status Check(const domain::Reviewer& reviewer);
  core::Status ReplaceInterests(domain::ReviewerId id,
                                const std::vector<domain::AgencyId>& agencies);
  // The reviewers of `rows` (kReviewerColumns) with their interests.
  core::Result<std::vector<domain::Reviewer>> Complete(const sql::Rows& rows);

  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
