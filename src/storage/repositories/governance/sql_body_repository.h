// SqlBodyRepository: domain::BodyRepository over bodies, body_terms and body_members (migration
// 0025), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's body or member is
// kNotFound, and so is a parent, chair or vice-chair that is not a body of the partnership or a
// member of this body. A taken name is kConflict (field "name"). Bodies are versioned (a stale
// version is kConflict and changes nothing); terms and members do not move the body's version.
// Terms are append-only, numbered 1, 2, ... per body (two saves at the same moment: the second
// is kConflict). Reading bodies takes three queries however many there are (bodies, latest
// terms, members). Works on the Connection of one transaction; borrows it; not thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/governance/body_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlBodyRepository final : public domain::BodyRepository {
 public:
  SqlBodyRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::Body> Create(const domain::BodyContent& content) override;
  core::Result<domain::Body> Get(domain::BodyId id) override;
  core::Result<std::vector<domain::Body>> List() override;
  core::Result<domain::Body> Update(domain::BodyId id, domain::Version version,
                                    const domain::BodyContent& content) override;

  core::Result<domain::TermsOfReference> AddTerms(domain::BodyId body,
                                                  const domain::TermsOfReference& terms) override;
  core::Result<std::vector<domain::TermsOfReference>> TermsHistory(domain::BodyId body) override;

  core::Result<domain::BodyMember> AddMember(const domain::BodyMember& member) override;
  core::Result<domain::BodyMember> UpdateMember(const domain::BodyMember& member) override;

 private:
  core::Result<std::vector<domain::Body>> Query(const std::string& where,
                                                std::vector<sql::Value> values);
  // kNotFound unless the parent is a body of the partnership and the chair and vice-chair are
  // members of `body` (nullopt: a body not stored yet, which has no members).
  core::Status CheckReferences(std::optional<domain::BodyId> body,
                               const domain::BodyContent& content);

  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
