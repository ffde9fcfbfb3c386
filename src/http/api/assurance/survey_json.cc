#include "http/api/assurance/survey_json.h"

#include <string>
#include <utility>

#include "http/common/json_fields.h"

namespace assure::http::api {

using nlohmann::json;

namespace {

json OptionalId(const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); }

json Count(const std::optional<std::int64_t>& count) {
  return count ? json(*count) : json(nullptr);
}

json SectionsJson(const domain::SurveyContent& content) {
  json sections = json::array();
  int number = 0;
  for (const auto& section : content.sections) {
    json questions = json::array();
    for (const auto& question : section.questions) {
      questions.push_back({{"number", ++number},
                           {"kind", domain::QuestionKindName(question.kind)},
                           {"text", question.text},
                           {"hint", question.hint},
                           {"options", question.options},
                           {"required", question.required}});
    }
    sections.push_back({{"title", section.title}, {"questions", std::move(questions)}});
  }
  return sections;
}

}  // namespace

std::string SurveyLinkPath(const domain::SurveyLink& link) { return "/s/" + link.token; }

json LinksJson(const domain::Survey& survey) {
  json links = json::array();
  for (const auto& link : survey.links) {
    links.push_back(
        {{"agency_id", link.agency_id}, {"token", link.token}, {"path", SurveyLinkPath(link)}});
  }
  return links;
}

json SurveyJson(const domain::Survey& survey, bool with_links) {
  const auto& content = survey.content;
  json answer{{"id", survey.id},
              {"activity_id", survey.activity_id},
              {"title", content.title},
              {"introduction", content.introduction},
              {"minimum_group", content.minimum_group},
              {"agency_ids", content.agency_ids},
              {"sections", SectionsJson(content)},
              {"state", domain::SurveyStateName(survey.state)},
              {"copied_from", OptionalId(survey.copied_from)},
              {"opened_on", DateJson(survey.opened_on)},
              {"closed_on", DateJson(survey.closed_on)},
              {"version", survey.version}};
  if (with_links) answer["links"] = LinksJson(survey);
  return answer;
}

json SurveyViewJson(const domain::SurveyView& view) {
  json survey = SurveyJson(view.survey);
  json agencies = json::array();
  for (const auto agency : view.survey.content.agency_ids) {
    const auto name = view.agency_names.find(agency);
    agencies.push_back(
        {{"agency_id", agency}, {"name", name == view.agency_names.end() ? "" : name->second}});
  }
  survey["agencies"] = std::move(agencies);
  if (view.may_run) {
    survey["links"] = LinksJson(view.survey);
    survey["respondents"] = view.respondents;
  }
  return survey;
}

json SurveyResultsJson(domain::SurveyId id, const domain::SurveyResults& results) {
  json groups = json::array();
  for (const auto& group : results.groups) {
    groups.push_back({{"agency_id", group.agency_id},
                      {"agency", group.agency_name},
                      {"respondents", Count(group.respondents)},
                      {"suppressed", !group.respondents.has_value()}});
  }
  json questions = json::array();
  for (const auto& question : results.questions) {
    json rows = json::array();
    for (const auto& row : question.rows) {
      json by_agency = json::array();
      for (const auto& count : row.by_group) by_agency.push_back(Count(count));
      rows.push_back(
          {{"label", row.label}, {"total", Count(row.total)}, {"by_agency", std::move(by_agency)}});
    }
    questions.push_back({{"number", question.number},
                         {"section", question.section},
                         {"kind", domain::QuestionKindName(question.kind)},
                         {"text", question.text},
                         {"rows", std::move(rows)}});
  }
  return {{"survey_id", id},
          {"minimum_group", results.minimum_group},
          {"total_respondents", Count(results.total_respondents)},
          {"any_suppressed", results.any_hidden},
          {"agencies", std::move(groups)},
          {"questions", std::move(questions)}};
}

core::Result<SurveyInput> SurveyInputFrom(const json& body) {
  JsonFields fields(body);
  SurveyInput input;
  auto& content = input.content;
  content.title = fields.Text("title");
  content.introduction = fields.Text("introduction");
  if (fields.Has("minimum_group")) {
    content.minimum_group = static_cast<int>(
        std::min<std::int64_t>(fields.Index("minimum_group").value_or(0), 1'000'000));
  }
  content.agency_ids = fields.Ids("agency_ids");
  input.activity_id = fields.Id("activity_id");
  for (JsonFields& section_fields : fields.Objects("sections")) {
    domain::SurveySection section;
    section.title = section_fields.Text("title");
    for (JsonFields& question_fields : section_fields.Objects("questions")) {
      domain::Question question;
      const auto kind = domain::ParseQuestionKind(question_fields.Text("kind"));
      if (!kind) {
        question_fields.Fail("kind",
                             "Choose single_choice, multiple_choice, agreement or "
                             "free_text.");
      }
      question.kind = kind.value_or(domain::QuestionKind::kSingleChoice);
      question.text = question_fields.Text("text");
      question.hint = question_fields.Text("hint");
      question.options = question_fields.Texts("options");
      question.required = question_fields.Bool("required");
      section.questions.push_back(std::move(question));
    }
    content.sections.push_back(std::move(section));
  }
  return ValueIfAllRead(fields, std::move(input));
}

}  // namespace assure::http::api
