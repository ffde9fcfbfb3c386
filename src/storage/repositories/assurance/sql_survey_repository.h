// SqlSurveyRepository: domain::SurveyRepository over surveys, survey_agencies, survey_responses
// and survey_answers (migration 0022), for ONE partnership; SqlSurveyLinkDirectory: the token
// look-up over survey_agencies, for no partnership.
//
// Every statement of the repository carries `partnership_id = ?`: another partnership's survey is
// kNotFound. A survey's sections are one JSON document (survey_rows.h). Surveys are versioned (a
// stale version is kConflict and changes nothing). Counting is GROUP BY over the covering index
// survey_answers_count. Works on the Connection of one transaction; borrows it; not thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/assurance/survey/survey_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlSurveyRepository final : public domain::SurveyRepository {
 public:
  SqlSurveyRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::Survey> Create(const domain::Survey& survey) override;
  core::Result<domain::Survey> Get(domain::SurveyId id) override;
  core::Result<std::vector<domain::Survey>> List() override;
  core::Result<domain::Survey> Update(const domain::Survey& survey) override;

  core::Status AddResponse(std::int64_t response_id,
                           const domain::SurveyResponse& response) override;
  core::Result<std::vector<domain::RespondentCount>> Respondents(domain::SurveyId survey) override;
  core::Result<std::vector<domain::ChoiceCount>> ChoiceCounts(domain::SurveyId survey) override;
  core::Result<std::vector<domain::FreeTextAnswer>> FreeText(domain::SurveyId survey) override;
  core::Result<std::vector<std::pair<domain::SurveyId, domain::RespondentCount>>> AllRespondents()
      override;

 private:
  core::Result<std::vector<domain::Survey>> Query(const std::string& where,
                                                  std::vector<sql::Value> values);
  core::Status StoreAgencies(const domain::Survey& survey);

  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

class SqlSurveyLinkDirectory final : public domain::SurveyLinkDirectory {
 public:
  explicit SqlSurveyLinkDirectory(sql::Connection& connection) : connection_(connection) {}
  core::Result<std::optional<domain::SurveyLinkTarget>> Find(std::string_view token) override;

 private:
  sql::Connection& connection_;
};

}  // namespace assure::storage
