// SqlMembershipRepository: domain::MembershipRepository over the memberships table (joined to
// users for members), for ONE partnership.
//
// The partnership is fixed when the repository is made, and every statement carries
// `partnership_id = ?` with it: another partnership's memberships, and users who hold none here,
// are invisible (kNotFound). An agency must be one of this partnership's: the repository checks,
// and the composite foreign key (partnership_id, agency_id) -> agencies refuses it regardless;
// either way it is kInvalidInput with field "agency". Works on the Connection of one transaction;
// borrows the connection and the clock; not thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/identity/user_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlMembershipRepository final : public domain::MembershipRepository {
 public:
  SqlMembershipRepository(sql::Connection& connection, const core::Clock& clock,
                          domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<domain::Membership> Add(const domain::Membership& membership) override;
  core::Result<domain::Membership> Get(domain::MembershipId id) override;
  core::Result<std::vector<domain::Membership>> ForUser(domain::UserId user_id) override;
  core::Result<std::vector<domain::Member>> ListMembers() override;
  core::Result<domain::User> GetMemberUser(domain::UserId user_id) override;
  core::Result<domain::Membership> Update(const domain::Membership& membership) override;
  core::Status Remove(domain::MembershipId id, domain::Version version) override;

 private:
  // Validates, and checks that the agency (if any) is this partnership's.
  core::Status Check(const domain::Membership& membership);

  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
