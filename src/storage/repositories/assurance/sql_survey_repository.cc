#include "storage/repositories/assurance/sql_survey_repository.h"

#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

using nlohmann::json;

// The sections as stored: [{"title", "questions": [{"kind", "text", "hint", "options",
// "required"}]}].
std::string SectionsDocument(const std::vector<domain::SurveySection>& sections) {
  json document = json::array();
  for (const auto& section : sections) {
    json questions = json::array();
    for (const auto& question : section.questions) {
      questions.push_back({{"kind", domain::QuestionKindName(question.kind)},
                           {"text", question.text},
                           {"hint", question.hint},
                           {"options", question.options},
                           {"required", question.required}});
    }
    document.push_back({{"title", section.title}, {"questions", std::move(questions)}});
  }
  return document.dump();
}

core::Result<std::vector<domain::SurveySection>> SectionsFrom(const std::string& text) {
  const core::Error broken = core::Error::Internal("surveys.sections is not a survey document");
  const json document = json::parse(text, nullptr, false);
  if (!document.is_array()) return broken;
  std::vector<domain::SurveySection> sections;
  try {
    for (const auto& item : document) {
      domain::SurveySection section;
      section.title = item.at("title").get<std::string>();
      for (const auto& q : item.at("questions")) {
        domain::Question question;
        const auto kind = domain::ParseQuestionKind(q.at("kind").get<std::string>());
        if (!kind) return broken;
        question.kind = *kind;
        question.text = q.at("text").get<std::string>();
        question.hint = q.at("hint").get<std::string>();
        question.options = q.at("options").get<std::vector<std::string>>();
        question.required = q.at("required").get<bool>();
        section.questions.push_back(std::move(question));
      }
      sections.push_back(std::move(section));
    }
  } catch (const json::exception&) {
    return broken;
  }
  return sections;
}

constexpr std::string_view kColumns =
    "id, activity_id, title, introduction, minimum_group, sections, state, copied_from, opened_on,"
    " closed_on, created_by, created_at, updated_at, version";

core::Result<domain::Survey> SurveyFromRow(const sql::Row& row,
                                           domain::PartnershipId partnership_id) {
  domain::Survey s;
  s.id = row.Int64(0);
  s.partnership_id = partnership_id;
  s.activity_id = row.Int64(1);
  s.content.title = row.Text(2);
  s.content.introduction = row.Text(3);
  s.content.minimum_group = static_cast<int>(row.Int64(4));
  ASSURE_ASSIGN_OR_RETURN(s.content.sections, SectionsFrom(row.Text(5)));
  ASSURE_ASSIGN_OR_RETURN(
      s.state, EnumAt<domain::SurveyState>(row, 6, "surveys.state", domain::ParseSurveyState));
  s.copied_from = row.OptionalInt64(7);
  ASSURE_ASSIGN_OR_RETURN(s.opened_on, OptionalDateAt(row, 8, "surveys.opened_on"));
  ASSURE_ASSIGN_OR_RETURN(s.closed_on, OptionalDateAt(row, 9, "surveys.closed_on"));
  s.created_by = row.Int64(10);
  ASSURE_ASSIGN_OR_RETURN(s.created_at, sql::InstantAt(row, 11, "surveys.created_at"));
  ASSURE_ASSIGN_OR_RETURN(s.updated_at, sql::InstantAt(row, 12, "surveys.updated_at"));
  s.version = row.Int64(13);
  return s;
}

}  // namespace

core::Result<domain::Survey> SqlSurveyRepository::Create(const domain::Survey& s) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO surveys (partnership_id, activity_id, title, introduction, minimum_group,"
          " sections, state, copied_from, opened_on, closed_on, created_by, created_at,"
          " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, NULL, NULL, ?, ?, ?, 1)"
          " RETURNING id",
          {partnership_id_, s.activity_id, s.content.title, s.content.introduction,
           std::int64_t{s.content.minimum_group}, SectionsDocument(s.content.sections),
           sql::OptionalInt64(s.copied_from), s.created_by, sql::InstantValue(s.created_at),
           sql::InstantValue(s.updated_at)}));
  domain::Survey stored = s;
  stored.id = rows.rows.front().Int64(0);
  ASSURE_TRY(StoreAgencies(stored));
  return Get(stored.id);
}

