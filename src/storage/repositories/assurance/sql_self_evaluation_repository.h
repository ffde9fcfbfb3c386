// SqlSelfEvaluationRepository: domain::SelfEvaluationRepository over self_evaluation_rounds,
// self_evaluation_returns, self_evaluation_answers, self_evaluation_evidence and
// self_evaluation_challenges (migration 0020), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's record is kNotFound. Rounds
// and returns are versioned (a stale version is kConflict and changes nothing); a return's answers
// are read for many returns with one query. Works on the Connection of one transaction; borrows
// it; not thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/assurance/assurance_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlSelfEvaluationRepository final : public domain::SelfEvaluationRepository {
 public:
  SqlSelfEvaluationRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::Round> CreateRound(const domain::Round& round,
                                          const std::vector<domain::Standard>& standards,
                                          core::Instant at) override;
  core::Result<domain::Round> GetRound(domain::RoundId id) override;
  core::Result<std::vector<domain::Round>> ListRounds() override;
  core::Result<domain::Round> UpdateRound(const domain::Round& round) override;

  core::Result<domain::Return> GetReturn(domain::RoundId round, domain::AgencyId agency) override;
  core::Result<std::vector<domain::Return>> Returns(std::optional<domain::RoundId> round) override;
  core::Result<std::vector<domain::Return>> ReturnsOfAgency(domain::AgencyId agency) override;
  core::Result<domain::Return> UpdateReturn(const domain::Return& ret) override;

  core::Result<domain::ReturnEvidence> AddEvidence(const domain::ReturnEvidence& file) override;
  core::Result<std::vector<domain::ReturnEvidence>> Evidence(domain::ReturnId ret) override;

  core::Result<domain::Challenge> AddChallenge(const domain::Challenge& challenge) override;
  core::Result<std::vector<domain::Challenge>> Challenges(domain::ReturnId ret) override;
  core::Status UpdateChallenge(const domain::Challenge& challenge) override;

 private:
  core::Result<std::vector<domain::Round>> QueryRounds(const std::string& where,
                                                       std::vector<sql::Value> values);
  core::Result<std::vector<domain::Return>> QueryReturns(const std::string& where,
                                                         std::vector<sql::Value> values);

  sql::Connection& connection_;
  domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
