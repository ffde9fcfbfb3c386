#include "storage/repositories/identity/sql_membership_repository.h"

#include <utility>

#include "storage/repositories/identity/identity_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

core::Error NotThisPartnershipsAgency() {
  return core::Error::InvalidInput("agency", "Choose one of this partnership's agencies.");
}

// The database's own refusals, in the words of the form: the composite foreign key and the CHECK
// on agency_id name "agency_id"; the unique key (partnership_id, user_id, role) names "role".
core::Error InFormTerms(core::Error error) {
  if (error.code == core::ErrorCode::kInvalidInput && error.field == "agency_id") {
    return NotThisPartnershipsAgency();
  }
  if (error.code == core::ErrorCode::kConflict && error.field == "role") {
    error.message = "This person already has this role in this partnership.";
  }
  return error;
}

core::Result<std::vector<domain::Membership>> Memberships(const sql::Rows& rows) {
  std::vector<domain::Membership> memberships;
  memberships.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto membership, MembershipFromRow(row));
    memberships.push_back(membership);
  }
  return memberships;
}

}  // namespace

core::Status SqlMembershipRepository::Check(const domain::Membership& membership) {
  ASSURE_TRY(domain::ValidateMembership(membership));
  if (!membership.agency_id) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT 1 FROM agencies WHERE partnership_id = ? AND id = ?",
                                   {partnership_id_, *membership.agency_id}));
  if (rows.empty()) return NotThisPartnershipsAgency();
  return core::Ok();
}

core::Result<domain::Membership> SqlMembershipRepository::Add(
    const domain::Membership& membership) {
  ASSURE_TRY(Check(membership));
  auto rows = connection_.Query(
      "INSERT INTO memberships (partnership_id, user_id, role, agency_id, version, created_at)"
      " VALUES (?, ?, ?, ?, 1, ?)"
      " RETURNING id, partnership_id, user_id, role, agency_id, version",
      {partnership_id_, membership.user_id, sql::Text(domain::RoleName(membership.role)),
       sql::OptionalInt64(membership.agency_id), sql::InstantValue(clock_.Now())});
  if (!rows.ok()) return InFormTerms(rows.error());
  return MembershipFromRow(rows->rows.front());
}

core::Result<domain::Membership> SqlMembershipRepository::Get(domain::MembershipId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT id, partnership_id, user_id, role, agency_id, version FROM memberships"
                     " WHERE partnership_id = ? AND id = ?",
                     {partnership_id_, id}));
  if (rows.empty()) return NoSuch("membership");
  return MembershipFromRow(rows.rows.front());
}

core::Result<std::vector<domain::Membership>> SqlMembershipRepository::ForUser(
    domain::UserId user_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT id, partnership_id, user_id, role, agency_id, version FROM memberships"
                     " WHERE partnership_id = ? AND user_id = ? ORDER BY id",
                     {partnership_id_, user_id}));
  return Memberships(rows);
}

core::Result<std::vector<domain::Member>> SqlMembershipRepository::ListMembers() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT m.id, m.partnership_id, m.user_id, m.role, m.agency_id, m.version,"
                     " u.id, u.email, u.display_name, u.password_hash, u.disabled, u.totp_secret,"
                     " u.totp_last_step, u.locked_until, u.version"
                     " FROM memberships m JOIN users u ON u.id = m.user_id"
                     " WHERE m.partnership_id = ?"
                     " ORDER BY lower(u.display_name) COLLATE \"C\", u.id, m.id",
                     {partnership_id_}));
  std::vector<domain::Member> members;
  members.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto membership, MembershipFromRow(row));
    ASSURE_ASSIGN_OR_RETURN(auto user, UserFromRow(row, kMembershipColumnCount));
    members.push_back({membership, std::move(user)});
  }
  return members;
}

core::Result<domain::User> SqlMembershipRepository::GetMemberUser(domain::UserId user_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT u.id, u.email, u.display_name, u.password_hash, u.disabled, u.totp_secret,"
          " u.totp_last_step, u.locked_until, u.version FROM users u"
          " WHERE u.id = ? AND EXISTS (SELECT 1 FROM memberships m"
          " WHERE m.partnership_id = ? AND m.user_id = u.id)",
          {user_id, partnership_id_}));
  if (rows.empty()) return NoSuch("user");
  return UserFromRow(rows.rows.front());
}

core::Result<domain::Membership> SqlMembershipRepository::Update(
    const domain::Membership& membership) {
  ASSURE_TRY(Check(membership));
  auto row = UpdateVersioned(
      connection_,
      {"memberships", "membership", partnership_id_, membership.id, membership.version},
      "role = ?, agency_id = ?",
      {sql::Text(domain::RoleName(membership.role)), sql::OptionalInt64(membership.agency_id)},
      "id, partnership_id, user_id, role, agency_id, version");
  if (!row.ok()) return InFormTerms(row.error());
  return MembershipFromRow(*row);
}

core::Status SqlMembershipRepository::Remove(domain::MembershipId id, domain::Version version) {
  return DeleteVersioned(connection_, {"memberships", "membership", partnership_id_, id, version});
}

}  // namespace assure::storage