// Makes the survey_agencies rows say the survey's agencies (in order) and links.
core::Status SqlSurveyRepository::StoreAgencies(const domain::Survey& s) {
  ASSURE_TRY(connection_.Execute(
      "DELETE FROM survey_agencies WHERE partnership_id = ? AND survey_id = ? AND token IS NULL",
      {partnership_id_, s.id}));
  std::map<domain::AgencyId, std::string> tokens;
  for (const auto& link : s.links) tokens.emplace(link.agency_id, link.token);
  std::int64_t position = 0;
  for (const domain::AgencyId agency : s.content.agency_ids) {
    ++position;
    const auto token = tokens.find(agency);
    if (token == tokens.end()) {
      ASSURE_TRY(connection_.Execute(
          "INSERT INTO survey_agencies (partnership_id, survey_id, agency_id, position, token)"
          " VALUES (?, ?, ?, ?, NULL)",
          {partnership_id_, s.id, agency, position}));
      continue;
    }
    // A link, once made, is kept: insert it, or set it on the row made while a draft.
    ASSURE_ASSIGN_OR_RETURN(
        auto changed,
        connection_.Execute("UPDATE survey_agencies SET token = ?, position = ?"
                            " WHERE partnership_id = ? AND survey_id = ? AND agency_id = ?",
                            {token->second, position, partnership_id_, s.id, agency}));
    if (changed == 0) {
      ASSURE_TRY(connection_.Execute(
          "INSERT INTO survey_agencies (partnership_id, survey_id, agency_id, position, token)"
          " VALUES (?, ?, ?, ?, ?)",
          {partnership_id_, s.id, agency, position, token->second}));
    }
  }
  return core::Ok();
}

core::Result<std::vector<domain::Survey>> SqlSurveyRepository::Query(
    const std::string& where, std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kColumns} +
                                                " FROM surveys WHERE partnership_id = ?" + where +
                                                " ORDER BY created_at DESC, id DESC",
                                            values));
  std::vector<domain::Survey> surveys;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto survey, SurveyFromRow(row, partnership_id_));
    surveys.push_back(std::move(survey));
  }
  if (surveys.empty()) return surveys;
  std::map<domain::SurveyId, domain::Survey*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::Survey& survey : surveys) {
    by_id.emplace(survey.id, &survey);
    ids.push_back(survey.id);
  }
  std::vector<sql::Value> list_values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), list_values);
  ASSURE_ASSIGN_OR_RETURN(
      auto agencies, connection_.Query("SELECT survey_id, agency_id, token FROM survey_agencies"
                                       " WHERE partnership_id = ? AND survey_id IN " +
                                           list + " ORDER BY survey_id, position",
                                       list_values));
  for (const sql::Row& row : agencies) {
    domain::Survey& survey = *by_id[row.Int64(0)];
    survey.content.agency_ids.push_back(row.Int64(1));
    if (auto token = row.OptionalText(2)) survey.links.push_back({row.Int64(1), *token});
  }
  return surveys;
}

core::Result<domain::Survey> SqlSurveyRepository::Get(domain::SurveyId id) {
  ASSURE_ASSIGN_OR_RETURN(auto surveys, Query(" AND id = ?", {partnership_id_, id}));
  if (surveys.empty()) return NoSuch("survey");
  return std::move(surveys.front());
}

core::Result<std::vector<domain::Survey>> SqlSurveyRepository::List() {
  return Query("", {partnership_id_});
}

core::Result<domain::Survey> SqlSurveyRepository::Update(const domain::Survey& s) {
  ASSURE_TRY(UpdateVersioned(
      connection_, {"surveys", "survey", partnership_id_, s.id, s.version},
      "title = ?, introduction = ?, minimum_group = ?, sections = ?, state = ?, opened_on = ?,"
      " closed_on = ?, updated_at = ?",
      {s.content.title, s.content.introduction, std::int64_t{s.content.minimum_group},
       SectionsDocument(s.content.sections), sql::Text(domain::SurveyStateName(s.state)),
       OptionalDateValue(s.opened_on), OptionalDateValue(s.closed_on),
       sql::InstantValue(s.updated_at)},
      "id"));
  ASSURE_TRY(StoreAgencies(s));
  return Get(s.id);
}

