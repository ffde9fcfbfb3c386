// SqlInformationRequestRepository: domain::InformationRequestRepository over the
// information_requests and response_files tables, for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's cases, agencies, requests
// and files are kNotFound. A request must name an agency of the partnership (kInvalidInput
// "agency_id" otherwise). Response files are rows of metadata; their bytes are kept elsewhere by
// sha256. Works on the Connection of one transaction; borrows the connection and the clock; not
// thread-safe.
#pragma once

#include <span>

#include "core/clock.h"
#include "domain/reviews/cases/case_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlInformationRequestRepository final : public domain::InformationRequestRepository {
 public:
  SqlInformationRequestRepository(sql::Connection& connection, const core::Clock& clock,
                                  domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<domain::InformationRequest> Create(
      domain::CaseId case_id, const domain::NewInformationRequest& request) override;
  core::Result<domain::InformationRequest> Get(domain::InformationRequestId id) override;
  core::Result<std::vector<domain::InformationRequest>> ForCase(domain::CaseId case_id) override;
  core::Result<std::vector<domain::InformationRequest>> ForCases(
      std::span<const domain::CaseId> ids) override;
  core::Result<std::vector<domain::InformationRequest>> ForAgency(
      domain::AgencyId agency_id) override;
  core::Result<domain::InformationRequest> Update(
      const domain::InformationRequest& request) override;
  core::Result<domain::ResponseFile> AddFile(const domain::ResponseFile& file) override;
  core::Result<std::vector<domain::ResponseFile>> Files(domain::InformationRequestId id) override;

 private:
  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