core::Status SqlSurveyRepository::AddResponse(std::int64_t response_id,
                                              const domain::SurveyResponse& r) {
  auto inserted = connection_.Execute(
      "INSERT INTO survey_responses (id, partnership_id, survey_id, agency_id, answered_on)"
      " VALUES (?, ?, ?, ?, ?)",
      {response_id, partnership_id_, r.survey_id, r.agency_id, DateValue(r.answered_on)});
  if (!inserted.ok()) return inserted.error();
  for (const domain::SurveyAnswer& answer : r.answers) {
    const std::int64_t question = answer.question;
    if (answer.choices.empty()) {
      ASSURE_TRY(connection_.Execute(
          "INSERT INTO survey_answers (partnership_id, survey_id, agency_id, response_id,"
          " question, choice, text) VALUES (?, ?, ?, ?, ?, -1, ?)",
          {partnership_id_, r.survey_id, r.agency_id, response_id, question, answer.text}));
      continue;
    }
    for (const int choice : answer.choices) {
      ASSURE_TRY(connection_.Execute(
          "INSERT INTO survey_answers (partnership_id, survey_id, agency_id, response_id,"
          " question, choice, text) VALUES (?, ?, ?, ?, ?, ?, NULL)",
          {partnership_id_, r.survey_id, r.agency_id, response_id, question,
           std::int64_t{choice}}));
    }
  }
  return core::Ok();
}

core::Result<std::vector<domain::RespondentCount>> SqlSurveyRepository::Respondents(
    domain::SurveyId survey) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query("SELECT agency_id, COUNT(*) FROM"
                                                       " survey_responses WHERE partnership_id"
                                                       " = ? AND survey_id = ? GROUP BY agency_id"
                                                       " ORDER BY agency_id",
                                                       {partnership_id_, survey}));
  std::vector<domain::RespondentCount> counts;
  for (const sql::Row& row : rows) counts.push_back({row.Int64(0), row.Int64(1)});
  return counts;
}

core::Result<std::vector<domain::ChoiceCount>> SqlSurveyRepository::ChoiceCounts(
    domain::SurveyId survey) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT agency_id, question, choice, COUNT(*) FROM"
                                   " survey_answers WHERE partnership_id = ? AND survey_id = ?"
                                   " GROUP BY agency_id, question, choice"
                                   " ORDER BY agency_id, question, choice",
                                   {partnership_id_, survey}));
  std::vector<domain::ChoiceCount> counts;
  for (const sql::Row& row : rows) {
    counts.push_back({row.Int64(0), static_cast<int>(row.Int64(1)), static_cast<int>(row.Int64(2)),
                      row.Int64(3)});
  }
  return counts;
}

core::Result<std::vector<domain::FreeTextAnswer>> SqlSurveyRepository::FreeText(
    domain::SurveyId survey) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT question, text FROM survey_answers"
                                   " WHERE partnership_id = ? AND survey_id = ? AND choice = -1"
                                   " ORDER BY question, text",
                                   {partnership_id_, survey}));
  std::vector<domain::FreeTextAnswer> answers;
  for (const sql::Row& row : rows) {
    answers.push_back({static_cast<int>(row.Int64(0)), row.Text(1)});
  }
  return answers;
}

core::Result<std::vector<std::pair<domain::SurveyId, domain::RespondentCount>>>
SqlSurveyRepository::AllRespondents() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT survey_id, agency_id, COUNT(*) FROM survey_responses"
                                   " WHERE partnership_id = ? GROUP BY survey_id, agency_id"
                                   " ORDER BY survey_id, agency_id",
                                   {partnership_id_}));
  std::vector<std::pair<domain::SurveyId, domain::RespondentCount>> counts;
  for (const sql::Row& row : rows) {
    counts.push_back({row.Int64(0), {row.Int64(1), row.Int64(2)}});
  }
  return counts;
}

core::Result<std::optional<domain::SurveyLinkTarget>> SqlSurveyLinkDirectory::Find(
    std::string_view token) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT partnership_id, survey_id, agency_id FROM"
                                            " survey_agencies WHERE token = ?",
                                            {sql::Text(token)}));
  if (rows.rows.empty()) return std::optional<domain::SurveyLinkTarget>{};
  const sql::Row& row = rows.rows.front();
  return std::optional<domain::SurveyLinkTarget>{
      domain::SurveyLinkTarget{row.Int64(0), row.Int64(1), row.Int64(2)}};
}

}  // namespace assure::storage
